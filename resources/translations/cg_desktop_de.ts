<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <name>KioskNotice</name>
    <message>
        <source>Thank you, {name} — your survey is on its way.</source>
        <translation>Danke, {name} — Ihre Umfrage ist unterwegs.</translation>
    </message>
    <message>
        <source>Thank you — your survey is on its way.</source>
        <translation>Danke — Ihre Umfrage ist unterwegs.</translation>
    </message>
    <message>
        <source>Welcome! Please fill in your details, then press Enter.</source>
        <translation>Willkommen! Bitte geben Sie Ihre Daten ein und drücken Sie Enter.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
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
        <source>Waiting: records are kept and sent later</source>
        <translation>Warten: Datensätze werden aufbewahrt und später gesendet</translation>
    </message>
    <message>
        <source>Sending works</source>
        <translation>Senden funktioniert</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
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
</TS>
