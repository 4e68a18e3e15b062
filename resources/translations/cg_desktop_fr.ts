<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>About</name>
    <message>
        <source>About cg-desktop</source>
        <translation>À propos de cg-desktop</translation>
    </message>
</context>
<context>
    <name>Accessible</name>
    <message>
        <source>{label}, required</source>
        <translation>{label}, obligatoire</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <source>info</source>
        <translation>information</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
</context>
<context>
    <name>ChoiceFieldEditor</name>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
</context>
<context>
    <name>ChoicesDialog</name>
    <message>
        <source>Choices for {key}</source>
        <translation>Choix pour {key}</translation>
    </message>
    <message>
        <source>Choices for this field</source>
        <translation>Choix pour ce champ</translation>
    </message>
    <message>
        <source>&amp;One choice per line, exactly as CustomerGauge expects it:</source>
        <translation>&amp;Un choix par ligne, exactement comme CustomerGauge l’attend&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <source>Leave practice mode?</source>
        <translation>Quitter le mode entraînement ?</translation>
    </message>
    <message>
        <source>Leave practice mode anyway?</source>
        <translation>Quitter quand même le mode entraînement ?</translation>
    </message>
    <message>
        <source>Try in practice mode?</source>
        <translation>Essayer en mode entraînement ?</translation>
    </message>
    <message>
        <source>Try in practice mode anyway?</source>
        <translation>Essayer quand même en mode entraînement ?</translation>
    </message>
    <message>
        <source>Start kiosk mode?</source>
        <translation>Démarrer le mode kiosque ?</translation>
    </message>
    <message>
        <source>Start kiosk mode anyway?</source>
        <translation>Démarrer quand même le mode kiosque ?</translation>
    </message>
    <message>
        <source>Close cg-desktop?</source>
        <translation>Fermer cg-desktop ?</translation>
    </message>
    <message>
        <source>Close cg-desktop anyway?</source>
        <translation>Fermer quand même cg-desktop ?</translation>
    </message>
    <message>
        <source>What is typed in the form has not been sent and will be lost.</source>
        <translation>Ce qui est saisi dans le formulaire n’a pas été envoyé et sera perdu.</translation>
    </message>
    <message>
        <source>1 record is still waiting to be sent: it is kept, and goes out the next time cg-desktop is open.</source>
        <translation>1 fiche attend encore d’être envoyée : elle est conservée et partira la prochaine fois que cg-desktop sera ouvert.</translation>
    </message>
    <message>
        <source>{count} records are still waiting to be sent: they are kept, and go out the next time cg-desktop is open.</source>
        <translation>{count} fiches attendent encore d’être envoyées : elles sont conservées et partiront la prochaine fois que cg-desktop sera ouvert.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>cg-desktop ran into a problem</source>
        <translation>cg-desktop a rencontré un problème</translation>
    </message>
    <message>
        <source>Something went wrong inside cg-desktop. Records already saved are kept and will be sent; if you were typing, check the form.</source>
        <translation>Une erreur s’est produite dans cg-desktop. Les fiches déjà enregistrées sont conservées et seront envoyées ; si vous étiez en train de saisir, vérifiez le formulaire.</translation>
    </message>
    <message>
        <source>If it happens again, copy the report and send it to whoever looks after cg-desktop for you. It holds no passwords, tokens or email addresses.</source>
        <translation>Si cela se reproduit, copiez le rapport et envoyez-le à la personne qui gère cg-desktop pour vous. Il ne contient ni mot de passe, ni jeton, ni adresse e-mail.</translation>
    </message>
    <message>
        <source>Copy the report</source>
        <translation>Copier le rapport</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Webhook credentials — {region}</source>
        <translation>Identifiants du webhook — {region}</translation>
    </message>
    <message>
        <source>Credentials — {region}</source>
        <translation>Identifiants — {region}</translation>
    </message>
    <message>
        <source>Sign in to {server} with a Connected App&apos;s Client ID and Client Secret (your CustomerGauge administrator creates them).</source>
        <translation>Connectez-vous à {server} avec le Client ID et le Client Secret d’une Connected App (votre administrateur CustomerGauge les crée).</translation>
    </message>
    <message>
        <source>This profile sends through the Incoming Webhook {url}. Give the user and password CustomerGauge showed with it (your administrator has them).</source>
        <translation>Ce profil envoie via l’Incoming Webhook {url}. Indiquez l’utilisateur et le mot de passe que CustomerGauge a affichés avec lui (votre administrateur les a).</translation>
    </message>
    <message>
        <source>Sh&amp;ow the password</source>
        <translation>Affic&amp;her le mot de passe</translation>
    </message>
    <message>
        <source>Sh&amp;ow the secret</source>
        <translation>Affic&amp;her le Client Secret</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <source>Client &amp;ID</source>
        <translation>Client &amp;ID</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>Client &amp;Secret</source>
        <translation>Client &amp;Secret</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Garder pour cette session seulement</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <source>Keep for this session</source>
        <translation>Garder pour cette session</translation>
    </message>
    <message>
        <source>Cancel &amp;test</source>
        <translation>Annuler le &amp;test</translation>
    </message>
    <message>
        <source>Signing in to {server}…</source>
        <translation>Connexion à {server}…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test annulé.</translation>
    </message>
    <message>
        <source>✘ The test could not run. Try again.</source>
        <translation>✘ Le test n’a pas pu être lancé. Réessayez.</translation>
    </message>
</context>
<context>
    <name>DateFieldEditor</name>
    <message>
        <source>YYYY-MM-DD HH:MM:SS</source>
        <translation>AAAA-MM-JJ HH:MM:SS</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Pick a date (Alt+Down)</source>
        <translation>Choisir une date (Alt+Flèche bas)</translation>
    </message>
    <message>
        <source>Pick a date for {field}</source>
        <translation>Choisir une date pour {field}</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>CustomerGauge&apos;s words: {words}</source>
        <translation>Texte exact de CustomerGauge : {words}</translation>
    </message>
</context>
<context>
    <name>FieldsPanel</name>
    <message>
        <source>Add fi&amp;eld</source>
        <translation>A&amp;jouter un champ</translation>
    </message>
    <message>
        <source>Remove fiel&amp;d</source>
        <translation>Retirer &amp;le champ</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Descend&amp;re</translation>
    </message>
    <message>
        <source>Edit &amp;choices…</source>
        <translation>&amp;Gérer les choix…</translation>
    </message>
    <message>
        <source>F&amp;ields</source>
        <translation>&amp;Champs</translation>
    </message>
</context>
<context>
    <name>FieldsTable</name>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>The exact key the mapping expects, as in CustomerGauge&apos;s Field Settings (case-sensitive).</source>
        <translation>La clé exacte attendue par le mapping, comme dans les Field Settings de CustomerGauge (sensible à la casse).</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>What the desk sees beside the field (the key, if left empty).</source>
        <translation>Ce que le poste affiche à côté du champ (la clé, s’il reste vide).</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What may be typed: text, an email address, a date…</source>
        <translation>Ce qui peut être saisi&#xa0;: du texte, une adresse e-mail, une date…</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>The desk can&apos;t send without it.</source>
        <translation>Le poste ne peut rien envoyer sans ce champ.</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>For a Choice field: the choices offered (double-click to edit).</source>
        <translation>Pour un champ à choix&#xa0;: les choix proposés (double-cliquez pour les modifier).</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Masqué</translation>
    </message>
    <message>
        <source>Not shown on the form: its Value is always sent.</source>
        <translation>Non affiché sur le formulaire&#xa0;: sa Valeur est toujours envoyée.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>A hidden field&apos;s fixed value, or a value a shown field starts with.</source>
        <translation>La valeur fixe d’un champ masqué, ou la valeur initiale d’un champ affiché.</translation>
    </message>
    <message>
        <source>Sticky</source>
        <translation>Conservé</translation>
    </message>
    <message>
        <source>Kept after each send, for the next visitor (a desk&apos;s Touchpoint, say).</source>
        <translation>Conservé après chaque envoi, pour le visiteur suivant (le Touchpoint d’un poste, par exemple).</translation>
    </message>
    <message>
        <source>Max length</source>
        <translation>Longueur max.</translation>
    </message>
    <message>
        <source>The most characters allowed (empty: no limit).</source>
        <translation>Le nombre maximal de caractères (vide&#xa0;: illimité).</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>A line of help shown under the field.</source>
        <translation>Une ligne d’aide affichée sous le champ.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message>
        <source>Problem: {finding}</source>
        <translation>Problème&#xa0;: {finding}</translation>
    </message>
    <message>
        <source>Problem. Click to go there.</source>
        <translation>Problème. Cliquez pour y aller.</translation>
    </message>
    <message>
        <source>Warning: {finding}</source>
        <translation>Avertissement&#xa0;: {finding}</translation>
    </message>
    <message>
        <source>Warning. Click to go there.</source>
        <translation>Avertissement. Cliquez pour y aller.</translation>
    </message>
    <message>
        <source>No problems: the profile can be saved.</source>
        <translation>Aucun problème&#xa0;: le profil peut être enregistré.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to cg-desktop</source>
        <translation>Bienvenue dans cg-desktop</translation>
    </message>
    <message>
        <source>To send surveys you need two things from your CustomerGauge administrator: a &lt;b&gt;profile&lt;/b&gt;, a small file that says which fields to fill in and where they go, and a &lt;b&gt;Client ID and Client Secret&lt;/b&gt; (from CustomerGauge&apos;s Connected Apps) that let this computer send. Import the profile here; you are asked for the Client ID and Secret when you first send.</source>
        <translation>Pour envoyer des questionnaires, il vous faut deux choses de votre administrateur CustomerGauge : un &lt;b&gt;profil&lt;/b&gt;, un petit fichier qui indique quels champs remplir et où ils vont, et un &lt;b&gt;Client ID et un Client Secret&lt;/b&gt; (dans les Connected Apps de CustomerGauge) qui permettent à cet ordinateur d’envoyer. Importez le profil ici ; le Client ID et le Secret vous seront demandés lors du premier envoi.</translation>
    </message>
    <message>
        <source>Administrator without a profile file? Make one in &lt;b&gt;File → Profiles…&lt;/b&gt; from the field names on CustomerGauge&apos;s Field Settings page.</source>
        <translation>Administrateur sans fichier de profil ? Créez-en un dans &lt;b&gt;Fichier → Profils…&lt;/b&gt; à partir des noms de champs de la page Field Settings de CustomerGauge.</translation>
    </message>
    <message>
        <source>Just looking? Try &lt;b&gt;practice mode&lt;/b&gt;: everything works the same, but nothing is sent to CustomerGauge.</source>
        <translation>Vous voulez juste regarder ? Essayez le &lt;b&gt;mode entraînement&lt;/b&gt; : tout fonctionne de la même façon, mais rien n’est envoyé à CustomerGauge.</translation>
    </message>
    <message>
        <source>&amp;Import a profile…</source>
        <translation>&amp;Importer un profil…</translation>
    </message>
    <message>
        <source>Try &amp;practice mode</source>
        <translation>Essayer le mode &amp;entraînement</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>send</source>
        <translation>envoyer</translation>
    </message>
    <message>
        <source>Shift+Tab</source>
        <translation>Maj+Tab</translation>
    </message>
    <message>
        <source>next / previous field</source>
        <translation>champ suivant / précédent</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>clear the form (asks first)</source>
        <translation>effacer le formulaire (demande d’abord)</translation>
    </message>
    <message>
        <source>use the suggested address (&quot;Did you mean …?&quot;)</source>
        <translation>utiliser l’adresse proposée (« Vouliez-vous dire … ? »)</translation>
    </message>
    <message>
        <source>fix a record CustomerGauge refused</source>
        <translation>corriger une fiche refusée par CustomerGauge</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>the form / the history</source>
        <translation>le formulaire / l’historique</translation>
    </message>
    <message>
        <source>the region / the profile</source>
        <translation>la région / le profil</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>quit (what waits is sent next time)</source>
        <translation>quitter (ce qui attend partira la prochaine fois)</translation>
    </message>
    <message>
        <source>Sending a record</source>
        <translation>Envoyer une fiche</translation>
    </message>
    <message>
        <source>Fill in the form and press &lt;b&gt;Enter&lt;/b&gt;. The record is saved on this computer at once and the form is cleared for the next person; &lt;b&gt;Recent&lt;/b&gt;, beside the form, shows how each send went. Nothing is lost when the Wi-Fi is down: it is sent when it is back.</source>
        <translation>Remplissez le formulaire et appuyez sur &lt;b&gt;Entrée&lt;/b&gt;. La fiche est aussitôt enregistrée sur cet ordinateur et le formulaire est vidé pour la personne suivante ; &lt;b&gt;Récents&lt;/b&gt;, à côté du formulaire, montre comment chaque envoi s’est passé. Rien n’est perdu quand le Wi-Fi est coupé : l’envoi part dès qu’il revient.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What you need</source>
        <translation>Ce qu’il vous faut</translation>
    </message>
    <message>
        <source>A &lt;b&gt;profile&lt;/b&gt; (which fields, and where they go) and your CustomerGauge &lt;b&gt;Client ID&lt;/b&gt; and &lt;b&gt;Client Secret&lt;/b&gt; (File → Credentials…). Without them, try practice mode: everything works, nothing is sent to CustomerGauge.</source>
        <translation>Un &lt;b&gt;profil&lt;/b&gt; (quels champs, et où ils vont) et vos &lt;b&gt;Client ID&lt;/b&gt; et &lt;b&gt;Client Secret&lt;/b&gt; CustomerGauge (Fichier → Identifiants…). Sans eux, essayez le mode entraînement : tout fonctionne, rien n’est envoyé à CustomerGauge.</translation>
    </message>
    <message>
        <source>cg-desktop Help</source>
        <translation>Aide de cg-desktop</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>Profile not here</source>
        <translation>Profil introuvable</translation>
    </message>
    <message>
        <source>The profile &quot;{profile}&quot; of this send is not on this computer any more, so it can&apos;t be opened in the form.</source>
        <translation>Le profil « {profile} » de cet envoi n’est plus sur cet ordinateur : l’envoi ne peut donc pas être ouvert dans le formulaire.</translation>
    </message>
    <message>
        <source>{name} was not sent: {reason}
To fix it, click the field or press F2. Or just type the next person: this record then waits in Recent.</source>
        <translation>{name} n’a pas été envoyé : {reason}
Pour corriger, cliquez dans le champ ou appuyez sur F2. Ou tapez simplement la personne suivante : cette fiche attend alors dans Récents.</translation>
    </message>
    <message>
        <source>{name} waits in Recent: F2 brings it back to fix.</source>
        <translation>{name} attend dans Récents : F2 le rappelle pour le corriger.</translation>
    </message>
    <message>
        <source>Fix what CustomerGauge refused for {name}, then press Enter: it goes as a new send.</source>
        <translation>Corrigez ce que CustomerGauge a refusé pour {name}, puis appuyez sur Entrée : la fiche part comme un nouvel envoi.</translation>
    </message>
    <message>
        <source>The profile is “{profile}” for this fix; then back to “{desk}”.</source>
        <translation>Le profil est « {profile} » pour cette correction, puis de nouveau « {desk} ».</translation>
    </message>
    <message>
        <source>That record is no longer on this computer.</source>
        <translation>Cette fiche n’est plus sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Replace what is typed?</source>
        <translation>Remplacer la saisie ?</translation>
    </message>
    <message>
        <source>The form holds {name}, not sent yet.</source>
        <translation>Le formulaire contient {name}, pas encore envoyé.</translation>
    </message>
    <message>
        <source>Replace it with {name} to fix? What is typed now would be lost. To keep it, send or clear it first, then press F2 again.</source>
        <translation>Le remplacer par {name} pour corriger ? La saisie actuelle serait perdue. Pour la garder, envoyez-la ou effacez-la d’abord, puis appuyez de nouveau sur F2.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Keep typing</source>
        <translation>Garder la saisie</translation>
    </message>
    <message>
        <source>Sign in to send this record.</source>
        <translation>Connectez-vous pour envoyer cette fiche.</translation>
    </message>
    <message>
        <source>Delete the send to {contact} from this computer? This can&apos;t be undone.</source>
        <translation>Supprimer de cet ordinateur l’envoi à {contact} ? C’est irréversible.</translation>
    </message>
    <message>
        <source>Delete the send to this contact from this computer? This can&apos;t be undone.</source>
        <translation>Supprimer de cet ordinateur l’envoi à ce contact ? C’est irréversible.</translation>
    </message>
    <message>
        <source>It has not been sent yet: deleted, it will never be sent.</source>
        <translation>Il n’a pas encore été envoyé : une fois supprimé, il ne le sera jamais.</translation>
    </message>
    <message>
        <source>Delete this send?</source>
        <translation>Supprimer cet envoi ?</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non supprimé</translation>
    </message>
    <message>
        <source>The send was not deleted: {error}.</source>
        <translation>L’envoi n’a pas été supprimé : {error}.</translation>
    </message>
    <message>
        <source>This record is being sent right now, so it was not deleted. Look again in a moment.</source>
        <translation>Cette fiche est en cours d’envoi, elle n’a donc pas été supprimée. Regardez de nouveau dans un instant.</translation>
    </message>
    <message>
        <source>Clear the history?</source>
        <translation>Vider l’historique ?</translation>
    </message>
    <message>
        <source>Delete every finished send (delivered, or already surveyed) from this computer? Sends still waiting, and refused ones that need a fix, are kept. This can&apos;t be undone.</source>
        <translation>Supprimer de cet ordinateur tous les envois terminés (remis, ou déjà sondés) ? Les envois encore en attente, et ceux refusés qui doivent être corrigés, sont conservés. C’est irréversible.</translation>
    </message>
    <message>
        <source>Not cleared</source>
        <translation>Non vidé</translation>
    </message>
    <message>
        <source>The history was not cleared: {error}.</source>
        <translation>L’historique n’a pas été vidé : {error}.</translation>
    </message>
    <message>
        <source>History cleared: 1 send deleted.</source>
        <translation>Historique vidé : 1 envoi supprimé.</translation>
    </message>
    <message>
        <source>History cleared: {count} sends deleted.</source>
        <translation>Historique vidé : {count} envois supprimés.</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Exporter l’historique</translation>
    </message>
    <message>
        <source>Include personal data (names, email addresses, phone numbers)?</source>
        <translation>Inclure les données personnelles (noms, adresses e-mail, numéros de téléphone) ?</translation>
    </message>
    <message>
        <source>Without it, contacts are masked (j***@example.com): safer to share.</source>
        <translation>Sans elles, les contacts sont masqués (j***@example.com) : plus sûr à partager.</translation>
    </message>
    <message>
        <source>Without personal data</source>
        <translation>Sans données personnelles</translation>
    </message>
    <message>
        <source>With personal data</source>
        <translation>Avec données personnelles</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>Choose another folder: this one holds cg-desktop&apos;s own history.</source>
        <translation>Choisissez un autre dossier : celui-ci contient l’historique propre à cg-desktop.</translation>
    </message>
    <message>
        <source>The file could not be written: {error}.</source>
        <translation>Le fichier n’a pas pu être écrit : {error}.</translation>
    </message>
    <message>
        <source>Exported 1 send to {path}.</source>
        <translation>1 envoi exporté vers {path}.</translation>
    </message>
    <message>
        <source>Exported {count} sends to {path}.</source>
        <translation>{count} envois exportés vers {path}.</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>cette fiche</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Search contact, profile or message…</source>
        <translation>Rechercher un contact, un profil ou un message…</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <source>Se&amp;arch:</source>
        <translation>Re&amp;chercher :</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Envois</translation>
    </message>
    <message>
        <source>Details of the chosen send</source>
        <translation>Détails de l’envoi choisi</translation>
    </message>
    <message>
        <source>Select a send to see what was sent and how it went.</source>
        <translation>Sélectionnez un envoi pour voir ce qui a été envoyé et comment cela s’est passé.</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <source>The exact request and CustomerGauge&apos;s exact answer</source>
        <translation>La requête exacte et la réponse exacte de CustomerGauge</translation>
    </message>
    <message>
        <source>&amp;Edit and resend…</source>
        <translation>&amp;Modifier et renvoyer…</translation>
    </message>
    <message>
        <source>Open this record in the form, with CustomerGauge&apos;s errors</source>
        <translation>Ouvrir cette fiche dans le formulaire, avec les erreurs signalées par CustomerGauge</translation>
    </message>
    <message>
        <source>Retr&amp;y now</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>C&amp;lear history…</source>
        <translation>&amp;Vider l’historique…</translation>
    </message>
    <message>
        <source>All sends</source>
        <translation>Tous les envois</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Needs a fix</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <source>Already surveyed</source>
        <translation>Déjà sondé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>I&apos;m still here</source>
        <translation>Je suis toujours là</translation>
    </message>
    <message>
        <source>Still there? The form clears in {seconds} s.</source>
        <translation>Toujours là ? Le formulaire s’efface dans {seconds} s.</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>cg-desktop is already open on this computer (it may be minimised or on another desktop). Use that window.</source>
        <translation>cg-desktop est déjà ouvert sur cet ordinateur (peut-être réduit ou sur un autre bureau). Utilisez cette fenêtre.</translation>
    </message>
</context>
<context>
    <name>KioskNotice</name>
    <message>
        <source>Thank you, {name} — you’re all set.</source>
        <translation>Merci, {name} — tout est en ordre.</translation>
    </message>
    <message>
        <source>Thank you — you’re all set.</source>
        <translation>Merci — tout est en ordre.</translation>
    </message>
    <message>
        <source>Welcome! Please fill in your details, then press Enter.</source>
        <translation>Bienvenue ! Saisissez vos coordonnées, puis appuyez sur Entrée.</translation>
    </message>
</context>
<context>
    <name>KioskSettingsDialog</name>
    <message>
        <source>&amp;Start kiosk mode</source>
        <translation>&amp;Démarrer le mode kiosque</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>Mode kiosque</translation>
    </message>
    <message>
        <source>Kiosk mode makes this computer a self-service desk: full screen, the form only, one visitor at a time, the form cleared after each. Staff leave it, or open the staff panel (Ctrl+Alt+S), with the PIN.</source>
        <translation>Le mode kiosque fait de cet ordinateur un poste en libre-service : plein écran, le formulaire seul, un visiteur à la fois, le formulaire effacé après chacun. Le personnel le quitte, ou ouvre le panneau du personnel (Ctrl+Alt+S), avec le code PIN.</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> secondes</translation>
    </message>
    <message>
        <source>&amp;Open in kiosk mode whenever cg-desktop starts</source>
        <translation>&amp;Ouvrir en mode kiosque à chaque démarrage de cg-desktop</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Exécute :</translation>
    </message>
    <message>
        <source>&amp;Clear an untouched form after</source>
        <translation>Effa&amp;cer un formulaire inactif après</translation>
    </message>
    <message>
        <source>Practice mode: these settings last until you leave this kiosk.</source>
        <translation>Mode entraînement : ces réglages durent jusqu’à ce que vous quittiez ce kiosque.</translation>
    </message>
    <message>
        <source>Staff PIN:</source>
        <translation>Code PIN du personnel :</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>New PIN chosen (saved with the rest).</source>
        <translation>Nouveau code PIN choisi (enregistré avec le reste).</translation>
    </message>
    <message>
        <source>Set.</source>
        <translation>Défini.</translation>
    </message>
    <message>
        <source>Not set yet: kiosk mode needs one.</source>
        <translation>Pas encore défini : le mode kiosque en a besoin.</translation>
    </message>
    <message>
        <source>Change &amp;PIN…</source>
        <translation>Changer le code &amp;PIN…</translation>
    </message>
    <message>
        <source>Set &amp;PIN…</source>
        <translation>Définir le code &amp;PIN…</translation>
    </message>
    <message>
        <source>the profile “{profile}”, sending to {region}</source>
        <translation>le profil « {profile} », envoi vers {region}</translation>
    </message>
</context>
<context>
    <name>KioskStart</name>
    <message>
        <source>There is no profile called “{name}” on this computer.</source>
        <translation>Il n’y a pas de profil nommé « {name} » sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Kiosk mode needs a profile: import the one your administrator gave you (start cg-desktop without --kiosk, File → Import profile…), then start again.</source>
        <translation>Le mode kiosque a besoin d’un profil : importez celui que votre administrateur vous a remis (démarrez cg-desktop sans --kiosk, Fichier → Importer un profil…), puis redémarrez.</translation>
    </message>
    <message>
        <source>No staff PIN is set for kiosk mode.</source>
        <translation>Aucun code PIN du personnel n’est défini pour le mode kiosque.</translation>
    </message>
    <message>
        <source>Kiosk mode needs a staff PIN; none was set.</source>
        <translation>Le mode kiosque a besoin d’un code PIN du personnel ; aucun n’a été défini.</translation>
    </message>
    <message>
        <source>The profile “{profile}” is not for a CustomerGauge region (it says “{region}”): start with --sandbox to practise with it, or give the region with --region eu, us or au.</source>
        <translation>Le profil « {profile} » n’est pas pour une région CustomerGauge (il indique « {region} ») : démarrez avec --sandbox pour vous entraîner, ou indiquez la région avec --region eu, us ou au.</translation>
    </message>
    <message>
        <source>Kiosk mode did not start</source>
        <translation>Le mode kiosque n’a pas démarré</translation>
    </message>
    <message>
        <source>{reason} Ask the person who set up this desk.</source>
        <translation>{reason} Demandez à la personne qui a installé ce poste.</translation>
    </message>
    <message>
        <source>{reason} Staff can open cg-desktop&apos;s window with the staff PIN; without it, cg-desktop closes.</source>
        <translation>{reason} Le personnel peut ouvrir la fenêtre de cg-desktop avec le code PIN du personnel ; sans lui, cg-desktop se ferme.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>cg-desktop — kiosk</source>
        <translation>cg-desktop — kiosque</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Practice mode: nothing is sent to CustomerGauge.</source>
        <translation>Mode entraînement : rien n’est envoyé à CustomerGauge.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Use {address}</source>
        <translation>Utiliser {address}</translation>
    </message>
    <message>
        <source>Waiting: records are kept and sent later</source>
        <translation>En attente : les fiches sont conservées et envoyées plus tard</translation>
    </message>
    <message>
        <source>Sending works</source>
        <translation>L’envoi fonctionne</translation>
    </message>
    <message>
        <source>Sign in so this kiosk can send.</source>
        <translation>Connectez-vous pour que ce kiosque puisse envoyer.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>LineFieldEditor</name>
    <message>
        <source>e.g. 250</source>
        <translation>ex. : 250</translation>
    </message>
    <message>
        <source>{count} of {limit} characters</source>
        <translation>{count} caractères sur {limit}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New record</source>
        <translation>Nouvelle fiche</translation>
    </message>
    <message>
        <source>The form (Ctrl+1)</source>
        <translation>Le formulaire (Ctrl+1)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Kiosk mode needs a profile: choose one (or File → Import profile…).</source>
        <translation>Le mode kiosque a besoin d’un profil : choisissez-en un (ou Fichier → Importer un profil…).</translation>
    </message>
    <message>
        <source>Close the profile editor first, then choose File → Kiosk mode… again.</source>
        <translation>Fermez d’abord l’éditeur de profils, puis choisissez Fichier → Mode kiosque… à nouveau.</translation>
    </message>
    <message>
        <source>Kiosk mode&apos;s settings are saved.</source>
        <translation>Les paramètres du mode kiosque sont enregistrés.</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>Exporter le profil</translation>
    </message>
    <message>
        <source>There is no profile to export yet: import one first.</source>
        <translation>Il n’y a pas encore de profil à exporter : importez-en d’abord un.</translation>
    </message>
    <message>
        <source>What was sent, and how it went (Ctrl+2)</source>
        <translation>Ce qui a été envoyé, et comment cela s’est passé (Ctrl+2)</translation>
    </message>
    <message>
        <source>What is typed in the form could not be saved.</source>
        <translation>Ce qui est saisi dans le formulaire n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>cg-desktop can&apos;t start</source>
        <translation>cg-desktop ne peut pas démarrer</translation>
    </message>
    <message>
        <source>History database replaced</source>
        <translation>Base de données de l’historique remplacée</translation>
    </message>
    <message>
        <source>{name} — your organisation</source>
        <translation>{name} — votre organisation</translation>
    </message>
    <message>
        <source>{title} — practice mode</source>
        <translation>{title} — mode entraînement</translation>
    </message>
    <message>
        <source>cg-desktop is already open</source>
        <translation>cg-desktop est déjà ouvert</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>La nouvelle langue s’applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Import profile…</source>
        <translation>&amp;Importer un profil…</translation>
    </message>
    <message>
        <source>Pr&amp;ofiles…</source>
        <translation>Pr&amp;ofils…</translation>
    </message>
    <message>
        <source>&amp;Fix a refused record</source>
        <translation>&amp;Corriger une fiche refusée</translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation>&amp;Exporter l’historique…</translation>
    </message>
    <message>
        <source>Export &amp;profile…</source>
        <translation>Exporter le &amp;profil…</translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation>Ide&amp;ntifiants…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Paramè&amp;tres…</translation>
    </message>
    <message>
        <source>&amp;Kiosk mode…</source>
        <translation>Mode &amp;kiosque…</translation>
    </message>
    <message>
        <source>&amp;Leave practice mode</source>
        <translation>&amp;Sortir du mode entraînement</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formulaire</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>cg-desktop &amp;Help</source>
        <translation>&amp;Aide de cg-desktop</translation>
    </message>
    <message>
        <source>&amp;Check this computer…</source>
        <translation>&amp;Vérifier cet ordinateur…</translation>
    </message>
    <message>
        <source>&amp;About cg-desktop</source>
        <translation>À &amp;propos de cg-desktop</translation>
    </message>
</context>
<context>
    <name>NewPinDialog</name>
    <message>
        <source>Staff PIN for this kiosk</source>
        <translation>Code PIN du personnel pour ce kiosque</translation>
    </message>
    <message>
        <source>Kiosk mode keeps visitors to the form. Choose a PIN for the staff: it is needed to leave kiosk mode and to see the staff panel. It is kept only as a salted hash, so write it down somewhere safe.</source>
        <translation>Le mode kiosque garde les visiteurs sur le formulaire. Choisissez un code PIN pour le personnel : il sert à quitter le mode kiosque et à voir le panneau du personnel. Il n’est conservé que sous forme de hachage salé ; notez-le donc en lieu sûr.</translation>
    </message>
    <message>
        <source>&amp;PIN (4 to 12 digits)</source>
        <translation>Code &amp;PIN (4 à 12 chiffres)</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>Code PIN à &amp;nouveau</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Les deux codes PIN ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>NewProfileDialog</name>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>Data &amp;type (as the mapping in CustomerGauge)</source>
        <translation>&amp;Type de données (comme le mapping dans CustomerGauge)</translation>
    </message>
    <message>
        <source>Start with the &amp;usual fields</source>
        <translation>Commencer avec les champs &amp;habituels</translation>
    </message>
    <message>
        <source>&amp;Paste field names…</source>
        <translation>Co&amp;ller des noms de champs…</translation>
    </message>
    <message>
        <source>Paste the field &amp;names from CustomerGauge (Data → Field Settings): one per line, or a copied table (its first column is used).</source>
        <translation>Collez les &amp;noms de champs depuis CustomerGauge (Data → Field Settings)&#xa0;: un par ligne, ou un tableau copié (sa première colonne est utilisée).</translation>
    </message>
    <message>
        <source>Check the &amp;kind of each field (guessed from its name):</source>
        <translation>&amp;Vérifiez le type de chaque champ (deviné d’après son nom)&#xa0;:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>For {data_type}: {keys}.</source>
        <translation>Pour {data_type}&#xa0;: {keys}.</translation>
    </message>
    <message>
        <source>Type of {key}</source>
        <translation>Type de {key}</translation>
    </message>
    <message>
        <source>Paste the field names first.</source>
        <translation>Collez d’abord les noms de champs.</translation>
    </message>
</context>
<context>
    <name>OutcomeView</name>
    <message>
        <source>Sent to {name}. The practice sandbox accepted it: with a real account, CustomerGauge would now send the survey.</source>
        <translation>Envoyé à {name}. Le bac à sable d’entraînement l’a accepté : avec un vrai compte, CustomerGauge enverrait maintenant le questionnaire.</translation>
    </message>
    <message>
        <source>Sent to {name}. CustomerGauge will send the survey.</source>
        <translation>Envoyé à {name}. CustomerGauge enverra le questionnaire.</translation>
    </message>
    <message>
        <source>{name} already received a survey recently (CG-ID {cg_id}), so no new survey was sent.</source>
        <translation>{name} a déjà reçu un questionnaire récemment (CG-ID {cg_id}) : aucun nouveau questionnaire n’a donc été envoyé.</translation>
    </message>
    <message>
        <source>{name} already received a survey recently, so no new survey was sent.</source>
        <translation>{name} a déjà reçu un questionnaire récemment : aucun nouveau questionnaire n’a donc été envoyé.</translation>
    </message>
    <message>
        <source>{name}: saved. {message} It will be sent once you sign in.</source>
        <translation>{name} : enregistré. {message} La fiche sera envoyée dès que vous vous connecterez.</translation>
    </message>
    <message>
        <source>The exact keys sent:</source>
        <translation>Les clés exactes envoyées :</translation>
    </message>
    <message>
        <source>The server&apos;s answer:</source>
        <translation>La réponse du serveur :</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Staff: type the PIN to open cg-desktop&apos;s window.</source>
        <translation>Personnel : saisissez le code PIN pour ouvrir la fenêtre de cg-desktop.</translation>
    </message>
    <message>
        <source>Staff: type the PIN to open the staff panel.</source>
        <translation>Personnel : saisissez le code PIN pour ouvrir le panneau du personnel.</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Réservé au personnel</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Code PIN du personnel</translation>
    </message>
    <message>
        <source>Too many wrong PINs: try again in {seconds} s.</source>
        <translation>Trop de codes PIN erronés : réessayez dans {seconds} s.</translation>
    </message>
    <message>
        <source>You can try the PIN again.</source>
        <translation>Vous pouvez réessayer le code PIN.</translation>
    </message>
    <message>
        <source>That PIN is not right. 1 try left.</source>
        <translation>Ce code PIN n’est pas le bon. Encore 1 essai.</translation>
    </message>
    <message>
        <source>That PIN is not right. {count} tries left.</source>
        <translation>Ce code PIN n’est pas le bon. Encore {count} essais.</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Practice mode — nothing is sent to CustomerGauge</source>
        <translation>Mode entraînement — rien n’est envoyé à CustomerGauge</translation>
    </message>
    <message>
        <source>Practice mode — trying “{name}”; nothing is sent to CustomerGauge</source>
        <translation>Mode entraînement — essai de « {name} » ; rien n’est envoyé à CustomerGauge</translation>
    </message>
</context>
<context>
    <name>PracticeRibbon</name>
    <message>
        <source>Simulate a Wi-Fi &amp;outage</source>
        <translation>Simuler une c&amp;oupure Wi-Fi</translation>
    </message>
    <message>
        <source>Practice: CustomerGauge stops answering until you press this again. Sends wait and go out by themselves when the connection is back.</source>
        <translation>Entraînement : CustomerGauge ne répond plus jusqu’à ce que vous cliquiez à nouveau ici. Les envois attendent et partent d’eux-mêmes dès que la connexion revient.</translation>
    </message>
    <message>
        <source>{ribbon} · the practice server could not restart: try again</source>
        <translation>{ribbon} · le serveur d’entraînement n’a pas pu redémarrer : réessayez</translation>
    </message>
    <message>
        <source>End the Wi-Fi &amp;outage</source>
        <translation>Terminer la c&amp;oupure Wi-Fi</translation>
    </message>
    <message>
        <source>{ribbon} · Wi-Fi outage (simulated)</source>
        <translation>{ribbon} · coupure Wi-Fi (simulée)</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>What to check in this profile</source>
        <translation>Points à vérifier dans ce profil</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Checks (click one to go to it)</source>
        <translation>Vérifications (cliquez pour y aller)</translation>
    </message>
    <message>
        <source>Fix the problems listed under the fields first.</source>
        <translation>Corrigez d’abord les problèmes indiqués sous les champs.</translation>
    </message>
    <message>
        <source>Choose a profile on the left, or press New… to make one.</source>
        <translation>Choisissez un profil à gauche, ou cliquez sur Nouveau… pour en créer un.</translation>
    </message>
    <message>
        <source>“{name}” is provided by your organisation, so it can&apos;t be changed or deleted here. Duplicate it to make your own version.</source>
        <translation>«&#xa0;{name}&#xa0;» est fourni par votre organisation&#xa0;: il ne peut donc être ni modifié ni supprimé ici. Dupliquez-le pour créer votre propre version.</translation>
    </message>
    <message>
        <source>New profile — not saved yet.</source>
        <translation>Nouveau profil — pas encore enregistré.</translation>
    </message>
    <message>
        <source>Editing “{name}” — changed, not saved yet.</source>
        <translation>Modification de «&#xa0;{name}&#xa0;» — modifié, pas encore enregistré.</translation>
    </message>
    <message>
        <source>Editing “{name}”.</source>
        <translation>Modification de «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>Delete profile?</source>
        <translation>Supprimer le profil&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the profile “{name}” from this computer? Its form will no longer be offered here. This can&apos;t be undone.</source>
        <translation>Supprimer le profil «&#xa0;{name}&#xa0;» de cet ordinateur&#xa0;? Son formulaire ne sera plus proposé ici. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Profile not deleted</source>
        <translation>Profil non supprimé</translation>
    </message>
    <message>
        <source>“{name}”: {problem}</source>
        <translation>«&#xa0;{name}&#xa0;»&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Saving the profile</source>
        <translation>Enregistrement du profil</translation>
    </message>
    <message>
        <source>the new profile</source>
        <translation>le nouveau profil</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>“{name}” has problems, so it can&apos;t be saved as it is. Discard the changes?</source>
        <translation>«&#xa0;{name}&#xa0;» comporte des problèmes et ne peut donc pas être enregistré en l’état. Abandonner les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Enregistrer les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before leaving it?</source>
        <translation>Enregistrer les modifications de «&#xa0;{name}&#xa0;» avant de le quitter&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ProfileExport</name>
    <message>
        <source>Export profile</source>
        <translation>Exporter le profil</translation>
    </message>
    <message>
        <source>Profiles (*.cgprofile)</source>
        <translation>Profils (*.cgprofile)</translation>
    </message>
    <message>
        <source>Profile not exported</source>
        <translation>Profil non exporté</translation>
    </message>
    <message>
        <source>cg-desktop could not write {file}: {problem} Choose a folder you may write to, such as Documents.</source>
        <translation>cg-desktop n’a pas pu écrire {file}&#xa0;: {problem} Choisissez un dossier où vous pouvez écrire, comme Documents.</translation>
    </message>
    <message>
        <source>Profile exported</source>
        <translation>Profil exporté</translation>
    </message>
    <message>
        <source>“{name}” is saved as {file}. Hand this file to the other desks: opening it imports the profile. It holds no password or secret.</source>
        <translation>«&#xa0;{name}&#xa0;» est enregistré sous {file}. Transmettez ce fichier aux autres postes&#xa0;: l’ouvrir importe le profil. Il ne contient ni mot de passe ni secret.</translation>
    </message>
</context>
<context>
    <name>ProfileImport</name>
    <message>
        <source>Import profile</source>
        <translation>Importer un profil</translation>
    </message>
    <message>
        <source>Profiles (*.cgprofile *.json)</source>
        <translation>Profils (*.cgprofile *.json)</translation>
    </message>
    <message>
        <source>Profile not imported</source>
        <translation>Profil non importé</translation>
    </message>
    <message>
        <source>That folder holds cg-desktop&apos;s own history, not profiles. Choose the profile file your administrator gave you.</source>
        <translation>Ce dossier contient l’historique de cg-desktop, pas des profils. Choisissez le fichier de profil que votre administrateur vous a remis.</translation>
    </message>
    <message>
        <source>Profile not found</source>
        <translation>Profil introuvable</translation>
    </message>
    <message>
        <source>cg-desktop can&apos;t find “{file}” in {folder}. Was it moved, renamed or deleted? Open it from where it is now.</source>
        <translation>cg-desktop ne trouve pas «&#xa0;{file}&#xa0;» dans {folder}. A-t-il été déplacé, renommé ou supprimé&#xa0;? Ouvrez-le depuis son emplacement actuel.</translation>
    </message>
    <message>
        <source>This file can&apos;t be used as a profile. Ask your CustomerGauge administrator for a corrected one.

Details: {details}</source>
        <translation>Ce fichier ne peut pas servir de profil. Demandez un fichier corrigé à votre administrateur CustomerGauge.

Détails&#xa0;: {details}</translation>
    </message>
    <message>
        <source>Replace profile?</source>
        <translation>Remplacer le profil&#xa0;?</translation>
    </message>
    <message>
        <source>A profile called “{name}” is already here. Replace it with this file?</source>
        <translation>Un profil nommé «&#xa0;{name}&#xa0;» existe déjà. Le remplacer par ce fichier&#xa0;?</translation>
    </message>
    <message>
        <source>and {count} more changes</source>
        <translation>et {count} autres modifications</translation>
    </message>
    <message>
        <source>A profile called “{name}” is already here. This file changes it:

{changes}

Replace it?</source>
        <translation>Un profil nommé «&#xa0;{name}&#xa0;» existe déjà. Ce fichier le modifie&#xa0;:

{changes}

Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Profile added</source>
        <translation>Profil ajouté</translation>
    </message>
    <message>
        <source>cg-desktop is already open. The profile “{name}” is added to it: choose it in the Profile list of the open window.</source>
        <translation>cg-desktop est déjà ouvert. Le profil «&#xa0;{name}&#xa0;» y a été ajouté&#xa0;: choisissez-le dans la liste des profils de la fenêtre ouverte.</translation>
    </message>
</context>
<context>
    <name>ProfileList</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Pr&amp;ofiles</source>
        <translation>&amp;Profils</translation>
    </message>
    <message>
        <source>{file} — can&apos;t be read</source>
        <translation>{file} — illisible</translation>
    </message>
    <message>
        <source>{name} — your organisation</source>
        <translation>{name} — votre organisation</translation>
    </message>
</context>
<context>
    <name>ProfilePreview</name>
    <message>
        <source>The preview appears once the profile has no problems.</source>
        <translation>L’aperçu s’affiche dès que le profil ne comporte plus de problème.</translation>
    </message>
    <message>
        <source>What a desk will see. Try typing in it: nothing is sent from here.</source>
        <translation>Ce que verra un poste. Essayez d’y saisir du texte&#xa0;: rien n’est envoyé d’ici.</translation>
    </message>
    <message>
        <source>Not up to date: this is the form before the last changes. Fix the problems listed to see the new one.</source>
        <translation>Pas à jour&#xa0;: voici le formulaire d’avant les dernières modifications. Corrigez les problèmes indiqués pour voir le nouveau.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aperçu&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ProfileSettings</name>
    <message>
        <source>e.g. Spring fair desk</source>
        <translation>p. ex. Poste salon de printemps</translation>
    </message>
    <message>
        <source>Paste it here (like 9dd58237-c913-4073-…)</source>
        <translation>Collez-la ici (comme 9dd58237-c913-4073-…)</translation>
    </message>
    <message>
        <source>The user name CustomerGauge gave with the webhook (not secret)</source>
        <translation>Le nom d’utilisateur fourni par CustomerGauge avec le webhook (non secret)</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>&amp;Avancé</translation>
    </message>
    <message>
        <source>How records are sent: leave as they are unless told</source>
        <translation>Comment les fiches sont envoyées&#xa0;: laissez tel quel, sauf indication contraire</translation>
    </message>
    <message>
        <source>In CustomerGauge: Data → Rest APIs → Inbound Mapping, column Reference.</source>
        <translation>Dans CustomerGauge&#xa0;: Data → Rest APIs → Inbound Mapping, colonne Reference.</translation>
    </message>
    <message>
        <source>The webhook&apos;s URL as CustomerGauge shows it (https://hooks.&lt;region&gt;.customergauge.com/…), or only the id at its end</source>
        <translation>L’URL du webhook telle que CustomerGauge l’affiche (https://hooks.&lt;region&gt;.customergauge.com/…), ou seulement l’identifiant à la fin</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;om</translation>
    </message>
    <message>
        <source>Data &amp;type</source>
        <translation>T&amp;ype de données</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>Rég&amp;ion</translation>
    </message>
    <message>
        <source>Sent t&amp;hrough</source>
        <translation>Envoyé &amp;via</translation>
    </message>
    <message>
        <source>Mapping re&amp;ference</source>
        <translation>Référence d&amp;u mapping</translation>
    </message>
    <message>
        <source>Webhoo&amp;k URL</source>
        <translation>URL du we&amp;bhook</translation>
    </message>
    <message>
        <source>Webhook user (lo&amp;gin)</source>
        <translation>Utilisateur du &amp;webhook</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>Mét&amp;hode</translation>
    </message>
    <message>
        <source>&amp;Body format</source>
        <translation>&amp;Format du corps</translation>
    </message>
</context>
<context>
    <name>ProfileTry</name>
    <message>
        <source>Save before trying?</source>
        <translation>Enregistrer avant d’essayer&#xa0;?</translation>
    </message>
    <message>
        <source>Practice mode opens in place of this window. Save the changes to “{name}” and try it there?</source>
        <translation>Le mode entraînement s’ouvre à la place de cette fenêtre. Enregistrer les modifications de «&#xa0;{name}&#xa0;» et l’essayer là-bas&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ReadinessDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Check this computer</source>
        <translation>Vérifier cet ordinateur</translation>
    </message>
    <message>
        <source>Whether this computer is ready for the first visitor: each line says what was found and, when something is wrong, what to do next.</source>
        <translation>Si cet ordinateur est prêt pour le premier visiteur : chaque ligne indique ce qui a été trouvé et, en cas de problème, ce qu’il faut faire ensuite.</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>Résultats de la vérification</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Checking {name}… ({number} of {total})</source>
        <translation>Vérification : {name}… ({number} sur {total})</translation>
    </message>
    <message>
        <source>the check failed ({error})</source>
        <translation>la vérification a échoué ({error})</translation>
    </message>
    <message>
        <source>Send this report to support.</source>
        <translation>Envoyez ce rapport à l’assistance.</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Étape suivante : {step}</translation>
    </message>
    <message>
        <source>Not ready: 1 problem above. Fix it, then Check again.</source>
        <translation>Pas prêt : 1 problème ci-dessus. Corrigez-le, puis choisissez Vérifier à nouveau.</translation>
    </message>
    <message>
        <source>Not ready: {count} problems above. Fix them, then Check again.</source>
        <translation>Pas prêt : {count} problèmes ci-dessus. Corrigez-les, puis choisissez Vérifier à nouveau.</translation>
    </message>
    <message>
        <source>Ready, with 1 warning worth a look.</source>
        <translation>Prêt, avec 1 avertissement à examiner.</translation>
    </message>
    <message>
        <source>Ready, with {count} warnings worth a look.</source>
        <translation>Prêt, avec {count} avertissements à examiner.</translation>
    </message>
    <message>
        <source>Ready: everything checked is fine.</source>
        <translation>Prêt : tout ce qui a été vérifié est correct.</translation>
    </message>
    <message>
        <source>{summary} (Copied.)</source>
        <translation>{summary} (Copié.)</translation>
    </message>
</context>
<context>
    <name>RecentStrip</name>
    <message>
        <source>Recent</source>
        <translation>Récents</translation>
    </message>
    <message>
        <source>Recent sends</source>
        <translation>Envois récents</translation>
    </message>
    <message>
        <source>Records you send appear here, with how each one went.</source>
        <translation>Les fiches que vous envoyez apparaissent ici, avec le résultat de chacune.</translation>
    </message>
    <message>
        <source>Fix (F2)</source>
        <translation>Corriger (F2)</translation>
    </message>
    <message>
        <source>Open the selected refused record in the form to fix it</source>
        <translation>Ouvrir la fiche refusée sélectionnée dans le formulaire pour la corriger</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Also sent: {fields}</source>
        <translation>Également envoyé : {fields}</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatoire</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the form for the next person (Esc)</source>
        <translation>Effacer le formulaire pour la personne suivante (Échap)</translation>
    </message>
    <message>
        <source>Read as {shown} (sent as {value}).</source>
        <translation>Compris comme {shown} (envoyé sous la forme {value}).</translation>
    </message>
    <message>
        <source>Read as {value}.</source>
        <translation>Compris comme {value}.</translation>
    </message>
    <message>
        <source>To fix it first, click the field with the error or press F2</source>
        <translation>Pour d’abord le corriger, cliquez dans le champ en erreur ou appuyez sur F2</translation>
    </message>
    <message>
        <source>Not ready to send:</source>
        <translation>Pas encore prêt à envoyer :</translation>
    </message>
    <message>
        <source>Send this record (Enter)</source>
        <translation>Envoyer cette fiche (Entrée)</translation>
    </message>
    <message>
        <source>Not sent yet: correct the marked fields, then press Enter.</source>
        <translation>Pas encore envoyé : corrigez les champs signalés, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Check {field}: {doubt} Alt+U uses it; Enter sends it as typed.</source>
        <translation>Vérifiez {field} : {doubt} Alt+U applique la suggestion ; Entrée envoie la saisie telle quelle.</translation>
    </message>
    <message>
        <source>Check {field}: {doubt} Enter sends it as typed.</source>
        <translation>Vérifiez {field} : {doubt} Entrée envoie la saisie telle quelle.</translation>
    </message>
    <message>
        <source>Changed to {address}. Press Enter to send.</source>
        <translation>Remplacé par {address}. Appuyez sur Entrée pour envoyer.</translation>
    </message>
    <message>
        <source>Clear the form?</source>
        <translation>Effacer le formulaire ?</translation>
    </message>
    <message>
        <source>Clear what you typed? This can&apos;t be undone.</source>
        <translation>Effacer ce que vous avez saisi ? C’est irréversible.</translation>
    </message>
</context>
<context>
    <name>ScanWatch</name>
    <message>
        <source>That badge was read only in part. Please scan it again, or type your details.</source>
        <translation>Le badge n’a été lu qu’en partie. Scannez-le à nouveau ou saisissez vos coordonnées.</translation>
    </message>
    <message>
        <source>That badge could not be read. Please type your details.</source>
        <translation>Le badge n’a pas pu être lu. Saisissez vos coordonnées.</translation>
    </message>
    <message>
        <source>Scanned: {name}. Check your details, then press Enter.</source>
        <translation>Scanné : {name}. Vérifiez vos coordonnées, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Your badge was read. Check your details, then press Enter.</source>
        <translation>Votre badge a été lu. Vérifiez vos informations, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Use the badge?</source>
        <translation>Utiliser le badge ?</translation>
    </message>
    <message>
        <source>Replace what you typed ({fields}) with the details from your badge?</source>
        <translation>Remplacer ce que vous avez saisi ({fields}) par les informations de votre badge ?</translation>
    </message>
    <message>
        <source>Use the badge</source>
        <translation>Utiliser le badge</translation>
    </message>
    <message>
        <source>Keep what I typed</source>
        <translation>Garder ma saisie</translation>
    </message>
</context>
<context>
    <name>SendFlow</name>
    <message>
        <source>The record could not be saved on this computer, so it was not sent. Nothing you typed is lost: fix the problem in Details and press Send again.</source>
        <translation>La fiche n’a pas pu être enregistrée sur cet ordinateur, elle n’a donc pas été envoyée. Rien de ce que vous avez saisi n’est perdu : corrigez le problème indiqué dans Détails, puis appuyez de nouveau sur Envoyer.</translation>
    </message>
    <message>
        <source>Sign in to send this record.</source>
        <translation>Connectez-vous pour envoyer cette fiche.</translation>
    </message>
    <message>
        <source>Saved {name}. It will be sent once you sign in (Credentials…).</source>
        <translation>{name} enregistré. La fiche sera envoyée dès que vous vous connecterez (Identifiants…).</translation>
    </message>
    <message>
        <source>Saved and sending: {name}…</source>
        <translation>Enregistré, envoi en cours : {name}…</translation>
    </message>
    <message>
        <source>Saved {name}. It will be sent once the sign-in is put right (Credentials…).</source>
        <translation>{name} enregistré. La fiche sera envoyée dès que la connexion sera corrigée (Identifiants…).</translation>
    </message>
    <message>
        <source>{name} was not sent: {reason} Press F2 to fix it in the form (it waits in Recent).</source>
        <translation>{name} n’a pas été envoyé : {reason} Appuyez sur F2 pour corriger la fiche dans le formulaire (elle attend dans Récents).</translation>
    </message>
    <message>
        <source>{name} was not sent. {message}
It waits in Recent: F2 opens it.</source>
        <translation>{name} n’a pas été envoyé. {message}
La fiche attend dans Récents : F2 l’ouvre.</translation>
    </message>
    <message>
        <source>A record sent earlier ({contact}) was not accepted by CustomerGauge and needs a fix: open History (Ctrl+2), select it and press Edit and resend….</source>
        <translation>Une fiche envoyée plus tôt ({contact}) n’a pas été acceptée par CustomerGauge et doit être corrigée : ouvrez l’Historique (Ctrl+2), sélectionnez-la et appuyez sur Modifier et renvoyer….</translation>
    </message>
    <message>
        <source>no contact</source>
        <translation>aucun contact</translation>
    </message>
    <message>
        <source>Sign in to send the waiting records.</source>
        <translation>Connectez-vous pour envoyer les fiches en attente.</translation>
    </message>
    <message>
        <source>Back to the profile “{name}”.</source>
        <translation>Retour au profil « {name} ».</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>After this many days, delivered sends lose their personal data: the record and CustomerGauge&apos;s answer are removed and the contact is masked (j***@example.com). The send stays in the history. Sends not yet delivered are never touched.</source>
        <translation>Après ce nombre de jours, les envois remis perdent leurs données personnelles : la fiche et la réponse de CustomerGauge sont supprimées et le contact est masqué (j***@example.com). L’envoi reste dans l’historique. Les envois pas encore remis ne sont jamais modifiés.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>La langue de l’ordinateur</translation>
    </message>
    <message>
        <source>A new language is used from the next start of cg-desktop.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de cg-desktop.</translation>
    </message>
    <message>
        <source>&amp;Keep personal data for</source>
        <translation>&amp;Conserver les données personnelles pendant</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>none yet</source>
        <translation>aucun pour l’instant</translation>
    </message>
    <message>
        <source>nothing waiting</source>
        <translation>rien en attente</translation>
    </message>
    <message>
        <source>Last record sent: {time}</source>
        <translation>Dernière fiche envoyée : {time}</translation>
    </message>
    <message>
        <source>{count} record(s) were refused and need a fix: leave kiosk mode and open History (Ctrl+2).</source>
        <translation>Fiches refusées à corriger : {count}. Quittez le mode kiosque et ouvrez l’Historique (Ctrl+2).</translation>
    </message>
    <message>
        <source>Staff panel</source>
        <translation>Panneau du personnel</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Envoyer &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation>Ide&amp;ntifiants…</translation>
    </message>
    <message>
        <source>C&amp;heck this computer…</source>
        <translation>&amp;Vérifier cet ordinateur…</translation>
    </message>
    <message>
        <source>Kiosk &amp;settings…</source>
        <translation>&amp;Réglages du kiosque…</translation>
    </message>
    <message>
        <source>&amp;Leave kiosk mode</source>
        <translation>&amp;Quitter le kiosque</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>Retour au &amp;formulaire</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>Send &amp;now</source>
        <translation>Envoyer &amp;maintenant</translation>
    </message>
    <message>
        <source>Try the waiting sends again now</source>
        <translation>Réessayer maintenant les envois en attente</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Signed in as {client_id} (practice)</source>
        <translation>Connecté en tant que {client_id} (entraînement)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Webhook user {user} (practice)</source>
        <translation>Utilisateur du webhook {user} (entraînement)</translation>
    </message>
    <message>
        <source>Webhook user {user}</source>
        <translation>Utilisateur du webhook {user}</translation>
    </message>
    <message>
        <source>Client ID {user}</source>
        <translation>Client ID {user}</translation>
    </message>
    <message>
        <source>1 waiting to be sent</source>
        <translation>1 en attente d’envoi</translation>
    </message>
    <message>
        <source>{count} waiting to be sent</source>
        <translation>{count} en attente d’envoi</translation>
    </message>
    <message>
        <source>paused until the webhook&apos;s user and password are put right (Credentials…)</source>
        <translation>en pause jusqu’à ce que l’utilisateur et le mot de passe du webhook soient corrigés (Identifiants…)</translation>
    </message>
    <message>
        <source>paused until you sign in again (Credentials…)</source>
        <translation>en pause jusqu’à ce que vous vous reconnectiez (Identifiants…)</translation>
    </message>
    <message>
        <source>offline: it goes as soon as the connection is back</source>
        <translation>hors ligne : il part dès que la connexion revient</translation>
    </message>
    <message>
        <source>offline: they go as soon as the connection is back</source>
        <translation>hors ligne : ils partent dès que la connexion revient</translation>
    </message>
    <message>
        <source>next try at {time}</source>
        <translation>prochain essai à {time}</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>envoi en cours…</translation>
    </message>
    <message>
        <source>1 needs a fix (History)</source>
        <translation>1 à corriger (Historique)</translation>
    </message>
    <message>
        <source>{count} need a fix (History)</source>
        <translation>{count} à corriger (Historique)</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>&amp;Import profile…</source>
        <translation>&amp;Importer un profil…</translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation>Ide&amp;ntifiants…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Paramè&amp;tres…</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil :</translation>
    </message>
</context>
<context>
    <name>TryButton</name>
    <message>
        <source>Tr&amp;y in practice mode</source>
        <translation>&amp;Tester en entraînement</translation>
    </message>
    <message>
        <source>Send a test record to the practice sandbox, which takes this profile&apos;s fields as its mapping: see CustomerGauge&apos;s checks and the exact keys sent.</source>
        <translation>Envoyez une fiche de test au bac à sable d’entraînement, qui prend les champs de ce profil comme mapping&#xa0;: vous verrez les vérifications de CustomerGauge et les clés exactes envoyées.</translation>
    </message>
    <message>
        <source>Fix the problems listed under the fields first.</source>
        <translation>Corrigez d’abord les problèmes indiqués sous les champs.</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>Finishing the send in progress… It is saved either way.</source>
        <translation>Fin de l’envoi en cours… Il est enregistré dans tous les cas.</translation>
    </message>
</context>
<context>
    <name>_CellEditors</name>
    <message>
        <source>no limit</source>
        <translation>illimité</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>The PIN must be 4 to 12 digits (0-9), nothing else.</source>
        <translation>Le code PIN doit comporter 4 à 12 chiffres (0-9), rien d’autre.</translation>
    </message>
    <message>
        <source>The PIN can&apos;t be one digit repeated (like 0000): it is the first thing guessed.</source>
        <translation>Le code PIN ne peut pas être un chiffre répété (comme 0000) : c’est la première chose essayée.</translation>
    </message>
    <message>
        <source>The PIN can&apos;t be a run of digits (like 1234 or 9876): it is easily guessed.</source>
        <translation>Le code PIN ne peut pas être une suite de chiffres (comme 1234 ou 9876) : elle se devine facilement.</translation>
    </message>
    <message>
        <source>This address has unusual parts (quotes, brackets, spaces, symbols or invisible characters). The server may accept it, but check it is what the person wrote.</source>
        <translation>Cette adresse contient des éléments inhabituels (guillemets, parenthèses, espaces, symboles ou caractères invisibles). Le serveur peut l’accepter, mais vérifiez qu’elle correspond à ce que la personne a écrit.</translation>
    </message>
    <message>
        <source>Did you mean {address}?</source>
        <translation>Vouliez-vous dire {address} ?</translation>
    </message>
    <message>
        <source>The part after @ (&quot;{domain}&quot;) has no dot (like example.com) — check the address.</source>
        <translation>La partie après @ (« {domain} ») n’a pas de point (comme example.com) — vérifiez l’adresse.</translation>
    </message>
    <message>
        <source>This number has characters other than digits, spaces, ( ) - and + — check it.</source>
        <translation>Ce numéro contient d’autres caractères que des chiffres, espaces, ( ) - et + — vérifiez-le.</translation>
    </message>
    <message>
        <source>This phone number looks far too long — check it for extra digits.</source>
        <translation>Ce numéro semble beaucoup trop long — vérifiez qu’il n’a pas de chiffres en trop.</translation>
    </message>
    <message>
        <source>The country code of this number is not one in use — check it.</source>
        <translation>L’indicatif pays de ce numéro n’est pas utilisé — vérifiez-le.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a phone number — check it.</source>
        <translation>Cela ne ressemble pas à un numéro de téléphone — vérifiez-le.</translation>
    </message>
    <message>
        <source>This phone number looks incomplete for {where} — check it, or add the country code ({code}…).</source>
        <translation>Ce numéro semble incomplet pour {where} — vérifiez-le, ou ajoutez l’indicatif pays ({code}…).</translation>
    </message>
    <message>
        <source>This phone number looks incomplete for {where} — check it.</source>
        <translation>Ce numéro semble incomplet pour {where} — vérifiez-le.</translation>
    </message>
    <message>
        <source>This phone number looks too long for {where} — check it for extra digits.</source>
        <translation>Ce numéro semble trop long pour {where} — vérifiez qu’il n’a pas de chiffres en trop.</translation>
    </message>
    <message>
        <source>The country code {code} is not one in use — check the number.</source>
        <translation>L’indicatif pays {code} n’est pas utilisé — vérifiez le numéro.</translation>
    </message>
    <message>
        <source>This phone number doesn&apos;t look right for {where} — check it, or add the country code ({code}…).</source>
        <translation>Ce numéro ne semble pas correct pour {where} — vérifiez-le, ou ajoutez l’indicatif pays ({code}…).</translation>
    </message>
    <message>
        <source>This phone number doesn&apos;t look right for {where} — check it.</source>
        <translation>Ce numéro ne semble pas correct pour {where} — vérifiez-le.</translation>
    </message>
    <message>
        <source>The part after @ (&quot;{domain}&quot;) has no dot, like example.com.</source>
        <translation>La partie après @ (« {domain} ») n’a pas de point, comme example.com.</translation>
    </message>
    <message>
        <source>Give an email address or a phone number (or both): the survey is sent to one of them.</source>
        <translation>Indiquez une adresse e-mail ou un numéro de téléphone (ou les deux) : l’enquête est envoyée à l’un d’eux.</translation>
    </message>
    <message>
        <source>{label} is needed: fill it in.</source>
        <translation>{label} est nécessaire : remplissez ce champ.</translation>
    </message>
    <message>
        <source>{label}: this is not a complete email address. Check it (like name@example.com).</source>
        <translation>{label} : ce n’est pas une adresse e-mail complète. Vérifiez-la (comme nom@example.com).</translation>
    </message>
    <message>
        <source>{label}: use a date like {date}.</source>
        <translation>{label} : utilisez une date comme {date}.</translation>
    </message>
    <message>
        <source>{label}: use a number, like 250 or 1200.</source>
        <translation>{label} : utilisez un nombre, comme 250 ou 1200.</translation>
    </message>
    <message>
        <source>{label}: at most {count} characters. Shorten it.</source>
        <translation>{label} : {count} caractères au maximum. Raccourcissez-le.</translation>
    </message>
    <message>
        <source>{label}: CustomerGauge does not know this value. Choose one from the list, or ask your administrator to add it.</source>
        <translation>{label} : CustomerGauge ne connaît pas cette valeur. Choisissez-en une dans la liste, ou demandez à votre administrateur de l’ajouter.</translation>
    </message>
    <message>
        <source>{label}: use only digits, spaces, brackets, - and +, like +44 20 7946 0958.</source>
        <translation>{label} : utilisez uniquement des chiffres, des espaces, des parenthèses, - et +, comme +44 20 7946 0958.</translation>
    </message>
    <message>
        <source>The answer from {where} broke off, so it isn&apos;t certain the record arrived. Saved — it will be sent again to make sure.</source>
        <translation>La réponse de {where} a été interrompue : il n’est pas certain que la fiche soit arrivée. Enregistrée — elle sera renvoyée pour s’en assurer.</translation>
    </message>
    <message>
        <source>The network answered with a web page instead of CustomerGauge (a Wi-Fi sign-in page?). Saved — it will be sent when the connection works.</source>
        <translation>Le réseau a répondu par une page web au lieu de CustomerGauge (une page de connexion Wi-Fi ?). Enregistrée — elle sera envoyée quand la connexion fonctionnera.</translation>
    </message>
    <message>
        <source>{where} answered in an unexpected way, so it isn&apos;t certain the record arrived. Saved — it will be sent again to make sure.</source>
        <translation>{where} a répondu de façon inattendue : il n’est pas certain que la fiche soit arrivée. Enregistrée — elle sera renvoyée pour s’en assurer.</translation>
    </message>
    <message>
        <source>Sent. CustomerGauge accepted the record and will send the survey.</source>
        <translation>Envoyée. CustomerGauge a accepté la fiche et enverra l’enquête.</translation>
    </message>
    <message>
        <source>CustomerGauge refused the record but did not say why. See Details.</source>
        <translation>CustomerGauge a refusé la fiche sans dire pourquoi. Voir Détails.</translation>
    </message>
    <message>
        <source>CustomerGauge asks us to slow down. Saved — it will be sent shortly.</source>
        <translation>CustomerGauge nous demande de ralentir. Enregistrée — elle sera envoyée sous peu.</translation>
    </message>
    <message>
        <source>The server tried to send us to {target} instead of answering. This usually means a proxy or a network sign-in page. Saved — it will be sent when the connection works.</source>
        <translation>Le serveur a tenté de nous rediriger vers {target} au lieu de répondre. Cela signifie souvent un proxy ou une page de connexion du réseau. Enregistrée — elle sera envoyée quand la connexion fonctionnera.</translation>
    </message>
    <message>
        <source>{where} is having trouble (HTTP {status}). Saved — it will be sent when the service is back.</source>
        <translation>{where} rencontre un problème (HTTP {status}). Enregistrée — elle sera envoyée quand le service sera rétabli.</translation>
    </message>
    <message>
        <source>The record is too large for CustomerGauge. Shorten the longest fields.</source>
        <translation>La fiche est trop volumineuse pour CustomerGauge. Raccourcissez les champs les plus longs.</translation>
    </message>
    <message>
        <source>{where} gave an unexpected answer (HTTP {status}). Saved — it will be tried again; if this keeps happening, send the Details to your administrator.</source>
        <translation>{where} a donné une réponse inattendue (HTTP {status}). Enregistrée — un nouvel essai sera fait ; si cela se répète, envoyez les Détails à votre administrateur.</translation>
    </message>
    <message>
        <source>This contact already received a survey recently (CG-ID {cg_id}).</source>
        <translation>Ce contact a déjà reçu une enquête récemment (CG-ID {cg_id}).</translation>
    </message>
    <message>
        <source>This contact already received a survey recently.</source>
        <translation>Ce contact a déjà reçu une enquête récemment.</translation>
    </message>
    <message>
        <source>CustomerGauge does not know this profile&apos;s configuration reference. Check it with your CustomerGauge administrator (Data → Rest APIs → Inbound Mapping).</source>
        <translation>CustomerGauge ne connaît pas la référence de configuration de ce profil. Vérifiez-la avec votre administrateur CustomerGauge (Data → Rest APIs → Inbound Mapping).</translation>
    </message>
    <message>
        <source>CustomerGauge did not accept the record. Fix the marked fields and send again.</source>
        <translation>CustomerGauge n’a pas accepté la fiche. Corrigez les champs signalés et envoyez à nouveau.</translation>
    </message>
    <message>
        <source>{where} refused access (HTTP 403). The Connected App may not be allowed to import records: ask your CustomerGauge administrator.</source>
        <translation>{where} a refusé l’accès (HTTP 403). La Connected App n’a peut-être pas le droit d’importer des fiches : demandez à votre administrateur CustomerGauge.</translation>
    </message>
    <message>
        <source>{where} did not accept the sign-in. Check the credentials and send again.</source>
        <translation>{where} n’a pas accepté la connexion. Vérifiez les identifiants et envoyez à nouveau.</translation>
    </message>
    <message>
        <source>The secure connection to {where} could not be verified (a network that inspects traffic, or a wrong clock?). Saved — it will be sent when the connection is back.</source>
        <translation>La connexion sécurisée à {where} n’a pas pu être vérifiée (un réseau qui inspecte le trafic, ou une horloge fausse ?). Enregistrée — elle sera envoyée au retour de la connexion.</translation>
    </message>
    <message>
        <source>Could not reach {where} in time: the network seems slow or down. Saved — it will be sent when the connection is back.</source>
        <translation>Impossible de joindre {where} à temps : le réseau semble lent ou coupé. Enregistrée — elle sera envoyée au retour de la connexion.</translation>
    </message>
    <message>
        <source>{where} took too long to answer. Saved — it will be sent when the connection is back.</source>
        <translation>{where} a mis trop de temps à répondre. Enregistrée — elle sera envoyée au retour de la connexion.</translation>
    </message>
    <message>
        <source>Could not reach {where}: this computer seems to be offline. Saved — it will be sent when the connection is back.</source>
        <translation>Impossible de joindre {where} : cet ordinateur semble hors ligne. Enregistrée — elle sera envoyée au retour de la connexion.</translation>
    </message>
    <message>
        <source>The connection to {where} broke before it answered. Saved — it will be sent when the connection is back.</source>
        <translation>La connexion à {where} s’est interrompue avant la réponse. Enregistrée — elle sera envoyée au retour de la connexion.</translation>
    </message>
    <message>
        <source>Sending to {where} failed unexpectedly ({error}). Saved — it will be sent when the connection is back.</source>
        <translation>L’envoi à {where} a échoué de façon inattendue ({error}). Enregistrée — elle sera envoyée au retour de la connexion.</translation>
    </message>
    <message>
        <source>{where} took too long to answer. Saved — it will be sent again to make sure it arrived.</source>
        <translation>{where} a mis trop de temps à répondre. Enregistrée — elle sera renvoyée pour s’assurer qu’elle est arrivée.</translation>
    </message>
    <message>
        <source>{where} took too long to answer. Saved — it will be sent again.</source>
        <translation>{where} a mis trop de temps à répondre. Enregistrée — elle sera renvoyée.</translation>
    </message>
    <message>
        <source>Something went wrong inside cg-desktop while sending. Saved — it will be tried again; if it keeps happening, tell your administrator.</source>
        <translation>Une erreur s’est produite dans cg-desktop pendant l’envoi. Enregistrée — un nouvel essai sera fait ; si cela se répète, prévenez votre administrateur.</translation>
    </message>
    <message>
        <source>✔ Signed in: CustomerGauge accepted this Client ID and Client Secret.</source>
        <translation>✔ Connecté : CustomerGauge a accepté ce Client ID et ce Client Secret.</translation>
    </message>
    <message>
        <source>✘ Not accepted: CustomerGauge did not accept this Client ID or Client Secret. Check both with your CustomerGauge administrator (copy them again, without spaces).</source>
        <translation>✘ Refusé : CustomerGauge n’a pas accepté ce Client ID ou ce Client Secret. Vérifiez les deux avec votre administrateur CustomerGauge (copiez-les à nouveau, sans espaces).</translation>
    </message>
    <message>
        <source>✘ Can&apos;t sign in now: {reason}</source>
        <translation>✘ Connexion impossible pour l’instant : {reason}</translation>
    </message>
    <message>
        <source>Client ID or Client Secret is not accepted by {where}. Check them with the Credentials… button.</source>
        <translation>Le Client ID ou le Client Secret n’est pas accepté par {where}. Vérifiez-les avec le bouton Identifiants….</translation>
    </message>
    <message>
        <source>{where}&apos;s sign-in answer could not be used (its token is not valid in a request). Saved — it will be tried again; if this keeps happening, tell your administrator.</source>
        <translation>La réponse de connexion de {where} est inutilisable (son jeton n’est pas valide dans une requête). Enregistrée — un nouvel essai sera fait ; si cela se répète, prévenez votre administrateur.</translation>
    </message>
    <message>
        <source>{where} took too long to answer the sign-in. Saved — it will be tried again.</source>
        <translation>{where} a mis trop de temps à répondre à la connexion. Enregistrée — un nouvel essai sera fait.</translation>
    </message>
    <message>
        <source>{where} answered the sign-in with something unexpected (a Wi-Fi sign-in page?). Saved — it will be sent when the connection works.</source>
        <translation>{where} a répondu à la connexion de façon inattendue (une page de connexion Wi-Fi ?). Enregistrée — elle sera envoyée quand la connexion fonctionnera.</translation>
    </message>
    <message>
        <source>{where} refused the sign-in (HTTP {status}). Check them with the Credentials… button.</source>
        <translation>{where} a refusé la connexion (HTTP {status}). Vérifiez les identifiants avec le bouton Identifiants….</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Already surveyed</source>
        <translation>Déjà sondé</translation>
    </message>
    <message>
        <source>Waiting for the network</source>
        <translation>En attente du réseau</translation>
    </message>
    <message>
        <source>Waiting to be sent again</source>
        <translation>En attente d’un nouvel envoi</translation>
    </message>
    <message>
        <source>Waiting for sign-in</source>
        <translation>En attente de connexion</translation>
    </message>
    <message>
        <source>Needs a fix — Fix (F2)</source>
        <translation>À corriger — Corriger (F2)</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>Licence : {licence}</translation>
    </message>
    <message>
        <source>History and waiting records: {path}</source>
        <translation>Historique et fiches en attente : {path}</translation>
    </message>
    <message>
        <source>Settings and profiles: {path}</source>
        <translation>Paramètres et profils : {path}</translation>
    </message>
    <message>
        <source>Log: {path}</source>
        <translation>Journal : {path}</translation>
    </message>
    <message>
        <source>Client secrets: this computer&apos;s keyring (never in a file).</source>
        <translation>Client Secrets : le trousseau de cet ordinateur (jamais dans un fichier).</translation>
    </message>
    <message>
        <source>practice sandbox</source>
        <translation>bac à sable d’entraînement</translation>
    </message>
    <message>
        <source>CustomerGauge ({name})</source>
        <translation>CustomerGauge ({name})</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europe</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australie</translation>
    </message>
    <message>
        <source>Practice (sandbox)</source>
        <translation>Entraînement (bac à sable)</translation>
    </message>
    <message>
        <source>(no contact)</source>
        <translation>(aucun contact)</translation>
    </message>
    <message>
        <source>{status}. {message}</source>
        <translation>{status}. {message}</translation>
    </message>
    <message>
        <source>{status}.</source>
        <translation>{status}.</translation>
    </message>
    <message>
        <source>Sent on {when}.</source>
        <translation>Envoyé le {when}.</translation>
    </message>
    <message>
        <source>Saved on {when}.</source>
        <translation>Enregistré le {when}.</translation>
    </message>
    <message>
        <source>What was sent ({profile}, {region}):</source>
        <translation>Ce qui a été envoyé ({profile}, {region}) :</translation>
    </message>
    <message>
        <source>  (removed after the retention period)</source>
        <translation>  (supprimé après la durée de conservation)</translation>
    </message>
    <message>
        <source>The exact keys sent:</source>
        <translation>Les noms de champs exacts envoyés :</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Needs a fix</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Fixed (sent again)</source>
        <translation>Corrigé (renvoyé)</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>Client ID and Secret</source>
        <translation>Client ID et Secret</translation>
    </message>
    <message>
        <source>Webhook user and password</source>
        <translation>Utilisateur et mot de passe du webhook</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>History database</source>
        <translation>Base de l’historique</translation>
    </message>
    <message>
        <source>Waiting records</source>
        <translation>Fiches en attente</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Finding CustomerGauge</source>
        <translation>Recherche de CustomerGauge</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>Connexion sécurisée</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Horloge</translation>
    </message>
    <message>
        <source>Unlock the keyring (or allow cg-desktop when it asks), then check again.</source>
        <translation>Déverrouillez le trousseau (ou autorisez cg-desktop quand il le demande), puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>not checked: CustomerGauge couldn&apos;t be found (see above).</source>
        <translation>non vérifié : CustomerGauge est introuvable (voir ci-dessus).</translation>
    </message>
    <message>
        <source>the proxy setting can&apos;t be read.</source>
        <translation>le réglage du proxy ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Ask IT to check this computer&apos;s proxy setting.</source>
        <translation>Demandez au service informatique de vérifier le réglage du proxy de cet ordinateur.</translation>
    </message>
    <message>
        <source>not needed: the profiles checked send through an Incoming Webhook (next line).</source>
        <translation>inutile : les profils vérifiés envoient via un Incoming Webhook (ligne suivante).</translation>
    </message>
    <message>
        <source>the keyring didn&apos;t let cg-desktop read the Client Secret ({error}).</source>
        <translation>le trousseau n’a pas laissé cg-desktop lire le Client Secret ({error}).</translation>
    </message>
    <message>
        <source>Client ID {client_id} for {region}</source>
        <translation>Client ID {client_id} pour {region}</translation>
    </message>
    <message>
        <source>the keyring didn&apos;t let cg-desktop read the webhook&apos;s password ({error}).</source>
        <translation>le trousseau n’a pas laissé cg-desktop lire le mot de passe du webhook ({error}).</translation>
    </message>
    <message>
        <source>none saved for the webhook of “{profile}”.</source>
        <translation>rien d’enregistré pour le webhook de « {profile} ».</translation>
    </message>
    <message>
        <source>Choose that profile and press Credentials…: give the user and password CustomerGauge showed with the webhook.</source>
        <translation>Choisissez ce profil et appuyez sur Identifiants… : indiquez l’utilisateur et le mot de passe que CustomerGauge a affichés avec le webhook.</translation>
    </message>
    <message>
        <source>user {user} for “{profile}”</source>
        <translation>utilisateur {user} pour « {profile} »</translation>
    </message>
    <message>
        <source>{users} (checked when the first record is sent)</source>
        <translation>{users} (vérifié à l’envoi de la première fiche)</translation>
    </message>
    <message>
        <source>{earlier}; {later}</source>
        <translation>{earlier} ; {later}</translation>
    </message>
    <message>
        <source>none saved for {region}.</source>
        <translation>rien d’enregistré pour {region}.</translation>
    </message>
    <message>
        <source>File → Credentials…: paste the Client ID and Client Secret from CustomerGauge (Integrations → Connected Apps).</source>
        <translation>Fichier → Identifiants… : collez le Client ID et le Client Secret de CustomerGauge (Integrations → Connected Apps).</translation>
    </message>
    <message>
        <source>not needed: a webhook signs in with each record it sends.</source>
        <translation>inutile : un webhook se connecte avec chaque fiche qu’il envoie.</translation>
    </message>
    <message>
        <source>not checked: no Client ID and Secret to sign in with (see above).</source>
        <translation>non vérifié : aucun Client ID ni Secret pour se connecter (voir ci-dessus).</translation>
    </message>
    <message>
        <source>the check itself failed ({error})</source>
        <translation>la vérification elle-même a échoué ({error})</translation>
    </message>
    <message>
        <source>Copy this report and send it to support.</source>
        <translation>Copiez ce rapport et envoyez-le à l’assistance.</translation>
    </message>
    <message>
        <source>no secure keyring on this computer: the Client Secret can only be kept until cg-desktop closes.</source>
        <translation>aucun trousseau sécurisé sur cet ordinateur : le Client Secret ne peut être gardé que jusqu’à la fermeture de cg-desktop.</translation>
    </message>
    <message>
        <source>Log in to a desktop session with a keyring (GNOME Keyring, KWallet) running and unlocked; on Windows and macOS, sign in to your own user account.</source>
        <translation>Ouvrez une session de bureau où un trousseau (GNOME Keyring, KWallet) est lancé et déverrouillé ; sous Windows et macOS, connectez-vous à votre propre compte utilisateur.</translation>
    </message>
    <message>
        <source>{folder} can&apos;t be written ({error}): no record could be saved.</source>
        <translation>impossible d’écrire dans {folder} ({error}) : aucune fiche ne pourrait être enregistrée.</translation>
    </message>
    <message>
        <source>Ask IT to give your user account write access to that folder.</source>
        <translation>Demandez au service informatique de donner à votre compte utilisateur le droit d’écrire dans ce dossier.</translation>
    </message>
    <message>
        <source>{size} GB free</source>
        <translation>{size} Go libres</translation>
    </message>
    <message>
        <source>{size} MB free</source>
        <translation>{size} Mo libres</translation>
    </message>
    <message>
        <source>{folder} is writable but the disk is nearly full ({free}).</source>
        <translation>{folder} est accessible en écriture, mais le disque est presque plein ({free}).</translation>
    </message>
    <message>
        <source>{folder} can be made but the disk is nearly full ({free}).</source>
        <translation>{folder} peut être créé, mais le disque est presque plein ({free}).</translation>
    </message>
    <message>
        <source>Free some space on this disk before the event.</source>
        <translation>Libérez de la place sur ce disque avant l’événement.</translation>
    </message>
    <message>
        <source>{folder} is writable, {free}</source>
        <translation>{folder} est accessible en écriture, {free}</translation>
    </message>
    <message>
        <source>{folder} can be made, {free}</source>
        <translation>{folder} peut être créé, {free}</translation>
    </message>
    <message>
        <source>Ask IT to give your user account access to that folder.</source>
        <translation>Demandez au service informatique de donner à votre compte utilisateur l’accès à ce dossier.</translation>
    </message>
    <message>
        <source>the history database is damaged ({problem}).</source>
        <translation>la base de l’historique est endommagée ({problem}).</translation>
    </message>
    <message>
        <source>Close cg-desktop and open it again: it sets a damaged database aside by itself and sends the records it can still read.</source>
        <translation>Fermez cg-desktop et rouvrez-le : il met de côté lui-même une base endommagée et envoie les fiches qu’il peut encore lire.</translation>
    </message>
    <message>
        <source>no history yet (it is made with the first send)</source>
        <translation>pas encore d’historique (il est créé au premier envoi)</translation>
    </message>
    <message>
        <source>{database} is healthy</source>
        <translation>{database} est en bon état</translation>
    </message>
    <message>
        <source>nothing waiting</source>
        <translation>rien en attente</translation>
    </message>
    <message>
        <source>can&apos;t count the waiting sends ({error}).</source>
        <translation>impossible de compter les envois en attente ({error}).</translation>
    </message>
    <message>
        <source>See the database line above.</source>
        <translation>Voir la ligne sur la base de données ci-dessus.</translation>
    </message>
    <message>
        <source>1 record refused</source>
        <translation>1 fiche refusée</translation>
    </message>
    <message>
        <source>{count} records refused</source>
        <translation>{count} fiches refusées</translation>
    </message>
    <message>
        <source>{refused}, waiting for a fix, and {waiting}.</source>
        <translation>{refused}, en attente de correction, et {waiting}.</translation>
    </message>
    <message>
        <source>{refused}, waiting for a fix.</source>
        <translation>{refused}, en attente de correction.</translation>
    </message>
    <message>
        <source>Open History (Ctrl+2), choose Show: Needs a fix, and use Edit and resend.</source>
        <translation>Ouvrez l’Historique (Ctrl+2), choisissez Afficher : À corriger, puis utilisez Modifier et renvoyer.</translation>
    </message>
    <message>
        <source>{waiting}.</source>
        <translation>{waiting}.</translation>
    </message>
    <message>
        <source>Open cg-desktop while connected: they go by themselves.</source>
        <translation>Ouvrez cg-desktop pendant que la connexion fonctionne : elles partent d’elles-mêmes.</translation>
    </message>
    <message>
        <source>nothing waiting, nothing to fix</source>
        <translation>rien en attente, rien à corriger</translation>
    </message>
    <message>
        <source>Import the profile your administrator gave you (File → Import profile…).</source>
        <translation>Importez le profil que votre administrateur vous a remis (Fichier → Importer un profil…).</translation>
    </message>
    <message>
        <source>“{name}” loads</source>
        <translation>« {name} » se charge</translation>
    </message>
    <message>
        <source>the profile file {file} can&apos;t be used ({problem}).</source>
        <translation>le fichier de profil {file} est inutilisable ({problem}).</translation>
    </message>
    <message>
        <source>Ask your CustomerGauge administrator for a corrected file, then import it.</source>
        <translation>Demandez un fichier corrigé à votre administrateur CustomerGauge, puis importez-le.</translation>
    </message>
    <message>
        <source>there is no profile called “{name}” (there are {names}).</source>
        <translation>il n’y a pas de profil nommé « {name} » (il y a {names}).</translation>
    </message>
    <message>
        <source>there is no profile called “{name}”.</source>
        <translation>il n’y a pas de profil nommé « {name} ».</translation>
    </message>
    <message>
        <source>there is no profile yet: the form doesn&apos;t know what to send.</source>
        <translation>il n’y a encore aucun profil : le formulaire ne sait pas quoi envoyer.</translation>
    </message>
    <message>
        <source>1 load; {file} can&apos;t be used ({problem}).</source>
        <translation>1 chargé ; {file} est inutilisable ({problem}).</translation>
    </message>
    <message>
        <source>{count} load; {file} can&apos;t be used ({problem}).</source>
        <translation>{count} chargés ; {file} est inutilisable ({problem}).</translation>
    </message>
    <message>
        <source>Ask your CustomerGauge administrator for a corrected file.</source>
        <translation>Demandez un fichier corrigé à votre administrateur CustomerGauge.</translation>
    </message>
    <message>
        <source>1 load: {names}</source>
        <translation>1 chargé : {names}</translation>
    </message>
    <message>
        <source>{count} load: {names}</source>
        <translation>{count} chargés : {names}</translation>
    </message>
    <message>
        <source>1 record waiting to be sent</source>
        <translation>1 fiche en attente d’envoi</translation>
    </message>
    <message>
        <source>{count} records waiting to be sent</source>
        <translation>{count} fiches en attente d’envoi</translation>
    </message>
    <message>
        <source>none: this computer connects directly</source>
        <translation>aucun : cet ordinateur se connecte directement</translation>
    </message>
    <message>
        <source>through {proxy}</source>
        <translation>via {proxy}</translation>
    </message>
    <message>
        <source>Check the Wi-Fi or network cable; on a guest network, open a web page first (it may ask you to accept its terms).</source>
        <translation>Vérifiez le Wi-Fi ou le câble réseau ; sur un réseau invité, ouvrez d’abord une page web (elle peut vous demander d’accepter ses conditions).</translation>
    </message>
    <message>
        <source>{host} can&apos;t be found: the network&apos;s name server didn&apos;t answer within {seconds} seconds.</source>
        <translation>{host} est introuvable : le serveur de noms du réseau n’a pas répondu en {seconds} secondes.</translation>
    </message>
    <message>
        <source>{host} can&apos;t be found ({error}).</source>
        <translation>{host} est introuvable ({error}).</translation>
    </message>
    <message>
        <source>{host} (practice mode: on this computer)</source>
        <translation>{host} (mode entraînement : sur cet ordinateur)</translation>
    </message>
    <message>
        <source>the proxy {host} can&apos;t be found.</source>
        <translation>le proxy {host} est introuvable.</translation>
    </message>
    <message>
        <source>Ask IT whether the proxy setting is right.</source>
        <translation>Demandez au service informatique si le réglage du proxy est correct.</translation>
    </message>
    <message>
        <source>the proxy {host} → {address}</source>
        <translation>le proxy {host} → {address}</translation>
    </message>
    <message>
        <source>{host} → {address} ({milliseconds} ms)</source>
        <translation>{host} → {address} ({milliseconds} ms)</translation>
    </message>
    <message>
        <source>not used (practice mode: on this computer)</source>
        <translation>non utilisée (mode entraînement : sur cet ordinateur)</translation>
    </message>
    <message>
        <source>{host}&apos;s certificate is not trusted here ({reason}).</source>
        <translation>le certificat de {host} n’est pas reconnu comme fiable ici ({reason}).</translation>
    </message>
    <message>
        <source>A network that inspects traffic needs its certificate installed on this computer: ask IT.</source>
        <translation>Un réseau qui inspecte le trafic doit avoir son certificat installé sur cet ordinateur : demandez au service informatique.</translation>
    </message>
    <message>
        <source>no secure connection to {host} ({error}).</source>
        <translation>aucune connexion sécurisée à {host} ({error}).</translation>
    </message>
    <message>
        <source>A firewall may block HTTPS to CustomerGauge: ask IT, or try another network.</source>
        <translation>Un pare-feu bloque peut-être HTTPS vers CustomerGauge : demandez au service informatique, ou essayez un autre réseau.</translation>
    </message>
    <message>
        <source>{version} to {host}, certificate issued by {issuer}</source>
        <translation>{version} vers {host}, certificat émis par {issuer}</translation>
    </message>
    <message>
        <source>{host}&apos;s certificate, as the proxy hands it on, is not trusted here.</source>
        <translation>le certificat de {host}, tel que le proxy le transmet, n’est pas reconnu comme fiable ici.</translation>
    </message>
    <message>
        <source>The proxy inspects traffic: its certificate must be installed on this computer. Ask IT.</source>
        <translation>Le proxy inspecte le trafic : son certificat doit être installé sur cet ordinateur. Demandez au service informatique.</translation>
    </message>
    <message>
        <source>the proxy doesn&apos;t answer or refuses the connection.</source>
        <translation>le proxy ne répond pas ou refuse la connexion.</translation>
    </message>
    <message>
        <source>Ask IT whether the proxy setting is right for this network.</source>
        <translation>Demandez au service informatique si le réglage du proxy convient à ce réseau.</translation>
    </message>
    <message>
        <source>no secure connection to {host} through the proxy ({error}).</source>
        <translation>aucune connexion sécurisée à {host} via le proxy ({error}).</translation>
    </message>
    <message>
        <source>Ask IT whether the proxy lets HTTPS to CustomerGauge through.</source>
        <translation>Demandez au service informatique si le proxy laisse passer HTTPS vers CustomerGauge.</translation>
    </message>
    <message>
        <source>to {host} through the proxy, verified with this computer&apos;s certificates</source>
        <translation>vers {host} via le proxy, vérifiée avec les certificats de cet ordinateur</translation>
    </message>
    <message>
        <source>an unnamed issuer</source>
        <translation>un émetteur sans nom</translation>
    </message>
    <message>
        <source>File → Credentials…: check the Client ID and Secret, then Test connection.</source>
        <translation>Fichier → Identifiants… : vérifiez le Client ID et le Secret, puis Tester la connexion.</translation>
    </message>
    <message>
        <source>Check the network and try again; if it persists, send this report to support.</source>
        <translation>Vérifiez le réseau et réessayez ; si le problème persiste, envoyez ce rapport à l’assistance.</translation>
    </message>
    <message>
        <source>signed in as {client_id} in {seconds} s</source>
        <translation>connecté en tant que {client_id} en {seconds} s</translation>
    </message>
    <message>
        <source>could not ask the server for its time ({error}).</source>
        <translation>impossible de demander l’heure au serveur ({error}).</translation>
    </message>
    <message>
        <source>See the lines above.</source>
        <translation>Voir les lignes ci-dessus.</translation>
    </message>
    <message>
        <source>the server&apos;s answer did not say its time.</source>
        <translation>la réponse du serveur n’indiquait pas son heure.</translation>
    </message>
    <message>
        <source>this computer&apos;s clock is {minutes} minutes ahead of the server&apos;s.</source>
        <translation>l’horloge de cet ordinateur avance de {minutes} minutes sur celle du serveur.</translation>
    </message>
    <message>
        <source>this computer&apos;s clock is {minutes} minutes behind the server&apos;s.</source>
        <translation>l’horloge de cet ordinateur retarde de {minutes} minutes sur celle du serveur.</translation>
    </message>
    <message>
        <source>Set the date and time to update automatically (Windows: Settings → Time; macOS: System Settings → General → Date &amp; Time).</source>
        <translation>Réglez la date et l’heure pour qu’elles se mettent à jour automatiquement (Windows : Paramètres → Heure et langue ; macOS : Réglages Système → Général → Date et heure).</translation>
    </message>
    <message>
        <source>within {seconds} s of the server&apos;s</source>
        <translation>écart de {seconds} s avec le serveur</translation>
    </message>
    <message>
        <source>A Contacts profile needs a field with the key “{email}” or “{phone}”: it is who gets the survey.</source>
        <translation>Un profil Contacts a besoin d’un champ de clé « {email} » ou « {phone} » : c’est lui qui désigne qui reçoit l’enquête.</translation>
    </message>
    <message>
        <source>A Surveys profile needs a field with the key “{email}” or “{phone}”: it is who gets the survey.</source>
        <translation>Un profil Surveys a besoin d’un champ de clé « {email} » ou « {phone} » : c’est lui qui désigne qui reçoit l’enquête.</translation>
    </message>
    <message>
        <source>A Multi-Object profile needs a field with the key “{email}” or “{phone}”: it is who gets the survey.</source>
        <translation>Un profil Multi-Object a besoin d’un champ de clé « {email} » ou « {phone} » : c’est lui qui désigne qui reçoit l’enquête.</translation>
    </message>
    <message>
        <source>Give the profile a name people will recognise.</source>
        <translation>Donnez au profil un nom que chacun reconnaîtra.</translation>
    </message>
    <message>
        <source>There is already a profile called “{name}”.</source>
        <translation>Il existe déjà un profil nommé « {name} ».</translation>
    </message>
    <message>
        <source>Paste the mapping&apos;s reference (CustomerGauge: Data → Rest APIs → Inbound Mapping, column Reference).</source>
        <translation>Collez la référence du mapping (CustomerGauge : Data → Rest APIs → Inbound Mapping, colonne Reference).</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like the usual reference (like 9dd58237-c913-4073-9c76-07da0b49ff50). Check it in CustomerGauge.</source>
        <translation>Cela ne ressemble pas à la référence habituelle (du type 9dd58237-c913-4073-9c76-07da0b49ff50). Vérifiez-la dans CustomerGauge.</translation>
    </message>
    <message>
        <source>Add the form&apos;s fields.</source>
        <translation>Ajoutez les champs du formulaire.</translation>
    </message>
    <message>
        <source>The key “{key}” is also field {number} (“{other}”): each key may appear once.</source>
        <translation>La clé « {key} » est aussi celle du champ {number} (« {other} ») : chaque clé ne peut figurer qu’une fois.</translation>
    </message>
    <message>
        <source>The key “{key}” differs only in case from field {number} (“{other}”): each key may appear once.</source>
        <translation>La clé « {key} » ne diffère du champ {number} (« {other} ») que par les majuscules : chaque clé ne peut figurer qu’une fois.</translation>
    </message>
    <message>
        <source>Keys are case-sensitive: CustomerGauge&apos;s key is “{exact}”, not “{typed}”.</source>
        <translation>Les clés sont sensibles à la casse : la clé de CustomerGauge est « {exact} », pas « {typed} ».</translation>
    </message>
    <message>
        <source>An Accounts profile needs a field with the key “{key}”.</source>
        <translation>Un profil Accounts a besoin d’un champ de clé « {key} ».</translation>
    </message>
    <message>
        <source>This profile needs a field with the key “{email}” or “{phone}”: it is who gets the survey.</source>
        <translation>Ce profil a besoin d’un champ de clé « {email} » ou « {phone} » : c’est lui qui désigne qui reçoit l’enquête.</translation>
    </message>
    <message>
        <source>use a date like 2024-06-30 (or 2024-06-30 14:30:00).</source>
        <translation>utilisez une date comme 2024-06-30 (ou 2024-06-30 14:30:00).</translation>
    </message>
    <message>
        <source>CustomerGauge would refuse “{value}”: {reason}</source>
        <translation>CustomerGauge refuserait « {value} » : {reason}</translation>
    </message>
    <message>
        <source>Give the exact key the mapping expects (as in Field Settings).</source>
        <translation>Indiquez la clé exacte attendue par le mapping (comme dans les Field Settings).</translation>
    </message>
    <message>
        <source>The key starts or ends with a space; keys must match CustomerGauge&apos;s exactly.</source>
        <translation>La clé commence ou finit par une espace ; les clés doivent correspondre exactement à celles de CustomerGauge.</translation>
    </message>
    <message>
        <source>The form format can&apos;t send a key with [ or ]; use JSON.</source>
        <translation>Le format Form ne peut pas envoyer une clé contenant [ ou ] ; utilisez JSON.</translation>
    </message>
    <message>
        <source>A choice field needs its choices, one per line.</source>
        <translation>Un champ à choix a besoin de ses choix, un par ligne.</translation>
    </message>
    <message>
        <source>A choice starts or ends with a space; remove it.</source>
        <translation>Un choix commence ou finit par une espace ; supprimez-la.</translation>
    </message>
    <message>
        <source>A choice appears twice; keep one.</source>
        <translation>Un choix apparaît deux fois ; n’en gardez qu’un.</translation>
    </message>
    <message>
        <source>The maximum length must be 1 or more (or none).</source>
        <translation>La longueur maximale doit être de 1 ou plus (ou aucune).</translation>
    </message>
    <message>
        <source>A hidden field sends a fixed value: give it one.</source>
        <translation>Un champ masqué envoie une valeur fixe : donnez-lui en une.</translation>
    </message>
    <message>
        <source>The value “{value}” is not one of the choices.</source>
        <translation>La valeur « {value} » ne fait pas partie des choix.</translation>
    </message>
    <message>
        <source>A hidden field is always sent; “required” changes nothing.</source>
        <translation>Un champ masqué est toujours envoyé ; « Obligatoire » n’y change rien.</translation>
    </message>
    <message>
        <source>new profile</source>
        <translation>nouveau profil</translation>
    </message>
    <message>
        <source>it can&apos;t be saved yet: {reason}</source>
        <translation>il ne peut pas encore être enregistré : {reason}</translation>
    </message>
    <message>
        <source>your organisation provides this profile, so it can&apos;t be changed here. Duplicate it to make your own version.</source>
        <translation>ce profil est fourni par votre organisation et ne peut donc pas être modifié ici. Dupliquez-le pour créer votre propre version.</translation>
    </message>
    <message>
        <source>it is saved under its new name, but its old file {file} can&apos;t be removed ({reason}): delete that file, or ask IT.</source>
        <translation>il est enregistré sous son nouveau nom, mais son ancien fichier {file} ne peut pas être supprimé ({reason}) : supprimez ce fichier, ou demandez au service informatique.</translation>
    </message>
    <message>
        <source>The profiles folder already has a file called {file} that can&apos;t be read. Choose another name, or ask IT to remove that file.</source>
        <translation>Le dossier des profils contient déjà un fichier nommé {file} qui ne peut pas être lu. Choisissez un autre nom, ou demandez au service informatique de supprimer ce fichier.</translation>
    </message>
    <message>
        <source>The name is too close to the profile “{other}” (they would share a file). Choose another name.</source>
        <translation>Le nom est trop proche du profil « {other} » (ils partageraient un fichier). Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>your organisation provides this profile, so it can&apos;t be deleted here. Ask IT if it should go.</source>
        <translation>ce profil est fourni par votre organisation et ne peut donc pas être supprimé ici. Demandez au service informatique s’il doit disparaître.</translation>
    </message>
    <message>
        <source>there is no such profile any more (was it deleted already?).</source>
        <translation>ce profil n’existe plus (a-t-il déjà été supprimé ?).</translation>
    </message>
    <message>
        <source>its file can&apos;t be removed ({reason}); is it open elsewhere?</source>
        <translation>son fichier ne peut pas être supprimé ({reason}) ; est-il ouvert ailleurs ?</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Surveys</translation>
    </message>
    <message>
        <source>Multi-Object</source>
        <translation>Multi-Object</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Records API</source>
        <translation>Records API</translation>
    </message>
    <message>
        <source>Incoming Webhook</source>
        <translation>Incoming Webhook</translation>
    </message>
    <message>
        <source>Form (x-www-form-urlencoded)</source>
        <translation>Formulaire (x-www-form-urlencoded)</translation>
    </message>
    <message>
        <source>PUT (the usual)</source>
        <translation>PUT (habituel)</translation>
    </message>
    <message>
        <source>The webhook&apos;s password is not part of the profile: each desk types it once in Credentials…, and it is kept in that computer&apos;s keyring.</source>
        <translation>Le mot de passe du webhook ne fait pas partie du profil : chaque poste le saisit une fois dans Identifiants…, et il est gardé dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>Field {number} ({name}): {finding}</source>
        <translation>Champ {number} ({name}) : {finding}</translation>
    </message>
    <message>
        <source>Field {number}: {finding}</source>
        <translation>Champ {number} : {finding}</translation>
    </message>
    <message>
        <source>the file has the key &quot;{key}&quot; twice in one object.</source>
        <translation>le fichier contient la clé &quot;{key}&quot; deux fois dans un même objet.</translation>
    </message>
    <message>
        <source>the file has {name}, which is not a JSON value.</source>
        <translation>le fichier contient {name}, qui n’est pas une valeur JSON.</translation>
    </message>
    <message>
        <source>this is a folder, not a profile file.</source>
        <translation>c’est un dossier, pas un fichier de profil.</translation>
    </message>
    <message>
        <source>the file doesn&apos;t exist (was it moved or renamed?).</source>
        <translation>le fichier n’existe pas (a-t-il été déplacé ou renommé ?).</translation>
    </message>
    <message>
        <source>the file can&apos;t be read: permission denied.</source>
        <translation>le fichier ne peut pas être lu : permission refusée.</translation>
    </message>
    <message>
        <source>the file can&apos;t be read ({reason}).</source>
        <translation>le fichier ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <source>this is not an ordinary file (a pipe or a device?).</source>
        <translation>ce n’est pas un fichier ordinaire (un tube ou un périphérique ?).</translation>
    </message>
    <message>
        <source>the file is far too large to be a profile; is it the right one?</source>
        <translation>le fichier est bien trop volumineux pour être un profil ; est-ce le bon ?</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (bad byte at position {position}); save it as UTF-8.</source>
        <translation>le fichier n’est pas du texte UTF-8 (octet invalide à la position {position}) ; enregistrez-le en UTF-8.</translation>
    </message>
    <message>
        <source>the file is not valid JSON: {reason} at line {line}, column {column}.</source>
        <translation>le fichier n’est pas du JSON valide : {reason} à la ligne {line}, colonne {column}.</translation>
    </message>
    <message>
        <source>the file is nested far too deeply to be a profile.</source>
        <translation>le fichier est bien trop imbriqué pour être un profil.</translation>
    </message>
    <message>
        <source>the file holds a number far too long to be real.</source>
        <translation>le fichier contient un nombre bien trop long pour être réel.</translation>
    </message>
    <message>
        <source>the file can&apos;t be saved ({reason}).</source>
        <translation>le fichier ne peut pas être enregistré ({reason}).</translation>
    </message>
    <message>
        <source>your organisation provides a profile named &quot;{name}&quot;; it can&apos;t be replaced here (ask IT to update it, or rename this one).</source>
        <translation>votre organisation fournit un profil nommé &quot;{name}&quot; ; il ne peut pas être remplacé ici (demandez au service informatique de le mettre à jour, ou renommez celui-ci).</translation>
    </message>
    <message>
        <source>a profile named &quot;{name}&quot; is already there; replace it?</source>
        <translation>un profil nommé &quot;{name}&quot; existe déjà ; le remplacer ?</translation>
    </message>
    <message>
        <source>The configuration reference &quot;{reference}&quot; doesn&apos;t look like the usual kind (like 9dd58237-c913-4073-9c76-07da0b49ff50); check it in CustomerGauge under Data → Rest APIs → Inbound Mapping, column Reference.</source>
        <translation>La référence de configuration &quot;{reference}&quot; ne ressemble pas à celles d’habitude (du type 9dd58237-c913-4073-9c76-07da0b49ff50) ; vérifiez-la dans CustomerGauge sous Data → Rest APIs → Inbound Mapping, colonne Reference.</translation>
    </message>
    <message>
        <source>Profile &quot;{source}&quot;: {problem}</source>
        <translation>Profil &quot;{source}&quot; : {problem}</translation>
    </message>
    <message>
        <source>type</source>
        <translation>le type</translation>
    </message>
    <message>
        <source>region</source>
        <translation>la région</translation>
    </message>
    <message>
        <source>data type</source>
        <translation>le type de données</translation>
    </message>
    <message>
        <source>format</source>
        <translation>le format</translation>
    </message>
    <message>
        <source>method</source>
        <translation>la méthode</translation>
    </message>
    <message>
        <source>transport</source>
        <translation>le transport</translation>
    </message>
    <message>
        <source>{where} has no &quot;{key}&quot;; add it.</source>
        <translation>{where} n’a pas de &quot;{key}&quot; ; ajoutez-le.</translation>
    </message>
    <message>
        <source>{where} has &quot;{key}&quot;: {value}, which should be text in quotes.</source>
        <translation>{where} a &quot;{key}&quot; : {value}, qui devrait être du texte entre guillemets.</translation>
    </message>
    <message>
        <source>{where} has &quot;{key}&quot; with a broken character (a lone \u escape).</source>
        <translation>{where} a &quot;{key}&quot; avec un caractère cassé (un échappement \u isolé).</translation>
    </message>
    <message>
        <source>{where} has &quot;{key}&quot;: {value}; use true or false.</source>
        <translation>{where} a &quot;{key}&quot; : {value} ; utilisez true ou false.</translation>
    </message>
    <message>
        <source>{where} has unknown {kind} &quot;{value}&quot;; use one of {options}.</source>
        <translation>{where} a une valeur inconnue pour {kind} : &quot;{value}&quot; ; utilisez l’une de celles-ci : {options}.</translation>
    </message>
    <message>
        <source>{where} has &quot;choices&quot;: {value}; use a list of texts, like [&quot;A&quot;, &quot;B&quot;].</source>
        <translation>{where} a &quot;choices&quot; : {value} ; utilisez une liste de textes, comme [&quot;A&quot;, &quot;B&quot;].</translation>
    </message>
    <message>
        <source>{where} has an empty choice.</source>
        <translation>{where} a un choix vide.</translation>
    </message>
    <message>
        <source>{where} has the choice &quot;{choice}&quot; with spaces at the start or end.</source>
        <translation>{where} a le choix &quot;{choice}&quot; avec des espaces au début ou à la fin.</translation>
    </message>
    <message>
        <source>{where} has the choice &quot;{choice}&quot; twice.</source>
        <translation>{where} a le choix &quot;{choice}&quot; deux fois.</translation>
    </message>
    <message>
        <source>{where} is of type &quot;choice&quot; but has no &quot;choices&quot;; list the allowed values.</source>
        <translation>{where} est de type &quot;choice&quot; mais n’a pas de &quot;choices&quot; ; indiquez les valeurs permises.</translation>
    </message>
    <message>
        <source>{where} has &quot;choices&quot; but its type is &quot;{type}&quot;; use type &quot;choice&quot;.</source>
        <translation>{where} a des &quot;choices&quot; mais son type est &quot;{type}&quot; ; utilisez le type &quot;choice&quot;.</translation>
    </message>
    <message>
        <source>field {index} is {value}, not an object {{...}}.</source>
        <translation>le champ {index} est {value}, pas un objet {{...}}.</translation>
    </message>
    <message>
        <source>field {index} (&quot;{name}&quot;)</source>
        <translation>le champ {index} (&quot;{name}&quot;)</translation>
    </message>
    <message>
        <source>field {index}</source>
        <translation>le champ {index}</translation>
    </message>
    <message>
        <source>{where} has an empty name; give the exact key the mapping expects.</source>
        <translation>{where} a un nom vide ; indiquez la clé exacte attendue par le mapping.</translation>
    </message>
    <message>
        <source>{where} has spaces at the start or end of its name; keys must match exactly.</source>
        <translation>{where} a des espaces au début ou à la fin de son nom ; les clés doivent correspondre exactement.</translation>
    </message>
    <message>
        <source>{where} has [ or ] in its name, which the form format can&apos;t send; use &quot;json&quot;.</source>
        <translation>{where} a [ ou ] dans son nom, ce que le format form ne peut pas envoyer ; utilisez &quot;json&quot;.</translation>
    </message>
    <message>
        <source>{where} has &quot;max_length&quot;: {value}; use a whole number above 0, or null.</source>
        <translation>{where} a &quot;max_length&quot; : {value} ; utilisez un nombre entier supérieur à 0, ou null.</translation>
    </message>
    <message>
        <source>{where} is hidden but has no &quot;default&quot;; a hidden field sends a fixed value.</source>
        <translation>{where} est masqué mais n’a pas de &quot;default&quot; ; un champ masqué envoie une valeur fixe.</translation>
    </message>
    <message>
        <source>{where} has the default &quot;{value}&quot;, which is not one of its choices.</source>
        <translation>{where} a la valeur par défaut &quot;{value}&quot;, qui ne fait pas partie de ses choix.</translation>
    </message>
    <message>
        <source>{where} has the default &quot;{value}&quot;, which the server would refuse: {reason}</source>
        <translation>{where} a la valeur par défaut &quot;{value}&quot;, que le serveur refuserait : {reason}</translation>
    </message>
    <message>
        <source>field {index} (&quot;{name}&quot;) repeats field {other} (&quot;{first}&quot;); each key may appear once.</source>
        <translation>le champ {index} (&quot;{name}&quot;) répète le champ {other} (&quot;{first}&quot;) ; chaque clé ne peut figurer qu’une fois.</translation>
    </message>
    <message>
        <source>field {index} (&quot;{name}&quot;) differs only in case from field {other} (&quot;{first}&quot;); each key may appear once.</source>
        <translation>le champ {index} (&quot;{name}&quot;) ne diffère du champ {other} (&quot;{first}&quot;) que par les majuscules ; chaque clé ne peut figurer qu’une fois.</translation>
    </message>
    <message>
        <source>&quot;{first}&quot; or &quot;{second}&quot;</source>
        <translation>&quot;{first}&quot; ou &quot;{second}&quot;</translation>
    </message>
    <message>
        <source>{where} is for &quot;{data_type}&quot;, which needs a field named {wanted} (there is &quot;{near}&quot;, but names are case-sensitive).</source>
        <translation>{where} est pour &quot;{data_type}&quot;, qui a besoin d’un champ nommé {wanted} (il y a &quot;{near}&quot;, mais les noms sont sensibles à la casse).</translation>
    </message>
    <message>
        <source>{where} is for &quot;{data_type}&quot;, which needs a field named {wanted}.</source>
        <translation>{where} est pour &quot;{data_type}&quot;, qui a besoin d’un champ nommé {wanted}.</translation>
    </message>
    <message>
        <source>{where} has &quot;scan_fields&quot;: {value}; use an object of texts, like {example}.</source>
        <translation>{where} a &quot;scan_fields&quot; : {value} ; utilisez un objet de textes, comme {example}.</translation>
    </message>
    <message>
        <source>{where} has &quot;scan_fields&quot; with {value}; use an object of texts, like {example}.</source>
        <translation>{where} a &quot;scan_fields&quot; avec {value} ; utilisez un objet de textes, comme {example}.</translation>
    </message>
    <message>
        <source>{where} has &quot;scan_fields&quot; sending &quot;{prop}&quot; to &quot;{key}&quot;, but it has no field named so (there is &quot;{near}&quot;, but names are case-sensitive).</source>
        <translation>{where} a des &quot;scan_fields&quot; qui envoient &quot;{prop}&quot; vers &quot;{key}&quot;, mais aucun champ de ce nom (il y a &quot;{near}&quot;, mais les noms sont sensibles à la casse).</translation>
    </message>
    <message>
        <source>{where} has &quot;scan_fields&quot; sending &quot;{prop}&quot; to &quot;{key}&quot;, but it has no field named so.</source>
        <translation>{where} a des &quot;scan_fields&quot; qui envoient &quot;{prop}&quot; vers &quot;{key}&quot;, mais aucun champ de ce nom.</translation>
    </message>
    <message>
        <source>&quot;schema_version&quot; is {value}; it should be 1.</source>
        <translation>&quot;schema_version&quot; vaut {value} ; il devrait valoir 1.</translation>
    </message>
    <message>
        <source>the profile was made by a newer cg-desktop (schema_version {version}; this version reads up to {known}); update cg-desktop to use it.</source>
        <translation>le profil a été créé par un cg-desktop plus récent (schema_version {version} ; cette version lit jusqu’à {known}) ; mettez cg-desktop à jour pour l’utiliser.</translation>
    </message>
    <message>
        <source>the file holds {value}, not a profile object {{...}}.</source>
        <translation>le fichier contient {value}, pas un objet de profil {{...}}.</translation>
    </message>
    <message>
        <source>the profile has &quot;{key}&quot;, but secrets never go in a profile file (it is handed around); remove it and sign in within the app instead.</source>
        <translation>le profil contient &quot;{key}&quot;, mais les secrets ne vont jamais dans un fichier de profil (il circule) ; retirez-le et connectez-vous plutôt dans l’application.</translation>
    </message>
    <message>
        <source>the profile</source>
        <translation>le profil</translation>
    </message>
    <message>
        <source>{where} has an empty &quot;name&quot;; give it a name people will recognise.</source>
        <translation>{where} a un &quot;name&quot; vide ; donnez-lui un nom que chacun reconnaîtra.</translation>
    </message>
    <message>
        <source>{where} has an empty &quot;configuration&quot;; copy the Inbound Mapping reference into it.</source>
        <translation>{where} a une &quot;configuration&quot; vide ; copiez-y la référence de l’Inbound Mapping.</translation>
    </message>
    <message>
        <source>{where} gives both &quot;webhook_id&quot; and &quot;webhook_url&quot;; keep one of them.</source>
        <translation>{where} donne à la fois &quot;webhook_id&quot; et &quot;webhook_url&quot; ; n’en gardez qu’un.</translation>
    </message>
    <message>
        <source>{where} uses a webhook, but its &quot;{key}&quot; can&apos;t be used: {reason}</source>
        <translation>{where} utilise un webhook, mais son &quot;{key}&quot; est inutilisable : {reason}</translation>
    </message>
    <message>
        <source>{where} needs a non-empty &quot;fields&quot; list [...]: the form&apos;s fields.</source>
        <translation>{where} a besoin d’une liste &quot;fields&quot; [...] non vide : les champs du formulaire.</translation>
    </message>
    <message>
        <source>Give the webhook&apos;s URL (https://{host}/…) or its id.</source>
        <translation>Indiquez l’URL du webhook (https://{host}/…) ou son identifiant.</translation>
    </message>
    <message>
        <source>A practice profile names the sandbox&apos;s webhook by its id only (demo-webhook).</source>
        <translation>Un profil d’entraînement désigne le webhook du bac à sable par son seul identifiant (demo-webhook).</translation>
    </message>
    <message>
        <source>That isn&apos;t a web address cg-desktop can read; paste the webhook&apos;s URL exactly as CustomerGauge shows it (https://{host}/…).</source>
        <translation>Ce n’est pas une adresse web que cg-desktop sait lire ; collez l’URL du webhook exactement comme CustomerGauge l’affiche (https://{host}/…).</translation>
    </message>
    <message>
        <source>The URL starts with {scheme}://; CustomerGauge&apos;s webhooks use https://, and anything else would send the webhook&apos;s password unprotected.</source>
        <translation>L’URL commence par {scheme}:// ; les webhooks de CustomerGauge utilisent https://, et tout autre protocole enverrait le mot de passe du webhook sans protection.</translation>
    </message>
    <message>
        <source>That address is not a CustomerGauge webhook address; it should start with https://{host}/. The webhook&apos;s password would go there.</source>
        <translation>Cette adresse n’est pas une adresse de webhook CustomerGauge ; elle devrait commencer par https://{host}/. Le mot de passe du webhook y serait envoyé.</translation>
    </message>
    <message>
        <source>{given} is not a CustomerGauge webhook address; it should start with https://{host}/. The webhook&apos;s password would go there.</source>
        <translation>{given} n’est pas une adresse de webhook CustomerGauge ; elle devrait commencer par https://{host}/. Le mot de passe du webhook y serait envoyé.</translation>
    </message>
    <message>
        <source>{given} is not a CustomerGauge region&apos;s webhook address; it should start with https://{host}/.</source>
        <translation>{given} n’est l’adresse de webhook d’aucune région CustomerGauge ; elle devrait commencer par https://{host}/.</translation>
    </message>
    <message>
        <source>This webhook is in the {other} region, but the profile&apos;s region is {region}: choose the region the webhook belongs to.</source>
        <translation>Ce webhook est dans la région {other}, mais la région du profil est {region} : choisissez la région du webhook.</translation>
    </message>
    <message>
        <source>Paste the webhook&apos;s URL exactly as CustomerGauge shows it, without a port or a user name in it.</source>
        <translation>Collez l’URL du webhook exactement comme CustomerGauge l’affiche, sans port ni nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Paste the webhook&apos;s URL without anything after ? or #: the fields are added by cg-desktop.</source>
        <translation>Collez l’URL du webhook sans rien après ? ou # : les champs sont ajoutés par cg-desktop.</translation>
    </message>
    <message>
        <source>The URL should end with the webhook&apos;s id, like https://{host}/abc123.</source>
        <translation>L’URL devrait se terminer par l’identifiant du webhook, comme https://{host}/abc123.</translation>
    </message>
    <message>
        <source>Give only the id that follows https://{host}/ in the webhook&apos;s URL.</source>
        <translation>Indiquez seulement l’identifiant qui suit https://{host}/ dans l’URL du webhook.</translation>
    </message>
</context>
</TS>
