<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>About</name>
    <message>
        <source>About cg-desktop</source>
        <translation>Over cg-desktop</translation>
    </message>
</context>
<context>
    <name>Accessible</name>
    <message>
        <source>{label}, required</source>
        <translation>{label}, verplicht</translation>
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
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Melding sluiten</translation>
    </message>
    <message>
        <source>success</source>
        <translation>gelukt</translation>
    </message>
    <message>
        <source>info</source>
        <translation>informatie</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <source>error</source>
        <translation>fout</translation>
    </message>
</context>
<context>
    <name>ChoiceFieldEditor</name>
    <message>
        <source>— choose —</source>
        <translation>— kies —</translation>
    </message>
</context>
<context>
    <name>ChoicesDialog</name>
    <message>
        <source>Choices for {key}</source>
        <translation>Keuzes voor {key}</translation>
    </message>
    <message>
        <source>Choices for this field</source>
        <translation>Keuzes voor dit veld</translation>
    </message>
    <message>
        <source>&amp;One choice per line, exactly as CustomerGauge expects it:</source>
        <translation>&amp;Eén keuze per regel, precies zoals CustomerGauge die verwacht:</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <source>Leave practice mode?</source>
        <translation>Oefenmodus verlaten?</translation>
    </message>
    <message>
        <source>Leave practice mode anyway?</source>
        <translation>Oefenmodus toch verlaten?</translation>
    </message>
    <message>
        <source>Try in practice mode?</source>
        <translation>Uitproberen in de oefenmodus?</translation>
    </message>
    <message>
        <source>Try in practice mode anyway?</source>
        <translation>Toch uitproberen in de oefenmodus?</translation>
    </message>
    <message>
        <source>Start kiosk mode?</source>
        <translation>Kioskmodus starten?</translation>
    </message>
    <message>
        <source>Start kiosk mode anyway?</source>
        <translation>Kioskmodus toch starten?</translation>
    </message>
    <message>
        <source>Close cg-desktop?</source>
        <translation>cg-desktop sluiten?</translation>
    </message>
    <message>
        <source>Close cg-desktop anyway?</source>
        <translation>cg-desktop toch sluiten?</translation>
    </message>
    <message>
        <source>What is typed in the form has not been sent and will be lost.</source>
        <translation>Wat in het formulier is getypt, is niet verstuurd en gaat verloren.</translation>
    </message>
    <message>
        <source>1 record is still waiting to be sent: it is kept, and goes out the next time cg-desktop is open.</source>
        <translation>1 record wacht nog op verzending: het blijft bewaard en wordt verstuurd wanneer cg-desktop de volgende keer open is.</translation>
    </message>
    <message>
        <source>{count} records are still waiting to be sent: they are kept, and go out the next time cg-desktop is open.</source>
        <translation>{count} records wachten nog op verzending: ze blijven bewaard en worden verstuurd wanneer cg-desktop de volgende keer open is.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>cg-desktop ran into a problem</source>
        <translation>cg-desktop liep tegen een probleem aan</translation>
    </message>
    <message>
        <source>Something went wrong inside cg-desktop. Records already saved are kept and will be sent; if you were typing, check the form.</source>
        <translation>Er ging iets mis in cg-desktop. Records die al bewaard zijn, blijven bewaard en worden verstuurd; was u aan het typen, kijk dan het formulier na.</translation>
    </message>
    <message>
        <source>If it happens again, copy the report and send it to whoever looks after cg-desktop for you. It holds no passwords, tokens or email addresses.</source>
        <translation>Gebeurt het opnieuw, kopieer dan het rapport en stuur het naar wie cg-desktop voor u beheert. Er staan geen wachtwoorden, tokens of e-mailadressen in.</translation>
    </message>
    <message>
        <source>Copy the report</source>
        <translation>Rapport kopiëren</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Webhook credentials — {region}</source>
        <translation>Webhook-inloggegevens — {region}</translation>
    </message>
    <message>
        <source>Credentials — {region}</source>
        <translation>Aanmeldgegevens — {region}</translation>
    </message>
    <message>
        <source>Sign in to {server} with a Connected App&apos;s Client ID and Client Secret (your CustomerGauge administrator creates them).</source>
        <translation>Meld u aan bij {server} met de Client ID en het Client Secret van een Connected App (uw CustomerGauge-beheerder maakt die aan).</translation>
    </message>
    <message>
        <source>This profile sends through the Incoming Webhook {url}. Give the user and password CustomerGauge showed with it (your administrator has them).</source>
        <translation>Dit profiel verstuurt via de Incoming Webhook {url}. Vul de gebruiker en het wachtwoord in die CustomerGauge erbij toonde (uw beheerder heeft ze).</translation>
    </message>
    <message>
        <source>Sh&amp;ow the password</source>
        <translation>Wachtwoord t&amp;onen</translation>
    </message>
    <message>
        <source>Sh&amp;ow the secret</source>
        <translation>Client Secret t&amp;onen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Gebruiker</translation>
    </message>
    <message>
        <source>Client &amp;ID</source>
        <translation>Client &amp;ID</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>Client &amp;Secret</source>
        <translation>Client &amp;Secret</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Alleen voor deze sessie bewaren</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Gebruiken</translation>
    </message>
    <message>
        <source>Keep for this session</source>
        <translation>Bewaren voor deze sessie</translation>
    </message>
    <message>
        <source>Cancel &amp;test</source>
        <translation>&amp;Test annuleren</translation>
    </message>
    <message>
        <source>Signing in to {server}…</source>
        <translation>Aanmelden bij {server}…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test geannuleerd.</translation>
    </message>
    <message>
        <source>✘ The test could not run. Try again.</source>
        <translation>✘ De test kon niet worden uitgevoerd. Probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>DateFieldEditor</name>
    <message>
        <source>YYYY-MM-DD HH:MM:SS</source>
        <translation>JJJJ-MM-DD UU:MM:SS</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Pick a date (Alt+Down)</source>
        <translation>Kies een datum (Alt+pijl omlaag)</translation>
    </message>
    <message>
        <source>Pick a date for {field}</source>
        <translation>Kies een datum voor {field}</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>CustomerGauge&apos;s words: {words}</source>
        <translation>Letterlijk van CustomerGauge: {words}</translation>
    </message>
</context>
<context>
    <name>FieldsPanel</name>
    <message>
        <source>Add fi&amp;eld</source>
        <translation>Veld &amp;toevoegen</translation>
    </message>
    <message>
        <source>Remove fiel&amp;d</source>
        <translation>Veld verwi&amp;jderen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>Edit &amp;choices…</source>
        <translation>&amp;Keuzes bewerken…</translation>
    </message>
    <message>
        <source>F&amp;ields</source>
        <translation>V&amp;elden</translation>
    </message>
</context>
<context>
    <name>FieldsTable</name>
    <message>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <source>The exact key the mapping expects, as in CustomerGauge&apos;s Field Settings (case-sensitive).</source>
        <translation>De exacte sleutel die de mapping verwacht, zoals in Field Settings van CustomerGauge (hoofdlettergevoelig).</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>What the desk sees beside the field (the key, if left empty).</source>
        <translation>Wat de balie naast het veld ziet (de sleutel, als dit leeg blijft).</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What may be typed: text, an email address, a date…</source>
        <translation>Wat er getypt mag worden: tekst, een e-mailadres, een datum…</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <source>The desk can&apos;t send without it.</source>
        <translation>De balie kan niet versturen zonder dit veld.</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Keuzes</translation>
    </message>
    <message>
        <source>For a Choice field: the choices offered (double-click to edit).</source>
        <translation>Voor een keuzeveld: de aangeboden keuzes (dubbelklik om te bewerken).</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Verborgen</translation>
    </message>
    <message>
        <source>Not shown on the form: its Value is always sent.</source>
        <translation>Niet zichtbaar op het formulier: de Waarde wordt altijd verstuurd.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>A hidden field&apos;s fixed value, or a value a shown field starts with.</source>
        <translation>De vaste waarde van een verborgen veld, of de beginwaarde van een zichtbaar veld.</translation>
    </message>
    <message>
        <source>Sticky</source>
        <translation>Onthouden</translation>
    </message>
    <message>
        <source>Kept after each send, for the next visitor (a desk&apos;s Touchpoint, say).</source>
        <translation>Blijft staan na elke verzending, voor de volgende bezoeker (bijvoorbeeld het Touchpoint van een balie).</translation>
    </message>
    <message>
        <source>Max length</source>
        <translation>Max. lengte</translation>
    </message>
    <message>
        <source>The most characters allowed (empty: no limit).</source>
        <translation>Het maximale aantal tekens (leeg: geen limiet).</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hulp</translation>
    </message>
    <message>
        <source>A line of help shown under the field.</source>
        <translation>Een regel hulptekst onder het veld.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message>
        <source>Problem: {finding}</source>
        <translation>Probleem: {finding}</translation>
    </message>
    <message>
        <source>Problem. Click to go there.</source>
        <translation>Probleem. Klik om erheen te gaan.</translation>
    </message>
    <message>
        <source>Warning: {finding}</source>
        <translation>Waarschuwing: {finding}</translation>
    </message>
    <message>
        <source>Warning. Click to go there.</source>
        <translation>Waarschuwing. Klik om erheen te gaan.</translation>
    </message>
    <message>
        <source>No problems: the profile can be saved.</source>
        <translation>Geen problemen: het profiel kan worden opgeslagen.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to cg-desktop</source>
        <translation>Welkom bij cg-desktop</translation>
    </message>
    <message>
        <source>To send surveys you need two things from your CustomerGauge administrator: a &lt;b&gt;profile&lt;/b&gt;, a small file that says which fields to fill in and where they go, and a &lt;b&gt;Client ID and Client Secret&lt;/b&gt; (from CustomerGauge&apos;s Connected Apps) that let this computer send. Import the profile here; you are asked for the Client ID and Secret when you first send.</source>
        <translation>Om enquêtes te versturen hebt u twee dingen nodig van uw CustomerGauge-beheerder: een &lt;b&gt;profiel&lt;/b&gt;, een klein bestand dat aangeeft welke velden u invult en waar ze naartoe gaan, en een &lt;b&gt;Client ID en Client Secret&lt;/b&gt; (uit Connected Apps van CustomerGauge) waarmee deze computer mag versturen. Importeer hier het profiel; om de Client ID en Secret wordt gevraagd wanneer u voor het eerst verstuurt.</translation>
    </message>
    <message>
        <source>Administrator without a profile file? Make one in &lt;b&gt;File → Profiles…&lt;/b&gt; from the field names on CustomerGauge&apos;s Field Settings page.</source>
        <translation>Beheerder zonder profielbestand? Maak er een in &lt;b&gt;Bestand → Profielen…&lt;/b&gt; met de veldnamen op de pagina Field Settings van CustomerGauge.</translation>
    </message>
    <message>
        <source>Just looking? Try &lt;b&gt;practice mode&lt;/b&gt;: everything works the same, but nothing is sent to CustomerGauge.</source>
        <translation>Wilt u alleen even kijken? Probeer de &lt;b&gt;oefenmodus&lt;/b&gt;: alles werkt hetzelfde, maar er wordt niets naar CustomerGauge verstuurd.</translation>
    </message>
    <message>
        <source>&amp;Import a profile…</source>
        <translation>Een profiel &amp;importeren…</translation>
    </message>
    <message>
        <source>Try &amp;practice mode</source>
        <translation>Oefenmodus &amp;proberen</translation>
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
        <translation>versturen</translation>
    </message>
    <message>
        <source>Shift+Tab</source>
        <translation>Shift+Tab</translation>
    </message>
    <message>
        <source>next / previous field</source>
        <translation>volgende / vorige veld</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>clear the form (asks first)</source>
        <translation>het formulier wissen (vraagt het eerst)</translation>
    </message>
    <message>
        <source>use the suggested address (&quot;Did you mean …?&quot;)</source>
        <translation>het voorgestelde adres gebruiken (&quot;Bedoelde u …?&quot;)</translation>
    </message>
    <message>
        <source>fix a record CustomerGauge refused</source>
        <translation>een record corrigeren dat CustomerGauge weigerde</translation>
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
        <translation>het formulier / de geschiedenis</translation>
    </message>
    <message>
        <source>the region / the profile</source>
        <translation>de regio / het profiel</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>quit (what waits is sent next time)</source>
        <translation>afsluiten (wat wacht, wordt de volgende keer verstuurd)</translation>
    </message>
    <message>
        <source>Sending a record</source>
        <translation>Een record versturen</translation>
    </message>
    <message>
        <source>Fill in the form and press &lt;b&gt;Enter&lt;/b&gt;. The record is saved on this computer at once and the form is cleared for the next person; &lt;b&gt;Recent&lt;/b&gt;, beside the form, shows how each send went. Nothing is lost when the Wi-Fi is down: it is sent when it is back.</source>
        <translation>Vul het formulier in en druk op &lt;b&gt;Enter&lt;/b&gt;. Het record wordt meteen op deze computer bewaard en het formulier wordt leeggemaakt voor de volgende persoon; &lt;b&gt;Recent&lt;/b&gt;, naast het formulier, laat zien hoe elke verzending verliep. Er gaat niets verloren als de wifi uitvalt: het wordt verstuurd zodra de verbinding terug is.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>What you need</source>
        <translation>Wat u nodig hebt</translation>
    </message>
    <message>
        <source>A &lt;b&gt;profile&lt;/b&gt; (which fields, and where they go) and your CustomerGauge &lt;b&gt;Client ID&lt;/b&gt; and &lt;b&gt;Client Secret&lt;/b&gt; (File → Credentials…). Without them, try practice mode: everything works, nothing is sent to CustomerGauge.</source>
        <translation>Een &lt;b&gt;profiel&lt;/b&gt; (welke velden, en waar ze naartoe gaan) en uw CustomerGauge-&lt;b&gt;Client ID&lt;/b&gt; en -&lt;b&gt;Client Secret&lt;/b&gt; (Bestand → Aanmeldgegevens…). Hebt u die niet, probeer dan de oefenmodus: alles werkt, er wordt niets naar CustomerGauge verstuurd.</translation>
    </message>
    <message>
        <source>cg-desktop Help</source>
        <translation>Help bij cg-desktop</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>Profile not here</source>
        <translation>Profiel niet aanwezig</translation>
    </message>
    <message>
        <source>The profile &quot;{profile}&quot; of this send is not on this computer any more, so it can&apos;t be opened in the form.</source>
        <translation>Het profiel ‘{profile}’ van deze verzending staat niet meer op deze computer, dus de verzending kan niet in het formulier worden geopend.</translation>
    </message>
    <message>
        <source>{name} was not sent: {reason}
To fix it, click the field or press F2. Or just type the next person: this record then waits in Recent.</source>
        <translation>{name} is niet verstuurd: {reason}
Klik op het veld of druk op F2 om het te corrigeren. Of typ gewoon de volgende persoon: deze gegevens wachten dan in Recent.</translation>
    </message>
    <message>
        <source>{name} waits in Recent: F2 brings it back to fix.</source>
        <translation>{name} wacht in Recent: F2 haalt het terug om te corrigeren.</translation>
    </message>
    <message>
        <source>Fix what CustomerGauge refused for {name}, then press Enter: it goes as a new send.</source>
        <translation>Corrigeer wat CustomerGauge voor {name} heeft geweigerd en druk daarna op Enter: het wordt als nieuwe verzending verstuurd.</translation>
    </message>
    <message>
        <source>The profile is “{profile}” for this fix; then back to “{desk}”.</source>
        <translation>Voor deze correctie is het profiel ‘{profile}’; daarna weer ‘{desk}’.</translation>
    </message>
    <message>
        <source>That record is no longer on this computer.</source>
        <translation>Dat record staat niet meer op deze computer.</translation>
    </message>
    <message>
        <source>Replace what is typed?</source>
        <translation>Getypte gegevens vervangen?</translation>
    </message>
    <message>
        <source>The form holds {name}, not sent yet.</source>
        <translation>In het formulier staat {name}, nog niet verstuurd.</translation>
    </message>
    <message>
        <source>Replace it with {name} to fix? What is typed now would be lost. To keep it, send or clear it first, then press F2 again.</source>
        <translation>Vervangen door {name} om te corrigeren? Wat nu getypt is, gaat dan verloren. Wilt u het houden, verstuur of wis het dan eerst en druk daarna opnieuw op F2.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>Keep typing</source>
        <translation>Verder typen</translation>
    </message>
    <message>
        <source>Sign in to send this record.</source>
        <translation>Meld u aan om dit record te versturen.</translation>
    </message>
    <message>
        <source>Delete the send to {contact} from this computer? This can&apos;t be undone.</source>
        <translation>De verzending aan {contact} van deze computer verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Delete the send to this contact from this computer? This can&apos;t be undone.</source>
        <translation>De verzending aan dit contact van deze computer verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>It has not been sent yet: deleted, it will never be sent.</source>
        <translation>Ze is nog niet verstuurd: na verwijderen wordt ze nooit verstuurd.</translation>
    </message>
    <message>
        <source>Delete this send?</source>
        <translation>Deze verzending verwijderen?</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Niet verwijderd</translation>
    </message>
    <message>
        <source>The send was not deleted: {error}.</source>
        <translation>De verzending is niet verwijderd: {error}.</translation>
    </message>
    <message>
        <source>This record is being sent right now, so it was not deleted. Look again in a moment.</source>
        <translation>Dit record wordt nu net verstuurd en is dus niet verwijderd. Kijk over een moment nog eens.</translation>
    </message>
    <message>
        <source>Clear the history?</source>
        <translation>Geschiedenis wissen?</translation>
    </message>
    <message>
        <source>Delete every finished send (delivered, or already surveyed) from this computer? Sends still waiting, and refused ones that need a fix, are kept. This can&apos;t be undone.</source>
        <translation>Alle afgeronde verzendingen (afgeleverd, of enquête al ontvangen) van deze computer verwijderen? Verzendingen die nog wachten, en geweigerde die een correctie nodig hebben, blijven bewaard. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Not cleared</source>
        <translation>Niet gewist</translation>
    </message>
    <message>
        <source>The history was not cleared: {error}.</source>
        <translation>De geschiedenis is niet gewist: {error}.</translation>
    </message>
    <message>
        <source>History cleared: 1 send deleted.</source>
        <translation>Geschiedenis gewist: 1 verzending verwijderd.</translation>
    </message>
    <message>
        <source>History cleared: {count} sends deleted.</source>
        <translation>Geschiedenis gewist: {count} verzendingen verwijderd.</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Geschiedenis exporteren</translation>
    </message>
    <message>
        <source>Include personal data (names, email addresses, phone numbers)?</source>
        <translation>Persoonsgegevens meenemen (namen, e-mailadressen, telefoonnummers)?</translation>
    </message>
    <message>
        <source>Without it, contacts are masked (j***@example.com): safer to share.</source>
        <translation>Zonder worden contacten gemaskeerd (j***@example.com): veiliger om te delen.</translation>
    </message>
    <message>
        <source>Without personal data</source>
        <translation>Zonder persoonsgegevens</translation>
    </message>
    <message>
        <source>With personal data</source>
        <translation>Met persoonsgegevens</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Niet geëxporteerd</translation>
    </message>
    <message>
        <source>Choose another folder: this one holds cg-desktop&apos;s own history.</source>
        <translation>Kies een andere map: in deze map staat de eigen geschiedenis van cg-desktop.</translation>
    </message>
    <message>
        <source>The file could not be written: {error}.</source>
        <translation>Het bestand kon niet worden geschreven: {error}.</translation>
    </message>
    <message>
        <source>Exported 1 send to {path}.</source>
        <translation>1 verzending geëxporteerd naar {path}.</translation>
    </message>
    <message>
        <source>Exported {count} sends to {path}.</source>
        <translation>{count} verzendingen geëxporteerd naar {path}.</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>dit record</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Tijdstip</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Search contact, profile or message…</source>
        <translation>Zoek op contact, profiel of bericht…</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>To&amp;nen:</translation>
    </message>
    <message>
        <source>Se&amp;arch:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Verzendingen</translation>
    </message>
    <message>
        <source>Details of the chosen send</source>
        <translation>Details van de gekozen verzending</translation>
    </message>
    <message>
        <source>Select a send to see what was sent and how it went.</source>
        <translation>Selecteer een verzending om te zien wat er is verstuurd en hoe het ging.</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische details</translation>
    </message>
    <message>
        <source>The exact request and CustomerGauge&apos;s exact answer</source>
        <translation>Het exacte verzoek en het exacte antwoord van CustomerGauge</translation>
    </message>
    <message>
        <source>&amp;Edit and resend…</source>
        <translation>Bewer&amp;ken en versturen…</translation>
    </message>
    <message>
        <source>Open this record in the form, with CustomerGauge&apos;s errors</source>
        <translation>Dit record in het formulier openen, met de fouten van CustomerGauge</translation>
    </message>
    <message>
        <source>Retr&amp;y now</source>
        <translation>Opn&amp;ieuw proberen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xporteren…</translation>
    </message>
    <message>
        <source>C&amp;lear history…</source>
        <translation>Geschiedenis &amp;wissen…</translation>
    </message>
    <message>
        <source>All sends</source>
        <translation>Alle verzendingen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wachtend</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Afgeleverd</translation>
    </message>
    <message>
        <source>Needs a fix</source>
        <translation>Correctie nodig</translation>
    </message>
    <message>
        <source>Already surveyed</source>
        <translation>Enquête al ontvangen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>I&apos;m still here</source>
        <translation>Ik ben er nog</translation>
    </message>
    <message>
        <source>Still there? The form clears in {seconds} s.</source>
        <translation>Bent u er nog? Het formulier wordt over {seconds} s leeggemaakt.</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>cg-desktop is already open on this computer (it may be minimised or on another desktop). Use that window.</source>
        <translation>cg-desktop is al geopend op deze computer (misschien geminimaliseerd of op een ander bureaublad). Gebruik dat venster.</translation>
    </message>
</context>
<context>
    <name>KioskNotice</name>
    <message>
        <source>Thank you, {name} — you’re all set.</source>
        <translation>Bedankt, {name} — u bent helemaal klaar.</translation>
    </message>
    <message>
        <source>Thank you — you’re all set.</source>
        <translation>Bedankt — u bent helemaal klaar.</translation>
    </message>
    <message>
        <source>Welcome! Please fill in your details, then press Enter.</source>
        <translation>Welkom! Vul uw gegevens in en druk op Enter.</translation>
    </message>
</context>
<context>
    <name>KioskSettingsDialog</name>
    <message>
        <source>&amp;Start kiosk mode</source>
        <translation>&amp;Kioskmodus starten</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>Kioskmodus</translation>
    </message>
    <message>
        <source>Kiosk mode makes this computer a self-service desk: full screen, the form only, one visitor at a time, the form cleared after each. Staff leave it, or open the staff panel (Ctrl+Alt+S), with the PIN.</source>
        <translation>Kioskmodus maakt van deze computer een selfservicebalie: volledig scherm, alleen het formulier, één bezoeker tegelijk, en na elke bezoeker een leeg formulier. Personeel verlaat de kioskmodus, of opent het personeelspaneel (Ctrl+Alt+S), met de pincode.</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> seconden</translation>
    </message>
    <message>
        <source>&amp;Open in kiosk mode whenever cg-desktop starts</source>
        <translation>&amp;Altijd in kioskmodus openen als cg-desktop start</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Draait:</translation>
    </message>
    <message>
        <source>&amp;Clear an untouched form after</source>
        <translation>Onaangeroerd formulier &amp;wissen na</translation>
    </message>
    <message>
        <source>Practice mode: these settings last until you leave this kiosk.</source>
        <translation>Oefenmodus: deze instellingen gelden tot u deze kiosk verlaat.</translation>
    </message>
    <message>
        <source>Staff PIN:</source>
        <translation>Personeelspincode:</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>New PIN chosen (saved with the rest).</source>
        <translation>Nieuwe pincode gekozen (wordt met de rest bewaard).</translation>
    </message>
    <message>
        <source>Set.</source>
        <translation>Ingesteld.</translation>
    </message>
    <message>
        <source>Not set yet: kiosk mode needs one.</source>
        <translation>Nog niet ingesteld: kioskmodus heeft er een nodig.</translation>
    </message>
    <message>
        <source>Change &amp;PIN…</source>
        <translation>&amp;Pincode wijzigen…</translation>
    </message>
    <message>
        <source>Set &amp;PIN…</source>
        <translation>&amp;Pincode instellen…</translation>
    </message>
    <message>
        <source>the profile “{profile}”, sending to {region}</source>
        <translation>het profiel ‘{profile}’, verstuurt naar {region}</translation>
    </message>
</context>
<context>
    <name>KioskStart</name>
    <message>
        <source>There is no profile called “{name}” on this computer.</source>
        <translation>Er is geen profiel met de naam ‘{name}’ op deze computer.</translation>
    </message>
    <message>
        <source>Kiosk mode needs a profile: import the one your administrator gave you (start cg-desktop without --kiosk, File → Import profile…), then start again.</source>
        <translation>Kioskmodus heeft een profiel nodig: importeer het profiel dat u van uw beheerder kreeg (start cg-desktop zonder --kiosk, Bestand → Profiel importeren…) en start daarna opnieuw.</translation>
    </message>
    <message>
        <source>No staff PIN is set for kiosk mode.</source>
        <translation>Er is geen personeelspincode ingesteld voor kioskmodus.</translation>
    </message>
    <message>
        <source>Kiosk mode needs a staff PIN; none was set.</source>
        <translation>Kioskmodus heeft een personeelspincode nodig; er is er geen ingesteld.</translation>
    </message>
    <message>
        <source>The profile “{profile}” is not for a CustomerGauge region (it says “{region}”): start with --sandbox to practise with it, or give the region with --region eu, us or au.</source>
        <translation>Het profiel “{profile}” is niet voor een CustomerGauge-regio (er staat “{region}”): start met --sandbox om ermee te oefenen, of geef de regio op met --region eu, us of au.</translation>
    </message>
    <message>
        <source>Kiosk mode did not start</source>
        <translation>Kioskmodus is niet gestart</translation>
    </message>
    <message>
        <source>{reason} Ask the person who set up this desk.</source>
        <translation>{reason} Vraag het aan de persoon die deze balie heeft ingericht.</translation>
    </message>
    <message>
        <source>{reason} Staff can open cg-desktop&apos;s window with the staff PIN; without it, cg-desktop closes.</source>
        <translation>{reason} Personeel kan het venster van cg-desktop openen met de personeelspincode; zonder pincode sluit cg-desktop.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>cg-desktop — kiosk</source>
        <translation>cg-desktop — kiosk</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Oefenen</translation>
    </message>
    <message>
        <source>Practice mode: nothing is sent to CustomerGauge.</source>
        <translation>Oefenmodus: er wordt niets naar CustomerGauge verstuurd.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personeel</translation>
    </message>
    <message>
        <source>Use {address}</source>
        <translation>{address} gebruiken</translation>
    </message>
    <message>
        <source>Waiting: records are kept and sent later</source>
        <translation>Wachten: gegevens worden bewaard en later verstuurd</translation>
    </message>
    <message>
        <source>Sending works</source>
        <translation>Versturen werkt</translation>
    </message>
    <message>
        <source>Sign in so this kiosk can send.</source>
        <translation>Meld u aan zodat deze kiosk kan versturen.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>LineFieldEditor</name>
    <message>
        <source>e.g. 250</source>
        <translation>bijv. 250</translation>
    </message>
    <message>
        <source>{count} of {limit} characters</source>
        <translation>{count} van {limit} tekens</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New record</source>
        <translation>Nieuw record</translation>
    </message>
    <message>
        <source>The form (Ctrl+1)</source>
        <translation>Het formulier (Ctrl+1)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Kiosk mode needs a profile: choose one (or File → Import profile…).</source>
        <translation>Voor de kioskmodus is een profiel nodig: kies er een (of Bestand → Profiel importeren…).</translation>
    </message>
    <message>
        <source>Close the profile editor first, then choose File → Kiosk mode… again.</source>
        <translation>Sluit eerst de profieleditor en kies dan Bestand → Kioskmodus… nog een keer.</translation>
    </message>
    <message>
        <source>Kiosk mode&apos;s settings are saved.</source>
        <translation>De instellingen van de kioskmodus zijn opgeslagen.</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>Profiel exporteren</translation>
    </message>
    <message>
        <source>There is no profile to export yet: import one first.</source>
        <translation>Er is nog geen profiel om te exporteren: importeer er eerst een.</translation>
    </message>
    <message>
        <source>What was sent, and how it went (Ctrl+2)</source>
        <translation>Wat er is verstuurd, en hoe het ging (Ctrl+2)</translation>
    </message>
    <message>
        <source>What is typed in the form could not be saved.</source>
        <translation>Wat in het formulier is getypt, kon niet worden bewaard.</translation>
    </message>
    <message>
        <source>cg-desktop can&apos;t start</source>
        <translation>cg-desktop kan niet starten</translation>
    </message>
    <message>
        <source>History database replaced</source>
        <translation>Geschiedenisdatabase vervangen</translation>
    </message>
    <message>
        <source>{name} — your organisation</source>
        <translation>{name} — uw organisatie</translation>
    </message>
    <message>
        <source>{title} — practice mode</source>
        <translation>{title} — oefenmodus</translation>
    </message>
    <message>
        <source>cg-desktop is already open</source>
        <translation>cg-desktop is al geopend</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>De nieuwe taal wordt gebruikt vanaf de volgende start.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Niet aangemeld</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>B&amp;eeld</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Import profile…</source>
        <translation>Profiel &amp;importeren…</translation>
    </message>
    <message>
        <source>Pr&amp;ofiles…</source>
        <translation>Pr&amp;ofielen…</translation>
    </message>
    <message>
        <source>&amp;Fix a refused record</source>
        <translation>Geweigerd record &amp;corrigeren</translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation>Geschiedenis &amp;exporteren…</translation>
    </message>
    <message>
        <source>Export &amp;profile…</source>
        <translation>&amp;Profiel exporteren…</translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation>Aanmeld&amp;gegevens…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Ins&amp;tellingen…</translation>
    </message>
    <message>
        <source>&amp;Kiosk mode…</source>
        <translation>&amp;Kioskmodus…</translation>
    </message>
    <message>
        <source>&amp;Leave practice mode</source>
        <translation>Oefenmodus &amp;verlaten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formulier</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Geschiedenis</translation>
    </message>
    <message>
        <source>cg-desktop &amp;Help</source>
        <translation>cg-desktop-&amp;help</translation>
    </message>
    <message>
        <source>&amp;Check this computer…</source>
        <translation>Deze &amp;computer controleren…</translation>
    </message>
    <message>
        <source>&amp;About cg-desktop</source>
        <translation>&amp;Over cg-desktop</translation>
    </message>
</context>
<context>
    <name>NewPinDialog</name>
    <message>
        <source>Staff PIN for this kiosk</source>
        <translation>Personeelspincode voor deze kiosk</translation>
    </message>
    <message>
        <source>Kiosk mode keeps visitors to the form. Choose a PIN for the staff: it is needed to leave kiosk mode and to see the staff panel. It is kept only as a salted hash, so write it down somewhere safe.</source>
        <translation>Kioskmodus houdt bezoekers bij het formulier. Kies een pincode voor het personeel: die is nodig om de kioskmodus te verlaten en om het personeelspaneel te zien. Hij wordt alleen als gezouten hash bewaard, dus schrijf hem op een veilige plek op.</translation>
    </message>
    <message>
        <source>&amp;PIN (4 to 12 digits)</source>
        <translation>&amp;Pincode (4 tot 12 cijfers)</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>Pincode &amp;nogmaals</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>De twee pincodes zijn niet gelijk.</translation>
    </message>
</context>
<context>
    <name>NewProfileDialog</name>
    <message>
        <source>New profile</source>
        <translation>Nieuw profiel</translation>
    </message>
    <message>
        <source>Data &amp;type (as the mapping in CustomerGauge)</source>
        <translation>&amp;Gegevenstype (zoals de mapping in CustomerGauge)</translation>
    </message>
    <message>
        <source>Start with the &amp;usual fields</source>
        <translation>&amp;Beginnen met de gebruikelijke velden</translation>
    </message>
    <message>
        <source>&amp;Paste field names…</source>
        <translation>&amp;Veldnamen plakken…</translation>
    </message>
    <message>
        <source>Paste the field &amp;names from CustomerGauge (Data → Field Settings): one per line, or a copied table (its first column is used).</source>
        <translation>&amp;Plak de veldnamen uit CustomerGauge (Data → Field Settings): één per regel, of een gekopieerde tabel (de eerste kolom wordt gebruikt).</translation>
    </message>
    <message>
        <source>Check the &amp;kind of each field (guessed from its name):</source>
        <translation>&amp;Controleer het type van elk veld (geraden op basis van de naam):</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Maken</translation>
    </message>
    <message>
        <source>For {data_type}: {keys}.</source>
        <translation>Voor {data_type}: {keys}.</translation>
    </message>
    <message>
        <source>Type of {key}</source>
        <translation>Type van {key}</translation>
    </message>
    <message>
        <source>Paste the field names first.</source>
        <translation>Plak eerst de veldnamen.</translation>
    </message>
</context>
<context>
    <name>OutcomeView</name>
    <message>
        <source>Sent to {name}. The practice sandbox accepted it: with a real account, CustomerGauge would now send the survey.</source>
        <translation>Verstuurd naar {name}. De oefensandbox heeft het geaccepteerd: met een echt account zou CustomerGauge nu de enquête versturen.</translation>
    </message>
    <message>
        <source>Sent to {name}. CustomerGauge will send the survey.</source>
        <translation>Verstuurd naar {name}. CustomerGauge verstuurt de enquête.</translation>
    </message>
    <message>
        <source>{name} already received a survey recently (CG-ID {cg_id}), so no new survey was sent.</source>
        <translation>{name} heeft onlangs al een enquête ontvangen (CG-ID {cg_id}), dus er is geen nieuwe verstuurd.</translation>
    </message>
    <message>
        <source>{name} already received a survey recently, so no new survey was sent.</source>
        <translation>{name} heeft onlangs al een enquête ontvangen, dus er is geen nieuwe verstuurd.</translation>
    </message>
    <message>
        <source>{name}: saved. {message} It will be sent once you sign in.</source>
        <translation>{name}: bewaard. {message} Het wordt verstuurd zodra u zich aanmeldt.</translation>
    </message>
    <message>
        <source>The exact keys sent:</source>
        <translation>De exacte verstuurde sleutels:</translation>
    </message>
    <message>
        <source>The server&apos;s answer:</source>
        <translation>Het antwoord van de server:</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Staff: type the PIN to open cg-desktop&apos;s window.</source>
        <translation>Personeel: typ de pincode om het venster van cg-desktop te openen.</translation>
    </message>
    <message>
        <source>Staff: type the PIN to open the staff panel.</source>
        <translation>Personeel: typ de pincode om het personeelspaneel te openen.</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Alleen personeel</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Personeelspincode</translation>
    </message>
    <message>
        <source>Too many wrong PINs: try again in {seconds} s.</source>
        <translation>Te veel verkeerde pincodes: probeer het over {seconds} s opnieuw.</translation>
    </message>
    <message>
        <source>You can try the PIN again.</source>
        <translation>U kunt de pincode opnieuw proberen.</translation>
    </message>
    <message>
        <source>That PIN is not right. 1 try left.</source>
        <translation>Die pincode klopt niet. Nog 1 poging.</translation>
    </message>
    <message>
        <source>That PIN is not right. {count} tries left.</source>
        <translation>Die pincode klopt niet. Nog {count} pogingen.</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Practice mode — nothing is sent to CustomerGauge</source>
        <translation>Oefenmodus — er wordt niets naar CustomerGauge verstuurd</translation>
    </message>
    <message>
        <source>Practice mode — trying “{name}”; nothing is sent to CustomerGauge</source>
        <translation>Oefenmodus — u probeert “{name}” uit; er wordt niets naar CustomerGauge verstuurd</translation>
    </message>
</context>
<context>
    <name>PracticeRibbon</name>
    <message>
        <source>Simulate a Wi-Fi &amp;outage</source>
        <translation>Wifi-st&amp;oring nabootsen</translation>
    </message>
    <message>
        <source>Practice: CustomerGauge stops answering until you press this again. Sends wait and go out by themselves when the connection is back.</source>
        <translation>Oefenen: CustomerGauge antwoordt niet meer tot u hier opnieuw op drukt. Verzendingen wachten en gaan vanzelf de deur uit zodra de verbinding terug is.</translation>
    </message>
    <message>
        <source>{ribbon} · the practice server could not restart: try again</source>
        <translation>{ribbon} · de oefenserver kon niet opnieuw starten: probeer het nog eens</translation>
    </message>
    <message>
        <source>End the Wi-Fi &amp;outage</source>
        <translation>Wifi-st&amp;oring beëindigen</translation>
    </message>
    <message>
        <source>{ribbon} · Wi-Fi outage (simulated)</source>
        <translation>{ribbon} · wifi-storing (nagebootst)</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Profiles</source>
        <translation>Profielen</translation>
    </message>
    <message>
        <source>What to check in this profile</source>
        <translation>Wat u in dit profiel moet nakijken</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Checks (click one to go to it)</source>
        <translation>Controles (klik om erheen te gaan)</translation>
    </message>
    <message>
        <source>Fix the problems listed under the fields first.</source>
        <translation>Los eerst de problemen op die onder de velden staan.</translation>
    </message>
    <message>
        <source>Choose a profile on the left, or press New… to make one.</source>
        <translation>Kies links een profiel, of klik op Nieuw… om er een te maken.</translation>
    </message>
    <message>
        <source>“{name}” is provided by your organisation, so it can&apos;t be changed or deleted here. Duplicate it to make your own version.</source>
        <translation>“{name}” komt van uw organisatie en kan hier dus niet worden gewijzigd of verwijderd. Dupliceer het om uw eigen versie te maken.</translation>
    </message>
    <message>
        <source>New profile — not saved yet.</source>
        <translation>Nieuw profiel — nog niet opgeslagen.</translation>
    </message>
    <message>
        <source>Editing “{name}” — changed, not saved yet.</source>
        <translation>U bewerkt “{name}” — gewijzigd, nog niet opgeslagen.</translation>
    </message>
    <message>
        <source>Editing “{name}”.</source>
        <translation>U bewerkt “{name}”.</translation>
    </message>
    <message>
        <source>Delete profile?</source>
        <translation>Profiel verwijderen?</translation>
    </message>
    <message>
        <source>Delete the profile “{name}” from this computer? Its form will no longer be offered here. This can&apos;t be undone.</source>
        <translation>Het profiel “{name}” van deze computer verwijderen? Het formulier wordt hier dan niet meer aangeboden. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Profile not deleted</source>
        <translation>Profiel niet verwijderd</translation>
    </message>
    <message>
        <source>“{name}”: {problem}</source>
        <translation>“{name}”: {problem}</translation>
    </message>
    <message>
        <source>Saving the profile</source>
        <translation>Profiel opslaan</translation>
    </message>
    <message>
        <source>the new profile</source>
        <translation>het nieuwe profiel</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Wijzigingen weggooien?</translation>
    </message>
    <message>
        <source>“{name}” has problems, so it can&apos;t be saved as it is. Discard the changes?</source>
        <translation>“{name}” bevat problemen en kan dus niet zo worden opgeslagen. De wijzigingen weggooien?</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Wijzigingen opslaan?</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before leaving it?</source>
        <translation>De wijzigingen in “{name}” opslaan voordat u het verlaat?</translation>
    </message>
</context>
<context>
    <name>ProfileExport</name>
    <message>
        <source>Export profile</source>
        <translation>Profiel exporteren</translation>
    </message>
    <message>
        <source>Profiles (*.cgprofile)</source>
        <translation>Profielen (*.cgprofile)</translation>
    </message>
    <message>
        <source>Profile not exported</source>
        <translation>Profiel niet geëxporteerd</translation>
    </message>
    <message>
        <source>cg-desktop could not write {file}: {problem} Choose a folder you may write to, such as Documents.</source>
        <translation>cg-desktop kon {file} niet schrijven: {problem} Kies een map waarin u mag schrijven, zoals Documenten.</translation>
    </message>
    <message>
        <source>Profile exported</source>
        <translation>Profiel geëxporteerd</translation>
    </message>
    <message>
        <source>“{name}” is saved as {file}. Hand this file to the other desks: opening it imports the profile. It holds no password or secret.</source>
        <translation>“{name}” is opgeslagen als {file}. Geef dit bestand aan de andere balies: wie het opent, importeert het profiel. Er staat geen wachtwoord of geheim in.</translation>
    </message>
</context>
<context>
    <name>ProfileImport</name>
    <message>
        <source>Import profile</source>
        <translation>Profiel importeren</translation>
    </message>
    <message>
        <source>Profiles (*.cgprofile *.json)</source>
        <translation>Profielen (*.cgprofile *.json)</translation>
    </message>
    <message>
        <source>Profile not imported</source>
        <translation>Profiel niet geïmporteerd</translation>
    </message>
    <message>
        <source>That folder holds cg-desktop&apos;s own history, not profiles. Choose the profile file your administrator gave you.</source>
        <translation>Die map bevat de eigen geschiedenis van cg-desktop, geen profielen. Kies het profielbestand dat u van uw beheerder hebt gekregen.</translation>
    </message>
    <message>
        <source>Profile not found</source>
        <translation>Profiel niet gevonden</translation>
    </message>
    <message>
        <source>cg-desktop can&apos;t find “{file}” in {folder}. Was it moved, renamed or deleted? Open it from where it is now.</source>
        <translation>cg-desktop kan “{file}” niet vinden in {folder}. Is het verplaatst, hernoemd of verwijderd? Open het vanaf de plek waar het nu staat.</translation>
    </message>
    <message>
        <source>This file can&apos;t be used as a profile. Ask your CustomerGauge administrator for a corrected one.

Details: {details}</source>
        <translation>Dit bestand kan niet als profiel worden gebruikt. Vraag uw CustomerGauge-beheerder om een verbeterd bestand.

Details: {details}</translation>
    </message>
    <message>
        <source>Replace profile?</source>
        <translation>Profiel vervangen?</translation>
    </message>
    <message>
        <source>A profile called “{name}” is already here. Replace it with this file?</source>
        <translation>Er is hier al een profiel met de naam “{name}”. Vervangen door dit bestand?</translation>
    </message>
    <message>
        <source>and {count} more changes</source>
        <translation>en nog {count} wijzigingen</translation>
    </message>
    <message>
        <source>A profile called “{name}” is already here. This file changes it:

{changes}

Replace it?</source>
        <translation>Er is hier al een profiel met de naam “{name}”. Dit bestand wijzigt het:

{changes}

Vervangen?</translation>
    </message>
    <message>
        <source>Profile added</source>
        <translation>Profiel toegevoegd</translation>
    </message>
    <message>
        <source>cg-desktop is already open. The profile “{name}” is added to it: choose it in the Profile list of the open window.</source>
        <translation>cg-desktop is al geopend. Het profiel “{name}” is eraan toegevoegd: kies het in de profiellijst van het geopende venster.</translation>
    </message>
</context>
<context>
    <name>ProfileList</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Pr&amp;ofiles</source>
        <translation>&amp;Profielen</translation>
    </message>
    <message>
        <source>{file} — can&apos;t be read</source>
        <translation>{file} — onleesbaar</translation>
    </message>
    <message>
        <source>{name} — your organisation</source>
        <translation>{name} — uw organisatie</translation>
    </message>
</context>
<context>
    <name>ProfilePreview</name>
    <message>
        <source>The preview appears once the profile has no problems.</source>
        <translation>Het voorbeeld verschijnt zodra het profiel geen problemen meer heeft.</translation>
    </message>
    <message>
        <source>What a desk will see. Try typing in it: nothing is sent from here.</source>
        <translation>Wat een balie te zien krijgt. Typ er gerust in: van hieruit wordt niets verstuurd.</translation>
    </message>
    <message>
        <source>Not up to date: this is the form before the last changes. Fix the problems listed to see the new one.</source>
        <translation>Niet actueel: dit is het formulier van vóór de laatste wijzigingen. Los de genoemde problemen op om het nieuwe te zien.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Voorbeeld&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ProfileSettings</name>
    <message>
        <source>e.g. Spring fair desk</source>
        <translation>bijv. Balie voorjaarsbeurs</translation>
    </message>
    <message>
        <source>Paste it here (like 9dd58237-c913-4073-…)</source>
        <translation>Plak hem hier (zoals 9dd58237-c913-4073-…)</translation>
    </message>
    <message>
        <source>The user name CustomerGauge gave with the webhook (not secret)</source>
        <translation>De gebruikersnaam die CustomerGauge bij de webhook gaf (niet geheim)</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>Geavan&amp;ceerd</translation>
    </message>
    <message>
        <source>How records are sent: leave as they are unless told</source>
        <translation>Hoe records worden verstuurd: laat dit zo, tenzij u anders wordt gevraagd</translation>
    </message>
    <message>
        <source>In CustomerGauge: Data → Rest APIs → Inbound Mapping, column Reference.</source>
        <translation>In CustomerGauge: Data → Rest APIs → Inbound Mapping, kolom Reference.</translation>
    </message>
    <message>
        <source>The webhook&apos;s URL as CustomerGauge shows it (https://hooks.&lt;region&gt;.customergauge.com/…), or only the id at its end</source>
        <translation>De URL van de webhook zoals CustomerGauge die toont (https://hooks.&lt;region&gt;.customergauge.com/…), of alleen de id aan het eind</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;aam</translation>
    </message>
    <message>
        <source>Data &amp;type</source>
        <translation>&amp;Gegevenstype</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Regio</translation>
    </message>
    <message>
        <source>Sent t&amp;hrough</source>
        <translation>Ver&amp;stuurd via</translation>
    </message>
    <message>
        <source>Mapping re&amp;ference</source>
        <translation>Mappingre&amp;ferentie</translation>
    </message>
    <message>
        <source>Webhoo&amp;k URL</source>
        <translation>Webhook-&amp;URL</translation>
    </message>
    <message>
        <source>Webhook user (lo&amp;gin)</source>
        <translation>&amp;Webhookgebruiker (login)</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Methode</translation>
    </message>
    <message>
        <source>&amp;Body format</source>
        <translation>&amp;Body-indeling</translation>
    </message>
</context>
<context>
    <name>ProfileTry</name>
    <message>
        <source>Save before trying?</source>
        <translation>Opslaan voor het uitproberen?</translation>
    </message>
    <message>
        <source>Practice mode opens in place of this window. Save the changes to “{name}” and try it there?</source>
        <translation>De oefenmodus opent in plaats van dit venster. De wijzigingen in “{name}” opslaan en het daar uitproberen?</translation>
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
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Check this computer</source>
        <translation>Deze computer controleren</translation>
    </message>
    <message>
        <source>Whether this computer is ready for the first visitor: each line says what was found and, when something is wrong, what to do next.</source>
        <translation>Of deze computer klaar is voor de eerste bezoeker: elke regel zegt wat er gevonden is en, als er iets mis is, wat u daarna kunt doen.</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>Controleresultaten</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Rapport &amp;kopiëren</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Opnieuw controleren</translation>
    </message>
    <message>
        <source>Checking {name}… ({number} of {total})</source>
        <translation>{name} controleren… ({number} van {total})</translation>
    </message>
    <message>
        <source>the check failed ({error})</source>
        <translation>de controle is mislukt ({error})</translation>
    </message>
    <message>
        <source>Send this report to support.</source>
        <translation>Stuur dit rapport naar de ondersteuning.</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Volgende stap: {step}</translation>
    </message>
    <message>
        <source>Not ready: 1 problem above. Fix it, then Check again.</source>
        <translation>Niet klaar: 1 probleem hierboven. Los het op en kies dan Opnieuw controleren.</translation>
    </message>
    <message>
        <source>Not ready: {count} problems above. Fix them, then Check again.</source>
        <translation>Niet klaar: {count} problemen hierboven. Los ze op en kies dan Opnieuw controleren.</translation>
    </message>
    <message>
        <source>Ready, with 1 warning worth a look.</source>
        <translation>Klaar, met 1 waarschuwing die het bekijken waard is.</translation>
    </message>
    <message>
        <source>Ready, with {count} warnings worth a look.</source>
        <translation>Klaar, met {count} waarschuwingen die het bekijken waard zijn.</translation>
    </message>
    <message>
        <source>Ready: everything checked is fine.</source>
        <translation>Klaar: alles wat is gecontroleerd, is in orde.</translation>
    </message>
    <message>
        <source>{summary} (Copied.)</source>
        <translation>{summary} (Gekopieerd.)</translation>
    </message>
</context>
<context>
    <name>RecentStrip</name>
    <message>
        <source>Recent</source>
        <translation>Recent</translation>
    </message>
    <message>
        <source>Recent sends</source>
        <translation>Recente verzendingen</translation>
    </message>
    <message>
        <source>Records you send appear here, with how each one went.</source>
        <translation>Records die u verstuurt, verschijnen hier, elk met hoe het ging.</translation>
    </message>
    <message>
        <source>Fix (F2)</source>
        <translation>Corrigeren (F2)</translation>
    </message>
    <message>
        <source>Open the selected refused record in the form to fix it</source>
        <translation>Het gekozen geweigerde record in het formulier openen om het te corrigeren</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Also sent: {fields}</source>
        <translation>Ook verstuurd: {fields}</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* verplicht</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Clear the form for the next person (Esc)</source>
        <translation>Maak het formulier leeg voor de volgende persoon (Esc)</translation>
    </message>
    <message>
        <source>Read as {shown} (sent as {value}).</source>
        <translation>Gelezen als {shown} (wordt verstuurd als {value}).</translation>
    </message>
    <message>
        <source>Read as {value}.</source>
        <translation>Gelezen als {value}.</translation>
    </message>
    <message>
        <source>To fix it first, click the field with the error or press F2</source>
        <translation>Om het eerst te corrigeren: klik op het veld met de fout of druk op F2</translation>
    </message>
    <message>
        <source>Not ready to send:</source>
        <translation>Nog niet klaar om te versturen:</translation>
    </message>
    <message>
        <source>Send this record (Enter)</source>
        <translation>Dit record versturen (Enter)</translation>
    </message>
    <message>
        <source>Not sent yet: correct the marked fields, then press Enter.</source>
        <translation>Nog niet verstuurd: corrigeer de gemarkeerde velden en druk daarna op Enter.</translation>
    </message>
    <message>
        <source>Check {field}: {doubt} Alt+U uses it; Enter sends it as typed.</source>
        <translation>Controleer {field}: {doubt} Alt+U neemt de suggestie over; Enter verstuurt het zoals getypt.</translation>
    </message>
    <message>
        <source>Check {field}: {doubt} Enter sends it as typed.</source>
        <translation>Controleer {field}: {doubt} Enter verstuurt het zoals getypt.</translation>
    </message>
    <message>
        <source>Changed to {address}. Press Enter to send.</source>
        <translation>Gewijzigd in {address}. Druk op Enter om te versturen.</translation>
    </message>
    <message>
        <source>Clear the form?</source>
        <translation>Formulier wissen?</translation>
    </message>
    <message>
        <source>Clear what you typed? This can&apos;t be undone.</source>
        <translation>Wissen wat u hebt getypt? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>ScanWatch</name>
    <message>
        <source>That badge was read only in part. Please scan it again, or type your details.</source>
        <translation>Deze badge is maar gedeeltelijk gelezen. Scan hem opnieuw of typ uw gegevens.</translation>
    </message>
    <message>
        <source>That badge could not be read. Please type your details.</source>
        <translation>Deze badge kon niet worden gelezen. Typ uw gegevens.</translation>
    </message>
    <message>
        <source>Scanned: {name}. Check your details, then press Enter.</source>
        <translation>Gescand: {name}. Controleer uw gegevens en druk op Enter.</translation>
    </message>
    <message>
        <source>Your badge was read. Check your details, then press Enter.</source>
        <translation>Uw badge is gelezen. Kijk uw gegevens na en druk dan op Enter.</translation>
    </message>
    <message>
        <source>Use the badge?</source>
        <translation>De badge gebruiken?</translation>
    </message>
    <message>
        <source>Replace what you typed ({fields}) with the details from your badge?</source>
        <translation>Wat u typte ({fields}) vervangen door de gegevens van uw badge?</translation>
    </message>
    <message>
        <source>Use the badge</source>
        <translation>Badge gebruiken</translation>
    </message>
    <message>
        <source>Keep what I typed</source>
        <translation>Houden wat ik typte</translation>
    </message>
</context>
<context>
    <name>SendFlow</name>
    <message>
        <source>The record could not be saved on this computer, so it was not sent. Nothing you typed is lost: fix the problem in Details and press Send again.</source>
        <translation>Het record kon niet op deze computer worden bewaard en is dus niet verstuurd. Niets van wat u typte is verloren: los het probleem in Details op en druk opnieuw op Versturen.</translation>
    </message>
    <message>
        <source>Sign in to send this record.</source>
        <translation>Meld u aan om dit record te versturen.</translation>
    </message>
    <message>
        <source>Saved {name}. It will be sent once you sign in (Credentials…).</source>
        <translation>{name} bewaard. Het wordt verstuurd zodra u zich aanmeldt (Aanmeldgegevens…).</translation>
    </message>
    <message>
        <source>Saved and sending: {name}…</source>
        <translation>Bewaard en wordt verstuurd: {name}…</translation>
    </message>
    <message>
        <source>Saved {name}. It will be sent once the sign-in is put right (Credentials…).</source>
        <translation>{name} bewaard. Het wordt verstuurd zodra de aanmelding in orde is gebracht (Aanmeldgegevens…).</translation>
    </message>
    <message>
        <source>{name} was not sent: {reason} Press F2 to fix it in the form (it waits in Recent).</source>
        <translation>{name} is niet verstuurd: {reason} Druk op F2 om het in het formulier te corrigeren (het wacht in Recent).</translation>
    </message>
    <message>
        <source>{name} was not sent. {message}
It waits in Recent: F2 opens it.</source>
        <translation>{name} is niet verstuurd. {message}
Het wacht in Recent: F2 opent het.</translation>
    </message>
    <message>
        <source>A record sent earlier ({contact}) was not accepted by CustomerGauge and needs a fix: open History (Ctrl+2), select it and press Edit and resend….</source>
        <translation>Een eerder verstuurd record ({contact}) is niet door CustomerGauge geaccepteerd en moet worden gecorrigeerd: open Geschiedenis (Ctrl+2), selecteer het en druk op Bewerken en versturen….</translation>
    </message>
    <message>
        <source>no contact</source>
        <translation>geen contact</translation>
    </message>
    <message>
        <source>Sign in to send the waiting records.</source>
        <translation>Meld u aan om de wachtende records te versturen.</translation>
    </message>
    <message>
        <source>Back to the profile “{name}”.</source>
        <translation>Terug naar het profiel ‘{name}’.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>After this many days, delivered sends lose their personal data: the record and CustomerGauge&apos;s answer are removed and the contact is masked (j***@example.com). The send stays in the history. Sends not yet delivered are never touched.</source>
        <translation>Na dit aantal dagen verliezen afgeleverde verzendingen hun persoonsgegevens: het record en het antwoord van CustomerGauge worden verwijderd en het contact wordt gemaskeerd (j***@example.com). De verzending blijft in de geschiedenis staan. Verzendingen die nog niet zijn afgeleverd, blijven altijd onaangeroerd.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>De taal van de computer</translation>
    </message>
    <message>
        <source>A new language is used from the next start of cg-desktop.</source>
        <translation>Een nieuwe taal wordt gebruikt vanaf de volgende start van cg-desktop.</translation>
    </message>
    <message>
        <source>&amp;Keep personal data for</source>
        <translation>Persoonsgegevens &amp;bewaren gedurende</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <source>nothing waiting</source>
        <translation>niets in de wachtrij</translation>
    </message>
    <message>
        <source>Last record sent: {time}</source>
        <translation>Laatste record verstuurd: {time}</translation>
    </message>
    <message>
        <source>{count} record(s) were refused and need a fix: leave kiosk mode and open History (Ctrl+2).</source>
        <translation>Geweigerde records die moeten worden verbeterd: {count}. Verlaat de kioskmodus en open Geschiedenis (Ctrl+2).</translation>
    </message>
    <message>
        <source>Staff panel</source>
        <translation>Personeelspaneel</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>&amp;Nu versturen</translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation>Aanmeld&amp;gegevens…</translation>
    </message>
    <message>
        <source>C&amp;heck this computer…</source>
        <translation>Deze computer &amp;controleren…</translation>
    </message>
    <message>
        <source>Kiosk &amp;settings…</source>
        <translation>&amp;Kioskinstellingen…</translation>
    </message>
    <message>
        <source>&amp;Leave kiosk mode</source>
        <translation>Kioskmodus ver&amp;laten</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>&amp;Terug naar formulier</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>Send &amp;now</source>
        <translation>&amp;Nu versturen</translation>
    </message>
    <message>
        <source>Try the waiting sends again now</source>
        <translation>De wachtende verzendingen nu opnieuw proberen</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Signed in as {client_id} (practice)</source>
        <translation>Aangemeld als {client_id} (oefenen)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Niet aangemeld</translation>
    </message>
    <message>
        <source>Webhook user {user} (practice)</source>
        <translation>Webhookgebruiker {user} (oefenen)</translation>
    </message>
    <message>
        <source>Webhook user {user}</source>
        <translation>Webhookgebruiker {user}</translation>
    </message>
    <message>
        <source>Client ID {user}</source>
        <translation>Client ID {user}</translation>
    </message>
    <message>
        <source>1 waiting to be sent</source>
        <translation>1 wacht op verzending</translation>
    </message>
    <message>
        <source>{count} waiting to be sent</source>
        <translation>{count} wachten op verzending</translation>
    </message>
    <message>
        <source>paused until the webhook&apos;s user and password are put right (Credentials…)</source>
        <translation>gepauzeerd tot gebruiker en wachtwoord van de webhook in orde zijn (Aanmeldgegevens…)</translation>
    </message>
    <message>
        <source>paused until you sign in again (Credentials…)</source>
        <translation>gepauzeerd tot u zich opnieuw aanmeldt (Aanmeldgegevens…)</translation>
    </message>
    <message>
        <source>offline: it goes as soon as the connection is back</source>
        <translation>offline: het wordt verstuurd zodra de verbinding terug is</translation>
    </message>
    <message>
        <source>offline: they go as soon as the connection is back</source>
        <translation>offline: ze worden verstuurd zodra de verbinding terug is</translation>
    </message>
    <message>
        <source>next try at {time}</source>
        <translation>volgende poging om {time}</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>bezig met versturen…</translation>
    </message>
    <message>
        <source>1 needs a fix (History)</source>
        <translation>1 moet worden gecorrigeerd (Geschiedenis)</translation>
    </message>
    <message>
        <source>{count} need a fix (History)</source>
        <translation>{count} moeten worden gecorrigeerd (Geschiedenis)</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>&amp;Import profile…</source>
        <translation>Profiel &amp;importeren…</translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation>Aanmeld&amp;gegevens…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Ins&amp;tellingen…</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Regio:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profiel:</translation>
    </message>
</context>
<context>
    <name>TryButton</name>
    <message>
        <source>Tr&amp;y in practice mode</source>
        <translation>Uitproberen &amp;in oefenmodus</translation>
    </message>
    <message>
        <source>Send a test record to the practice sandbox, which takes this profile&apos;s fields as its mapping: see CustomerGauge&apos;s checks and the exact keys sent.</source>
        <translation>Stuur een testrecord naar de oefen-sandbox, die de velden van dit profiel als mapping gebruikt: zo ziet u de controles van CustomerGauge en de exacte sleutels die worden verstuurd.</translation>
    </message>
    <message>
        <source>Fix the problems listed under the fields first.</source>
        <translation>Los eerst de problemen op die onder de velden staan.</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>Finishing the send in progress… It is saved either way.</source>
        <translation>De lopende verzending wordt afgerond… Ze is hoe dan ook bewaard.</translation>
    </message>
</context>
<context>
    <name>_CellEditors</name>
    <message>
        <source>no limit</source>
        <translation>geen limiet</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>The PIN must be 4 to 12 digits (0-9), nothing else.</source>
        <translation>De pincode moet 4 tot 12 cijfers (0-9) zijn, niets anders.</translation>
    </message>
    <message>
        <source>The PIN can&apos;t be one digit repeated (like 0000): it is the first thing guessed.</source>
        <translation>De pincode mag niet één herhaald cijfer zijn (zoals 0000): dat wordt als eerste geraden.</translation>
    </message>
    <message>
        <source>The PIN can&apos;t be a run of digits (like 1234 or 9876): it is easily guessed.</source>
        <translation>De pincode mag geen reeks cijfers zijn (zoals 1234 of 9876): die is makkelijk te raden.</translation>
    </message>
    <message>
        <source>This address has unusual parts (quotes, brackets, spaces, symbols or invisible characters). The server may accept it, but check it is what the person wrote.</source>
        <translation>Dit adres heeft ongewone delen (aanhalingstekens, haakjes, spaties, symbolen of onzichtbare tekens). De server accepteert het misschien, maar kijk na of het is wat de persoon schreef.</translation>
    </message>
    <message>
        <source>Did you mean {address}?</source>
        <translation>Bedoelde u {address}?</translation>
    </message>
    <message>
        <source>The part after @ (&quot;{domain}&quot;) has no dot (like example.com) — check the address.</source>
        <translation>Het deel na @ (&quot;{domain}&quot;) heeft geen punt (zoals example.com) — kijk het adres na.</translation>
    </message>
    <message>
        <source>This number has characters other than digits, spaces, ( ) - and + — check it.</source>
        <translation>Dit nummer heeft andere tekens dan cijfers, spaties, ( ) - en + — kijk het na.</translation>
    </message>
    <message>
        <source>This phone number looks far too long — check it for extra digits.</source>
        <translation>Dit telefoonnummer lijkt veel te lang — kijk of er cijfers te veel zijn.</translation>
    </message>
    <message>
        <source>The country code of this number is not one in use — check it.</source>
        <translation>De landcode van dit nummer is niet in gebruik — kijk het na.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a phone number — check it.</source>
        <translation>Dit lijkt geen telefoonnummer — kijk het na.</translation>
    </message>
    <message>
        <source>This phone number looks incomplete for {where} — check it, or add the country code ({code}…).</source>
        <translation>Dit telefoonnummer lijkt onvolledig voor {where} — kijk het na, of voeg de landcode toe ({code}…).</translation>
    </message>
    <message>
        <source>This phone number looks incomplete for {where} — check it.</source>
        <translation>Dit telefoonnummer lijkt onvolledig voor {where} — kijk het na.</translation>
    </message>
    <message>
        <source>This phone number looks too long for {where} — check it for extra digits.</source>
        <translation>Dit telefoonnummer lijkt te lang voor {where} — kijk of er cijfers te veel zijn.</translation>
    </message>
    <message>
        <source>The country code {code} is not one in use — check the number.</source>
        <translation>De landcode {code} is niet in gebruik — kijk het nummer na.</translation>
    </message>
    <message>
        <source>This phone number doesn&apos;t look right for {where} — check it, or add the country code ({code}…).</source>
        <translation>Dit telefoonnummer lijkt niet te kloppen voor {where} — kijk het na, of voeg de landcode toe ({code}…).</translation>
    </message>
    <message>
        <source>This phone number doesn&apos;t look right for {where} — check it.</source>
        <translation>Dit telefoonnummer lijkt niet te kloppen voor {where} — kijk het na.</translation>
    </message>
    <message>
        <source>The part after @ (&quot;{domain}&quot;) has no dot, like example.com.</source>
        <translation>Het deel na @ (&quot;{domain}&quot;) heeft geen punt, zoals example.com.</translation>
    </message>
    <message>
        <source>Give an email address or a phone number (or both): the survey is sent to one of them.</source>
        <translation>Vul een e-mailadres of een telefoonnummer in (of allebei): de enquête gaat naar een van beide.</translation>
    </message>
    <message>
        <source>{label} is needed: fill it in.</source>
        <translation>{label} is nodig: vul het in.</translation>
    </message>
    <message>
        <source>{label}: this is not a complete email address. Check it (like name@example.com).</source>
        <translation>{label}: dit is geen volledig e-mailadres. Kijk het na (zoals naam@example.com).</translation>
    </message>
    <message>
        <source>{label}: use a date like {date}.</source>
        <translation>{label}: gebruik een datum zoals {date}.</translation>
    </message>
    <message>
        <source>{label}: use a number, like 250 or 1200.</source>
        <translation>{label}: gebruik een getal, zoals 250 of 1200.</translation>
    </message>
    <message>
        <source>{label}: at most {count} characters. Shorten it.</source>
        <translation>{label}: hoogstens {count} tekens. Maak het korter.</translation>
    </message>
    <message>
        <source>{label}: CustomerGauge does not know this value. Choose one from the list, or ask your administrator to add it.</source>
        <translation>{label}: CustomerGauge kent deze waarde niet. Kies er een uit de lijst, of vraag uw beheerder om haar toe te voegen.</translation>
    </message>
    <message>
        <source>{label}: use only digits, spaces, brackets, - and +, like +44 20 7946 0958.</source>
        <translation>{label}: gebruik alleen cijfers, spaties, haakjes, - en +, zoals +44 20 7946 0958.</translation>
    </message>
    <message>
        <source>The answer from {where} broke off, so it isn&apos;t certain the record arrived. Saved — it will be sent again to make sure.</source>
        <translation>Het antwoord van {where} brak af, dus het is niet zeker dat het record is aangekomen. Bewaard — het wordt voor de zekerheid opnieuw verstuurd.</translation>
    </message>
    <message>
        <source>The network answered with a web page instead of CustomerGauge (a Wi-Fi sign-in page?). Saved — it will be sent when the connection works.</source>
        <translation>Het netwerk antwoordde met een webpagina in plaats van CustomerGauge (een wifi-aanmeldpagina?). Bewaard — het wordt verstuurd zodra de verbinding werkt.</translation>
    </message>
    <message>
        <source>{where} answered in an unexpected way, so it isn&apos;t certain the record arrived. Saved — it will be sent again to make sure.</source>
        <translation>{where} antwoordde op een onverwachte manier, dus het is niet zeker dat het record is aangekomen. Bewaard — het wordt voor de zekerheid opnieuw verstuurd.</translation>
    </message>
    <message>
        <source>Sent. CustomerGauge accepted the record and will send the survey.</source>
        <translation>Verstuurd. CustomerGauge heeft het record aanvaard en verstuurt de enquête.</translation>
    </message>
    <message>
        <source>CustomerGauge refused the record but did not say why. See Details.</source>
        <translation>CustomerGauge weigerde het record maar zei niet waarom. Zie Details.</translation>
    </message>
    <message>
        <source>CustomerGauge asks us to slow down. Saved — it will be sent shortly.</source>
        <translation>CustomerGauge vraagt ons het rustiger aan te doen. Bewaard — het wordt zo dadelijk verstuurd.</translation>
    </message>
    <message>
        <source>The server tried to send us to {target} instead of answering. This usually means a proxy or a network sign-in page. Saved — it will be sent when the connection works.</source>
        <translation>De server probeerde ons naar {target} te sturen in plaats van te antwoorden. Meestal betekent dat een proxy of een aanmeldpagina van het netwerk. Bewaard — het wordt verstuurd zodra de verbinding werkt.</translation>
    </message>
    <message>
        <source>{where} is having trouble (HTTP {status}). Saved — it will be sent when the service is back.</source>
        <translation>{where} heeft problemen (HTTP {status}). Bewaard — het wordt verstuurd zodra de dienst terug is.</translation>
    </message>
    <message>
        <source>The record is too large for CustomerGauge. Shorten the longest fields.</source>
        <translation>Het record is te groot voor CustomerGauge. Maak de langste velden korter.</translation>
    </message>
    <message>
        <source>{where} gave an unexpected answer (HTTP {status}). Saved — it will be tried again; if this keeps happening, send the Details to your administrator.</source>
        <translation>{where} gaf een onverwacht antwoord (HTTP {status}). Bewaard — het wordt opnieuw geprobeerd; blijft dit gebeuren, stuur de Details dan naar uw beheerder.</translation>
    </message>
    <message>
        <source>This contact already received a survey recently (CG-ID {cg_id}).</source>
        <translation>Dit contact kreeg onlangs al een enquête (CG-ID {cg_id}).</translation>
    </message>
    <message>
        <source>This contact already received a survey recently.</source>
        <translation>Dit contact kreeg onlangs al een enquête.</translation>
    </message>
    <message>
        <source>CustomerGauge does not know this profile&apos;s configuration reference. Check it with your CustomerGauge administrator (Data → Rest APIs → Inbound Mapping).</source>
        <translation>CustomerGauge kent de configuratiereferentie van dit profiel niet. Kijk haar na met uw CustomerGauge-beheerder (Data → Rest APIs → Inbound Mapping).</translation>
    </message>
    <message>
        <source>CustomerGauge did not accept the record. Fix the marked fields and send again.</source>
        <translation>CustomerGauge heeft het record niet aanvaard. Verbeter de gemarkeerde velden en verstuur opnieuw.</translation>
    </message>
    <message>
        <source>{where} refused access (HTTP 403). The Connected App may not be allowed to import records: ask your CustomerGauge administrator.</source>
        <translation>{where} weigerde de toegang (HTTP 403). De Connected App mag misschien geen records importeren: vraag het uw CustomerGauge-beheerder.</translation>
    </message>
    <message>
        <source>{where} did not accept the sign-in. Check the credentials and send again.</source>
        <translation>{where} aanvaardde de aanmelding niet. Kijk de aanmeldgegevens na en verstuur opnieuw.</translation>
    </message>
    <message>
        <source>The secure connection to {where} could not be verified (a network that inspects traffic, or a wrong clock?). Saved — it will be sent when the connection is back.</source>
        <translation>De beveiligde verbinding met {where} kon niet worden gecontroleerd (een netwerk dat verkeer inspecteert, of een verkeerde klok?). Bewaard — het wordt verstuurd zodra de verbinding terug is.</translation>
    </message>
    <message>
        <source>Could not reach {where} in time: the network seems slow or down. Saved — it will be sent when the connection is back.</source>
        <translation>{where} was niet op tijd bereikbaar: het netwerk lijkt traag of weg. Bewaard — het wordt verstuurd zodra de verbinding terug is.</translation>
    </message>
    <message>
        <source>{where} took too long to answer. Saved — it will be sent when the connection is back.</source>
        <translation>{where} deed er te lang over om te antwoorden. Bewaard — het wordt verstuurd zodra de verbinding terug is.</translation>
    </message>
    <message>
        <source>Could not reach {where}: this computer seems to be offline. Saved — it will be sent when the connection is back.</source>
        <translation>{where} was niet bereikbaar: deze computer lijkt offline. Bewaard — het wordt verstuurd zodra de verbinding terug is.</translation>
    </message>
    <message>
        <source>The connection to {where} broke before it answered. Saved — it will be sent when the connection is back.</source>
        <translation>De verbinding met {where} brak af voordat er antwoord kwam. Bewaard — het wordt verstuurd zodra de verbinding terug is.</translation>
    </message>
    <message>
        <source>Sending to {where} failed unexpectedly ({error}). Saved — it will be sent when the connection is back.</source>
        <translation>Versturen naar {where} mislukte onverwacht ({error}). Bewaard — het wordt verstuurd zodra de verbinding terug is.</translation>
    </message>
    <message>
        <source>{where} took too long to answer. Saved — it will be sent again to make sure it arrived.</source>
        <translation>{where} deed er te lang over om te antwoorden. Bewaard — het wordt opnieuw verstuurd om zeker te zijn dat het aankwam.</translation>
    </message>
    <message>
        <source>{where} took too long to answer. Saved — it will be sent again.</source>
        <translation>{where} deed er te lang over om te antwoorden. Bewaard — het wordt opnieuw verstuurd.</translation>
    </message>
    <message>
        <source>Something went wrong inside cg-desktop while sending. Saved — it will be tried again; if it keeps happening, tell your administrator.</source>
        <translation>Er ging iets mis in cg-desktop tijdens het versturen. Bewaard — het wordt opnieuw geprobeerd; blijft het gebeuren, meld het dan aan uw beheerder.</translation>
    </message>
    <message>
        <source>✔ Signed in: CustomerGauge accepted this Client ID and Client Secret.</source>
        <translation>✔ Aangemeld: CustomerGauge heeft deze Client ID en Client Secret aanvaard.</translation>
    </message>
    <message>
        <source>✘ Not accepted: CustomerGauge did not accept this Client ID or Client Secret. Check both with your CustomerGauge administrator (copy them again, without spaces).</source>
        <translation>✘ Niet aanvaard: CustomerGauge aanvaardde deze Client ID of Client Secret niet. Kijk beide na met uw CustomerGauge-beheerder (kopieer ze opnieuw, zonder spaties).</translation>
    </message>
    <message>
        <source>✘ Can&apos;t sign in now: {reason}</source>
        <translation>✘ Aanmelden lukt nu niet: {reason}</translation>
    </message>
    <message>
        <source>Client ID or Client Secret is not accepted by {where}. Check them with the Credentials… button.</source>
        <translation>Client ID of Client Secret wordt niet aanvaard door {where}. Kijk ze na met de knop Aanmeldgegevens….</translation>
    </message>
    <message>
        <source>{where}&apos;s sign-in answer could not be used (its token is not valid in a request). Saved — it will be tried again; if this keeps happening, tell your administrator.</source>
        <translation>Het aanmeldantwoord van {where} was niet bruikbaar (het token is niet geldig in een verzoek). Bewaard — het wordt opnieuw geprobeerd; blijft dit gebeuren, meld het dan aan uw beheerder.</translation>
    </message>
    <message>
        <source>{where} took too long to answer the sign-in. Saved — it will be tried again.</source>
        <translation>{where} deed er te lang over om de aanmelding te beantwoorden. Bewaard — het wordt opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>{where} answered the sign-in with something unexpected (a Wi-Fi sign-in page?). Saved — it will be sent when the connection works.</source>
        <translation>{where} beantwoordde de aanmelding met iets onverwachts (een wifi-aanmeldpagina?). Bewaard — het wordt verstuurd zodra de verbinding werkt.</translation>
    </message>
    <message>
        <source>{where} refused the sign-in (HTTP {status}). Check them with the Credentials… button.</source>
        <translation>{where} weigerde de aanmelding (HTTP {status}). Kijk de gegevens na met de knop Aanmeldgegevens….</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wordt verstuurd…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Already surveyed</source>
        <translation>Enquête al ontvangen</translation>
    </message>
    <message>
        <source>Waiting for the network</source>
        <translation>Wacht op het netwerk</translation>
    </message>
    <message>
        <source>Waiting to be sent again</source>
        <translation>Wacht om opnieuw verstuurd te worden</translation>
    </message>
    <message>
        <source>Waiting for sign-in</source>
        <translation>Wacht op aanmelding</translation>
    </message>
    <message>
        <source>Needs a fix — Fix (F2)</source>
        <translation>Correctie nodig — Corrigeren (F2)</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versie {version}</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>Licentie: {licence}</translation>
    </message>
    <message>
        <source>History and waiting records: {path}</source>
        <translation>Geschiedenis en wachtende records: {path}</translation>
    </message>
    <message>
        <source>Settings and profiles: {path}</source>
        <translation>Instellingen en profielen: {path}</translation>
    </message>
    <message>
        <source>Log: {path}</source>
        <translation>Logboek: {path}</translation>
    </message>
    <message>
        <source>Client secrets: this computer&apos;s keyring (never in a file).</source>
        <translation>Client Secrets: de sleutelbos van deze computer (nooit in een bestand).</translation>
    </message>
    <message>
        <source>practice sandbox</source>
        <translation>oefen-sandbox</translation>
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
        <translation>Verenigde Staten</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australië</translation>
    </message>
    <message>
        <source>Practice (sandbox)</source>
        <translation>Oefenen (sandbox)</translation>
    </message>
    <message>
        <source>(no contact)</source>
        <translation>(geen contact)</translation>
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
        <translation>Verstuurd op {when}.</translation>
    </message>
    <message>
        <source>Saved on {when}.</source>
        <translation>Bewaard op {when}.</translation>
    </message>
    <message>
        <source>What was sent ({profile}, {region}):</source>
        <translation>Wat er werd verstuurd ({profile}, {region}):</translation>
    </message>
    <message>
        <source>  (removed after the retention period)</source>
        <translation>  (verwijderd na de bewaartermijn)</translation>
    </message>
    <message>
        <source>The exact keys sent:</source>
        <translation>De exacte veldnamen die verstuurd zijn:</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wachtend</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Afgeleverd</translation>
    </message>
    <message>
        <source>Needs a fix</source>
        <translation>Correctie nodig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Fixed (sent again)</source>
        <translation>Gecorrigeerd (opnieuw verstuurd)</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>Sleutelbos</translation>
    </message>
    <message>
        <source>Client ID and Secret</source>
        <translation>Client ID en Secret</translation>
    </message>
    <message>
        <source>Webhook user and password</source>
        <translation>Webhookgebruiker en wachtwoord</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <source>History database</source>
        <translation>Geschiedenisdatabase</translation>
    </message>
    <message>
        <source>Waiting records</source>
        <translation>Wachtende records</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Finding CustomerGauge</source>
        <translation>CustomerGauge vinden</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>Beveiligde verbinding</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Klok</translation>
    </message>
    <message>
        <source>Unlock the keyring (or allow cg-desktop when it asks), then check again.</source>
        <translation>Ontgrendel de sleutelbos (of geef cg-desktop toestemming als erom gevraagd wordt) en controleer daarna opnieuw.</translation>
    </message>
    <message>
        <source>not checked: CustomerGauge couldn&apos;t be found (see above).</source>
        <translation>niet gecontroleerd: CustomerGauge is niet gevonden (zie hierboven).</translation>
    </message>
    <message>
        <source>the proxy setting can&apos;t be read.</source>
        <translation>de proxy-instelling kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>Ask IT to check this computer&apos;s proxy setting.</source>
        <translation>Vraag IT om de proxy-instelling van deze computer na te kijken.</translation>
    </message>
    <message>
        <source>not needed: the profiles checked send through an Incoming Webhook (next line).</source>
        <translation>niet nodig: de gecontroleerde profielen versturen via een Incoming Webhook (volgende regel).</translation>
    </message>
    <message>
        <source>the keyring didn&apos;t let cg-desktop read the Client Secret ({error}).</source>
        <translation>de sleutelbos liet cg-desktop het Client Secret niet lezen ({error}).</translation>
    </message>
    <message>
        <source>Client ID {client_id} for {region}</source>
        <translation>Client ID {client_id} voor {region}</translation>
    </message>
    <message>
        <source>the keyring didn&apos;t let cg-desktop read the webhook&apos;s password ({error}).</source>
        <translation>de sleutelbos liet cg-desktop het wachtwoord van de webhook niet lezen ({error}).</translation>
    </message>
    <message>
        <source>none saved for the webhook of “{profile}”.</source>
        <translation>niets bewaard voor de webhook van “{profile}”.</translation>
    </message>
    <message>
        <source>Choose that profile and press Credentials…: give the user and password CustomerGauge showed with the webhook.</source>
        <translation>Kies dat profiel en druk op Aanmeldgegevens…: vul de gebruiker en het wachtwoord in die CustomerGauge bij de webhook toonde.</translation>
    </message>
    <message>
        <source>user {user} for “{profile}”</source>
        <translation>gebruiker {user} voor “{profile}”</translation>
    </message>
    <message>
        <source>{users} (checked when the first record is sent)</source>
        <translation>{users} (gecontroleerd zodra het eerste record wordt verstuurd)</translation>
    </message>
    <message>
        <source>{earlier}; {later}</source>
        <translation>{earlier}; {later}</translation>
    </message>
    <message>
        <source>none saved for {region}.</source>
        <translation>niets bewaard voor {region}.</translation>
    </message>
    <message>
        <source>File → Credentials…: paste the Client ID and Client Secret from CustomerGauge (Integrations → Connected Apps).</source>
        <translation>Bestand → Aanmeldgegevens…: plak de Client ID en het Client Secret uit CustomerGauge (Integrations → Connected Apps).</translation>
    </message>
    <message>
        <source>not needed: a webhook signs in with each record it sends.</source>
        <translation>niet nodig: een webhook meldt zich aan met elk record dat hij verstuurt.</translation>
    </message>
    <message>
        <source>not checked: no Client ID and Secret to sign in with (see above).</source>
        <translation>niet gecontroleerd: geen Client ID en Secret om mee aan te melden (zie hierboven).</translation>
    </message>
    <message>
        <source>the check itself failed ({error})</source>
        <translation>de controle zelf is mislukt ({error})</translation>
    </message>
    <message>
        <source>Copy this report and send it to support.</source>
        <translation>Kopieer dit rapport en stuur het naar de ondersteuning.</translation>
    </message>
    <message>
        <source>no secure keyring on this computer: the Client Secret can only be kept until cg-desktop closes.</source>
        <translation>geen beveiligde sleutelbos op deze computer: het Client Secret kan alleen worden bewaard tot cg-desktop sluit.</translation>
    </message>
    <message>
        <source>Log in to a desktop session with a keyring (GNOME Keyring, KWallet) running and unlocked; on Windows and macOS, sign in to your own user account.</source>
        <translation>Log in op een bureaubladsessie waarin een sleutelbos (GNOME Keyring, KWallet) draait en ontgrendeld is; meld u op Windows en macOS aan met uw eigen gebruikersaccount.</translation>
    </message>
    <message>
        <source>{folder} can&apos;t be written ({error}): no record could be saved.</source>
        <translation>in {folder} kan niet worden geschreven ({error}): er kan geen record worden bewaard.</translation>
    </message>
    <message>
        <source>Ask IT to give your user account write access to that folder.</source>
        <translation>Vraag IT om uw gebruikersaccount schrijfrechten op die map te geven.</translation>
    </message>
    <message>
        <source>{size} GB free</source>
        <translation>{size} GB vrij</translation>
    </message>
    <message>
        <source>{size} MB free</source>
        <translation>{size} MB vrij</translation>
    </message>
    <message>
        <source>{folder} is writable but the disk is nearly full ({free}).</source>
        <translation>in {folder} kan worden geschreven, maar de schijf is bijna vol ({free}).</translation>
    </message>
    <message>
        <source>{folder} can be made but the disk is nearly full ({free}).</source>
        <translation>{folder} kan worden aangemaakt, maar de schijf is bijna vol ({free}).</translation>
    </message>
    <message>
        <source>Free some space on this disk before the event.</source>
        <translation>Maak vóór het evenement ruimte vrij op deze schijf.</translation>
    </message>
    <message>
        <source>{folder} is writable, {free}</source>
        <translation>in {folder} kan worden geschreven, {free}</translation>
    </message>
    <message>
        <source>{folder} can be made, {free}</source>
        <translation>{folder} kan worden aangemaakt, {free}</translation>
    </message>
    <message>
        <source>Ask IT to give your user account access to that folder.</source>
        <translation>Vraag IT om uw gebruikersaccount toegang tot die map te geven.</translation>
    </message>
    <message>
        <source>the history database is damaged ({problem}).</source>
        <translation>de geschiedenisdatabase is beschadigd ({problem}).</translation>
    </message>
    <message>
        <source>Close cg-desktop and open it again: it sets a damaged database aside by itself and sends the records it can still read.</source>
        <translation>Sluit cg-desktop en open het opnieuw: het zet een beschadigde database zelf opzij en verstuurt de records die het nog kan lezen.</translation>
    </message>
    <message>
        <source>no history yet (it is made with the first send)</source>
        <translation>nog geen geschiedenis (die ontstaat bij het eerste verzenden)</translation>
    </message>
    <message>
        <source>{database} is healthy</source>
        <translation>{database} is in orde</translation>
    </message>
    <message>
        <source>nothing waiting</source>
        <translation>niets wacht</translation>
    </message>
    <message>
        <source>can&apos;t count the waiting sends ({error}).</source>
        <translation>de wachtende verzendingen kunnen niet worden geteld ({error}).</translation>
    </message>
    <message>
        <source>See the database line above.</source>
        <translation>Zie de regel over de database hierboven.</translation>
    </message>
    <message>
        <source>1 record refused</source>
        <translation>1 record geweigerd</translation>
    </message>
    <message>
        <source>{count} records refused</source>
        <translation>{count} records geweigerd</translation>
    </message>
    <message>
        <source>{refused}, waiting for a fix, and {waiting}.</source>
        <translation>{refused}, in afwachting van een correctie, en {waiting}.</translation>
    </message>
    <message>
        <source>{refused}, waiting for a fix.</source>
        <translation>{refused}, in afwachting van een correctie.</translation>
    </message>
    <message>
        <source>Open History (Ctrl+2), choose Show: Needs a fix, and use Edit and resend.</source>
        <translation>Open Geschiedenis (Ctrl+2), kies Tonen: Correctie nodig en gebruik Bewerken en versturen.</translation>
    </message>
    <message>
        <source>{waiting}.</source>
        <translation>{waiting}.</translation>
    </message>
    <message>
        <source>Open cg-desktop while connected: they go by themselves.</source>
        <translation>Open cg-desktop terwijl er verbinding is: ze gaan vanzelf.</translation>
    </message>
    <message>
        <source>nothing waiting, nothing to fix</source>
        <translation>niets wacht, niets te corrigeren</translation>
    </message>
    <message>
        <source>Import the profile your administrator gave you (File → Import profile…).</source>
        <translation>Importeer het profiel dat u van uw beheerder kreeg (Bestand → Profiel importeren…).</translation>
    </message>
    <message>
        <source>“{name}” loads</source>
        <translation>“{name}” laadt</translation>
    </message>
    <message>
        <source>the profile file {file} can&apos;t be used ({problem}).</source>
        <translation>het profielbestand {file} kan niet worden gebruikt ({problem}).</translation>
    </message>
    <message>
        <source>Ask your CustomerGauge administrator for a corrected file, then import it.</source>
        <translation>Vraag uw CustomerGauge-beheerder om een verbeterd bestand en importeer het dan.</translation>
    </message>
    <message>
        <source>there is no profile called “{name}” (there are {names}).</source>
        <translation>er is geen profiel met de naam “{name}” (er zijn {names}).</translation>
    </message>
    <message>
        <source>there is no profile called “{name}”.</source>
        <translation>er is geen profiel met de naam “{name}”.</translation>
    </message>
    <message>
        <source>there is no profile yet: the form doesn&apos;t know what to send.</source>
        <translation>er is nog geen profiel: het formulier weet niet wat het moet versturen.</translation>
    </message>
    <message>
        <source>1 load; {file} can&apos;t be used ({problem}).</source>
        <translation>1 geladen; {file} kan niet worden gebruikt ({problem}).</translation>
    </message>
    <message>
        <source>{count} load; {file} can&apos;t be used ({problem}).</source>
        <translation>{count} geladen; {file} kan niet worden gebruikt ({problem}).</translation>
    </message>
    <message>
        <source>Ask your CustomerGauge administrator for a corrected file.</source>
        <translation>Vraag uw CustomerGauge-beheerder om een verbeterd bestand.</translation>
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
        <translation>1 record wacht op verzending</translation>
    </message>
    <message>
        <source>{count} records waiting to be sent</source>
        <translation>{count} records wachten op verzending</translation>
    </message>
    <message>
        <source>none: this computer connects directly</source>
        <translation>geen: deze computer maakt rechtstreeks verbinding</translation>
    </message>
    <message>
        <source>through {proxy}</source>
        <translation>via {proxy}</translation>
    </message>
    <message>
        <source>Check the Wi-Fi or network cable; on a guest network, open a web page first (it may ask you to accept its terms).</source>
        <translation>Controleer de wifi of de netwerkkabel; open op een gastnetwerk eerst een webpagina (misschien moet u daar de voorwaarden accepteren).</translation>
    </message>
    <message>
        <source>{host} can&apos;t be found: the network&apos;s name server didn&apos;t answer within {seconds} seconds.</source>
        <translation>{host} is niet te vinden: de naamserver van het netwerk antwoordde niet binnen {seconds} seconden.</translation>
    </message>
    <message>
        <source>{host} can&apos;t be found ({error}).</source>
        <translation>{host} is niet te vinden ({error}).</translation>
    </message>
    <message>
        <source>{host} (practice mode: on this computer)</source>
        <translation>{host} (oefenmodus: op deze computer)</translation>
    </message>
    <message>
        <source>the proxy {host} can&apos;t be found.</source>
        <translation>de proxy {host} is niet te vinden.</translation>
    </message>
    <message>
        <source>Ask IT whether the proxy setting is right.</source>
        <translation>Vraag IT of de proxy-instelling klopt.</translation>
    </message>
    <message>
        <source>the proxy {host} → {address}</source>
        <translation>de proxy {host} → {address}</translation>
    </message>
    <message>
        <source>{host} → {address} ({milliseconds} ms)</source>
        <translation>{host} → {address} ({milliseconds} ms)</translation>
    </message>
    <message>
        <source>not used (practice mode: on this computer)</source>
        <translation>niet gebruikt (oefenmodus: op deze computer)</translation>
    </message>
    <message>
        <source>{host}&apos;s certificate is not trusted here ({reason}).</source>
        <translation>het certificaat van {host} wordt hier niet vertrouwd ({reason}).</translation>
    </message>
    <message>
        <source>A network that inspects traffic needs its certificate installed on this computer: ask IT.</source>
        <translation>Een netwerk dat het verkeer inspecteert, heeft zijn certificaat op deze computer nodig: vraag het aan IT.</translation>
    </message>
    <message>
        <source>no secure connection to {host} ({error}).</source>
        <translation>geen beveiligde verbinding met {host} ({error}).</translation>
    </message>
    <message>
        <source>A firewall may block HTTPS to CustomerGauge: ask IT, or try another network.</source>
        <translation>Misschien blokkeert een firewall HTTPS naar CustomerGauge: vraag het aan IT, of probeer een ander netwerk.</translation>
    </message>
    <message>
        <source>{version} to {host}, certificate issued by {issuer}</source>
        <translation>{version} met {host}, certificaat uitgegeven door {issuer}</translation>
    </message>
    <message>
        <source>{host}&apos;s certificate, as the proxy hands it on, is not trusted here.</source>
        <translation>het certificaat van {host}, zoals de proxy het doorgeeft, wordt hier niet vertrouwd.</translation>
    </message>
    <message>
        <source>The proxy inspects traffic: its certificate must be installed on this computer. Ask IT.</source>
        <translation>De proxy inspecteert het verkeer: zijn certificaat moet op deze computer geïnstalleerd zijn. Vraag het aan IT.</translation>
    </message>
    <message>
        <source>the proxy doesn&apos;t answer or refuses the connection.</source>
        <translation>de proxy antwoordt niet of weigert de verbinding.</translation>
    </message>
    <message>
        <source>Ask IT whether the proxy setting is right for this network.</source>
        <translation>Vraag IT of de proxy-instelling klopt voor dit netwerk.</translation>
    </message>
    <message>
        <source>no secure connection to {host} through the proxy ({error}).</source>
        <translation>geen beveiligde verbinding met {host} via de proxy ({error}).</translation>
    </message>
    <message>
        <source>Ask IT whether the proxy lets HTTPS to CustomerGauge through.</source>
        <translation>Vraag IT of de proxy HTTPS naar CustomerGauge doorlaat.</translation>
    </message>
    <message>
        <source>to {host} through the proxy, verified with this computer&apos;s certificates</source>
        <translation>met {host} via de proxy, gecontroleerd met de certificaten van deze computer</translation>
    </message>
    <message>
        <source>an unnamed issuer</source>
        <translation>een naamloze uitgever</translation>
    </message>
    <message>
        <source>File → Credentials…: check the Client ID and Secret, then Test connection.</source>
        <translation>Bestand → Aanmeldgegevens…: kijk de Client ID en het Secret na en kies dan Verbinding testen.</translation>
    </message>
    <message>
        <source>Check the network and try again; if it persists, send this report to support.</source>
        <translation>Controleer het netwerk en probeer het opnieuw; blijft het zo, stuur dit rapport dan naar de ondersteuning.</translation>
    </message>
    <message>
        <source>signed in as {client_id} in {seconds} s</source>
        <translation>aangemeld als {client_id} in {seconds} s</translation>
    </message>
    <message>
        <source>could not ask the server for its time ({error}).</source>
        <translation>kon de server niet om zijn tijd vragen ({error}).</translation>
    </message>
    <message>
        <source>See the lines above.</source>
        <translation>Zie de regels hierboven.</translation>
    </message>
    <message>
        <source>the server&apos;s answer did not say its time.</source>
        <translation>het antwoord van de server gaf zijn tijd niet.</translation>
    </message>
    <message>
        <source>this computer&apos;s clock is {minutes} minutes ahead of the server&apos;s.</source>
        <translation>de klok van deze computer loopt {minutes} minuten voor op die van de server.</translation>
    </message>
    <message>
        <source>this computer&apos;s clock is {minutes} minutes behind the server&apos;s.</source>
        <translation>de klok van deze computer loopt {minutes} minuten achter op die van de server.</translation>
    </message>
    <message>
        <source>Set the date and time to update automatically (Windows: Settings → Time; macOS: System Settings → General → Date &amp; Time).</source>
        <translation>Laat datum en tijd automatisch bijwerken (Windows: Instellingen → Tijd en taal; macOS: Systeeminstellingen → Algemeen → Datum en tijd).</translation>
    </message>
    <message>
        <source>within {seconds} s of the server&apos;s</source>
        <translation>{seconds} s verschil met de server</translation>
    </message>
    <message>
        <source>A Contacts profile needs a field with the key “{email}” or “{phone}”: it is who gets the survey.</source>
        <translation>Een Contacts-profiel heeft een veld met de sleutel “{email}” of “{phone}” nodig: dat bepaalt wie de enquête krijgt.</translation>
    </message>
    <message>
        <source>A Surveys profile needs a field with the key “{email}” or “{phone}”: it is who gets the survey.</source>
        <translation>Een Surveys-profiel heeft een veld met de sleutel “{email}” of “{phone}” nodig: dat bepaalt wie de enquête krijgt.</translation>
    </message>
    <message>
        <source>A Multi-Object profile needs a field with the key “{email}” or “{phone}”: it is who gets the survey.</source>
        <translation>Een Multi-Object-profiel heeft een veld met de sleutel “{email}” of “{phone}” nodig: dat bepaalt wie de enquête krijgt.</translation>
    </message>
    <message>
        <source>Give the profile a name people will recognise.</source>
        <translation>Geef het profiel een naam die mensen herkennen.</translation>
    </message>
    <message>
        <source>There is already a profile called “{name}”.</source>
        <translation>Er is al een profiel met de naam “{name}”.</translation>
    </message>
    <message>
        <source>Paste the mapping&apos;s reference (CustomerGauge: Data → Rest APIs → Inbound Mapping, column Reference).</source>
        <translation>Plak de referentie van de mapping (CustomerGauge: Data → Rest APIs → Inbound Mapping, kolom Reference).</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like the usual reference (like 9dd58237-c913-4073-9c76-07da0b49ff50). Check it in CustomerGauge.</source>
        <translation>Dit lijkt niet op de gebruikelijke referentie (zoals 9dd58237-c913-4073-9c76-07da0b49ff50). Controleer haar in CustomerGauge.</translation>
    </message>
    <message>
        <source>Add the form&apos;s fields.</source>
        <translation>Voeg de velden van het formulier toe.</translation>
    </message>
    <message>
        <source>The key “{key}” is also field {number} (“{other}”): each key may appear once.</source>
        <translation>De sleutel “{key}” is ook veld {number} (“{other}”): elke sleutel mag maar één keer voorkomen.</translation>
    </message>
    <message>
        <source>The key “{key}” differs only in case from field {number} (“{other}”): each key may appear once.</source>
        <translation>De sleutel “{key}” verschilt alleen in hoofdletters van veld {number} (“{other}”): elke sleutel mag maar één keer voorkomen.</translation>
    </message>
    <message>
        <source>Keys are case-sensitive: CustomerGauge&apos;s key is “{exact}”, not “{typed}”.</source>
        <translation>Sleutels zijn hoofdlettergevoelig: de sleutel van CustomerGauge is “{exact}”, niet “{typed}”.</translation>
    </message>
    <message>
        <source>An Accounts profile needs a field with the key “{key}”.</source>
        <translation>Een Accounts-profiel heeft een veld met de sleutel “{key}” nodig.</translation>
    </message>
    <message>
        <source>This profile needs a field with the key “{email}” or “{phone}”: it is who gets the survey.</source>
        <translation>Dit profiel heeft een veld met de sleutel “{email}” of “{phone}” nodig: dat bepaalt wie de enquête krijgt.</translation>
    </message>
    <message>
        <source>use a date like 2024-06-30 (or 2024-06-30 14:30:00).</source>
        <translation>gebruik een datum zoals 2024-06-30 (of 2024-06-30 14:30:00).</translation>
    </message>
    <message>
        <source>CustomerGauge would refuse “{value}”: {reason}</source>
        <translation>CustomerGauge zou “{value}” weigeren: {reason}</translation>
    </message>
    <message>
        <source>Give the exact key the mapping expects (as in Field Settings).</source>
        <translation>Vul de exacte sleutel in die de mapping verwacht (zoals in Field Settings).</translation>
    </message>
    <message>
        <source>The key starts or ends with a space; keys must match CustomerGauge&apos;s exactly.</source>
        <translation>De sleutel begint of eindigt met een spatie; sleutels moeten precies overeenkomen met die van CustomerGauge.</translation>
    </message>
    <message>
        <source>The form format can&apos;t send a key with [ or ]; use JSON.</source>
        <translation>Het formaat Form kan geen sleutel met [ of ] versturen; gebruik JSON.</translation>
    </message>
    <message>
        <source>A choice field needs its choices, one per line.</source>
        <translation>Een keuzeveld heeft keuzes nodig, één per regel.</translation>
    </message>
    <message>
        <source>A choice starts or ends with a space; remove it.</source>
        <translation>Een keuze begint of eindigt met een spatie; haal die weg.</translation>
    </message>
    <message>
        <source>A choice appears twice; keep one.</source>
        <translation>Een keuze staat er twee keer in; houd er één.</translation>
    </message>
    <message>
        <source>The maximum length must be 1 or more (or none).</source>
        <translation>De maximale lengte moet 1 of meer zijn (of leeg).</translation>
    </message>
    <message>
        <source>A hidden field sends a fixed value: give it one.</source>
        <translation>Een verborgen veld verstuurt een vaste waarde: geef het er een.</translation>
    </message>
    <message>
        <source>The value “{value}” is not one of the choices.</source>
        <translation>De waarde “{value}” is geen van de keuzes.</translation>
    </message>
    <message>
        <source>A hidden field is always sent; “required” changes nothing.</source>
        <translation>Een verborgen veld wordt altijd verstuurd; “Verplicht” verandert niets.</translation>
    </message>
    <message>
        <source>new profile</source>
        <translation>nieuw profiel</translation>
    </message>
    <message>
        <source>it can&apos;t be saved yet: {reason}</source>
        <translation>het kan nog niet worden opgeslagen: {reason}</translation>
    </message>
    <message>
        <source>your organisation provides this profile, so it can&apos;t be changed here. Duplicate it to make your own version.</source>
        <translation>dit profiel komt van uw organisatie en kan hier dus niet worden gewijzigd. Dupliceer het om uw eigen versie te maken.</translation>
    </message>
    <message>
        <source>it is saved under its new name, but its old file {file} can&apos;t be removed ({reason}): delete that file, or ask IT.</source>
        <translation>het is onder de nieuwe naam opgeslagen, maar het oude bestand {file} kan niet worden verwijderd ({reason}): verwijder dat bestand, of vraag het aan IT.</translation>
    </message>
    <message>
        <source>The profiles folder already has a file called {file} that can&apos;t be read. Choose another name, or ask IT to remove that file.</source>
        <translation>De profielenmap bevat al een bestand {file} dat niet kan worden gelezen. Kies een andere naam, of vraag IT dat bestand te verwijderen.</translation>
    </message>
    <message>
        <source>The name is too close to the profile “{other}” (they would share a file). Choose another name.</source>
        <translation>De naam lijkt te veel op het profiel “{other}” (ze zouden één bestand delen). Kies een andere naam.</translation>
    </message>
    <message>
        <source>your organisation provides this profile, so it can&apos;t be deleted here. Ask IT if it should go.</source>
        <translation>dit profiel komt van uw organisatie en kan hier dus niet worden verwijderd. Vraag IT of het weg moet.</translation>
    </message>
    <message>
        <source>there is no such profile any more (was it deleted already?).</source>
        <translation>dit profiel bestaat niet meer (was het al verwijderd?).</translation>
    </message>
    <message>
        <source>its file can&apos;t be removed ({reason}); is it open elsewhere?</source>
        <translation>het bestand kan niet worden verwijderd ({reason}); is het ergens anders geopend?</translation>
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
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Getal</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Keuze</translation>
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
        <translation>Formulier (x-www-form-urlencoded)</translation>
    </message>
    <message>
        <source>PUT (the usual)</source>
        <translation>PUT (gebruikelijk)</translation>
    </message>
    <message>
        <source>The webhook&apos;s password is not part of the profile: each desk types it once in Credentials…, and it is kept in that computer&apos;s keyring.</source>
        <translation>Het wachtwoord van de webhook hoort niet bij het profiel: elke balie typt het één keer in bij Aanmeldgegevens…, en het wordt bewaard in de sleutelbos van die computer.</translation>
    </message>
    <message>
        <source>Field {number} ({name}): {finding}</source>
        <translation>Veld {number} ({name}): {finding}</translation>
    </message>
    <message>
        <source>Field {number}: {finding}</source>
        <translation>Veld {number}: {finding}</translation>
    </message>
    <message>
        <source>the file has the key &quot;{key}&quot; twice in one object.</source>
        <translation>het bestand heeft de sleutel &quot;{key}&quot; twee keer in één object.</translation>
    </message>
    <message>
        <source>the file has {name}, which is not a JSON value.</source>
        <translation>het bestand bevat {name}, en dat is geen JSON-waarde.</translation>
    </message>
    <message>
        <source>this is a folder, not a profile file.</source>
        <translation>dit is een map, geen profielbestand.</translation>
    </message>
    <message>
        <source>the file doesn&apos;t exist (was it moved or renamed?).</source>
        <translation>het bestand bestaat niet (is het verplaatst of hernoemd?).</translation>
    </message>
    <message>
        <source>the file can&apos;t be read: permission denied.</source>
        <translation>het bestand kan niet worden gelezen: geen toestemming.</translation>
    </message>
    <message>
        <source>the file can&apos;t be read ({reason}).</source>
        <translation>het bestand kan niet worden gelezen ({reason}).</translation>
    </message>
    <message>
        <source>this is not an ordinary file (a pipe or a device?).</source>
        <translation>dit is geen gewoon bestand (een pipe of een apparaat?).</translation>
    </message>
    <message>
        <source>the file is far too large to be a profile; is it the right one?</source>
        <translation>het bestand is veel te groot voor een profiel; is het het juiste bestand?</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (bad byte at position {position}); save it as UTF-8.</source>
        <translation>het bestand is geen UTF-8-tekst (ongeldige byte op positie {position}); sla het op als UTF-8.</translation>
    </message>
    <message>
        <source>the file is not valid JSON: {reason} at line {line}, column {column}.</source>
        <translation>het bestand is geen geldige JSON: {reason} op regel {line}, kolom {column}.</translation>
    </message>
    <message>
        <source>the file is nested far too deeply to be a profile.</source>
        <translation>het bestand is veel te diep genest voor een profiel.</translation>
    </message>
    <message>
        <source>the file holds a number far too long to be real.</source>
        <translation>het bestand bevat een getal dat veel te lang is om echt te zijn.</translation>
    </message>
    <message>
        <source>the file can&apos;t be saved ({reason}).</source>
        <translation>het bestand kan niet worden opgeslagen ({reason}).</translation>
    </message>
    <message>
        <source>your organisation provides a profile named &quot;{name}&quot;; it can&apos;t be replaced here (ask IT to update it, or rename this one).</source>
        <translation>uw organisatie levert een profiel met de naam &quot;{name}&quot;; dat kan hier niet worden vervangen (vraag IT het bij te werken, of geef dit profiel een andere naam).</translation>
    </message>
    <message>
        <source>a profile named &quot;{name}&quot; is already there; replace it?</source>
        <translation>er is al een profiel met de naam &quot;{name}&quot;; vervangen?</translation>
    </message>
    <message>
        <source>The configuration reference &quot;{reference}&quot; doesn&apos;t look like the usual kind (like 9dd58237-c913-4073-9c76-07da0b49ff50); check it in CustomerGauge under Data → Rest APIs → Inbound Mapping, column Reference.</source>
        <translation>De configuratiereferentie &quot;{reference}&quot; lijkt niet op de gebruikelijke soort (zoals 9dd58237-c913-4073-9c76-07da0b49ff50); controleer haar in CustomerGauge onder Data → Rest APIs → Inbound Mapping, kolom Reference.</translation>
    </message>
    <message>
        <source>Profile &quot;{source}&quot;: {problem}</source>
        <translation>Profiel &quot;{source}&quot;: {problem}</translation>
    </message>
    <message>
        <source>type</source>
        <translation>het type</translation>
    </message>
    <message>
        <source>region</source>
        <translation>de regio</translation>
    </message>
    <message>
        <source>data type</source>
        <translation>het gegevenstype</translation>
    </message>
    <message>
        <source>format</source>
        <translation>het formaat</translation>
    </message>
    <message>
        <source>method</source>
        <translation>de methode</translation>
    </message>
    <message>
        <source>transport</source>
        <translation>het transport</translation>
    </message>
    <message>
        <source>{where} has no &quot;{key}&quot;; add it.</source>
        <translation>{where} heeft geen &quot;{key}&quot;; voeg het toe.</translation>
    </message>
    <message>
        <source>{where} has &quot;{key}&quot;: {value}, which should be text in quotes.</source>
        <translation>{where} heeft &quot;{key}&quot;: {value}, maar dat moet tekst tussen aanhalingstekens zijn.</translation>
    </message>
    <message>
        <source>{where} has &quot;{key}&quot; with a broken character (a lone \u escape).</source>
        <translation>{where} heeft &quot;{key}&quot; met een kapot teken (een losse \u-escape).</translation>
    </message>
    <message>
        <source>{where} has &quot;{key}&quot;: {value}; use true or false.</source>
        <translation>{where} heeft &quot;{key}&quot;: {value}; gebruik true of false.</translation>
    </message>
    <message>
        <source>{where} has unknown {kind} &quot;{value}&quot;; use one of {options}.</source>
        <translation>{where} heeft een onbekende waarde voor {kind}: &quot;{value}&quot;; gebruik een van: {options}.</translation>
    </message>
    <message>
        <source>{where} has &quot;choices&quot;: {value}; use a list of texts, like [&quot;A&quot;, &quot;B&quot;].</source>
        <translation>{where} heeft &quot;choices&quot;: {value}; gebruik een lijst met teksten, zoals [&quot;A&quot;, &quot;B&quot;].</translation>
    </message>
    <message>
        <source>{where} has an empty choice.</source>
        <translation>{where} heeft een lege keuze.</translation>
    </message>
    <message>
        <source>{where} has the choice &quot;{choice}&quot; with spaces at the start or end.</source>
        <translation>{where} heeft de keuze &quot;{choice}&quot; met spaties aan het begin of eind.</translation>
    </message>
    <message>
        <source>{where} has the choice &quot;{choice}&quot; twice.</source>
        <translation>{where} heeft de keuze &quot;{choice}&quot; twee keer.</translation>
    </message>
    <message>
        <source>{where} is of type &quot;choice&quot; but has no &quot;choices&quot;; list the allowed values.</source>
        <translation>{where} is van het type &quot;choice&quot; maar heeft geen &quot;choices&quot;; zet de toegestane waarden erin.</translation>
    </message>
    <message>
        <source>{where} has &quot;choices&quot; but its type is &quot;{type}&quot;; use type &quot;choice&quot;.</source>
        <translation>{where} heeft &quot;choices&quot; maar het type is &quot;{type}&quot;; gebruik type &quot;choice&quot;.</translation>
    </message>
    <message>
        <source>field {index} is {value}, not an object {{...}}.</source>
        <translation>veld {index} is {value}, geen object {{...}}.</translation>
    </message>
    <message>
        <source>field {index} (&quot;{name}&quot;)</source>
        <translation>veld {index} (&quot;{name}&quot;)</translation>
    </message>
    <message>
        <source>field {index}</source>
        <translation>veld {index}</translation>
    </message>
    <message>
        <source>{where} has an empty name; give the exact key the mapping expects.</source>
        <translation>{where} heeft een lege naam; vul de exacte sleutel in die de mapping verwacht.</translation>
    </message>
    <message>
        <source>{where} has spaces at the start or end of its name; keys must match exactly.</source>
        <translation>{where} heeft spaties aan het begin of eind van de naam; sleutels moeten precies overeenkomen.</translation>
    </message>
    <message>
        <source>{where} has [ or ] in its name, which the form format can&apos;t send; use &quot;json&quot;.</source>
        <translation>{where} heeft [ of ] in de naam, en dat kan het formaat form niet versturen; gebruik &quot;json&quot;.</translation>
    </message>
    <message>
        <source>{where} has &quot;max_length&quot;: {value}; use a whole number above 0, or null.</source>
        <translation>{where} heeft &quot;max_length&quot;: {value}; gebruik een geheel getal boven 0, of null.</translation>
    </message>
    <message>
        <source>{where} is hidden but has no &quot;default&quot;; a hidden field sends a fixed value.</source>
        <translation>{where} is verborgen maar heeft geen &quot;default&quot;; een verborgen veld verstuurt een vaste waarde.</translation>
    </message>
    <message>
        <source>{where} has the default &quot;{value}&quot;, which is not one of its choices.</source>
        <translation>{where} heeft de standaardwaarde &quot;{value}&quot;, en die is geen van de keuzes.</translation>
    </message>
    <message>
        <source>{where} has the default &quot;{value}&quot;, which the server would refuse: {reason}</source>
        <translation>{where} heeft de standaardwaarde &quot;{value}&quot;, die de server zou weigeren: {reason}</translation>
    </message>
    <message>
        <source>field {index} (&quot;{name}&quot;) repeats field {other} (&quot;{first}&quot;); each key may appear once.</source>
        <translation>veld {index} (&quot;{name}&quot;) herhaalt veld {other} (&quot;{first}&quot;); elke sleutel mag maar één keer voorkomen.</translation>
    </message>
    <message>
        <source>field {index} (&quot;{name}&quot;) differs only in case from field {other} (&quot;{first}&quot;); each key may appear once.</source>
        <translation>veld {index} (&quot;{name}&quot;) verschilt alleen in hoofdletters van veld {other} (&quot;{first}&quot;); elke sleutel mag maar één keer voorkomen.</translation>
    </message>
    <message>
        <source>&quot;{first}&quot; or &quot;{second}&quot;</source>
        <translation>&quot;{first}&quot; of &quot;{second}&quot;</translation>
    </message>
    <message>
        <source>{where} is for &quot;{data_type}&quot;, which needs a field named {wanted} (there is &quot;{near}&quot;, but names are case-sensitive).</source>
        <translation>{where} is voor &quot;{data_type}&quot;, en dat heeft een veld met de naam {wanted} nodig (er is &quot;{near}&quot;, maar namen zijn hoofdlettergevoelig).</translation>
    </message>
    <message>
        <source>{where} is for &quot;{data_type}&quot;, which needs a field named {wanted}.</source>
        <translation>{where} is voor &quot;{data_type}&quot;, en dat heeft een veld met de naam {wanted} nodig.</translation>
    </message>
    <message>
        <source>{where} has &quot;scan_fields&quot;: {value}; use an object of texts, like {example}.</source>
        <translation>{where} heeft &quot;scan_fields&quot;: {value}; gebruik een object met teksten, zoals {example}.</translation>
    </message>
    <message>
        <source>{where} has &quot;scan_fields&quot; with {value}; use an object of texts, like {example}.</source>
        <translation>{where} heeft &quot;scan_fields&quot; met {value}; gebruik een object met teksten, zoals {example}.</translation>
    </message>
    <message>
        <source>{where} has &quot;scan_fields&quot; sending &quot;{prop}&quot; to &quot;{key}&quot;, but it has no field named so (there is &quot;{near}&quot;, but names are case-sensitive).</source>
        <translation>{where} heeft &quot;scan_fields&quot; die &quot;{prop}&quot; naar &quot;{key}&quot; sturen, maar er is geen veld met die naam (er is &quot;{near}&quot;, maar namen zijn hoofdlettergevoelig).</translation>
    </message>
    <message>
        <source>{where} has &quot;scan_fields&quot; sending &quot;{prop}&quot; to &quot;{key}&quot;, but it has no field named so.</source>
        <translation>{where} heeft &quot;scan_fields&quot; die &quot;{prop}&quot; naar &quot;{key}&quot; sturen, maar er is geen veld met die naam.</translation>
    </message>
    <message>
        <source>&quot;schema_version&quot; is {value}; it should be 1.</source>
        <translation>&quot;schema_version&quot; is {value}; dat moet 1 zijn.</translation>
    </message>
    <message>
        <source>the profile was made by a newer cg-desktop (schema_version {version}; this version reads up to {known}); update cg-desktop to use it.</source>
        <translation>het profiel is gemaakt door een nieuwere cg-desktop (schema_version {version}; deze versie leest tot en met {known}); werk cg-desktop bij om het te gebruiken.</translation>
    </message>
    <message>
        <source>the file holds {value}, not a profile object {{...}}.</source>
        <translation>het bestand bevat {value}, geen profielobject {{...}}.</translation>
    </message>
    <message>
        <source>the profile has &quot;{key}&quot;, but secrets never go in a profile file (it is handed around); remove it and sign in within the app instead.</source>
        <translation>het profiel bevat &quot;{key}&quot;, maar geheimen horen nooit in een profielbestand (dat wordt doorgegeven); haal het weg en meld u in de app aan.</translation>
    </message>
    <message>
        <source>the profile</source>
        <translation>het profiel</translation>
    </message>
    <message>
        <source>{where} has an empty &quot;name&quot;; give it a name people will recognise.</source>
        <translation>{where} heeft een lege &quot;name&quot;; geef het een naam die mensen herkennen.</translation>
    </message>
    <message>
        <source>{where} has an empty &quot;configuration&quot;; copy the Inbound Mapping reference into it.</source>
        <translation>{where} heeft een lege &quot;configuration&quot;; kopieer de referentie van de Inbound Mapping erin.</translation>
    </message>
    <message>
        <source>{where} gives both &quot;webhook_id&quot; and &quot;webhook_url&quot;; keep one of them.</source>
        <translation>{where} geeft zowel &quot;webhook_id&quot; als &quot;webhook_url&quot;; houd er één.</translation>
    </message>
    <message>
        <source>{where} uses a webhook, but its &quot;{key}&quot; can&apos;t be used: {reason}</source>
        <translation>{where} gebruikt een webhook, maar de &quot;{key}&quot; is onbruikbaar: {reason}</translation>
    </message>
    <message>
        <source>{where} needs a non-empty &quot;fields&quot; list [...]: the form&apos;s fields.</source>
        <translation>{where} heeft een niet-lege lijst &quot;fields&quot; [...] nodig: de velden van het formulier.</translation>
    </message>
    <message>
        <source>Give the webhook&apos;s URL (https://{host}/…) or its id.</source>
        <translation>Vul de URL van de webhook in (https://{host}/…) of alleen de id.</translation>
    </message>
    <message>
        <source>A practice profile names the sandbox&apos;s webhook by its id only (demo-webhook).</source>
        <translation>Een oefenprofiel noemt de webhook van de sandbox alleen bij zijn id (demo-webhook).</translation>
    </message>
    <message>
        <source>That isn&apos;t a web address cg-desktop can read; paste the webhook&apos;s URL exactly as CustomerGauge shows it (https://{host}/…).</source>
        <translation>Dat is geen webadres dat cg-desktop kan lezen; plak de URL van de webhook precies zoals CustomerGauge hem toont (https://{host}/…).</translation>
    </message>
    <message>
        <source>The URL starts with {scheme}://; CustomerGauge&apos;s webhooks use https://, and anything else would send the webhook&apos;s password unprotected.</source>
        <translation>De URL begint met {scheme}://; de webhooks van CustomerGauge gebruiken https://, en met iets anders zou het wachtwoord van de webhook onbeschermd worden verstuurd.</translation>
    </message>
    <message>
        <source>That address is not a CustomerGauge webhook address; it should start with https://{host}/. The webhook&apos;s password would go there.</source>
        <translation>Dat adres is geen webhookadres van CustomerGauge; het moet beginnen met https://{host}/. Het wachtwoord van de webhook zou daarheen gaan.</translation>
    </message>
    <message>
        <source>{given} is not a CustomerGauge webhook address; it should start with https://{host}/. The webhook&apos;s password would go there.</source>
        <translation>{given} is geen webhookadres van CustomerGauge; het moet beginnen met https://{host}/. Het wachtwoord van de webhook zou daarheen gaan.</translation>
    </message>
    <message>
        <source>{given} is not a CustomerGauge region&apos;s webhook address; it should start with https://{host}/.</source>
        <translation>{given} is geen webhookadres van een CustomerGauge-regio; het moet beginnen met https://{host}/.</translation>
    </message>
    <message>
        <source>This webhook is in the {other} region, but the profile&apos;s region is {region}: choose the region the webhook belongs to.</source>
        <translation>Deze webhook hoort bij de regio {other}, maar de regio van het profiel is {region}: kies de regio waar de webhook bij hoort.</translation>
    </message>
    <message>
        <source>Paste the webhook&apos;s URL exactly as CustomerGauge shows it, without a port or a user name in it.</source>
        <translation>Plak de URL van de webhook precies zoals CustomerGauge hem toont, zonder poort of gebruikersnaam erin.</translation>
    </message>
    <message>
        <source>Paste the webhook&apos;s URL without anything after ? or #: the fields are added by cg-desktop.</source>
        <translation>Plak de URL van de webhook zonder iets na ? of #: de velden voegt cg-desktop zelf toe.</translation>
    </message>
    <message>
        <source>The URL should end with the webhook&apos;s id, like https://{host}/abc123.</source>
        <translation>De URL moet eindigen op de id van de webhook, zoals https://{host}/abc123.</translation>
    </message>
    <message>
        <source>Give only the id that follows https://{host}/ in the webhook&apos;s URL.</source>
        <translation>Vul alleen de id in die na https://{host}/ komt in de URL van de webhook.</translation>
    </message>
</context>
</TS>
