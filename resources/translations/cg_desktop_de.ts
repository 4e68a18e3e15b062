<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>About</name>
    <message>
        <source>About cg-desktop</source>
        <translation>Über cg-desktop</translation>
    </message>
</context>
<context>
    <name>Accessible</name>
    <message>
        <source>{label}, required</source>
        <translation>{label}, Pflichtfeld</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>ChoiceFieldEditor</name>
    <message>
        <source>— choose —</source>
        <translation>— auswählen —</translation>
    </message>
</context>
<context>
    <name>ChoicesDialog</name>
    <message>
        <source>Choices for {key}</source>
        <translation>Optionen für {key}</translation>
    </message>
    <message>
        <source>Choices for this field</source>
        <translation>Optionen für dieses Feld</translation>
    </message>
    <message>
        <source>&amp;One choice per line, exactly as CustomerGauge expects it:</source>
        <translation>&amp;Eine Option pro Zeile, genau so, wie CustomerGauge sie erwartet:</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <source>Leave practice mode?</source>
        <translation>Übungsmodus verlassen?</translation>
    </message>
    <message>
        <source>Leave practice mode anyway?</source>
        <translation>Übungsmodus trotzdem verlassen?</translation>
    </message>
    <message>
        <source>Try in practice mode?</source>
        <translation>Im Übungsmodus ausprobieren?</translation>
    </message>
    <message>
        <source>Try in practice mode anyway?</source>
        <translation>Trotzdem im Übungsmodus ausprobieren?</translation>
    </message>
    <message>
        <source>Start kiosk mode?</source>
        <translation>Kioskmodus starten?</translation>
    </message>
    <message>
        <source>Start kiosk mode anyway?</source>
        <translation>Kioskmodus trotzdem starten?</translation>
    </message>
    <message>
        <source>Close cg-desktop?</source>
        <translation>cg-desktop schließen?</translation>
    </message>
    <message>
        <source>Close cg-desktop anyway?</source>
        <translation>cg-desktop trotzdem schließen?</translation>
    </message>
    <message>
        <source>What is typed in the form has not been sent and will be lost.</source>
        <translation>Was im Formular eingegeben ist, wurde nicht gesendet und geht verloren.</translation>
    </message>
    <message>
        <source>1 record is still waiting to be sent: it is kept, and goes out the next time cg-desktop is open.</source>
        <translation>1 Datensatz wartet noch auf das Senden: Er bleibt erhalten und wird gesendet, wenn cg-desktop das nächste Mal geöffnet ist.</translation>
    </message>
    <message>
        <source>{count} records are still waiting to be sent: they are kept, and go out the next time cg-desktop is open.</source>
        <translation>{count} Datensätze warten noch auf das Senden: Sie bleiben erhalten und werden gesendet, wenn cg-desktop das nächste Mal geöffnet ist.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>cg-desktop ran into a problem</source>
        <translation>cg-desktop ist auf ein Problem gestoßen</translation>
    </message>
    <message>
        <source>Something went wrong inside cg-desktop. Records already saved are kept and will be sent; if you were typing, check the form.</source>
        <translation>In cg-desktop ist etwas schiefgegangen. Bereits gespeicherte Datensätze bleiben erhalten und werden gesendet; falls Sie gerade getippt haben, prüfen Sie das Formular.</translation>
    </message>
    <message>
        <source>If it happens again, copy the report and send it to whoever looks after cg-desktop for you. It holds no passwords, tokens or email addresses.</source>
        <translation>Wenn es wieder passiert, kopieren Sie den Bericht und senden Sie ihn an die Person, die cg-desktop für Sie betreut. Er enthält keine Passwörter, Tokens oder E-Mail-Adressen.</translation>
    </message>
    <message>
        <source>Copy the report</source>
        <translation>Bericht kopieren</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Webhook credentials — {region}</source>
        <translation>Webhook-Zugangsdaten — {region}</translation>
    </message>
    <message>
        <source>Credentials — {region}</source>
        <translation>Zugangsdaten — {region}</translation>
    </message>
    <message>
        <source>Sign in to {server} with a Connected App&apos;s Client ID and Client Secret (your CustomerGauge administrator creates them).</source>
        <translation>Melden Sie sich bei {server} mit der Client ID und dem Client Secret einer Connected App an (Ihr CustomerGauge-Administrator legt diese an).</translation>
    </message>
    <message>
        <source>This profile sends through the Incoming Webhook {url}. Give the user and password CustomerGauge showed with it (your administrator has them).</source>
        <translation>Dieses Profil sendet über den Incoming Webhook {url}. Geben Sie den Benutzer und das Passwort ein, die CustomerGauge dazu angezeigt hat (Ihr Administrator hat sie).</translation>
    </message>
    <message>
        <source>Sh&amp;ow the password</source>
        <translation>Passwort an&amp;zeigen</translation>
    </message>
    <message>
        <source>Sh&amp;ow the secret</source>
        <translation>Client Secret an&amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>Client &amp;ID</source>
        <translation>Client &amp;ID</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Client &amp;Secret</source>
        <translation>Client &amp;Secret</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <source>Keep for this session</source>
        <translation>Für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Cancel &amp;test</source>
        <translation>&amp;Test abbrechen</translation>
    </message>
    <message>
        <source>Signing in to {server}…</source>
        <translation>Anmeldung bei {server}…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test abgebrochen.</translation>
    </message>
    <message>
        <source>✘ The test could not run. Try again.</source>
        <translation>✘ Der Test konnte nicht ausgeführt werden. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>DateFieldEditor</name>
    <message>
        <source>YYYY-MM-DD HH:MM:SS</source>
        <translation>JJJJ-MM-TT HH:MM:SS</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Pick a date (Alt+Down)</source>
        <translation>Datum auswählen (Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <source>Pick a date for {field}</source>
        <translation>Datum für {field} auswählen</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>CustomerGauge&apos;s words: {words}</source>
        <translation>Wortlaut von CustomerGauge: {words}</translation>
    </message>
</context>
<context>
    <name>FieldsPanel</name>
    <message>
        <source>Add fi&amp;eld</source>
        <translation>Feld &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remove fiel&amp;d</source>
        <translation>Feld en&amp;tfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Na&amp;ch oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Edit &amp;choices…</source>
        <translation>&amp;Optionen ändern…</translation>
    </message>
    <message>
        <source>F&amp;ields</source>
        <translation>&amp;Felder</translation>
    </message>
</context>
<context>
    <name>FieldsTable</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>The exact key the mapping expects, as in CustomerGauge&apos;s Field Settings (case-sensitive).</source>
        <translation>Der genaue Schlüssel, den das Mapping erwartet, wie in den Field Settings von CustomerGauge (Groß-/Kleinschreibung beachten).</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>What the desk sees beside the field (the key, if left empty).</source>
        <translation>Was am Arbeitsplatz neben dem Feld steht (der Schlüssel, wenn leer).</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>What may be typed: text, an email address, a date…</source>
        <translation>Was eingegeben werden darf: Text, eine E-Mail-Adresse, ein Datum…</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>The desk can&apos;t send without it.</source>
        <translation>Ohne dieses Feld kann der Arbeitsplatz nicht senden.</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>For a Choice field: the choices offered (double-click to edit).</source>
        <translation>Für ein Auswahlfeld: die angebotenen Optionen (zum Bearbeiten doppelklicken).</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Verborgen</translation>
    </message>
    <message>
        <source>Not shown on the form: its Value is always sent.</source>
        <translation>Nicht im Formular sichtbar: Sein Wert wird immer gesendet.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>A hidden field&apos;s fixed value, or a value a shown field starts with.</source>
        <translation>Der feste Wert eines verborgenen Felds oder der Anfangswert eines sichtbaren Felds.</translation>
    </message>
    <message>
        <source>Sticky</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>Kept after each send, for the next visitor (a desk&apos;s Touchpoint, say).</source>
        <translation>Bleibt nach jedem Senden für den nächsten Besucher erhalten (etwa der Touchpoint eines Arbeitsplatzes).</translation>
    </message>
    <message>
        <source>Max length</source>
        <translation>Max. Länge</translation>
    </message>
    <message>
        <source>The most characters allowed (empty: no limit).</source>
        <translation>Die höchste erlaubte Zeichenzahl (leer: unbegrenzt).</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>A line of help shown under the field.</source>
        <translation>Eine Zeile Hilfetext unter dem Feld.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message>
        <source>Problem: {finding}</source>
        <translation>Problem: {finding}</translation>
    </message>
    <message>
        <source>Problem. Click to go there.</source>
        <translation>Problem. Zum Hinspringen anklicken.</translation>
    </message>
    <message>
        <source>Warning: {finding}</source>
        <translation>Warnung: {finding}</translation>
    </message>
    <message>
        <source>Warning. Click to go there.</source>
        <translation>Warnung. Zum Hinspringen anklicken.</translation>
    </message>
    <message>
        <source>No problems: the profile can be saved.</source>
        <translation>Keine Probleme: Das Profil kann gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to cg-desktop</source>
        <translation>Willkommen bei cg-desktop</translation>
    </message>
    <message>
        <source>To send surveys you need two things from your CustomerGauge administrator: a &lt;b&gt;profile&lt;/b&gt;, a small file that says which fields to fill in and where they go, and a &lt;b&gt;Client ID and Client Secret&lt;/b&gt; (from CustomerGauge&apos;s Connected Apps) that let this computer send. Import the profile here; you are asked for the Client ID and Secret when you first send.</source>
        <translation>Um Umfragen zu senden, brauchen Sie zwei Dinge von Ihrer CustomerGauge-Administration: ein &lt;b&gt;Profil&lt;/b&gt;, eine kleine Datei, die festlegt, welche Felder auszufüllen sind und wohin sie gehen, und eine &lt;b&gt;Client ID und ein Client Secret&lt;/b&gt; (aus den Connected Apps von CustomerGauge), mit denen dieser Computer senden darf. Importieren Sie hier das Profil; nach Client ID und Secret werden Sie beim ersten Senden gefragt.</translation>
    </message>
    <message>
        <source>Administrator without a profile file? Make one in &lt;b&gt;File → Profiles…&lt;/b&gt; from the field names on CustomerGauge&apos;s Field Settings page.</source>
        <translation>Administrator ohne Profildatei? Erstellen Sie eine unter &lt;b&gt;Datei → Profile…&lt;/b&gt; anhand der Feldnamen auf der Seite „Field Settings“ von CustomerGauge.</translation>
    </message>
    <message>
        <source>Just looking? Try &lt;b&gt;practice mode&lt;/b&gt;: everything works the same, but nothing is sent to CustomerGauge.</source>
        <translation>Möchten Sie sich nur umsehen? Probieren Sie den &lt;b&gt;Übungsmodus&lt;/b&gt;: Alles funktioniert gleich, aber nichts wird an CustomerGauge gesendet.</translation>
    </message>
    <message>
        <source>&amp;Import a profile…</source>
        <translation>Ein Profil &amp;importieren…</translation>
    </message>
    <message>
        <source>Try &amp;practice mode</source>
        <translation>Übungsmodus &amp;testen</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>send</source>
        <translation>senden</translation>
    </message>
    <message>
        <source>Shift+Tab</source>
        <translation>Umschalt+Tab</translation>
    </message>
    <message>
        <source>next / previous field</source>
        <translation>nächstes / vorheriges Feld</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>clear the form (asks first)</source>
        <translation>das Formular leeren (mit Rückfrage)</translation>
    </message>
    <message>
        <source>use the suggested address (&quot;Did you mean …?&quot;)</source>
        <translation>die vorgeschlagene Adresse übernehmen („Meinten Sie …?“)</translation>
    </message>
    <message>
        <source>fix a record CustomerGauge refused</source>
        <translation>einen von CustomerGauge abgelehnten Datensatz korrigieren</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Strg+1</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Strg+2</translation>
    </message>
    <message>
        <source>the form / the history</source>
        <translation>das Formular / der Verlauf</translation>
    </message>
    <message>
        <source>the region / the profile</source>
        <translation>die Region / das Profil</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Strg+Q</translation>
    </message>
    <message>
        <source>quit (what waits is sent next time)</source>
        <translation>beenden (Wartendes wird beim nächsten Mal gesendet)</translation>
    </message>
    <message>
        <source>Sending a record</source>
        <translation>Einen Datensatz senden</translation>
    </message>
    <message>
        <source>Fill in the form and press &lt;b&gt;Enter&lt;/b&gt;. The record is saved on this computer at once and the form is cleared for the next person; &lt;b&gt;Recent&lt;/b&gt;, beside the form, shows how each send went. Nothing is lost when the Wi-Fi is down: it is sent when it is back.</source>
        <translation>Füllen Sie das Formular aus und drücken Sie &lt;b&gt;Enter&lt;/b&gt;. Der Datensatz wird sofort auf diesem Computer gespeichert und das Formular für die nächste Person geleert; &lt;b&gt;Zuletzt&lt;/b&gt; neben dem Formular zeigt, wie jede Sendung verlaufen ist. Fällt das WLAN aus, geht nichts verloren: Gesendet wird, sobald es wieder da ist.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What you need</source>
        <translation>Was Sie brauchen</translation>
    </message>
    <message>
        <source>A &lt;b&gt;profile&lt;/b&gt; (which fields, and where they go) and your CustomerGauge &lt;b&gt;Client ID&lt;/b&gt; and &lt;b&gt;Client Secret&lt;/b&gt; (File → Credentials…). Without them, try practice mode: everything works, nothing is sent to CustomerGauge.</source>
        <translation>Ein &lt;b&gt;Profil&lt;/b&gt; (welche Felder, und wohin sie gehen) und Ihre CustomerGauge-&lt;b&gt;Client ID&lt;/b&gt; und Ihr &lt;b&gt;Client Secret&lt;/b&gt; (Datei → Zugangsdaten…). Ohne diese probieren Sie den Übungsmodus aus: Alles funktioniert, aber nichts wird an CustomerGauge gesendet.</translation>
    </message>
    <message>
        <source>cg-desktop Help</source>
        <translation>cg-desktop-Hilfe</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>Profile not here</source>
        <translation>Profil nicht vorhanden</translation>
    </message>
    <message>
        <source>The profile &quot;{profile}&quot; of this send is not on this computer any more, so it can&apos;t be opened in the form.</source>
        <translation>Das Profil „{profile}“ dieser Übermittlung ist nicht mehr auf diesem Computer, daher kann sie nicht im Formular geöffnet werden.</translation>
    </message>
    <message>
        <source>{name} was not sent: {reason}
To fix it, click the field or press F2. Or just type the next person: this record then waits in Recent.</source>
        <translation>{name} wurde nicht gesendet: {reason}
Klicken Sie zum Korrigieren in das Feld oder drücken Sie F2. Oder tippen Sie einfach die nächste Person: dieser Datensatz wartet dann unter Zuletzt.</translation>
    </message>
    <message>
        <source>{name} waits in Recent: F2 brings it back to fix.</source>
        <translation>{name} wartet unter Zuletzt: F2 holt es zum Korrigieren zurück.</translation>
    </message>
    <message>
        <source>Fix what CustomerGauge refused for {name}, then press Enter: it goes as a new send.</source>
        <translation>Korrigieren Sie, was CustomerGauge für {name} abgelehnt hat, und drücken Sie dann Enter: Es geht als neue Übermittlung hinaus.</translation>
    </message>
    <message>
        <source>The profile is “{profile}” for this fix; then back to “{desk}”.</source>
        <translation>Für diese Korrektur gilt das Profil „{profile}“; danach wieder „{desk}“.</translation>
    </message>
    <message>
        <source>That record is no longer on this computer.</source>
        <translation>Dieser Datensatz ist nicht mehr auf diesem Computer.</translation>
    </message>
    <message>
        <source>Replace what is typed?</source>
        <translation>Eingegebenes ersetzen?</translation>
    </message>
    <message>
        <source>The form holds {name}, not sent yet.</source>
        <translation>Im Formular steht {name}, noch nicht gesendet.</translation>
    </message>
    <message>
        <source>Replace it with {name} to fix? What is typed now would be lost. To keep it, send or clear it first, then press F2 again.</source>
        <translation>Durch {name} ersetzen, um zu korrigieren? Das jetzt Eingegebene ginge verloren. Um es zu behalten, senden oder leeren Sie es zuerst und drücken Sie dann erneut F2.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Keep typing</source>
        <translation>Weiter tippen</translation>
    </message>
    <message>
        <source>Sign in to send this record.</source>
        <translation>Melden Sie sich an, um diesen Datensatz zu senden.</translation>
    </message>
    <message>
        <source>Delete the send to {contact} from this computer? This can&apos;t be undone.</source>
        <translation>Die Übermittlung an {contact} von diesem Computer löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete the send to this contact from this computer? This can&apos;t be undone.</source>
        <translation>Die Übermittlung an diesen Kontakt von diesem Computer löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>It has not been sent yet: deleted, it will never be sent.</source>
        <translation>Der Datensatz wurde noch nicht gesendet: Gelöscht wird er nie gesendet.</translation>
    </message>
    <message>
        <source>Delete this send?</source>
        <translation>Diese Übermittlung löschen?</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>The send was not deleted: {error}.</source>
        <translation>Die Übermittlung wurde nicht gelöscht: {error}.</translation>
    </message>
    <message>
        <source>This record is being sent right now, so it was not deleted. Look again in a moment.</source>
        <translation>Dieser Datensatz wird gerade gesendet und wurde daher nicht gelöscht. Sehen Sie gleich noch einmal nach.</translation>
    </message>
    <message>
        <source>Clear the history?</source>
        <translation>Verlauf leeren?</translation>
    </message>
    <message>
        <source>Delete every finished send (delivered, or already surveyed) from this computer? Sends still waiting, and refused ones that need a fix, are kept. This can&apos;t be undone.</source>
        <translation>Alle abgeschlossenen Übermittlungen (zugestellt oder bereits befragt) von diesem Computer löschen? Noch wartende und abgelehnte, die eine Korrektur brauchen, bleiben erhalten. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Not cleared</source>
        <translation>Nicht geleert</translation>
    </message>
    <message>
        <source>The history was not cleared: {error}.</source>
        <translation>Der Verlauf wurde nicht geleert: {error}.</translation>
    </message>
    <message>
        <source>History cleared: 1 send deleted.</source>
        <translation>Verlauf geleert: 1 Übermittlung gelöscht.</translation>
    </message>
    <message>
        <source>History cleared: {count} sends deleted.</source>
        <translation>Verlauf geleert: {count} Übermittlungen gelöscht.</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>Include personal data (names, email addresses, phone numbers)?</source>
        <translation>Personenbezogene Daten einschließen (Namen, E-Mail-Adressen, Telefonnummern)?</translation>
    </message>
    <message>
        <source>Without it, contacts are masked (j***@example.com): safer to share.</source>
        <translation>Ohne sie werden Kontakte maskiert (j***@example.com): sicherer zum Weitergeben.</translation>
    </message>
    <message>
        <source>Without personal data</source>
        <translation>Ohne personenbezogene Daten</translation>
    </message>
    <message>
        <source>With personal data</source>
        <translation>Mit personenbezogenen Daten</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Choose another folder: this one holds cg-desktop&apos;s own history.</source>
        <translation>Wählen Sie einen anderen Ordner: Dieser enthält den Verlauf von cg-desktop selbst.</translation>
    </message>
    <message>
        <source>The file could not be written: {error}.</source>
        <translation>Die Datei konnte nicht geschrieben werden: {error}.</translation>
    </message>
    <message>
        <source>Exported 1 send to {path}.</source>
        <translation>1 Übermittlung nach {path} exportiert.</translation>
    </message>
    <message>
        <source>Exported {count} sends to {path}.</source>
        <translation>{count} Übermittlungen nach {path} exportiert.</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>diesen Datensatz</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Search contact, profile or message…</source>
        <translation>Kontakt, Profil oder Meldung suchen…</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Anzei&amp;gen:</translation>
    </message>
    <message>
        <source>Se&amp;arch:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Übermittlungen</translation>
    </message>
    <message>
        <source>Details of the chosen send</source>
        <translation>Details der gewählten Übermittlung</translation>
    </message>
    <message>
        <source>Select a send to see what was sent and how it went.</source>
        <translation>Wählen Sie eine Übermittlung, um zu sehen, was gesendet wurde und wie es lief.</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>The exact request and CustomerGauge&apos;s exact answer</source>
        <translation>Die genaue Anfrage und die genaue Antwort von CustomerGauge</translation>
    </message>
    <message>
        <source>&amp;Edit and resend…</source>
        <translation>&amp;Bearbeiten, neu senden…</translation>
    </message>
    <message>
        <source>Open this record in the form, with CustomerGauge&apos;s errors</source>
        <translation>Diesen Datensatz im Formular öffnen, mit den Fehlern von CustomerGauge</translation>
    </message>
    <message>
        <source>Retr&amp;y now</source>
        <translation>Er&amp;neut versuchen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>C&amp;lear history…</source>
        <translation>&amp;Verlauf leeren…</translation>
    </message>
    <message>
        <source>All sends</source>
        <translation>Alle Übermittlungen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Needs a fix</source>
        <translation>Korrektur nötig</translation>
    </message>
    <message>
        <source>Already surveyed</source>
        <translation>Bereits befragt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>I&apos;m still here</source>
        <translation>Ich bin noch da</translation>
    </message>
    <message>
        <source>Still there? The form clears in {seconds} s.</source>
        <translation>Noch da? Das Formular wird in {seconds} s geleert.</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>cg-desktop is already open on this computer (it may be minimised or on another desktop). Use that window.</source>
        <translation>cg-desktop ist auf diesem Computer bereits geöffnet (vielleicht minimiert oder auf einem anderen Desktop). Verwenden Sie dieses Fenster.</translation>
    </message>
</context>
<context>
    <name>KioskNotice</name>
    <message>
        <source>Thank you, {name} — you’re all set.</source>
        <translation>Danke, {name} — alles erledigt.</translation>
    </message>
    <message>
        <source>Thank you — you’re all set.</source>
        <translation>Danke — alles erledigt.</translation>
    </message>
    <message>
        <source>Welcome! Please fill in your details, then press Enter.</source>
        <translation>Willkommen! Bitte geben Sie Ihre Daten ein und drücken Sie Enter.</translation>
    </message>
</context>
<context>
    <name>KioskSettingsDialog</name>
    <message>
        <source>&amp;Start kiosk mode</source>
        <translation>Kiosk&amp;modus starten</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>Kioskmodus</translation>
    </message>
    <message>
        <source>Kiosk mode makes this computer a self-service desk: full screen, the form only, one visitor at a time, the form cleared after each. Staff leave it, or open the staff panel (Ctrl+Alt+S), with the PIN.</source>
        <translation>Der Kioskmodus macht diesen Computer zu einem Selbstbedienungsplatz: Vollbild, nur das Formular, ein Besucher nach dem anderen, das Formular nach jedem geleert. Das Personal verlässt ihn oder öffnet den Personalbereich (Strg+Alt+S) mit der PIN.</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> Sekunden</translation>
    </message>
    <message>
        <source>&amp;Open in kiosk mode whenever cg-desktop starts</source>
        <translation>&amp;Immer im Kioskmodus öffnen, wenn cg-desktop startet</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Läuft mit:</translation>
    </message>
    <message>
        <source>&amp;Clear an untouched form after</source>
        <translation>Unberührtes Formular &amp;leeren nach</translation>
    </message>
    <message>
        <source>Practice mode: these settings last until you leave this kiosk.</source>
        <translation>Übungsmodus: Diese Einstellungen gelten, bis Sie diesen Kiosk verlassen.</translation>
    </message>
    <message>
        <source>Staff PIN:</source>
        <translation>Personal-PIN:</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>New PIN chosen (saved with the rest).</source>
        <translation>Neue PIN gewählt (wird mit dem Rest gespeichert).</translation>
    </message>
    <message>
        <source>Set.</source>
        <translation>Festgelegt.</translation>
    </message>
    <message>
        <source>Not set yet: kiosk mode needs one.</source>
        <translation>Noch nicht festgelegt: Der Kioskmodus braucht eine.</translation>
    </message>
    <message>
        <source>Change &amp;PIN…</source>
        <translation>&amp;PIN ändern…</translation>
    </message>
    <message>
        <source>Set &amp;PIN…</source>
        <translation>&amp;PIN festlegen…</translation>
    </message>
    <message>
        <source>the profile “{profile}”, sending to {region}</source>
        <translation>dem Profil „{profile}“, sendet an {region}</translation>
    </message>
</context>
<context>
    <name>KioskStart</name>
    <message>
        <source>There is no profile called “{name}” on this computer.</source>
        <translation>Auf diesem Computer gibt es kein Profil namens „{name}“.</translation>
    </message>
    <message>
        <source>Kiosk mode needs a profile: import the one your administrator gave you (start cg-desktop without --kiosk, File → Import profile…), then start again.</source>
        <translation>Der Kioskmodus braucht ein Profil: Importieren Sie das Profil, das Sie von Ihrem Administrator erhalten haben (starten Sie cg-desktop ohne --kiosk, Datei → Profil importieren…), und starten Sie dann erneut.</translation>
    </message>
    <message>
        <source>No staff PIN is set for kiosk mode.</source>
        <translation>Für den Kioskmodus ist keine Personal-PIN festgelegt.</translation>
    </message>
    <message>
        <source>Kiosk mode needs a staff PIN; none was set.</source>
        <translation>Der Kioskmodus braucht eine Personal-PIN; es wurde keine festgelegt.</translation>
    </message>
    <message>
        <source>The profile “{profile}” is not for a CustomerGauge region (it says “{region}”): start with --sandbox to practise with it, or give the region with --region eu, us or au.</source>
        <translation>Das Profil „{profile}“ gehört zu keiner CustomerGauge-Region (dort steht „{region}“): Starten Sie mit --sandbox, um damit zu üben, oder geben Sie die Region mit --region eu, us oder au an.</translation>
    </message>
    <message>
        <source>Kiosk mode did not start</source>
        <translation>Der Kioskmodus wurde nicht gestartet</translation>
    </message>
    <message>
        <source>{reason} Ask the person who set up this desk.</source>
        <translation>{reason} Fragen Sie die Person, die diesen Platz eingerichtet hat.</translation>
    </message>
    <message>
        <source>{reason} Staff can open cg-desktop&apos;s window with the staff PIN; without it, cg-desktop closes.</source>
        <translation>{reason} Das Personal kann das Fenster von cg-desktop mit der Personal-PIN öffnen; ohne sie wird cg-desktop beendet.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>cg-desktop — kiosk</source>
        <translation>cg-desktop — Kiosk</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Practice mode: nothing is sent to CustomerGauge.</source>
        <translation>Übungsmodus: Es wird nichts an CustomerGauge gesendet.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Use {address}</source>
        <translation>{address} verwenden</translation>
    </message>
    <message>
        <source>Waiting: records are kept and sent later</source>
        <translation>Warten: Datensätze werden aufbewahrt und später gesendet</translation>
    </message>
    <message>
        <source>Sending works</source>
        <translation>Senden funktioniert</translation>
    </message>
    <message>
        <source>Sign in so this kiosk can send.</source>
        <translation>Melden Sie sich an, damit dieser Kiosk senden kann.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>LineFieldEditor</name>
    <message>
        <source>e.g. 250</source>
        <translation>z. B. 250</translation>
    </message>
    <message>
        <source>{count} of {limit} characters</source>
        <translation>{count} von {limit} Zeichen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New record</source>
        <translation>Neuer Datensatz</translation>
    </message>
    <message>
        <source>The form (Ctrl+1)</source>
        <translation>Das Formular (Strg+1)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Kiosk mode needs a profile: choose one (or File → Import profile…).</source>
        <translation>Der Kioskmodus braucht ein Profil: Wählen Sie eines (oder Datei → Profil importieren…).</translation>
    </message>
    <message>
        <source>Close the profile editor first, then choose File → Kiosk mode… again.</source>
        <translation>Schließen Sie zuerst den Profileditor und wählen Sie dann Datei → Kioskmodus… erneut.</translation>
    </message>
    <message>
        <source>Kiosk mode&apos;s settings are saved.</source>
        <translation>Die Einstellungen des Kioskmodus sind gespeichert.</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>Profil exportieren</translation>
    </message>
    <message>
        <source>There is no profile to export yet: import one first.</source>
        <translation>Es gibt noch kein Profil zum Exportieren: Importieren Sie zuerst eines.</translation>
    </message>
    <message>
        <source>What was sent, and how it went (Ctrl+2)</source>
        <translation>Was gesendet wurde und wie es lief (Strg+2)</translation>
    </message>
    <message>
        <source>What is typed in the form could not be saved.</source>
        <translation>Was im Formular eingegeben ist, konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>cg-desktop can&apos;t start</source>
        <translation>cg-desktop kann nicht starten</translation>
    </message>
    <message>
        <source>History database replaced</source>
        <translation>Verlaufsdatenbank ersetzt</translation>
    </message>
    <message>
        <source>{name} — your organisation</source>
        <translation>{name} — Ihre Organisation</translation>
    </message>
    <message>
        <source>{title} — practice mode</source>
        <translation>{title} — Übungsmodus</translation>
    </message>
    <message>
        <source>cg-desktop is already open</source>
        <translation>cg-desktop ist bereits geöffnet</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Import profile…</source>
        <translation>Profil &amp;importieren…</translation>
    </message>
    <message>
        <source>Pr&amp;ofiles…</source>
        <translation>Pr&amp;ofile…</translation>
    </message>
    <message>
        <source>&amp;Fix a refused record</source>
        <translation>&amp;Abgelehnten Datensatz korrigieren</translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation>&amp;Verlauf exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;profile…</source>
        <translation>&amp;Profil exportieren…</translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation>&amp;Zugangsdaten…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Kiosk mode…</source>
        <translation>&amp;Kioskmodus…</translation>
    </message>
    <message>
        <source>&amp;Leave practice mode</source>
        <translation>Übungsmodus ver&amp;lassen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formular</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>cg-desktop &amp;Help</source>
        <translation>cg-desktop-&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Check this computer…</source>
        <translation>&amp;Diesen Computer prüfen…</translation>
    </message>
    <message>
        <source>&amp;About cg-desktop</source>
        <translation>&amp;Über cg-desktop</translation>
    </message>
</context>
<context>
    <name>NewPinDialog</name>
    <message>
        <source>Staff PIN for this kiosk</source>
        <translation>Personal-PIN für diesen Kiosk</translation>
    </message>
    <message>
        <source>Kiosk mode keeps visitors to the form. Choose a PIN for the staff: it is needed to leave kiosk mode and to see the staff panel. It is kept only as a salted hash, so write it down somewhere safe.</source>
        <translation>Der Kioskmodus hält Besucher beim Formular. Wählen Sie eine PIN für das Personal: Sie wird gebraucht, um den Kioskmodus zu verlassen und den Personalbereich zu sehen. Sie wird nur als gesalzener Hash gespeichert, notieren Sie sie also an einem sicheren Ort.</translation>
    </message>
    <message>
        <source>&amp;PIN (4 to 12 digits)</source>
        <translation>&amp;PIN (4 bis 12 Ziffern)</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN &amp;wiederholen</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Die beiden PINs stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>NewProfileDialog</name>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Data &amp;type (as the mapping in CustomerGauge)</source>
        <translation>&amp;Datentyp (wie das Mapping in CustomerGauge)</translation>
    </message>
    <message>
        <source>Start with the &amp;usual fields</source>
        <translation>&amp;Mit den üblichen Feldern beginnen</translation>
    </message>
    <message>
        <source>&amp;Paste field names…</source>
        <translation>&amp;Feldnamen einfügen…</translation>
    </message>
    <message>
        <source>Paste the field &amp;names from CustomerGauge (Data → Field Settings): one per line, or a copied table (its first column is used).</source>
        <translation>Fügen Sie die Feld&amp;namen aus CustomerGauge ein (Data → Field Settings): einen pro Zeile oder eine kopierte Tabelle (deren erste Spalte wird verwendet).</translation>
    </message>
    <message>
        <source>Check the &amp;kind of each field (guessed from its name):</source>
        <translation>&amp;Prüfen Sie die Art jedes Felds (anhand des Namens geraten):</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>For {data_type}: {keys}.</source>
        <translation>Für {data_type}: {keys}.</translation>
    </message>
    <message>
        <source>Type of {key}</source>
        <translation>Typ von {key}</translation>
    </message>
    <message>
        <source>Paste the field names first.</source>
        <translation>Fügen Sie zuerst die Feldnamen ein.</translation>
    </message>
</context>
<context>
    <name>OutcomeView</name>
    <message>
        <source>Sent to {name}. The practice sandbox accepted it: with a real account, CustomerGauge would now send the survey.</source>
        <translation>An {name} gesendet. Die Übungs-Sandbox hat den Datensatz angenommen: Mit einem echten Konto würde CustomerGauge jetzt die Umfrage senden.</translation>
    </message>
    <message>
        <source>Sent to {name}. CustomerGauge will send the survey.</source>
        <translation>An {name} gesendet. CustomerGauge sendet die Umfrage.</translation>
    </message>
    <message>
        <source>{name} already received a survey recently (CG-ID {cg_id}), so no new survey was sent.</source>
        <translation>{name} hat kürzlich bereits eine Umfrage erhalten (CG-ID {cg_id}), daher wurde keine neue gesendet.</translation>
    </message>
    <message>
        <source>{name} already received a survey recently, so no new survey was sent.</source>
        <translation>{name} hat kürzlich bereits eine Umfrage erhalten, daher wurde keine neue gesendet.</translation>
    </message>
    <message>
        <source>{name}: saved. {message} It will be sent once you sign in.</source>
        <translation>{name}: gespeichert. {message} Der Datensatz wird gesendet, sobald Sie sich anmelden.</translation>
    </message>
    <message>
        <source>The exact keys sent:</source>
        <translation>Die genau gesendeten Schlüssel:</translation>
    </message>
    <message>
        <source>The server&apos;s answer:</source>
        <translation>Die Antwort des Servers:</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Staff: type the PIN to open cg-desktop&apos;s window.</source>
        <translation>Personal: Geben Sie die PIN ein, um das Fenster von cg-desktop zu öffnen.</translation>
    </message>
    <message>
        <source>Staff: type the PIN to open the staff panel.</source>
        <translation>Personal: Geben Sie die PIN ein, um den Personalbereich zu öffnen.</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Nur für Personal</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Personal-PIN</translation>
    </message>
    <message>
        <source>Too many wrong PINs: try again in {seconds} s.</source>
        <translation>Zu viele falsche PINs: Versuchen Sie es in {seconds} s erneut.</translation>
    </message>
    <message>
        <source>You can try the PIN again.</source>
        <translation>Sie können die PIN erneut eingeben.</translation>
    </message>
    <message>
        <source>That PIN is not right. 1 try left.</source>
        <translation>Diese PIN ist nicht richtig. Noch 1 Versuch.</translation>
    </message>
    <message>
        <source>That PIN is not right. {count} tries left.</source>
        <translation>Diese PIN ist nicht richtig. Noch {count} Versuche.</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Practice mode — nothing is sent to CustomerGauge</source>
        <translation>Übungsmodus — es wird nichts an CustomerGauge gesendet</translation>
    </message>
    <message>
        <source>Practice mode — trying “{name}”; nothing is sent to CustomerGauge</source>
        <translation>Übungsmodus — Sie testen „{name}“; es wird nichts an CustomerGauge gesendet</translation>
    </message>
</context>
<context>
    <name>PracticeRibbon</name>
    <message>
        <source>Simulate a Wi-Fi &amp;outage</source>
        <translation>&amp;WLAN-Ausfall simulieren</translation>
    </message>
    <message>
        <source>Practice: CustomerGauge stops answering until you press this again. Sends wait and go out by themselves when the connection is back.</source>
        <translation>Übung: CustomerGauge antwortet nicht mehr, bis Sie hier erneut klicken. Sendungen warten und gehen von selbst hinaus, sobald die Verbindung wieder da ist.</translation>
    </message>
    <message>
        <source>{ribbon} · the practice server could not restart: try again</source>
        <translation>{ribbon} · der Übungsserver konnte nicht neu starten: Versuchen Sie es noch einmal</translation>
    </message>
    <message>
        <source>End the Wi-Fi &amp;outage</source>
        <translation>&amp;WLAN-Ausfall beenden</translation>
    </message>
    <message>
        <source>{ribbon} · Wi-Fi outage (simulated)</source>
        <translation>{ribbon} · WLAN-Ausfall (simuliert)</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>What to check in this profile</source>
        <translation>Was Sie in diesem Profil prüfen sollten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Checks (click one to go to it)</source>
        <translation>Prüfungen (zum Hinspringen anklicken)</translation>
    </message>
    <message>
        <source>Fix the problems listed under the fields first.</source>
        <translation>Beheben Sie zuerst die unter den Feldern aufgeführten Probleme.</translation>
    </message>
    <message>
        <source>Choose a profile on the left, or press New… to make one.</source>
        <translation>Wählen Sie links ein Profil oder klicken Sie auf Neu…, um eines anzulegen.</translation>
    </message>
    <message>
        <source>“{name}” is provided by your organisation, so it can&apos;t be changed or deleted here. Duplicate it to make your own version.</source>
        <translation>„{name}“ wird von Ihrer Organisation bereitgestellt und kann daher hier weder geändert noch gelöscht werden. Duplizieren Sie es, um Ihre eigene Version zu erstellen.</translation>
    </message>
    <message>
        <source>New profile — not saved yet.</source>
        <translation>Neues Profil – noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Editing “{name}” — changed, not saved yet.</source>
        <translation>Sie bearbeiten „{name}“ – geändert, noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Editing “{name}”.</source>
        <translation>Sie bearbeiten „{name}“.</translation>
    </message>
    <message>
        <source>Delete profile?</source>
        <translation>Profil löschen?</translation>
    </message>
    <message>
        <source>Delete the profile “{name}” from this computer? Its form will no longer be offered here. This can&apos;t be undone.</source>
        <translation>Das Profil „{name}“ von diesem Computer löschen? Sein Formular wird hier dann nicht mehr angeboten. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Profile not deleted</source>
        <translation>Profil nicht gelöscht</translation>
    </message>
    <message>
        <source>“{name}”: {problem}</source>
        <translation>„{name}“: {problem}</translation>
    </message>
    <message>
        <source>Saving the profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>the new profile</source>
        <translation>das neue Profil</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>“{name}” has problems, so it can&apos;t be saved as it is. Discard the changes?</source>
        <translation>„{name}“ enthält Probleme und kann so nicht gespeichert werden. Die Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Änderungen speichern?</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before leaving it?</source>
        <translation>Die Änderungen an „{name}“ speichern, bevor Sie es verlassen?</translation>
    </message>
</context>
<context>
    <name>ProfileExport</name>
    <message>
        <source>Export profile</source>
        <translation>Profil exportieren</translation>
    </message>
    <message>
        <source>Profiles (*.cgprofile)</source>
        <translation>Profile (*.cgprofile)</translation>
    </message>
    <message>
        <source>Profile not exported</source>
        <translation>Profil nicht exportiert</translation>
    </message>
    <message>
        <source>cg-desktop could not write {file}: {problem} Choose a folder you may write to, such as Documents.</source>
        <translation>cg-desktop konnte {file} nicht schreiben: {problem} Wählen Sie einen Ordner, in den Sie schreiben dürfen, etwa Dokumente.</translation>
    </message>
    <message>
        <source>Profile exported</source>
        <translation>Profil exportiert</translation>
    </message>
    <message>
        <source>“{name}” is saved as {file}. Hand this file to the other desks: opening it imports the profile. It holds no password or secret.</source>
        <translation>„{name}“ wurde als {file} gespeichert. Geben Sie diese Datei an die anderen Arbeitsplätze weiter: Beim Öffnen wird das Profil importiert. Sie enthält weder Passwort noch Geheimnis.</translation>
    </message>
</context>
<context>
    <name>ProfileImport</name>
    <message>
        <source>Import profile</source>
        <translation>Profil importieren</translation>
    </message>
    <message>
        <source>Profiles (*.cgprofile *.json)</source>
        <translation>Profile (*.cgprofile *.json)</translation>
    </message>
    <message>
        <source>Profile not imported</source>
        <translation>Profil nicht importiert</translation>
    </message>
    <message>
        <source>That folder holds cg-desktop&apos;s own history, not profiles. Choose the profile file your administrator gave you.</source>
        <translation>Dieser Ordner enthält den eigenen Verlauf von cg-desktop, keine Profile. Wählen Sie die Profildatei, die Sie von Ihrem Administrator erhalten haben.</translation>
    </message>
    <message>
        <source>Profile not found</source>
        <translation>Profil nicht gefunden</translation>
    </message>
    <message>
        <source>cg-desktop can&apos;t find “{file}” in {folder}. Was it moved, renamed or deleted? Open it from where it is now.</source>
        <translation>cg-desktop findet „{file}“ nicht in {folder}. Wurde die Datei verschoben, umbenannt oder gelöscht? Öffnen Sie sie dort, wo sie jetzt liegt.</translation>
    </message>
    <message>
        <source>This file can&apos;t be used as a profile. Ask your CustomerGauge administrator for a corrected one.

Details: {details}</source>
        <translation>Diese Datei kann nicht als Profil verwendet werden. Bitten Sie Ihren CustomerGauge-Administrator um eine korrigierte Fassung.

Details: {details}</translation>
    </message>
    <message>
        <source>Replace profile?</source>
        <translation>Profil ersetzen?</translation>
    </message>
    <message>
        <source>A profile called “{name}” is already here. Replace it with this file?</source>
        <translation>Ein Profil namens „{name}“ ist bereits vorhanden. Durch diese Datei ersetzen?</translation>
    </message>
    <message>
        <source>and {count} more changes</source>
        <translation>und {count} weitere Änderungen</translation>
    </message>
    <message>
        <source>A profile called “{name}” is already here. This file changes it:

{changes}

Replace it?</source>
        <translation>Ein Profil namens „{name}“ ist bereits vorhanden. Diese Datei ändert es:

{changes}

Ersetzen?</translation>
    </message>
    <message>
        <source>Profile added</source>
        <translation>Profil hinzugefügt</translation>
    </message>
    <message>
        <source>cg-desktop is already open. The profile “{name}” is added to it: choose it in the Profile list of the open window.</source>
        <translation>cg-desktop ist bereits geöffnet. Das Profil „{name}“ wurde hinzugefügt: Wählen Sie es in der Profilliste des geöffneten Fensters.</translation>
    </message>
</context>
<context>
    <name>ProfileList</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Pr&amp;ofiles</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>{file} — can&apos;t be read</source>
        <translation>{file} – nicht lesbar</translation>
    </message>
    <message>
        <source>{name} — your organisation</source>
        <translation>{name} — Ihre Organisation</translation>
    </message>
</context>
<context>
    <name>ProfilePreview</name>
    <message>
        <source>The preview appears once the profile has no problems.</source>
        <translation>Die Vorschau erscheint, sobald das Profil keine Probleme mehr hat.</translation>
    </message>
    <message>
        <source>What a desk will see. Try typing in it: nothing is sent from here.</source>
        <translation>So sieht es am Arbeitsplatz aus. Probieren Sie Eingaben ruhig aus: Von hier wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Not up to date: this is the form before the last changes. Fix the problems listed to see the new one.</source>
        <translation>Nicht aktuell: Dies ist das Formular vor den letzten Änderungen. Beheben Sie die aufgeführten Probleme, um das neue zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vorschau&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ProfileSettings</name>
    <message>
        <source>e.g. Spring fair desk</source>
        <translation>z. B. Stand Frühjahrsmesse</translation>
    </message>
    <message>
        <source>Paste it here (like 9dd58237-c913-4073-…)</source>
        <translation>Hier einfügen (etwa 9dd58237-c913-4073-…)</translation>
    </message>
    <message>
        <source>The user name CustomerGauge gave with the webhook (not secret)</source>
        <translation>Der Benutzername, den CustomerGauge mit dem Webhook angegeben hat (nicht geheim)</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <source>How records are sent: leave as they are unless told</source>
        <translation>Wie Datensätze gesendet werden: Lassen Sie dies unverändert, sofern nicht anders angewiesen</translation>
    </message>
    <message>
        <source>In CustomerGauge: Data → Rest APIs → Inbound Mapping, column Reference.</source>
        <translation>In CustomerGauge: Data → Rest APIs → Inbound Mapping, Spalte Reference.</translation>
    </message>
    <message>
        <source>The webhook&apos;s URL as CustomerGauge shows it (https://hooks.&lt;region&gt;.customergauge.com/…), or only the id at its end</source>
        <translation>Die URL des Webhooks, wie CustomerGauge sie anzeigt (https://hooks.&lt;region&gt;.customergauge.com/…), oder nur die ID an ihrem Ende</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <source>Data &amp;type</source>
        <translation>Datent&amp;yp</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <source>Sent t&amp;hrough</source>
        <translation>&amp;Gesendet über</translation>
    </message>
    <message>
        <source>Mapping re&amp;ference</source>
        <translation>Mapping-Referen&amp;z</translation>
    </message>
    <message>
        <source>Webhoo&amp;k URL</source>
        <translation>Webhoo&amp;k-URL</translation>
    </message>
    <message>
        <source>Webhook user (lo&amp;gin)</source>
        <translation>&amp;Webhook-Benutzer (Login)</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Methode</translation>
    </message>
    <message>
        <source>&amp;Body format</source>
        <translation>&amp;Body-Format</translation>
    </message>
</context>
<context>
    <name>ProfileTry</name>
    <message>
        <source>Save before trying?</source>
        <translation>Vor dem Ausprobieren speichern?</translation>
    </message>
    <message>
        <source>Practice mode opens in place of this window. Save the changes to “{name}” and try it there?</source>
        <translation>Der Übungsmodus öffnet sich anstelle dieses Fensters. Die Änderungen an „{name}“ speichern und es dort ausprobieren?</translation>
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
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Check this computer</source>
        <translation>Diesen Computer prüfen</translation>
    </message>
    <message>
        <source>Whether this computer is ready for the first visitor: each line says what was found and, when something is wrong, what to do next.</source>
        <translation>Ob dieser Computer für den ersten Besucher bereit ist: Jede Zeile sagt, was gefunden wurde und, wenn etwas nicht stimmt, was als Nächstes zu tun ist.</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>Prüfergebnisse</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Checking {name}… ({number} of {total})</source>
        <translation>{name} wird geprüft… ({number} von {total})</translation>
    </message>
    <message>
        <source>the check failed ({error})</source>
        <translation>die Prüfung ist fehlgeschlagen ({error})</translation>
    </message>
    <message>
        <source>Send this report to support.</source>
        <translation>Senden Sie diesen Bericht an den Support.</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Nächster Schritt: {step}</translation>
    </message>
    <message>
        <source>Not ready: 1 problem above. Fix it, then Check again.</source>
        <translation>Nicht bereit: 1 Problem oben. Beheben Sie es und wählen Sie dann Erneut prüfen.</translation>
    </message>
    <message>
        <source>Not ready: {count} problems above. Fix them, then Check again.</source>
        <translation>Nicht bereit: {count} Probleme oben. Beheben Sie sie und wählen Sie dann Erneut prüfen.</translation>
    </message>
    <message>
        <source>Ready, with 1 warning worth a look.</source>
        <translation>Bereit, mit 1 Warnung, die einen Blick wert ist.</translation>
    </message>
    <message>
        <source>Ready, with {count} warnings worth a look.</source>
        <translation>Bereit, mit {count} Warnungen, die einen Blick wert sind.</translation>
    </message>
    <message>
        <source>Ready: everything checked is fine.</source>
        <translation>Bereit: Alles Geprüfte ist in Ordnung.</translation>
    </message>
    <message>
        <source>{summary} (Copied.)</source>
        <translation>{summary} (Kopiert.)</translation>
    </message>
</context>
<context>
    <name>RecentStrip</name>
    <message>
        <source>Recent</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Recent sends</source>
        <translation>Letzte Übermittlungen</translation>
    </message>
    <message>
        <source>Records you send appear here, with how each one went.</source>
        <translation>Gesendete Datensätze erscheinen hier, jeweils mit dem Ergebnis.</translation>
    </message>
    <message>
        <source>Fix (F2)</source>
        <translation>Korrigieren (F2)</translation>
    </message>
    <message>
        <source>Open the selected refused record in the form to fix it</source>
        <translation>Den gewählten abgelehnten Datensatz zum Korrigieren im Formular öffnen</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Also sent: {fields}</source>
        <translation>Ebenfalls gesendet: {fields}</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* Pflichtfeld</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear the form for the next person (Esc)</source>
        <translation>Das Formular für die nächste Person leeren (Esc)</translation>
    </message>
    <message>
        <source>Read as {shown} (sent as {value}).</source>
        <translation>Verstanden als {shown} (gesendet als {value}).</translation>
    </message>
    <message>
        <source>Read as {value}.</source>
        <translation>Verstanden als {value}.</translation>
    </message>
    <message>
        <source>To fix it first, click the field with the error or press F2</source>
        <translation>Zum Korrigieren zuerst in das Feld mit dem Fehler klicken oder F2 drücken</translation>
    </message>
    <message>
        <source>Not ready to send:</source>
        <translation>Noch nicht bereit zum Senden:</translation>
    </message>
    <message>
        <source>Send this record (Enter)</source>
        <translation>Diesen Datensatz senden (Enter)</translation>
    </message>
    <message>
        <source>Not sent yet: correct the marked fields, then press Enter.</source>
        <translation>Noch nicht gesendet: Korrigieren Sie die markierten Felder und drücken Sie dann Enter.</translation>
    </message>
    <message>
        <source>Check {field}: {doubt} Alt+U uses it; Enter sends it as typed.</source>
        <translation>Prüfen Sie {field}: {doubt} Alt+U übernimmt den Vorschlag; Enter sendet die Eingabe unverändert.</translation>
    </message>
    <message>
        <source>Check {field}: {doubt} Enter sends it as typed.</source>
        <translation>Prüfen Sie {field}: {doubt} Enter sendet die Eingabe unverändert.</translation>
    </message>
    <message>
        <source>Changed to {address}. Press Enter to send.</source>
        <translation>Geändert in {address}. Drücken Sie Enter zum Senden.</translation>
    </message>
    <message>
        <source>Clear the form?</source>
        <translation>Formular leeren?</translation>
    </message>
    <message>
        <source>Clear what you typed? This can&apos;t be undone.</source>
        <translation>Das Eingegebene löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>ScanWatch</name>
    <message>
        <source>That badge was read only in part. Please scan it again, or type your details.</source>
        <translation>Der Ausweis wurde nur teilweise gelesen. Bitte scannen Sie ihn erneut oder tippen Sie Ihre Daten ein.</translation>
    </message>
    <message>
        <source>That badge could not be read. Please type your details.</source>
        <translation>Der Ausweis konnte nicht gelesen werden. Bitte tippen Sie Ihre Daten ein.</translation>
    </message>
    <message>
        <source>Scanned: {name}. Check your details, then press Enter.</source>
        <translation>Gescannt: {name}. Prüfen Sie Ihre Daten und drücken Sie Enter.</translation>
    </message>
    <message>
        <source>Your badge was read. Check your details, then press Enter.</source>
        <translation>Ihr Badge wurde gelesen. Prüfen Sie Ihre Angaben und drücken Sie dann Enter.</translation>
    </message>
    <message>
        <source>Use the badge?</source>
        <translation>Den Ausweis verwenden?</translation>
    </message>
    <message>
        <source>Replace what you typed ({fields}) with the details from your badge?</source>
        <translation>Das Eingegebene ({fields}) durch die Daten Ihres Ausweises ersetzen?</translation>
    </message>
    <message>
        <source>Use the badge</source>
        <translation>Ausweis verwenden</translation>
    </message>
    <message>
        <source>Keep what I typed</source>
        <translation>Eingabe behalten</translation>
    </message>
</context>
<context>
    <name>SendFlow</name>
    <message>
        <source>The record could not be saved on this computer, so it was not sent. Nothing you typed is lost: fix the problem in Details and press Send again.</source>
        <translation>Der Datensatz konnte auf diesem Computer nicht gespeichert werden und wurde daher nicht gesendet. Nichts von Ihrer Eingabe ist verloren: Beheben Sie das Problem unter Details und drücken Sie erneut auf Senden.</translation>
    </message>
    <message>
        <source>Sign in to send this record.</source>
        <translation>Melden Sie sich an, um diesen Datensatz zu senden.</translation>
    </message>
    <message>
        <source>Saved {name}. It will be sent once you sign in (Credentials…).</source>
        <translation>{name} gespeichert. Der Datensatz wird gesendet, sobald Sie sich anmelden (Zugangsdaten…).</translation>
    </message>
    <message>
        <source>Saved and sending: {name}…</source>
        <translation>Gespeichert, wird gesendet: {name}…</translation>
    </message>
    <message>
        <source>Saved {name}. It will be sent once the sign-in is put right (Credentials…).</source>
        <translation>{name} gespeichert. Der Datensatz wird gesendet, sobald die Anmeldung korrigiert ist (Zugangsdaten…).</translation>
    </message>
    <message>
        <source>{name} was not sent: {reason} Press F2 to fix it in the form (it waits in Recent).</source>
        <translation>{name} wurde nicht gesendet: {reason} Drücken Sie F2, um es im Formular zu korrigieren (es wartet unter Zuletzt).</translation>
    </message>
    <message>
        <source>{name} was not sent. {message}
It waits in Recent: F2 opens it.</source>
        <translation>{name} wurde nicht gesendet. {message}
Es wartet unter Zuletzt: F2 öffnet es.</translation>
    </message>
    <message>
        <source>A record sent earlier ({contact}) was not accepted by CustomerGauge and needs a fix: open History (Ctrl+2), select it and press Edit and resend….</source>
        <translation>Ein früher gesendeter Datensatz ({contact}) wurde von CustomerGauge nicht angenommen und muss korrigiert werden: Öffnen Sie den Verlauf (Strg+2), wählen Sie ihn aus und drücken Sie „Bearbeiten, neu senden…“.</translation>
    </message>
    <message>
        <source>no contact</source>
        <translation>kein Kontakt</translation>
    </message>
    <message>
        <source>Sign in to send the waiting records.</source>
        <translation>Melden Sie sich an, um die wartenden Datensätze zu senden.</translation>
    </message>
    <message>
        <source>Back to the profile “{name}”.</source>
        <translation>Zurück zum Profil „{name}“.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>After this many days, delivered sends lose their personal data: the record and CustomerGauge&apos;s answer are removed and the contact is masked (j***@example.com). The send stays in the history. Sends not yet delivered are never touched.</source>
        <translation>Nach so vielen Tagen verlieren zugestellte Sendungen ihre personenbezogenen Daten: Der Datensatz und die Antwort von CustomerGauge werden entfernt und der Kontakt wird maskiert (j***@example.com). Die Sendung bleibt im Verlauf. Noch nicht zugestellte Sendungen werden nie angetastet.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>Sprache des Computers</translation>
    </message>
    <message>
        <source>A new language is used from the next start of cg-desktop.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von cg-desktop.</translation>
    </message>
    <message>
        <source>&amp;Keep personal data for</source>
        <translation>Personenbezogene Daten &amp;aufbewahren für</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message>
        <source>nothing waiting</source>
        <translation>nichts wartet</translation>
    </message>
    <message>
        <source>Last record sent: {time}</source>
        <translation>Letzter gesendeter Datensatz: {time}</translation>
    </message>
    <message>
        <source>{count} record(s) were refused and need a fix: leave kiosk mode and open History (Ctrl+2).</source>
        <translation>Abgelehnte Datensätze, die korrigiert werden müssen: {count}. Verlassen Sie den Kioskmodus und öffnen Sie den Verlauf (Strg+2).</translation>
    </message>
    <message>
        <source>Staff panel</source>
        <translation>Personalbereich</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation>&amp;Zugangsdaten…</translation>
    </message>
    <message>
        <source>C&amp;heck this computer…</source>
        <translation>Diesen Computer &amp;prüfen…</translation>
    </message>
    <message>
        <source>Kiosk &amp;settings…</source>
        <translation>&amp;Kiosk-Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Leave kiosk mode</source>
        <translation>Kioskmodus &amp;verlassen</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>Zurück zum &amp;Formular</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>Send &amp;now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message>
        <source>Try the waiting sends again now</source>
        <translation>Die wartenden Sendungen jetzt erneut versuchen</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Signed in as {client_id} (practice)</source>
        <translation>Angemeldet als {client_id} (Übung)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Webhook user {user} (practice)</source>
        <translation>Webhook-Benutzer {user} (Übung)</translation>
    </message>
    <message>
        <source>Webhook user {user}</source>
        <translation>Webhook-Benutzer {user}</translation>
    </message>
    <message>
        <source>Client ID {user}</source>
        <translation>Client ID {user}</translation>
    </message>
    <message>
        <source>1 waiting to be sent</source>
        <translation>1 wartet auf den Versand</translation>
    </message>
    <message>
        <source>{count} waiting to be sent</source>
        <translation>{count} warten auf den Versand</translation>
    </message>
    <message>
        <source>paused until the webhook&apos;s user and password are put right (Credentials…)</source>
        <translation>angehalten, bis Benutzer und Passwort des Webhooks korrigiert sind (Zugangsdaten…)</translation>
    </message>
    <message>
        <source>paused until you sign in again (Credentials…)</source>
        <translation>angehalten, bis Sie sich erneut anmelden (Zugangsdaten…)</translation>
    </message>
    <message>
        <source>offline: it goes as soon as the connection is back</source>
        <translation>offline: Versand, sobald die Verbindung wieder steht</translation>
    </message>
    <message>
        <source>offline: they go as soon as the connection is back</source>
        <translation>offline: Versand, sobald die Verbindung wieder steht</translation>
    </message>
    <message>
        <source>next try at {time}</source>
        <translation>nächster Versuch um {time}</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>wird gesendet…</translation>
    </message>
    <message>
        <source>1 needs a fix (History)</source>
        <translation>1 braucht eine Korrektur (Verlauf)</translation>
    </message>
    <message>
        <source>{count} need a fix (History)</source>
        <translation>{count} brauchen eine Korrektur (Verlauf)</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>&amp;Import profile…</source>
        <translation>Profil &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation>&amp;Zugangsdaten…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
</context>
<context>
    <name>TryButton</name>
    <message>
        <source>Tr&amp;y in practice mode</source>
        <translation>&amp;Im Übungsmodus testen</translation>
    </message>
    <message>
        <source>Send a test record to the practice sandbox, which takes this profile&apos;s fields as its mapping: see CustomerGauge&apos;s checks and the exact keys sent.</source>
        <translation>Senden Sie einen Testdatensatz an die Übungs-Sandbox, die die Felder dieses Profils als Mapping übernimmt: So sehen Sie die Prüfungen von CustomerGauge und die genau gesendeten Schlüssel.</translation>
    </message>
    <message>
        <source>Fix the problems listed under the fields first.</source>
        <translation>Beheben Sie zuerst die unter den Feldern aufgeführten Probleme.</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>Finishing the send in progress… It is saved either way.</source>
        <translation>Die laufende Sendung wird abgeschlossen… Sie ist in jedem Fall gespeichert.</translation>
    </message>
</context>
<context>
    <name>_CellEditors</name>
    <message>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>The PIN must be 4 to 12 digits (0-9), nothing else.</source>
        <translation>Die PIN muss aus 4 bis 12 Ziffern (0-9) bestehen, sonst nichts.</translation>
    </message>
    <message>
        <source>The PIN can&apos;t be one digit repeated (like 0000): it is the first thing guessed.</source>
        <translation>Die PIN darf nicht eine wiederholte Ziffer sein (wie 0000): Das wird zuerst geraten.</translation>
    </message>
    <message>
        <source>The PIN can&apos;t be a run of digits (like 1234 or 9876): it is easily guessed.</source>
        <translation>Die PIN darf keine Ziffernfolge sein (wie 1234 oder 9876): Sie ist leicht zu erraten.</translation>
    </message>
    <message>
        <source>This address has unusual parts (quotes, brackets, spaces, symbols or invisible characters). The server may accept it, but check it is what the person wrote.</source>
        <translation>Diese Adresse enthält ungewöhnliche Teile (Anführungszeichen, Klammern, Leerzeichen, Symbole oder unsichtbare Zeichen). Der Server nimmt sie vielleicht an, aber prüfen Sie, ob sie so geschrieben wurde.</translation>
    </message>
    <message>
        <source>Did you mean {address}?</source>
        <translation>Meinten Sie {address}?</translation>
    </message>
    <message>
        <source>The part after @ (&quot;{domain}&quot;) has no dot (like example.com) — check the address.</source>
        <translation>Der Teil nach @ (&quot;{domain}&quot;) hat keinen Punkt (wie example.com) — bitte die Adresse prüfen.</translation>
    </message>
    <message>
        <source>This number has characters other than digits, spaces, ( ) - and + — check it.</source>
        <translation>Diese Nummer enthält andere Zeichen als Ziffern, Leerzeichen, ( ) - und + — bitte prüfen.</translation>
    </message>
    <message>
        <source>This phone number looks far too long — check it for extra digits.</source>
        <translation>Diese Telefonnummer scheint viel zu lang — auf überzählige Ziffern prüfen.</translation>
    </message>
    <message>
        <source>The country code of this number is not one in use — check it.</source>
        <translation>Die Landesvorwahl dieser Nummer wird nicht verwendet — bitte prüfen.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a phone number — check it.</source>
        <translation>Das sieht nicht wie eine Telefonnummer aus — bitte prüfen.</translation>
    </message>
    <message>
        <source>This phone number looks incomplete for {where} — check it, or add the country code ({code}…).</source>
        <translation>Diese Telefonnummer scheint für {where} unvollständig — bitte prüfen oder die Landesvorwahl hinzufügen ({code}…).</translation>
    </message>
    <message>
        <source>This phone number looks incomplete for {where} — check it.</source>
        <translation>Diese Telefonnummer scheint für {where} unvollständig — bitte prüfen.</translation>
    </message>
    <message>
        <source>This phone number looks too long for {where} — check it for extra digits.</source>
        <translation>Diese Telefonnummer scheint für {where} zu lang — auf überzählige Ziffern prüfen.</translation>
    </message>
    <message>
        <source>The country code {code} is not one in use — check the number.</source>
        <translation>Die Landesvorwahl {code} wird nicht verwendet — bitte die Nummer prüfen.</translation>
    </message>
    <message>
        <source>This phone number doesn&apos;t look right for {where} — check it, or add the country code ({code}…).</source>
        <translation>Diese Telefonnummer scheint für {where} nicht zu stimmen — bitte prüfen oder die Landesvorwahl hinzufügen ({code}…).</translation>
    </message>
    <message>
        <source>This phone number doesn&apos;t look right for {where} — check it.</source>
        <translation>Diese Telefonnummer scheint für {where} nicht zu stimmen — bitte prüfen.</translation>
    </message>
    <message>
        <source>The part after @ (&quot;{domain}&quot;) has no dot, like example.com.</source>
        <translation>Der Teil nach @ (&quot;{domain}&quot;) hat keinen Punkt wie example.com.</translation>
    </message>
    <message>
        <source>Give an email address or a phone number (or both): the survey is sent to one of them.</source>
        <translation>Geben Sie eine E-Mail-Adresse oder eine Telefonnummer an (oder beides): Die Umfrage geht an eine davon.</translation>
    </message>
    <message>
        <source>{label} is needed: fill it in.</source>
        <translation>{label} wird benötigt: Bitte ausfüllen.</translation>
    </message>
    <message>
        <source>{label}: this is not a complete email address. Check it (like name@example.com).</source>
        <translation>{label}: Das ist keine vollständige E-Mail-Adresse. Bitte prüfen (wie name@example.com).</translation>
    </message>
    <message>
        <source>{label}: use a date like {date}.</source>
        <translation>{label}: Bitte ein Datum wie {date} angeben.</translation>
    </message>
    <message>
        <source>{label}: use a number, like 250 or 1200.</source>
        <translation>{label}: Bitte eine Zahl angeben, wie 250 oder 1200.</translation>
    </message>
    <message>
        <source>{label}: at most {count} characters. Shorten it.</source>
        <translation>{label}: höchstens {count} Zeichen. Bitte kürzen.</translation>
    </message>
    <message>
        <source>{label}: CustomerGauge does not know this value. Choose one from the list, or ask your administrator to add it.</source>
        <translation>{label}: CustomerGauge kennt diesen Wert nicht. Wählen Sie einen aus der Liste oder bitten Sie Ihre Administration, ihn hinzuzufügen.</translation>
    </message>
    <message>
        <source>{label}: use only digits, spaces, brackets, - and +, like +44 20 7946 0958.</source>
        <translation>{label}: Nur Ziffern, Leerzeichen, Klammern, - und + verwenden, wie +44 20 7946 0958.</translation>
    </message>
    <message>
        <source>The answer from {where} broke off, so it isn&apos;t certain the record arrived. Saved — it will be sent again to make sure.</source>
        <translation>Die Antwort von {where} brach ab, daher ist nicht sicher, dass der Datensatz ankam. Gespeichert — er wird zur Sicherheit erneut gesendet.</translation>
    </message>
    <message>
        <source>The network answered with a web page instead of CustomerGauge (a Wi-Fi sign-in page?). Saved — it will be sent when the connection works.</source>
        <translation>Das Netzwerk antwortete mit einer Webseite statt CustomerGauge (eine WLAN-Anmeldeseite?). Gespeichert — er wird gesendet, sobald die Verbindung funktioniert.</translation>
    </message>
    <message>
        <source>{where} answered in an unexpected way, so it isn&apos;t certain the record arrived. Saved — it will be sent again to make sure.</source>
        <translation>{where} antwortete unerwartet, daher ist nicht sicher, dass der Datensatz ankam. Gespeichert — er wird zur Sicherheit erneut gesendet.</translation>
    </message>
    <message>
        <source>Sent. CustomerGauge accepted the record and will send the survey.</source>
        <translation>Gesendet. CustomerGauge hat den Datensatz angenommen und sendet die Umfrage.</translation>
    </message>
    <message>
        <source>CustomerGauge refused the record but did not say why. See Details.</source>
        <translation>CustomerGauge hat den Datensatz abgelehnt, aber nicht gesagt, warum. Siehe Details.</translation>
    </message>
    <message>
        <source>CustomerGauge asks us to slow down. Saved — it will be sent shortly.</source>
        <translation>CustomerGauge bittet uns, langsamer zu senden. Gespeichert — er wird in Kürze gesendet.</translation>
    </message>
    <message>
        <source>The server tried to send us to {target} instead of answering. This usually means a proxy or a network sign-in page. Saved — it will be sent when the connection works.</source>
        <translation>Der Server wollte uns zu {target} umleiten, statt zu antworten. Das bedeutet meist einen Proxy oder eine Anmeldeseite des Netzwerks. Gespeichert — er wird gesendet, sobald die Verbindung funktioniert.</translation>
    </message>
    <message>
        <source>{where} is having trouble (HTTP {status}). Saved — it will be sent when the service is back.</source>
        <translation>{where} hat Probleme (HTTP {status}). Gespeichert — er wird gesendet, sobald der Dienst wieder läuft.</translation>
    </message>
    <message>
        <source>The record is too large for CustomerGauge. Shorten the longest fields.</source>
        <translation>Der Datensatz ist zu groß für CustomerGauge. Kürzen Sie die längsten Felder.</translation>
    </message>
    <message>
        <source>{where} gave an unexpected answer (HTTP {status}). Saved — it will be tried again; if this keeps happening, send the Details to your administrator.</source>
        <translation>{where} gab eine unerwartete Antwort (HTTP {status}). Gespeichert — es wird erneut versucht; wenn das immer wieder passiert, senden Sie die Details an Ihre Administration.</translation>
    </message>
    <message>
        <source>This contact already received a survey recently (CG-ID {cg_id}).</source>
        <translation>Dieser Kontakt hat kürzlich bereits eine Umfrage erhalten (CG-ID {cg_id}).</translation>
    </message>
    <message>
        <source>This contact already received a survey recently.</source>
        <translation>Dieser Kontakt hat kürzlich bereits eine Umfrage erhalten.</translation>
    </message>
    <message>
        <source>CustomerGauge does not know this profile&apos;s configuration reference. Check it with your CustomerGauge administrator (Data → Rest APIs → Inbound Mapping).</source>
        <translation>CustomerGauge kennt die Konfigurationsreferenz dieses Profils nicht. Prüfen Sie sie mit Ihrer CustomerGauge-Administration (Data → Rest APIs → Inbound Mapping).</translation>
    </message>
    <message>
        <source>CustomerGauge did not accept the record. Fix the marked fields and send again.</source>
        <translation>CustomerGauge hat den Datensatz nicht angenommen. Korrigieren Sie die markierten Felder und senden Sie erneut.</translation>
    </message>
    <message>
        <source>{where} refused access (HTTP 403). The Connected App may not be allowed to import records: ask your CustomerGauge administrator.</source>
        <translation>{where} hat den Zugriff verweigert (HTTP 403). Die Connected App darf vielleicht keine Datensätze importieren: Fragen Sie Ihre CustomerGauge-Administration.</translation>
    </message>
    <message>
        <source>{where} did not accept the sign-in. Check the credentials and send again.</source>
        <translation>{where} hat die Anmeldung nicht angenommen. Prüfen Sie die Zugangsdaten und senden Sie erneut.</translation>
    </message>
    <message>
        <source>The secure connection to {where} could not be verified (a network that inspects traffic, or a wrong clock?). Saved — it will be sent when the connection is back.</source>
        <translation>Die sichere Verbindung zu {where} konnte nicht geprüft werden (ein Netzwerk, das den Verkehr prüft, oder eine falsche Uhr?). Gespeichert — er wird gesendet, sobald die Verbindung wieder da ist.</translation>
    </message>
    <message>
        <source>Could not reach {where} in time: the network seems slow or down. Saved — it will be sent when the connection is back.</source>
        <translation>{where} war nicht rechtzeitig erreichbar: Das Netzwerk scheint langsam oder weg. Gespeichert — er wird gesendet, sobald die Verbindung wieder da ist.</translation>
    </message>
    <message>
        <source>{where} took too long to answer. Saved — it will be sent when the connection is back.</source>
        <translation>{where} hat zu lange für die Antwort gebraucht. Gespeichert — er wird gesendet, sobald die Verbindung wieder da ist.</translation>
    </message>
    <message>
        <source>Could not reach {where}: this computer seems to be offline. Saved — it will be sent when the connection is back.</source>
        <translation>{where} war nicht erreichbar: Dieser Computer scheint offline zu sein. Gespeichert — er wird gesendet, sobald die Verbindung wieder da ist.</translation>
    </message>
    <message>
        <source>The connection to {where} broke before it answered. Saved — it will be sent when the connection is back.</source>
        <translation>Die Verbindung zu {where} brach vor der Antwort ab. Gespeichert — er wird gesendet, sobald die Verbindung wieder da ist.</translation>
    </message>
    <message>
        <source>Sending to {where} failed unexpectedly ({error}). Saved — it will be sent when the connection is back.</source>
        <translation>Das Senden an {where} ist unerwartet fehlgeschlagen ({error}). Gespeichert — er wird gesendet, sobald die Verbindung wieder da ist.</translation>
    </message>
    <message>
        <source>{where} took too long to answer. Saved — it will be sent again to make sure it arrived.</source>
        <translation>{where} hat zu lange für die Antwort gebraucht. Gespeichert — er wird erneut gesendet, um sicherzugehen, dass er ankam.</translation>
    </message>
    <message>
        <source>{where} took too long to answer. Saved — it will be sent again.</source>
        <translation>{where} hat zu lange für die Antwort gebraucht. Gespeichert — er wird erneut gesendet.</translation>
    </message>
    <message>
        <source>Something went wrong inside cg-desktop while sending. Saved — it will be tried again; if it keeps happening, tell your administrator.</source>
        <translation>Beim Senden ist in cg-desktop etwas schiefgegangen. Gespeichert — es wird erneut versucht; wenn es immer wieder passiert, sagen Sie es Ihrer Administration.</translation>
    </message>
    <message>
        <source>✔ Signed in: CustomerGauge accepted this Client ID and Client Secret.</source>
        <translation>✔ Angemeldet: CustomerGauge hat diese Client ID und dieses Client Secret angenommen.</translation>
    </message>
    <message>
        <source>✘ Not accepted: CustomerGauge did not accept this Client ID or Client Secret. Check both with your CustomerGauge administrator (copy them again, without spaces).</source>
        <translation>✘ Nicht angenommen: CustomerGauge hat diese Client ID oder dieses Client Secret nicht angenommen. Prüfen Sie beides mit Ihrer CustomerGauge-Administration (erneut kopieren, ohne Leerzeichen).</translation>
    </message>
    <message>
        <source>✘ Can&apos;t sign in now: {reason}</source>
        <translation>✘ Anmelden ist gerade nicht möglich: {reason}</translation>
    </message>
    <message>
        <source>Client ID or Client Secret is not accepted by {where}. Check them with the Credentials… button.</source>
        <translation>Client ID oder Client Secret wird von {where} nicht angenommen. Prüfen Sie sie mit der Schaltfläche Zugangsdaten….</translation>
    </message>
    <message>
        <source>{where}&apos;s sign-in answer could not be used (its token is not valid in a request). Saved — it will be tried again; if this keeps happening, tell your administrator.</source>
        <translation>Die Anmeldeantwort von {where} war nicht verwendbar (das Token ist in einer Anfrage ungültig). Gespeichert — es wird erneut versucht; wenn das immer wieder passiert, sagen Sie es Ihrer Administration.</translation>
    </message>
    <message>
        <source>{where} took too long to answer the sign-in. Saved — it will be tried again.</source>
        <translation>{where} hat zu lange gebraucht, um die Anmeldung zu beantworten. Gespeichert — es wird erneut versucht.</translation>
    </message>
    <message>
        <source>{where} answered the sign-in with something unexpected (a Wi-Fi sign-in page?). Saved — it will be sent when the connection works.</source>
        <translation>{where} hat die Anmeldung unerwartet beantwortet (eine WLAN-Anmeldeseite?). Gespeichert — er wird gesendet, sobald die Verbindung funktioniert.</translation>
    </message>
    <message>
        <source>{where} refused the sign-in (HTTP {status}). Check them with the Credentials… button.</source>
        <translation>{where} hat die Anmeldung abgelehnt (HTTP {status}). Prüfen Sie die Daten mit der Schaltfläche Zugangsdaten….</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Already surveyed</source>
        <translation>Bereits befragt</translation>
    </message>
    <message>
        <source>Waiting for the network</source>
        <translation>Wartet auf das Netzwerk</translation>
    </message>
    <message>
        <source>Waiting to be sent again</source>
        <translation>Wartet auf erneutes Senden</translation>
    </message>
    <message>
        <source>Waiting for sign-in</source>
        <translation>Wartet auf Anmeldung</translation>
    </message>
    <message>
        <source>Needs a fix — Fix (F2)</source>
        <translation>Korrektur nötig — Korrigieren (F2)</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>Lizenz: {licence}</translation>
    </message>
    <message>
        <source>History and waiting records: {path}</source>
        <translation>Verlauf und wartende Datensätze: {path}</translation>
    </message>
    <message>
        <source>Settings and profiles: {path}</source>
        <translation>Einstellungen und Profile: {path}</translation>
    </message>
    <message>
        <source>Log: {path}</source>
        <translation>Protokoll: {path}</translation>
    </message>
    <message>
        <source>Client secrets: this computer&apos;s keyring (never in a file).</source>
        <translation>Client Secrets: der Schlüsselbund dieses Computers (nie in einer Datei).</translation>
    </message>
    <message>
        <source>practice sandbox</source>
        <translation>Übungs-Sandbox</translation>
    </message>
    <message>
        <source>CustomerGauge ({name})</source>
        <translation>CustomerGauge ({name})</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <source>Practice (sandbox)</source>
        <translation>Übung (Sandbox)</translation>
    </message>
    <message>
        <source>(no contact)</source>
        <translation>(kein Kontakt)</translation>
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
        <translation>Gesendet am {when}.</translation>
    </message>
    <message>
        <source>Saved on {when}.</source>
        <translation>Gespeichert am {when}.</translation>
    </message>
    <message>
        <source>What was sent ({profile}, {region}):</source>
        <translation>Was gesendet wurde ({profile}, {region}):</translation>
    </message>
    <message>
        <source>  (removed after the retention period)</source>
        <translation>  (nach der Aufbewahrungsfrist entfernt)</translation>
    </message>
    <message>
        <source>The exact keys sent:</source>
        <translation>Die genauen gesendeten Feldnamen:</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Needs a fix</source>
        <translation>Korrektur nötig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Fixed (sent again)</source>
        <translation>Korrigiert (erneut gesendet)</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Client ID and Secret</source>
        <translation>Client ID und Secret</translation>
    </message>
    <message>
        <source>Webhook user and password</source>
        <translation>Webhook-Benutzer und Passwort</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>History database</source>
        <translation>Verlaufsdatenbank</translation>
    </message>
    <message>
        <source>Waiting records</source>
        <translation>Wartende Datensätze</translation>
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
        <translation>CustomerGauge finden</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>Sichere Verbindung</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <source>Unlock the keyring (or allow cg-desktop when it asks), then check again.</source>
        <translation>Entsperren Sie den Schlüsselbund (oder erlauben Sie cg-desktop den Zugriff, wenn danach gefragt wird) und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>not checked: CustomerGauge couldn&apos;t be found (see above).</source>
        <translation>nicht geprüft: CustomerGauge wurde nicht gefunden (siehe oben).</translation>
    </message>
    <message>
        <source>the proxy setting can&apos;t be read.</source>
        <translation>die Proxy-Einstellung kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Ask IT to check this computer&apos;s proxy setting.</source>
        <translation>Bitten Sie die IT, die Proxy-Einstellung dieses Computers zu prüfen.</translation>
    </message>
    <message>
        <source>not needed: the profiles checked send through an Incoming Webhook (next line).</source>
        <translation>nicht nötig: Die geprüften Profile senden über einen Incoming Webhook (nächste Zeile).</translation>
    </message>
    <message>
        <source>the keyring didn&apos;t let cg-desktop read the Client Secret ({error}).</source>
        <translation>der Schlüsselbund hat cg-desktop das Client Secret nicht lesen lassen ({error}).</translation>
    </message>
    <message>
        <source>Client ID {client_id} for {region}</source>
        <translation>Client ID {client_id} für {region}</translation>
    </message>
    <message>
        <source>the keyring didn&apos;t let cg-desktop read the webhook&apos;s password ({error}).</source>
        <translation>der Schlüsselbund hat cg-desktop das Passwort des Webhooks nicht lesen lassen ({error}).</translation>
    </message>
    <message>
        <source>none saved for the webhook of “{profile}”.</source>
        <translation>für den Webhook von „{profile}“ ist nichts gespeichert.</translation>
    </message>
    <message>
        <source>Choose that profile and press Credentials…: give the user and password CustomerGauge showed with the webhook.</source>
        <translation>Wählen Sie dieses Profil und drücken Sie Zugangsdaten…: Geben Sie den Benutzer und das Passwort ein, die CustomerGauge mit dem Webhook angezeigt hat.</translation>
    </message>
    <message>
        <source>user {user} for “{profile}”</source>
        <translation>Benutzer {user} für „{profile}“</translation>
    </message>
    <message>
        <source>{users} (checked when the first record is sent)</source>
        <translation>{users} (wird beim Senden des ersten Datensatzes geprüft)</translation>
    </message>
    <message>
        <source>{earlier}; {later}</source>
        <translation>{earlier}; {later}</translation>
    </message>
    <message>
        <source>none saved for {region}.</source>
        <translation>für {region} ist nichts gespeichert.</translation>
    </message>
    <message>
        <source>File → Credentials…: paste the Client ID and Client Secret from CustomerGauge (Integrations → Connected Apps).</source>
        <translation>Datei → Zugangsdaten…: Fügen Sie die Client ID und das Client Secret aus CustomerGauge ein (Integrations → Connected Apps).</translation>
    </message>
    <message>
        <source>not needed: a webhook signs in with each record it sends.</source>
        <translation>nicht nötig: Ein Webhook meldet sich mit jedem Datensatz an, den er sendet.</translation>
    </message>
    <message>
        <source>not checked: no Client ID and Secret to sign in with (see above).</source>
        <translation>nicht geprüft: keine Client ID und kein Secret für die Anmeldung (siehe oben).</translation>
    </message>
    <message>
        <source>the check itself failed ({error})</source>
        <translation>die Prüfung selbst ist fehlgeschlagen ({error})</translation>
    </message>
    <message>
        <source>Copy this report and send it to support.</source>
        <translation>Kopieren Sie diesen Bericht und senden Sie ihn an den Support.</translation>
    </message>
    <message>
        <source>no secure keyring on this computer: the Client Secret can only be kept until cg-desktop closes.</source>
        <translation>kein sicherer Schlüsselbund auf diesem Computer: Das Client Secret kann nur aufbewahrt werden, bis cg-desktop geschlossen wird.</translation>
    </message>
    <message>
        <source>Log in to a desktop session with a keyring (GNOME Keyring, KWallet) running and unlocked; on Windows and macOS, sign in to your own user account.</source>
        <translation>Melden Sie sich in einer Desktop-Sitzung an, in der ein Schlüsselbund (GNOME Keyring, KWallet) läuft und entsperrt ist; unter Windows und macOS melden Sie sich mit Ihrem eigenen Benutzerkonto an.</translation>
    </message>
    <message>
        <source>{folder} can&apos;t be written ({error}): no record could be saved.</source>
        <translation>in {folder} kann nicht geschrieben werden ({error}): Es kann kein Datensatz gespeichert werden.</translation>
    </message>
    <message>
        <source>Ask IT to give your user account write access to that folder.</source>
        <translation>Bitten Sie die IT, Ihrem Benutzerkonto Schreibrechte für diesen Ordner zu geben.</translation>
    </message>
    <message>
        <source>{size} GB free</source>
        <translation>{size} GB frei</translation>
    </message>
    <message>
        <source>{size} MB free</source>
        <translation>{size} MB frei</translation>
    </message>
    <message>
        <source>{folder} is writable but the disk is nearly full ({free}).</source>
        <translation>{folder} ist beschreibbar, aber der Datenträger ist fast voll ({free}).</translation>
    </message>
    <message>
        <source>{folder} can be made but the disk is nearly full ({free}).</source>
        <translation>{folder} kann angelegt werden, aber der Datenträger ist fast voll ({free}).</translation>
    </message>
    <message>
        <source>Free some space on this disk before the event.</source>
        <translation>Schaffen Sie vor der Veranstaltung Platz auf diesem Datenträger.</translation>
    </message>
    <message>
        <source>{folder} is writable, {free}</source>
        <translation>{folder} ist beschreibbar, {free}</translation>
    </message>
    <message>
        <source>{folder} can be made, {free}</source>
        <translation>{folder} kann angelegt werden, {free}</translation>
    </message>
    <message>
        <source>Ask IT to give your user account access to that folder.</source>
        <translation>Bitten Sie die IT, Ihrem Benutzerkonto Zugriff auf diesen Ordner zu geben.</translation>
    </message>
    <message>
        <source>the history database is damaged ({problem}).</source>
        <translation>die Verlaufsdatenbank ist beschädigt ({problem}).</translation>
    </message>
    <message>
        <source>Close cg-desktop and open it again: it sets a damaged database aside by itself and sends the records it can still read.</source>
        <translation>Schließen Sie cg-desktop und öffnen Sie es erneut: Es legt eine beschädigte Datenbank selbst beiseite und sendet die Datensätze, die es noch lesen kann.</translation>
    </message>
    <message>
        <source>no history yet (it is made with the first send)</source>
        <translation>noch kein Verlauf (er entsteht beim ersten Senden)</translation>
    </message>
    <message>
        <source>{database} is healthy</source>
        <translation>{database} ist in Ordnung</translation>
    </message>
    <message>
        <source>nothing waiting</source>
        <translation>nichts wartet</translation>
    </message>
    <message>
        <source>can&apos;t count the waiting sends ({error}).</source>
        <translation>die wartenden Sendungen können nicht gezählt werden ({error}).</translation>
    </message>
    <message>
        <source>See the database line above.</source>
        <translation>Siehe die Zeile zur Datenbank oben.</translation>
    </message>
    <message>
        <source>1 record refused</source>
        <translation>1 Datensatz abgelehnt</translation>
    </message>
    <message>
        <source>{count} records refused</source>
        <translation>{count} Datensätze abgelehnt</translation>
    </message>
    <message>
        <source>{refused}, waiting for a fix, and {waiting}.</source>
        <translation>{refused}, Korrektur ausstehend, und {waiting}.</translation>
    </message>
    <message>
        <source>{refused}, waiting for a fix.</source>
        <translation>{refused}, Korrektur ausstehend.</translation>
    </message>
    <message>
        <source>Open History (Ctrl+2), choose Show: Needs a fix, and use Edit and resend.</source>
        <translation>Öffnen Sie den Verlauf (Strg+2), wählen Sie Anzeigen: Korrektur nötig und verwenden Sie „Bearbeiten, neu senden“.</translation>
    </message>
    <message>
        <source>{waiting}.</source>
        <translation>{waiting}.</translation>
    </message>
    <message>
        <source>Open cg-desktop while connected: they go by themselves.</source>
        <translation>Öffnen Sie cg-desktop, während eine Verbindung besteht: Sie werden von selbst gesendet.</translation>
    </message>
    <message>
        <source>nothing waiting, nothing to fix</source>
        <translation>nichts wartet, nichts zu korrigieren</translation>
    </message>
    <message>
        <source>Import the profile your administrator gave you (File → Import profile…).</source>
        <translation>Importieren Sie das Profil, das Sie von Ihrem Administrator erhalten haben (Datei → Profil importieren…).</translation>
    </message>
    <message>
        <source>“{name}” loads</source>
        <translation>„{name}“ wird geladen</translation>
    </message>
    <message>
        <source>the profile file {file} can&apos;t be used ({problem}).</source>
        <translation>die Profildatei {file} kann nicht verwendet werden ({problem}).</translation>
    </message>
    <message>
        <source>Ask your CustomerGauge administrator for a corrected file, then import it.</source>
        <translation>Bitten Sie Ihre CustomerGauge-Administration um eine korrigierte Datei und importieren Sie sie dann.</translation>
    </message>
    <message>
        <source>there is no profile called “{name}” (there are {names}).</source>
        <translation>es gibt kein Profil namens „{name}“ (es gibt {names}).</translation>
    </message>
    <message>
        <source>there is no profile called “{name}”.</source>
        <translation>es gibt kein Profil namens „{name}“.</translation>
    </message>
    <message>
        <source>there is no profile yet: the form doesn&apos;t know what to send.</source>
        <translation>es gibt noch kein Profil: Das Formular weiß nicht, was es senden soll.</translation>
    </message>
    <message>
        <source>1 load; {file} can&apos;t be used ({problem}).</source>
        <translation>1 geladen; {file} kann nicht verwendet werden ({problem}).</translation>
    </message>
    <message>
        <source>{count} load; {file} can&apos;t be used ({problem}).</source>
        <translation>{count} geladen; {file} kann nicht verwendet werden ({problem}).</translation>
    </message>
    <message>
        <source>Ask your CustomerGauge administrator for a corrected file.</source>
        <translation>Bitten Sie Ihre CustomerGauge-Administration um eine korrigierte Datei.</translation>
    </message>
    <message>
        <source>1 load: {names}</source>
        <translation>1 geladen: {names}</translation>
    </message>
    <message>
        <source>{count} load: {names}</source>
        <translation>{count} geladen: {names}</translation>
    </message>
    <message>
        <source>1 record waiting to be sent</source>
        <translation>1 Datensatz wartet auf das Senden</translation>
    </message>
    <message>
        <source>{count} records waiting to be sent</source>
        <translation>{count} Datensätze warten auf das Senden</translation>
    </message>
    <message>
        <source>none: this computer connects directly</source>
        <translation>keiner: Dieser Computer verbindet sich direkt</translation>
    </message>
    <message>
        <source>through {proxy}</source>
        <translation>über {proxy}</translation>
    </message>
    <message>
        <source>Check the Wi-Fi or network cable; on a guest network, open a web page first (it may ask you to accept its terms).</source>
        <translation>Prüfen Sie das WLAN oder das Netzwerkkabel; öffnen Sie in einem Gastnetz zuerst eine Webseite (eventuell müssen Sie dort die Nutzungsbedingungen akzeptieren).</translation>
    </message>
    <message>
        <source>{host} can&apos;t be found: the network&apos;s name server didn&apos;t answer within {seconds} seconds.</source>
        <translation>{host} wurde nicht gefunden: Der Namensserver des Netzwerks hat nicht innerhalb von {seconds} Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>{host} can&apos;t be found ({error}).</source>
        <translation>{host} wurde nicht gefunden ({error}).</translation>
    </message>
    <message>
        <source>{host} (practice mode: on this computer)</source>
        <translation>{host} (Übungsmodus: auf diesem Computer)</translation>
    </message>
    <message>
        <source>the proxy {host} can&apos;t be found.</source>
        <translation>der Proxy {host} wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Ask IT whether the proxy setting is right.</source>
        <translation>Fragen Sie die IT, ob die Proxy-Einstellung stimmt.</translation>
    </message>
    <message>
        <source>the proxy {host} → {address}</source>
        <translation>der Proxy {host} → {address}</translation>
    </message>
    <message>
        <source>{host} → {address} ({milliseconds} ms)</source>
        <translation>{host} → {address} ({milliseconds} ms)</translation>
    </message>
    <message>
        <source>not used (practice mode: on this computer)</source>
        <translation>nicht verwendet (Übungsmodus: auf diesem Computer)</translation>
    </message>
    <message>
        <source>{host}&apos;s certificate is not trusted here ({reason}).</source>
        <translation>dem Zertifikat von {host} wird hier nicht vertraut ({reason}).</translation>
    </message>
    <message>
        <source>A network that inspects traffic needs its certificate installed on this computer: ask IT.</source>
        <translation>Ein Netzwerk, das den Datenverkehr prüft, braucht sein Zertifikat auf diesem Computer: Fragen Sie die IT.</translation>
    </message>
    <message>
        <source>no secure connection to {host} ({error}).</source>
        <translation>keine sichere Verbindung zu {host} ({error}).</translation>
    </message>
    <message>
        <source>A firewall may block HTTPS to CustomerGauge: ask IT, or try another network.</source>
        <translation>Vielleicht blockiert eine Firewall HTTPS zu CustomerGauge: Fragen Sie die IT oder versuchen Sie ein anderes Netzwerk.</translation>
    </message>
    <message>
        <source>{version} to {host}, certificate issued by {issuer}</source>
        <translation>{version} zu {host}, Zertifikat ausgestellt von {issuer}</translation>
    </message>
    <message>
        <source>{host}&apos;s certificate, as the proxy hands it on, is not trusted here.</source>
        <translation>dem Zertifikat von {host}, wie der Proxy es weitergibt, wird hier nicht vertraut.</translation>
    </message>
    <message>
        <source>The proxy inspects traffic: its certificate must be installed on this computer. Ask IT.</source>
        <translation>Der Proxy prüft den Datenverkehr: Sein Zertifikat muss auf diesem Computer installiert sein. Fragen Sie die IT.</translation>
    </message>
    <message>
        <source>the proxy doesn&apos;t answer or refuses the connection.</source>
        <translation>der Proxy antwortet nicht oder verweigert die Verbindung.</translation>
    </message>
    <message>
        <source>Ask IT whether the proxy setting is right for this network.</source>
        <translation>Fragen Sie die IT, ob die Proxy-Einstellung für dieses Netzwerk stimmt.</translation>
    </message>
    <message>
        <source>no secure connection to {host} through the proxy ({error}).</source>
        <translation>keine sichere Verbindung zu {host} über den Proxy ({error}).</translation>
    </message>
    <message>
        <source>Ask IT whether the proxy lets HTTPS to CustomerGauge through.</source>
        <translation>Fragen Sie die IT, ob der Proxy HTTPS zu CustomerGauge durchlässt.</translation>
    </message>
    <message>
        <source>to {host} through the proxy, verified with this computer&apos;s certificates</source>
        <translation>zu {host} über den Proxy, geprüft mit den Zertifikaten dieses Computers</translation>
    </message>
    <message>
        <source>an unnamed issuer</source>
        <translation>einem unbenannten Aussteller</translation>
    </message>
    <message>
        <source>File → Credentials…: check the Client ID and Secret, then Test connection.</source>
        <translation>Datei → Zugangsdaten…: Prüfen Sie Client ID und Secret, dann Verbindung testen.</translation>
    </message>
    <message>
        <source>Check the network and try again; if it persists, send this report to support.</source>
        <translation>Prüfen Sie das Netzwerk und versuchen Sie es erneut; wenn es so bleibt, senden Sie diesen Bericht an den Support.</translation>
    </message>
    <message>
        <source>signed in as {client_id} in {seconds} s</source>
        <translation>angemeldet als {client_id} in {seconds} s</translation>
    </message>
    <message>
        <source>could not ask the server for its time ({error}).</source>
        <translation>der Server konnte nicht nach seiner Uhrzeit gefragt werden ({error}).</translation>
    </message>
    <message>
        <source>See the lines above.</source>
        <translation>Siehe die Zeilen oben.</translation>
    </message>
    <message>
        <source>the server&apos;s answer did not say its time.</source>
        <translation>die Antwort des Servers enthielt keine Uhrzeit.</translation>
    </message>
    <message>
        <source>this computer&apos;s clock is {minutes} minutes ahead of the server&apos;s.</source>
        <translation>die Uhr dieses Computers geht gegenüber dem Server {minutes} Minuten vor.</translation>
    </message>
    <message>
        <source>this computer&apos;s clock is {minutes} minutes behind the server&apos;s.</source>
        <translation>die Uhr dieses Computers geht gegenüber dem Server {minutes} Minuten nach.</translation>
    </message>
    <message>
        <source>Set the date and time to update automatically (Windows: Settings → Time; macOS: System Settings → General → Date &amp; Time).</source>
        <translation>Lassen Sie Datum und Uhrzeit automatisch einstellen (Windows: Einstellungen → Zeit und Sprache; macOS: Systemeinstellungen → Allgemein → Datum &amp; Uhrzeit).</translation>
    </message>
    <message>
        <source>within {seconds} s of the server&apos;s</source>
        <translation>{seconds} s Abweichung von der Serverzeit</translation>
    </message>
    <message>
        <source>A Contacts profile needs a field with the key “{email}” or “{phone}”: it is who gets the survey.</source>
        <translation>Ein Contacts-Profil braucht ein Feld mit dem Schlüssel „{email}“ oder „{phone}“: Es bestimmt, wer die Umfrage erhält.</translation>
    </message>
    <message>
        <source>A Surveys profile needs a field with the key “{email}” or “{phone}”: it is who gets the survey.</source>
        <translation>Ein Surveys-Profil braucht ein Feld mit dem Schlüssel „{email}“ oder „{phone}“: Es bestimmt, wer die Umfrage erhält.</translation>
    </message>
    <message>
        <source>A Multi-Object profile needs a field with the key “{email}” or “{phone}”: it is who gets the survey.</source>
        <translation>Ein Multi-Object-Profil braucht ein Feld mit dem Schlüssel „{email}“ oder „{phone}“: Es bestimmt, wer die Umfrage erhält.</translation>
    </message>
    <message>
        <source>Give the profile a name people will recognise.</source>
        <translation>Geben Sie dem Profil einen Namen, den alle wiedererkennen.</translation>
    </message>
    <message>
        <source>There is already a profile called “{name}”.</source>
        <translation>Es gibt bereits ein Profil namens „{name}“.</translation>
    </message>
    <message>
        <source>Paste the mapping&apos;s reference (CustomerGauge: Data → Rest APIs → Inbound Mapping, column Reference).</source>
        <translation>Fügen Sie die Referenz des Mappings ein (CustomerGauge: Data → Rest APIs → Inbound Mapping, Spalte Reference).</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like the usual reference (like 9dd58237-c913-4073-9c76-07da0b49ff50). Check it in CustomerGauge.</source>
        <translation>Das sieht nicht wie die übliche Referenz aus (etwa 9dd58237-c913-4073-9c76-07da0b49ff50). Prüfen Sie sie in CustomerGauge.</translation>
    </message>
    <message>
        <source>Add the form&apos;s fields.</source>
        <translation>Fügen Sie die Felder des Formulars hinzu.</translation>
    </message>
    <message>
        <source>The key “{key}” is also field {number} (“{other}”): each key may appear once.</source>
        <translation>Der Schlüssel „{key}“ ist auch Feld {number} („{other}“): Jeder Schlüssel darf nur einmal vorkommen.</translation>
    </message>
    <message>
        <source>The key “{key}” differs only in case from field {number} (“{other}”): each key may appear once.</source>
        <translation>Der Schlüssel „{key}“ unterscheidet sich von Feld {number} („{other}“) nur in der Groß-/Kleinschreibung: Jeder Schlüssel darf nur einmal vorkommen.</translation>
    </message>
    <message>
        <source>Keys are case-sensitive: CustomerGauge&apos;s key is “{exact}”, not “{typed}”.</source>
        <translation>Schlüssel unterscheiden Groß- und Kleinschreibung: Der Schlüssel von CustomerGauge ist „{exact}“, nicht „{typed}“.</translation>
    </message>
    <message>
        <source>An Accounts profile needs a field with the key “{key}”.</source>
        <translation>Ein Accounts-Profil braucht ein Feld mit dem Schlüssel „{key}“.</translation>
    </message>
    <message>
        <source>This profile needs a field with the key “{email}” or “{phone}”: it is who gets the survey.</source>
        <translation>Dieses Profil braucht ein Feld mit dem Schlüssel „{email}“ oder „{phone}“: Es bestimmt, wer die Umfrage erhält.</translation>
    </message>
    <message>
        <source>use a date like 2024-06-30 (or 2024-06-30 14:30:00).</source>
        <translation>verwenden Sie ein Datum wie 2024-06-30 (oder 2024-06-30 14:30:00).</translation>
    </message>
    <message>
        <source>CustomerGauge would refuse “{value}”: {reason}</source>
        <translation>CustomerGauge würde „{value}“ ablehnen: {reason}</translation>
    </message>
    <message>
        <source>Give the exact key the mapping expects (as in Field Settings).</source>
        <translation>Geben Sie den genauen Schlüssel an, den das Mapping erwartet (wie in den Field Settings).</translation>
    </message>
    <message>
        <source>The key starts or ends with a space; keys must match CustomerGauge&apos;s exactly.</source>
        <translation>Der Schlüssel beginnt oder endet mit einem Leerzeichen; Schlüssel müssen genau denen von CustomerGauge entsprechen.</translation>
    </message>
    <message>
        <source>The form format can&apos;t send a key with [ or ]; use JSON.</source>
        <translation>Das Format Form kann keinen Schlüssel mit [ oder ] senden; verwenden Sie JSON.</translation>
    </message>
    <message>
        <source>A choice field needs its choices, one per line.</source>
        <translation>Ein Auswahlfeld braucht seine Optionen, eine pro Zeile.</translation>
    </message>
    <message>
        <source>A choice starts or ends with a space; remove it.</source>
        <translation>Eine Option beginnt oder endet mit einem Leerzeichen; entfernen Sie es.</translation>
    </message>
    <message>
        <source>A choice appears twice; keep one.</source>
        <translation>Eine Option kommt zweimal vor; behalten Sie eine.</translation>
    </message>
    <message>
        <source>The maximum length must be 1 or more (or none).</source>
        <translation>Die maximale Länge muss 1 oder mehr sein (oder leer).</translation>
    </message>
    <message>
        <source>A hidden field sends a fixed value: give it one.</source>
        <translation>Ein verborgenes Feld sendet einen festen Wert: Geben Sie ihm einen.</translation>
    </message>
    <message>
        <source>The value “{value}” is not one of the choices.</source>
        <translation>Der Wert „{value}“ ist keine der Optionen.</translation>
    </message>
    <message>
        <source>A hidden field is always sent; “required” changes nothing.</source>
        <translation>Ein verborgenes Feld wird immer gesendet; „Pflicht“ ändert nichts.</translation>
    </message>
    <message>
        <source>new profile</source>
        <translation>neues Profil</translation>
    </message>
    <message>
        <source>it can&apos;t be saved yet: {reason}</source>
        <translation>es kann noch nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>your organisation provides this profile, so it can&apos;t be changed here. Duplicate it to make your own version.</source>
        <translation>dieses Profil stellt Ihre Organisation bereit, daher kann es hier nicht geändert werden. Duplizieren Sie es, um Ihre eigene Version zu erstellen.</translation>
    </message>
    <message>
        <source>it is saved under its new name, but its old file {file} can&apos;t be removed ({reason}): delete that file, or ask IT.</source>
        <translation>es ist unter dem neuen Namen gespeichert, aber die alte Datei {file} kann nicht entfernt werden ({reason}): Löschen Sie diese Datei oder fragen Sie die IT.</translation>
    </message>
    <message>
        <source>The profiles folder already has a file called {file} that can&apos;t be read. Choose another name, or ask IT to remove that file.</source>
        <translation>Im Profilordner gibt es bereits eine Datei {file}, die nicht gelesen werden kann. Wählen Sie einen anderen Namen oder bitten Sie die IT, diese Datei zu entfernen.</translation>
    </message>
    <message>
        <source>The name is too close to the profile “{other}” (they would share a file). Choose another name.</source>
        <translation>Der Name ist dem Profil „{other}“ zu ähnlich (beide würden eine Datei teilen). Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>your organisation provides this profile, so it can&apos;t be deleted here. Ask IT if it should go.</source>
        <translation>dieses Profil stellt Ihre Organisation bereit, daher kann es hier nicht gelöscht werden. Fragen Sie die IT, ob es entfernt werden soll.</translation>
    </message>
    <message>
        <source>there is no such profile any more (was it deleted already?).</source>
        <translation>dieses Profil gibt es nicht mehr (wurde es schon gelöscht?).</translation>
    </message>
    <message>
        <source>its file can&apos;t be removed ({reason}); is it open elsewhere?</source>
        <translation>seine Datei kann nicht entfernt werden ({reason}); ist sie anderswo geöffnet?</translation>
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
        <translation>Text</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Auswahl</translation>
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
        <translation>Formular (x-www-form-urlencoded)</translation>
    </message>
    <message>
        <source>PUT (the usual)</source>
        <translation>PUT (üblich)</translation>
    </message>
    <message>
        <source>The webhook&apos;s password is not part of the profile: each desk types it once in Credentials…, and it is kept in that computer&apos;s keyring.</source>
        <translation>Das Passwort des Webhooks gehört nicht zum Profil: Jeder Arbeitsplatz gibt es einmal unter Zugangsdaten… ein, und es wird im Schlüsselbund dieses Computers aufbewahrt.</translation>
    </message>
    <message>
        <source>Field {number} ({name}): {finding}</source>
        <translation>Feld {number} ({name}): {finding}</translation>
    </message>
    <message>
        <source>Field {number}: {finding}</source>
        <translation>Feld {number}: {finding}</translation>
    </message>
    <message>
        <source>the file has the key &quot;{key}&quot; twice in one object.</source>
        <translation>die Datei enthält den Schlüssel &quot;{key}&quot; zweimal in einem Objekt.</translation>
    </message>
    <message>
        <source>the file has {name}, which is not a JSON value.</source>
        <translation>die Datei enthält {name}, was kein JSON-Wert ist.</translation>
    </message>
    <message>
        <source>this is a folder, not a profile file.</source>
        <translation>dies ist ein Ordner, keine Profildatei.</translation>
    </message>
    <message>
        <source>the file doesn&apos;t exist (was it moved or renamed?).</source>
        <translation>die Datei existiert nicht (wurde sie verschoben oder umbenannt?).</translation>
    </message>
    <message>
        <source>the file can&apos;t be read: permission denied.</source>
        <translation>die Datei kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>the file can&apos;t be read ({reason}).</source>
        <translation>die Datei kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>this is not an ordinary file (a pipe or a device?).</source>
        <translation>dies ist keine gewöhnliche Datei (eine Pipe oder ein Gerät?).</translation>
    </message>
    <message>
        <source>the file is far too large to be a profile; is it the right one?</source>
        <translation>die Datei ist viel zu groß für ein Profil; ist es die richtige?</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (bad byte at position {position}); save it as UTF-8.</source>
        <translation>die Datei ist kein UTF-8-Text (ungültiges Byte an Position {position}); speichern Sie sie als UTF-8.</translation>
    </message>
    <message>
        <source>the file is not valid JSON: {reason} at line {line}, column {column}.</source>
        <translation>die Datei ist kein gültiges JSON: {reason} in Zeile {line}, Spalte {column}.</translation>
    </message>
    <message>
        <source>the file is nested far too deeply to be a profile.</source>
        <translation>die Datei ist viel zu tief verschachtelt für ein Profil.</translation>
    </message>
    <message>
        <source>the file holds a number far too long to be real.</source>
        <translation>die Datei enthält eine Zahl, die viel zu lang ist, um echt zu sein.</translation>
    </message>
    <message>
        <source>the file can&apos;t be saved ({reason}).</source>
        <translation>die Datei kann nicht gespeichert werden ({reason}).</translation>
    </message>
    <message>
        <source>your organisation provides a profile named &quot;{name}&quot;; it can&apos;t be replaced here (ask IT to update it, or rename this one).</source>
        <translation>Ihre Organisation stellt ein Profil namens &quot;{name}&quot; bereit; es kann hier nicht ersetzt werden (bitten Sie die IT, es zu aktualisieren, oder benennen Sie dieses um).</translation>
    </message>
    <message>
        <source>a profile named &quot;{name}&quot; is already there; replace it?</source>
        <translation>ein Profil namens &quot;{name}&quot; ist bereits vorhanden; ersetzen?</translation>
    </message>
    <message>
        <source>The configuration reference &quot;{reference}&quot; doesn&apos;t look like the usual kind (like 9dd58237-c913-4073-9c76-07da0b49ff50); check it in CustomerGauge under Data → Rest APIs → Inbound Mapping, column Reference.</source>
        <translation>Die Konfigurationsreferenz &quot;{reference}&quot; sieht nicht wie die übliche Art aus (etwa 9dd58237-c913-4073-9c76-07da0b49ff50); prüfen Sie sie in CustomerGauge unter Data → Rest APIs → Inbound Mapping, Spalte Reference.</translation>
    </message>
    <message>
        <source>Profile &quot;{source}&quot;: {problem}</source>
        <translation>Profil &quot;{source}&quot;: {problem}</translation>
    </message>
    <message>
        <source>type</source>
        <translation>den Typ</translation>
    </message>
    <message>
        <source>region</source>
        <translation>die Region</translation>
    </message>
    <message>
        <source>data type</source>
        <translation>den Datentyp</translation>
    </message>
    <message>
        <source>format</source>
        <translation>das Format</translation>
    </message>
    <message>
        <source>method</source>
        <translation>die Methode</translation>
    </message>
    <message>
        <source>transport</source>
        <translation>den Transport</translation>
    </message>
    <message>
        <source>{where} has no &quot;{key}&quot;; add it.</source>
        <translation>{where} hat kein &quot;{key}&quot;; ergänzen Sie es.</translation>
    </message>
    <message>
        <source>{where} has &quot;{key}&quot;: {value}, which should be text in quotes.</source>
        <translation>{where} hat &quot;{key}&quot;: {value}, das sollte Text in Anführungszeichen sein.</translation>
    </message>
    <message>
        <source>{where} has &quot;{key}&quot; with a broken character (a lone \u escape).</source>
        <translation>{where} hat &quot;{key}&quot; mit einem defekten Zeichen (ein einzelnes \u-Escape).</translation>
    </message>
    <message>
        <source>{where} has &quot;{key}&quot;: {value}; use true or false.</source>
        <translation>{where} hat &quot;{key}&quot;: {value}; verwenden Sie true oder false.</translation>
    </message>
    <message>
        <source>{where} has unknown {kind} &quot;{value}&quot;; use one of {options}.</source>
        <translation>{where} hat einen unbekannten Wert für {kind}: &quot;{value}&quot;; verwenden Sie einen von: {options}.</translation>
    </message>
    <message>
        <source>{where} has &quot;choices&quot;: {value}; use a list of texts, like [&quot;A&quot;, &quot;B&quot;].</source>
        <translation>{where} hat &quot;choices&quot;: {value}; verwenden Sie eine Liste von Texten, etwa [&quot;A&quot;, &quot;B&quot;].</translation>
    </message>
    <message>
        <source>{where} has an empty choice.</source>
        <translation>{where} hat eine leere Option.</translation>
    </message>
    <message>
        <source>{where} has the choice &quot;{choice}&quot; with spaces at the start or end.</source>
        <translation>{where} hat die Option &quot;{choice}&quot; mit Leerzeichen am Anfang oder Ende.</translation>
    </message>
    <message>
        <source>{where} has the choice &quot;{choice}&quot; twice.</source>
        <translation>{where} hat die Option &quot;{choice}&quot; zweimal.</translation>
    </message>
    <message>
        <source>{where} is of type &quot;choice&quot; but has no &quot;choices&quot;; list the allowed values.</source>
        <translation>{where} hat den Typ &quot;choice&quot;, aber keine &quot;choices&quot;; führen Sie die erlaubten Werte auf.</translation>
    </message>
    <message>
        <source>{where} has &quot;choices&quot; but its type is &quot;{type}&quot;; use type &quot;choice&quot;.</source>
        <translation>{where} hat &quot;choices&quot;, aber der Typ ist &quot;{type}&quot;; verwenden Sie den Typ &quot;choice&quot;.</translation>
    </message>
    <message>
        <source>field {index} is {value}, not an object {{...}}.</source>
        <translation>Feld {index} ist {value}, kein Objekt {{...}}.</translation>
    </message>
    <message>
        <source>field {index} (&quot;{name}&quot;)</source>
        <translation>Feld {index} (&quot;{name}&quot;)</translation>
    </message>
    <message>
        <source>field {index}</source>
        <translation>Feld {index}</translation>
    </message>
    <message>
        <source>{where} has an empty name; give the exact key the mapping expects.</source>
        <translation>{where} hat einen leeren Namen; geben Sie den genauen Schlüssel an, den das Mapping erwartet.</translation>
    </message>
    <message>
        <source>{where} has spaces at the start or end of its name; keys must match exactly.</source>
        <translation>{where} hat Leerzeichen am Anfang oder Ende des Namens; Schlüssel müssen genau übereinstimmen.</translation>
    </message>
    <message>
        <source>{where} has [ or ] in its name, which the form format can&apos;t send; use &quot;json&quot;.</source>
        <translation>{where} hat [ oder ] im Namen, was das Format form nicht senden kann; verwenden Sie &quot;json&quot;.</translation>
    </message>
    <message>
        <source>{where} has &quot;max_length&quot;: {value}; use a whole number above 0, or null.</source>
        <translation>{where} hat &quot;max_length&quot;: {value}; verwenden Sie eine ganze Zahl über 0 oder null.</translation>
    </message>
    <message>
        <source>{where} is hidden but has no &quot;default&quot;; a hidden field sends a fixed value.</source>
        <translation>{where} ist verborgen, hat aber kein &quot;default&quot;; ein verborgenes Feld sendet einen festen Wert.</translation>
    </message>
    <message>
        <source>{where} has the default &quot;{value}&quot;, which is not one of its choices.</source>
        <translation>{where} hat den Standardwert &quot;{value}&quot;, der keine seiner Optionen ist.</translation>
    </message>
    <message>
        <source>{where} has the default &quot;{value}&quot;, which the server would refuse: {reason}</source>
        <translation>{where} hat den Standardwert &quot;{value}&quot;, den der Server ablehnen würde: {reason}</translation>
    </message>
    <message>
        <source>field {index} (&quot;{name}&quot;) repeats field {other} (&quot;{first}&quot;); each key may appear once.</source>
        <translation>Feld {index} (&quot;{name}&quot;) wiederholt Feld {other} (&quot;{first}&quot;); jeder Schlüssel darf nur einmal vorkommen.</translation>
    </message>
    <message>
        <source>field {index} (&quot;{name}&quot;) differs only in case from field {other} (&quot;{first}&quot;); each key may appear once.</source>
        <translation>Feld {index} (&quot;{name}&quot;) unterscheidet sich von Feld {other} (&quot;{first}&quot;) nur in der Groß-/Kleinschreibung; jeder Schlüssel darf nur einmal vorkommen.</translation>
    </message>
    <message>
        <source>&quot;{first}&quot; or &quot;{second}&quot;</source>
        <translation>&quot;{first}&quot; oder &quot;{second}&quot;</translation>
    </message>
    <message>
        <source>{where} is for &quot;{data_type}&quot;, which needs a field named {wanted} (there is &quot;{near}&quot;, but names are case-sensitive).</source>
        <translation>{where} ist für &quot;{data_type}&quot;, das ein Feld namens {wanted} braucht (es gibt &quot;{near}&quot;, aber Namen unterscheiden Groß- und Kleinschreibung).</translation>
    </message>
    <message>
        <source>{where} is for &quot;{data_type}&quot;, which needs a field named {wanted}.</source>
        <translation>{where} ist für &quot;{data_type}&quot;, das ein Feld namens {wanted} braucht.</translation>
    </message>
    <message>
        <source>{where} has &quot;scan_fields&quot;: {value}; use an object of texts, like {example}.</source>
        <translation>{where} hat &quot;scan_fields&quot;: {value}; verwenden Sie ein Objekt aus Texten, etwa {example}.</translation>
    </message>
    <message>
        <source>{where} has &quot;scan_fields&quot; with {value}; use an object of texts, like {example}.</source>
        <translation>{where} hat &quot;scan_fields&quot; mit {value}; verwenden Sie ein Objekt aus Texten, etwa {example}.</translation>
    </message>
    <message>
        <source>{where} has &quot;scan_fields&quot; sending &quot;{prop}&quot; to &quot;{key}&quot;, but it has no field named so (there is &quot;{near}&quot;, but names are case-sensitive).</source>
        <translation>{where} hat &quot;scan_fields&quot;, die &quot;{prop}&quot; an &quot;{key}&quot; senden, aber kein Feld mit diesem Namen (es gibt &quot;{near}&quot;, aber Namen unterscheiden Groß- und Kleinschreibung).</translation>
    </message>
    <message>
        <source>{where} has &quot;scan_fields&quot; sending &quot;{prop}&quot; to &quot;{key}&quot;, but it has no field named so.</source>
        <translation>{where} hat &quot;scan_fields&quot;, die &quot;{prop}&quot; an &quot;{key}&quot; senden, aber kein Feld mit diesem Namen.</translation>
    </message>
    <message>
        <source>&quot;schema_version&quot; is {value}; it should be 1.</source>
        <translation>&quot;schema_version&quot; ist {value}; es sollte 1 sein.</translation>
    </message>
    <message>
        <source>the profile was made by a newer cg-desktop (schema_version {version}; this version reads up to {known}); update cg-desktop to use it.</source>
        <translation>das Profil wurde mit einem neueren cg-desktop erstellt (schema_version {version}; diese Version liest bis {known}); aktualisieren Sie cg-desktop, um es zu verwenden.</translation>
    </message>
    <message>
        <source>the file holds {value}, not a profile object {{...}}.</source>
        <translation>die Datei enthält {value}, kein Profilobjekt {{...}}.</translation>
    </message>
    <message>
        <source>the profile has &quot;{key}&quot;, but secrets never go in a profile file (it is handed around); remove it and sign in within the app instead.</source>
        <translation>das Profil enthält &quot;{key}&quot;, aber Geheimnisse gehören nie in eine Profildatei (sie wird weitergegeben); entfernen Sie es und melden Sie sich stattdessen in der App an.</translation>
    </message>
    <message>
        <source>the profile</source>
        <translation>das Profil</translation>
    </message>
    <message>
        <source>{where} has an empty &quot;name&quot;; give it a name people will recognise.</source>
        <translation>{where} hat einen leeren &quot;name&quot;; geben Sie einen Namen an, den alle wiedererkennen.</translation>
    </message>
    <message>
        <source>{where} has an empty &quot;configuration&quot;; copy the Inbound Mapping reference into it.</source>
        <translation>{where} hat eine leere &quot;configuration&quot;; kopieren Sie die Referenz des Inbound Mapping hinein.</translation>
    </message>
    <message>
        <source>{where} gives both &quot;webhook_id&quot; and &quot;webhook_url&quot;; keep one of them.</source>
        <translation>{where} gibt sowohl &quot;webhook_id&quot; als auch &quot;webhook_url&quot; an; behalten Sie eines davon.</translation>
    </message>
    <message>
        <source>{where} uses a webhook, but its &quot;{key}&quot; can&apos;t be used: {reason}</source>
        <translation>{where} verwendet einen Webhook, aber sein &quot;{key}&quot; ist nicht verwendbar: {reason}</translation>
    </message>
    <message>
        <source>{where} needs a non-empty &quot;fields&quot; list [...]: the form&apos;s fields.</source>
        <translation>{where} braucht eine nicht leere Liste &quot;fields&quot; [...]: die Felder des Formulars.</translation>
    </message>
    <message>
        <source>Give the webhook&apos;s URL (https://{host}/…) or its id.</source>
        <translation>Geben Sie die URL des Webhooks (https://{host}/…) oder seine ID an.</translation>
    </message>
    <message>
        <source>A practice profile names the sandbox&apos;s webhook by its id only (demo-webhook).</source>
        <translation>Ein Übungsprofil nennt den Webhook der Sandbox nur mit seiner ID (demo-webhook).</translation>
    </message>
    <message>
        <source>That isn&apos;t a web address cg-desktop can read; paste the webhook&apos;s URL exactly as CustomerGauge shows it (https://{host}/…).</source>
        <translation>Das ist keine Webadresse, die cg-desktop lesen kann; fügen Sie die URL des Webhooks genau so ein, wie CustomerGauge sie zeigt (https://{host}/…).</translation>
    </message>
    <message>
        <source>The URL starts with {scheme}://; CustomerGauge&apos;s webhooks use https://, and anything else would send the webhook&apos;s password unprotected.</source>
        <translation>Die URL beginnt mit {scheme}://; die Webhooks von CustomerGauge verwenden https://, und alles andere würde das Passwort des Webhooks ungeschützt senden.</translation>
    </message>
    <message>
        <source>That address is not a CustomerGauge webhook address; it should start with https://{host}/. The webhook&apos;s password would go there.</source>
        <translation>Diese Adresse ist keine Webhook-Adresse von CustomerGauge; sie sollte mit https://{host}/ beginnen. Das Passwort des Webhooks würde dorthin gehen.</translation>
    </message>
    <message>
        <source>{given} is not a CustomerGauge webhook address; it should start with https://{host}/. The webhook&apos;s password would go there.</source>
        <translation>{given} ist keine Webhook-Adresse von CustomerGauge; sie sollte mit https://{host}/ beginnen. Das Passwort des Webhooks würde dorthin gehen.</translation>
    </message>
    <message>
        <source>{given} is not a CustomerGauge region&apos;s webhook address; it should start with https://{host}/.</source>
        <translation>{given} ist keine Webhook-Adresse einer CustomerGauge-Region; sie sollte mit https://{host}/ beginnen.</translation>
    </message>
    <message>
        <source>This webhook is in the {other} region, but the profile&apos;s region is {region}: choose the region the webhook belongs to.</source>
        <translation>Dieser Webhook gehört zur Region {other}, aber die Region des Profils ist {region}: Wählen Sie die Region, zu der der Webhook gehört.</translation>
    </message>
    <message>
        <source>Paste the webhook&apos;s URL exactly as CustomerGauge shows it, without a port or a user name in it.</source>
        <translation>Fügen Sie die URL des Webhooks genau so ein, wie CustomerGauge sie zeigt, ohne Port oder Benutzernamen darin.</translation>
    </message>
    <message>
        <source>Paste the webhook&apos;s URL without anything after ? or #: the fields are added by cg-desktop.</source>
        <translation>Fügen Sie die URL des Webhooks ohne alles nach ? oder # ein: Die Felder fügt cg-desktop hinzu.</translation>
    </message>
    <message>
        <source>The URL should end with the webhook&apos;s id, like https://{host}/abc123.</source>
        <translation>Die URL sollte mit der ID des Webhooks enden, etwa https://{host}/abc123.</translation>
    </message>
    <message>
        <source>Give only the id that follows https://{host}/ in the webhook&apos;s URL.</source>
        <translation>Geben Sie nur die ID an, die in der URL des Webhooks auf https://{host}/ folgt.</translation>
    </message>
</context>
</TS>
