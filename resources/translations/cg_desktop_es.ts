<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Crash</name>
    <message>
        <source>cg-desktop ran into a problem</source>
        <translation>cg-desktop ha tenido un problema</translation>
    </message>
    <message>
        <source>Something went wrong inside cg-desktop. Records already saved are kept and will be sent; if you were typing, check the form.</source>
        <translation>Algo ha fallado en cg-desktop. Los registros ya guardados se conservan y se enviarán; si estaba escribiendo, revise el formulario.</translation>
    </message>
    <message>
        <source>If it happens again, copy the report and send it to whoever looks after cg-desktop for you. It holds no passwords, tokens or email addresses.</source>
        <translation>Si vuelve a ocurrir, copie el informe y envíelo a quien le gestione cg-desktop. No contiene contraseñas, tokens ni direcciones de correo.</translation>
    </message>
    <message>
        <source>Copy the report</source>
        <translation>Copiar el informe</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
    <message>
        <source>Still there? The form clears in {seconds} s.</source>
        <translation>¿Sigue ahí? El formulario se borrará en {seconds} s.</translation>
    </message>
</context>
<context>
    <name>KioskNotice</name>
    <message>
        <source>Thank you, {name} — your survey is on its way.</source>
        <translation>Gracias, {name}: su encuesta está en camino.</translation>
    </message>
    <message>
        <source>Thank you — your survey is on its way.</source>
        <translation>Gracias: su encuesta está en camino.</translation>
    </message>
    <message>
        <source>Welcome! Please fill in your details, then press Enter.</source>
        <translation>¡Bienvenido! Escriba sus datos y pulse Intro.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Practice mode: nothing is sent to CustomerGauge.</source>
        <translation>Modo de práctica: no se envía nada a CustomerGauge.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Waiting: records are kept and sent later</source>
        <translation>En espera: los registros se guardan y se envían más tarde</translation>
    </message>
    <message>
        <source>Sending works</source>
        <translation>El envío funciona</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>* required</source>
        <translation>* obligatorio</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the form for the next person (Esc)</source>
        <translation>Borrar el formulario para la siguiente persona (Esc)</translation>
    </message>
    <message>
        <source>Clear the form?</source>
        <translation>¿Borrar el formulario?</translation>
    </message>
    <message>
        <source>Clear what you typed? This can&apos;t be undone.</source>
        <translation>¿Borrar lo que ha escrito? No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>ScanWatch</name>
    <message>
        <source>That badge was read only in part. Please scan it again, or type your details.</source>
        <translation>La credencial solo se leyó en parte. Escanéela de nuevo o escriba sus datos.</translation>
    </message>
    <message>
        <source>That badge could not be read. Please type your details.</source>
        <translation>No se pudo leer la credencial. Escriba sus datos.</translation>
    </message>
    <message>
        <source>Scanned: {name}. Check your details, then press Enter.</source>
        <translation>Escaneado: {name}. Revise sus datos y pulse Intro.</translation>
    </message>
    <message>
        <source>Use the badge?</source>
        <translation>¿Usar la credencial?</translation>
    </message>
    <message>
        <source>Replace what you typed ({fields}) with the details from your badge?</source>
        <translation>¿Reemplazar lo que escribió ({fields}) por los datos de su credencial?</translation>
    </message>
    <message>
        <source>Use the badge</source>
        <translation>Usar la credencial</translation>
    </message>
    <message>
        <source>Keep what I typed</source>
        <translation>Conservar lo que escribí</translation>
    </message>
</context>
</TS>
