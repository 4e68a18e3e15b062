<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
    <name>KioskNotice</name>
    <message>
        <source>Thank you, {name} — your survey is on its way.</source>
        <translation>Merci, {name} — votre questionnaire est en route.</translation>
    </message>
    <message>
        <source>Thank you — your survey is on its way.</source>
        <translation>Merci — votre questionnaire est en route.</translation>
    </message>
    <message>
        <source>Welcome! Please fill in your details, then press Enter.</source>
        <translation>Bienvenue ! Saisissez vos coordonnées, puis appuyez sur Entrée.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
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
        <source>Waiting: records are kept and sent later</source>
        <translation>En attente : les fiches sont conservées et envoyées plus tard</translation>
    </message>
    <message>
        <source>Sending works</source>
        <translation>L’envoi fonctionne</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
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
</TS>
