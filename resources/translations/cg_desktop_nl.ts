<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
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
    <name>KioskNotice</name>
    <message>
        <source>Thank you, {name} — your survey is on its way.</source>
        <translation>Bedankt, {name} — uw enquête is onderweg.</translation>
    </message>
    <message>
        <source>Thank you — your survey is on its way.</source>
        <translation>Bedankt — uw enquête is onderweg.</translation>
    </message>
    <message>
        <source>Welcome! Please fill in your details, then press Enter.</source>
        <translation>Welkom! Vul uw gegevens in en druk op Enter.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
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
        <source>Waiting: records are kept and sent later</source>
        <translation>Wachten: gegevens worden bewaard en later verstuurd</translation>
    </message>
    <message>
        <source>Sending works</source>
        <translation>Versturen werkt</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
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
</TS>
