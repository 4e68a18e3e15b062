<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>About</name>
    <message>
        <source>About cg-desktop</source>
        <translation>Acerca de cg-desktop</translation>
    </message>
</context>
<context>
    <name>Accessible</name>
    <message>
        <source>{label}, required</source>
        <translation>{label}, obligatorio</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
    <message>
        <source>success</source>
        <translation>éxito</translation>
    </message>
    <message>
        <source>info</source>
        <translation>información</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
</context>
<context>
    <name>ChoiceFieldEditor</name>
    <message>
        <source>— choose —</source>
        <translation>— elija —</translation>
    </message>
</context>
<context>
    <name>ChoicesDialog</name>
    <message>
        <source>Choices for {key}</source>
        <translation>Opciones de {key}</translation>
    </message>
    <message>
        <source>Choices for this field</source>
        <translation>Opciones de este campo</translation>
    </message>
    <message>
        <source>&amp;One choice per line, exactly as CustomerGauge expects it:</source>
        <translation>&amp;Una opción por línea, tal como la espera CustomerGauge:</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <source>Leave practice mode?</source>
        <translation>¿Salir del modo de práctica?</translation>
    </message>
    <message>
        <source>Leave practice mode anyway?</source>
        <translation>¿Salir del modo de práctica de todos modos?</translation>
    </message>
    <message>
        <source>Try in practice mode?</source>
        <translation>¿Probar en el modo de práctica?</translation>
    </message>
    <message>
        <source>Try in practice mode anyway?</source>
        <translation>¿Probar en el modo de práctica de todos modos?</translation>
    </message>
    <message>
        <source>Start kiosk mode?</source>
        <translation>¿Iniciar el modo quiosco?</translation>
    </message>
    <message>
        <source>Start kiosk mode anyway?</source>
        <translation>¿Iniciar el modo quiosco de todos modos?</translation>
    </message>
    <message>
        <source>Close cg-desktop?</source>
        <translation>¿Cerrar cg-desktop?</translation>
    </message>
    <message>
        <source>Close cg-desktop anyway?</source>
        <translation>¿Cerrar cg-desktop de todos modos?</translation>
    </message>
    <message>
        <source>What is typed in the form has not been sent and will be lost.</source>
        <translation>Lo escrito en el formulario no se ha enviado y se perderá.</translation>
    </message>
    <message>
        <source>1 record is still waiting to be sent: it is kept, and goes out the next time cg-desktop is open.</source>
        <translation>1 registro sigue esperando para enviarse: se conserva y se enviará la próxima vez que cg-desktop esté abierto.</translation>
    </message>
    <message>
        <source>{count} records are still waiting to be sent: they are kept, and go out the next time cg-desktop is open.</source>
        <translation>{count} registros siguen esperando para enviarse: se conservan y se enviarán la próxima vez que cg-desktop esté abierto.</translation>
    </message>
</context>
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
    <name>CredentialsDialog</name>
    <message>
        <source>Webhook credentials — {region}</source>
        <translation>Credenciales del webhook — {region}</translation>
    </message>
    <message>
        <source>Credentials — {region}</source>
        <translation>Credenciales — {region}</translation>
    </message>
    <message>
        <source>Sign in to {server} with a Connected App&apos;s Client ID and Client Secret (your CustomerGauge administrator creates them).</source>
        <translation>Inicie sesión en {server} con el Client ID y el Client Secret de una Connected App (los crea su administrador de CustomerGauge).</translation>
    </message>
    <message>
        <source>This profile sends through the Incoming Webhook {url}. Give the user and password CustomerGauge showed with it (your administrator has them).</source>
        <translation>Este perfil envía a través del Incoming Webhook {url}. Indique el usuario y la contraseña que CustomerGauge mostró con él (los tiene su administrador).</translation>
    </message>
    <message>
        <source>Sh&amp;ow the password</source>
        <translation>M&amp;ostrar la contraseña</translation>
    </message>
    <message>
        <source>Sh&amp;ow the secret</source>
        <translation>M&amp;ostrar el Client Secret</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>Client &amp;ID</source>
        <translation>Client &amp;ID</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Con&amp;traseña</translation>
    </message>
    <message>
        <source>Client &amp;Secret</source>
        <translation>Client &amp;Secret</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Guardar solo para esta sesión</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <source>Keep for this session</source>
        <translation>Guardar para esta sesión</translation>
    </message>
    <message>
        <source>Cancel &amp;test</source>
        <translation>Cancelar la &amp;prueba</translation>
    </message>
    <message>
        <source>Signing in to {server}…</source>
        <translation>Iniciando sesión en {server}…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Prueba cancelada.</translation>
    </message>
    <message>
        <source>✘ The test could not run. Try again.</source>
        <translation>✘ No se pudo hacer la prueba. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>DateFieldEditor</name>
    <message>
        <source>YYYY-MM-DD HH:MM:SS</source>
        <translation>AAAA-MM-DD HH:MM:SS</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Pick a date (Alt+Down)</source>
        <translation>Elija una fecha (Alt+Flecha abajo)</translation>
    </message>
    <message>
        <source>Pick a date for {field}</source>
        <translation>Elija una fecha para {field}</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>CustomerGauge&apos;s words: {words}</source>
        <translation>Texto exacto de CustomerGauge: {words}</translation>
    </message>
</context>
<context>
    <name>FieldsPanel</name>
    <message>
        <source>Add fi&amp;eld</source>
        <translation>&amp;Añadir campo</translation>
    </message>
    <message>
        <source>Remove fiel&amp;d</source>
        <translation>&amp;Quitar campo</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>Edit &amp;choices…</source>
        <translation>Editar &amp;opciones…</translation>
    </message>
    <message>
        <source>F&amp;ields</source>
        <translation>&amp;Campos</translation>
    </message>
</context>
<context>
    <name>FieldsTable</name>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>The exact key the mapping expects, as in CustomerGauge&apos;s Field Settings (case-sensitive).</source>
        <translation>La clave exacta que espera el mapeo, como en Field Settings de CustomerGauge (distingue mayúsculas y minúsculas).</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>What the desk sees beside the field (the key, if left empty).</source>
        <translation>Lo que ve el puesto junto al campo (la clave, si se deja vacío).</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What may be typed: text, an email address, a date…</source>
        <translation>Lo que se puede escribir: texto, una dirección de correo, una fecha…</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>The desk can&apos;t send without it.</source>
        <translation>El puesto no puede enviar sin este campo.</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>For a Choice field: the choices offered (double-click to edit).</source>
        <translation>Para un campo de opciones: las opciones ofrecidas (doble clic para editarlas).</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Oculto</translation>
    </message>
    <message>
        <source>Not shown on the form: its Value is always sent.</source>
        <translation>No se muestra en el formulario: su Valor se envía siempre.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>A hidden field&apos;s fixed value, or a value a shown field starts with.</source>
        <translation>El valor fijo de un campo oculto, o el valor inicial de un campo visible.</translation>
    </message>
    <message>
        <source>Sticky</source>
        <translation>Persistente</translation>
    </message>
    <message>
        <source>Kept after each send, for the next visitor (a desk&apos;s Touchpoint, say).</source>
        <translation>Se mantiene tras cada envío, para el siguiente visitante (por ejemplo, el Touchpoint de un puesto).</translation>
    </message>
    <message>
        <source>Max length</source>
        <translation>Longitud máx.</translation>
    </message>
    <message>
        <source>The most characters allowed (empty: no limit).</source>
        <translation>El número máximo de caracteres permitido (vacío: sin límite).</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>A line of help shown under the field.</source>
        <translation>Una línea de ayuda que se muestra bajo el campo.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message>
        <source>Problem: {finding}</source>
        <translation>Problema: {finding}</translation>
    </message>
    <message>
        <source>Problem. Click to go there.</source>
        <translation>Problema. Haga clic para ir allí.</translation>
    </message>
    <message>
        <source>Warning: {finding}</source>
        <translation>Aviso: {finding}</translation>
    </message>
    <message>
        <source>Warning. Click to go there.</source>
        <translation>Aviso. Haga clic para ir allí.</translation>
    </message>
    <message>
        <source>No problems: the profile can be saved.</source>
        <translation>Sin problemas: el perfil se puede guardar.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to cg-desktop</source>
        <translation>Bienvenido a cg-desktop</translation>
    </message>
    <message>
        <source>To send surveys you need two things from your CustomerGauge administrator: a &lt;b&gt;profile&lt;/b&gt;, a small file that says which fields to fill in and where they go, and a &lt;b&gt;Client ID and Client Secret&lt;/b&gt; (from CustomerGauge&apos;s Connected Apps) that let this computer send. Import the profile here; you are asked for the Client ID and Secret when you first send.</source>
        <translation>Para enviar encuestas necesita dos cosas de su administrador de CustomerGauge: un &lt;b&gt;perfil&lt;/b&gt;, un pequeño archivo que indica qué campos rellenar y adónde van, y un &lt;b&gt;Client ID y Client Secret&lt;/b&gt; (de Connected Apps de CustomerGauge) que permiten enviar desde este equipo. Importe aquí el perfil; el Client ID y el Secret se le pedirán en el primer envío.</translation>
    </message>
    <message>
        <source>Administrator without a profile file? Make one in &lt;b&gt;File → Profiles…&lt;/b&gt; from the field names on CustomerGauge&apos;s Field Settings page.</source>
        <translation>¿Es administrador y no tiene archivo de perfil? Cree uno en &lt;b&gt;Archivo → Perfiles…&lt;/b&gt; con los nombres de campo de la página Field Settings de CustomerGauge.</translation>
    </message>
    <message>
        <source>Just looking? Try &lt;b&gt;practice mode&lt;/b&gt;: everything works the same, but nothing is sent to CustomerGauge.</source>
        <translation>¿Solo quiere echar un vistazo? Pruebe el &lt;b&gt;modo de práctica&lt;/b&gt;: todo funciona igual, pero no se envía nada a CustomerGauge.</translation>
    </message>
    <message>
        <source>&amp;Import a profile…</source>
        <translation>&amp;Importar un perfil…</translation>
    </message>
    <message>
        <source>Try &amp;practice mode</source>
        <translation>Probar el modo de &amp;práctica</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>send</source>
        <translation>enviar</translation>
    </message>
    <message>
        <source>Shift+Tab</source>
        <translation>Mayús+Tab</translation>
    </message>
    <message>
        <source>next / previous field</source>
        <translation>campo siguiente / anterior</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>clear the form (asks first)</source>
        <translation>borrar el formulario (pregunta antes)</translation>
    </message>
    <message>
        <source>use the suggested address (&quot;Did you mean …?&quot;)</source>
        <translation>usar la dirección sugerida («¿Quiso decir …?»)</translation>
    </message>
    <message>
        <source>fix a record CustomerGauge refused</source>
        <translation>corregir un registro rechazado por CustomerGauge</translation>
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
        <translation>el formulario / el historial</translation>
    </message>
    <message>
        <source>the region / the profile</source>
        <translation>la región / el perfil</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>quit (what waits is sent next time)</source>
        <translation>salir (lo pendiente se envía la próxima vez)</translation>
    </message>
    <message>
        <source>Sending a record</source>
        <translation>Enviar un registro</translation>
    </message>
    <message>
        <source>Fill in the form and press &lt;b&gt;Enter&lt;/b&gt;. The record is saved on this computer at once and the form is cleared for the next person; &lt;b&gt;Recent&lt;/b&gt;, beside the form, shows how each send went. Nothing is lost when the Wi-Fi is down: it is sent when it is back.</source>
        <translation>Rellene el formulario y pulse &lt;b&gt;Intro&lt;/b&gt;. El registro se guarda al instante en este equipo y el formulario se borra para la siguiente persona; &lt;b&gt;Recientes&lt;/b&gt;, junto al formulario, muestra cómo fue cada envío. No se pierde nada si se cae el Wi-Fi: se envía cuando vuelve.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What you need</source>
        <translation>Lo que necesita</translation>
    </message>
    <message>
        <source>A &lt;b&gt;profile&lt;/b&gt; (which fields, and where they go) and your CustomerGauge &lt;b&gt;Client ID&lt;/b&gt; and &lt;b&gt;Client Secret&lt;/b&gt; (File → Credentials…). Without them, try practice mode: everything works, nothing is sent to CustomerGauge.</source>
        <translation>Un &lt;b&gt;perfil&lt;/b&gt; (qué campos y adónde van) y su &lt;b&gt;Client ID&lt;/b&gt; y &lt;b&gt;Client Secret&lt;/b&gt; de CustomerGauge (Archivo → Credenciales…). Sin ellos, pruebe el modo de práctica: todo funciona y no se envía nada a CustomerGauge.</translation>
    </message>
    <message>
        <source>cg-desktop Help</source>
        <translation>Ayuda de cg-desktop</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>Profile not here</source>
        <translation>Perfil no disponible</translation>
    </message>
    <message>
        <source>The profile &quot;{profile}&quot; of this send is not on this computer any more, so it can&apos;t be opened in the form.</source>
        <translation>El perfil «{profile}» de este envío ya no está en este equipo, así que no se puede abrir en el formulario.</translation>
    </message>
    <message>
        <source>{name} was not sent: {reason}
To fix it, click the field or press F2. Or just type the next person: this record then waits in Recent.</source>
        <translation>{name} no se ha enviado: {reason}
Para corregirlo, haga clic en el campo o pulse F2. O escriba directamente la siguiente persona: este registro espera entonces en Recientes.</translation>
    </message>
    <message>
        <source>{name} waits in Recent: F2 brings it back to fix.</source>
        <translation>{name} espera en Recientes: F2 lo trae de vuelta para corregirlo.</translation>
    </message>
    <message>
        <source>Fix what CustomerGauge refused for {name}, then press Enter: it goes as a new send.</source>
        <translation>Corrija lo que CustomerGauge rechazó de {name} y pulse Intro: saldrá como un envío nuevo.</translation>
    </message>
    <message>
        <source>The profile is “{profile}” for this fix; then back to “{desk}”.</source>
        <translation>El perfil es «{profile}» para esta corrección; después, de nuevo «{desk}».</translation>
    </message>
    <message>
        <source>That record is no longer on this computer.</source>
        <translation>Ese registro ya no está en este equipo.</translation>
    </message>
    <message>
        <source>Replace what is typed?</source>
        <translation>¿Reemplazar lo escrito?</translation>
    </message>
    <message>
        <source>The form holds {name}, not sent yet.</source>
        <translation>El formulario contiene {name}, aún sin enviar.</translation>
    </message>
    <message>
        <source>Replace it with {name} to fix? What is typed now would be lost. To keep it, send or clear it first, then press F2 again.</source>
        <translation>¿Reemplazarlo por {name} para corregirlo? Lo escrito ahora se perdería. Para conservarlo, envíelo o bórrelo primero y pulse F2 de nuevo.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Keep typing</source>
        <translation>Seguir escribiendo</translation>
    </message>
    <message>
        <source>Sign in to send this record.</source>
        <translation>Inicie sesión para enviar este registro.</translation>
    </message>
    <message>
        <source>Delete the send to {contact} from this computer? This can&apos;t be undone.</source>
        <translation>¿Eliminar de este equipo el envío a {contact}? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete the send to this contact from this computer? This can&apos;t be undone.</source>
        <translation>¿Eliminar de este equipo el envío a este contacto? No se puede deshacer.</translation>
    </message>
    <message>
        <source>It has not been sent yet: deleted, it will never be sent.</source>
        <translation>Aún no se ha enviado: si lo elimina, no se enviará nunca.</translation>
    </message>
    <message>
        <source>Delete this send?</source>
        <translation>¿Eliminar este envío?</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>No eliminado</translation>
    </message>
    <message>
        <source>The send was not deleted: {error}.</source>
        <translation>El envío no se ha eliminado: {error}.</translation>
    </message>
    <message>
        <source>This record is being sent right now, so it was not deleted. Look again in a moment.</source>
        <translation>Este registro se está enviando en este momento, así que no se ha eliminado. Vuelva a mirar dentro de un momento.</translation>
    </message>
    <message>
        <source>Clear the history?</source>
        <translation>¿Vaciar el historial?</translation>
    </message>
    <message>
        <source>Delete every finished send (delivered, or already surveyed) from this computer? Sends still waiting, and refused ones that need a fix, are kept. This can&apos;t be undone.</source>
        <translation>¿Eliminar de este equipo todos los envíos terminados (entregados o ya encuestados)? Los envíos aún en espera y los rechazados que necesitan una corrección se conservan. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Not cleared</source>
        <translation>No vaciado</translation>
    </message>
    <message>
        <source>The history was not cleared: {error}.</source>
        <translation>El historial no se ha vaciado: {error}.</translation>
    </message>
    <message>
        <source>History cleared: 1 send deleted.</source>
        <translation>Historial vaciado: 1 envío eliminado.</translation>
    </message>
    <message>
        <source>History cleared: {count} sends deleted.</source>
        <translation>Historial vaciado: {count} envíos eliminados.</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Exportar el historial</translation>
    </message>
    <message>
        <source>Include personal data (names, email addresses, phone numbers)?</source>
        <translation>¿Incluir datos personales (nombres, direcciones de correo, números de teléfono)?</translation>
    </message>
    <message>
        <source>Without it, contacts are masked (j***@example.com): safer to share.</source>
        <translation>Sin ellos, los contactos se enmascaran (j***@example.com): es más seguro para compartir.</translation>
    </message>
    <message>
        <source>Without personal data</source>
        <translation>Sin datos personales</translation>
    </message>
    <message>
        <source>With personal data</source>
        <translation>Con datos personales</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
    <message>
        <source>Choose another folder: this one holds cg-desktop&apos;s own history.</source>
        <translation>Elija otra carpeta: esta contiene el historial propio de cg-desktop.</translation>
    </message>
    <message>
        <source>The file could not be written: {error}.</source>
        <translation>No se pudo escribir el archivo: {error}.</translation>
    </message>
    <message>
        <source>Exported 1 send to {path}.</source>
        <translation>1 envío exportado a {path}.</translation>
    </message>
    <message>
        <source>Exported {count} sends to {path}.</source>
        <translation>{count} envíos exportados a {path}.</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>este registro</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Search contact, profile or message…</source>
        <translation>Buscar contacto, perfil o mensaje…</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Se&amp;arch:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <source>Details of the chosen send</source>
        <translation>Detalles del envío elegido</translation>
    </message>
    <message>
        <source>Select a send to see what was sent and how it went.</source>
        <translation>Seleccione un envío para ver qué se envió y cómo fue.</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Detalles técnicos</translation>
    </message>
    <message>
        <source>The exact request and CustomerGauge&apos;s exact answer</source>
        <translation>La solicitud exacta y la respuesta exacta de CustomerGauge</translation>
    </message>
    <message>
        <source>&amp;Edit and resend…</source>
        <translation>&amp;Editar y reenviar…</translation>
    </message>
    <message>
        <source>Open this record in the form, with CustomerGauge&apos;s errors</source>
        <translation>Abrir este registro en el formulario, con los errores de CustomerGauge</translation>
    </message>
    <message>
        <source>Retr&amp;y now</source>
        <translation>Reinten&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Elimi&amp;nar…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>C&amp;lear history…</source>
        <translation>Vaciar &amp;historial…</translation>
    </message>
    <message>
        <source>All sends</source>
        <translation>Todos los envíos</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Needs a fix</source>
        <translation>Requiere corrección</translation>
    </message>
    <message>
        <source>Already surveyed</source>
        <translation>Ya encuestado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
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
    <name>InstanceLock</name>
    <message>
        <source>cg-desktop is already open on this computer (it may be minimised or on another desktop). Use that window.</source>
        <translation>cg-desktop ya está abierto en este equipo (puede estar minimizado o en otro escritorio). Use esa ventana.</translation>
    </message>
</context>
<context>
    <name>KioskNotice</name>
    <message>
        <source>Thank you, {name} — you’re all set.</source>
        <translation>Gracias, {name}: todo listo.</translation>
    </message>
    <message>
        <source>Thank you — you’re all set.</source>
        <translation>Gracias: todo listo.</translation>
    </message>
    <message>
        <source>Welcome! Please fill in your details, then press Enter.</source>
        <translation>¡Bienvenido! Escriba sus datos y pulse Intro.</translation>
    </message>
</context>
<context>
    <name>KioskSettingsDialog</name>
    <message>
        <source>&amp;Start kiosk mode</source>
        <translation>&amp;Iniciar modo quiosco</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>Modo quiosco</translation>
    </message>
    <message>
        <source>Kiosk mode makes this computer a self-service desk: full screen, the form only, one visitor at a time, the form cleared after each. Staff leave it, or open the staff panel (Ctrl+Alt+S), with the PIN.</source>
        <translation>El modo quiosco convierte este equipo en un puesto de autoservicio: pantalla completa, solo el formulario, un visitante cada vez y el formulario borrado después de cada uno. El personal sale de él, o abre el panel del personal (Ctrl+Alt+S), con el PIN.</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> segundos</translation>
    </message>
    <message>
        <source>&amp;Open in kiosk mode whenever cg-desktop starts</source>
        <translation>&amp;Abrir en modo quiosco cada vez que se inicie cg-desktop</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Ejecuta:</translation>
    </message>
    <message>
        <source>&amp;Clear an untouched form after</source>
        <translation>&amp;Borrar un formulario sin tocar tras</translation>
    </message>
    <message>
        <source>Practice mode: these settings last until you leave this kiosk.</source>
        <translation>Modo de práctica: estos ajustes duran hasta que salga de este quiosco.</translation>
    </message>
    <message>
        <source>Staff PIN:</source>
        <translation>PIN del personal:</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>New PIN chosen (saved with the rest).</source>
        <translation>Nuevo PIN elegido (se guarda con lo demás).</translation>
    </message>
    <message>
        <source>Set.</source>
        <translation>Definido.</translation>
    </message>
    <message>
        <source>Not set yet: kiosk mode needs one.</source>
        <translation>Aún no definido: el modo quiosco lo necesita.</translation>
    </message>
    <message>
        <source>Change &amp;PIN…</source>
        <translation>Cambiar el &amp;PIN…</translation>
    </message>
    <message>
        <source>Set &amp;PIN…</source>
        <translation>Definir el &amp;PIN…</translation>
    </message>
    <message>
        <source>the profile “{profile}”, sending to {region}</source>
        <translation>el perfil «{profile}», con envío a {region}</translation>
    </message>
</context>
<context>
    <name>KioskStart</name>
    <message>
        <source>There is no profile called “{name}” on this computer.</source>
        <translation>No hay ningún perfil llamado «{name}» en este equipo.</translation>
    </message>
    <message>
        <source>Kiosk mode needs a profile: import the one your administrator gave you (start cg-desktop without --kiosk, File → Import profile…), then start again.</source>
        <translation>El modo quiosco necesita un perfil: importe el que le dio su administrador (inicie cg-desktop sin --kiosk, Archivo → Importar perfil…) y vuelva a iniciarlo.</translation>
    </message>
    <message>
        <source>No staff PIN is set for kiosk mode.</source>
        <translation>No hay ningún PIN del personal definido para el modo quiosco.</translation>
    </message>
    <message>
        <source>Kiosk mode needs a staff PIN; none was set.</source>
        <translation>El modo quiosco necesita un PIN del personal; no se definió ninguno.</translation>
    </message>
    <message>
        <source>The profile “{profile}” is not for a CustomerGauge region (it says “{region}”): start with --sandbox to practise with it, or give the region with --region eu, us or au.</source>
        <translation>El perfil “{profile}” no es de una región de CustomerGauge (indica “{region}”): inicie con --sandbox para practicar con él, o indique la región con --region eu, us o au.</translation>
    </message>
    <message>
        <source>Kiosk mode did not start</source>
        <translation>El modo quiosco no se inició</translation>
    </message>
    <message>
        <source>{reason} Ask the person who set up this desk.</source>
        <translation>{reason} Pregunte a la persona que configuró este puesto.</translation>
    </message>
    <message>
        <source>{reason} Staff can open cg-desktop&apos;s window with the staff PIN; without it, cg-desktop closes.</source>
        <translation>{reason} El personal puede abrir la ventana de cg-desktop con el PIN del personal; sin él, cg-desktop se cierra.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>cg-desktop — kiosk</source>
        <translation>cg-desktop — quiosco</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
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
        <source>Use {address}</source>
        <translation>Usar {address}</translation>
    </message>
    <message>
        <source>Waiting: records are kept and sent later</source>
        <translation>En espera: los registros se guardan y se envían más tarde</translation>
    </message>
    <message>
        <source>Sending works</source>
        <translation>El envío funciona</translation>
    </message>
    <message>
        <source>Sign in so this kiosk can send.</source>
        <translation>Inicie sesión para que este quiosco pueda enviar.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>LineFieldEditor</name>
    <message>
        <source>e.g. 250</source>
        <translation>p. ej., 250</translation>
    </message>
    <message>
        <source>{count} of {limit} characters</source>
        <translation>{count} de {limit} caracteres</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New record</source>
        <translation>Nuevo registro</translation>
    </message>
    <message>
        <source>The form (Ctrl+1)</source>
        <translation>El formulario (Ctrl+1)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Kiosk mode needs a profile: choose one (or File → Import profile…).</source>
        <translation>El modo quiosco necesita un perfil: elija uno (o Archivo → Importar perfil…).</translation>
    </message>
    <message>
        <source>Close the profile editor first, then choose File → Kiosk mode… again.</source>
        <translation>Cierre primero el editor de perfiles y luego elija Archivo → Modo quiosco… otra vez.</translation>
    </message>
    <message>
        <source>Kiosk mode&apos;s settings are saved.</source>
        <translation>Los ajustes del modo quiosco se han guardado.</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>Exportar perfil</translation>
    </message>
    <message>
        <source>There is no profile to export yet: import one first.</source>
        <translation>Todavía no hay ningún perfil para exportar: importe uno primero.</translation>
    </message>
    <message>
        <source>What was sent, and how it went (Ctrl+2)</source>
        <translation>Lo que se envió y cómo fue (Ctrl+2)</translation>
    </message>
    <message>
        <source>What is typed in the form could not be saved.</source>
        <translation>Lo escrito en el formulario no se ha podido guardar.</translation>
    </message>
    <message>
        <source>cg-desktop can&apos;t start</source>
        <translation>cg-desktop no puede iniciarse</translation>
    </message>
    <message>
        <source>History database replaced</source>
        <translation>Base de datos del historial reemplazada</translation>
    </message>
    <message>
        <source>{name} — your organisation</source>
        <translation>{name} — su organización</translation>
    </message>
    <message>
        <source>{title} — practice mode</source>
        <translation>{title} — modo de práctica</translation>
    </message>
    <message>
        <source>cg-desktop is already open</source>
        <translation>cg-desktop ya está abierto</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>El nuevo idioma se usará a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Import profile…</source>
        <translation>&amp;Importar perfil…</translation>
    </message>
    <message>
        <source>Pr&amp;ofiles…</source>
        <translation>Per&amp;files…</translation>
    </message>
    <message>
        <source>&amp;Fix a refused record</source>
        <translation>Corregir un registro &amp;rechazado</translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation>&amp;Exportar historial…</translation>
    </message>
    <message>
        <source>Export &amp;profile…</source>
        <translation>Exportar &amp;perfil…</translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation>&amp;Credenciales…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>&amp;Kiosk mode…</source>
        <translation>Modo &amp;quiosco…</translation>
    </message>
    <message>
        <source>&amp;Leave practice mode</source>
        <translation>Sa&amp;lir del modo de práctica</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formulario</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>cg-desktop &amp;Help</source>
        <translation>A&amp;yuda de cg-desktop</translation>
    </message>
    <message>
        <source>&amp;Check this computer…</source>
        <translation>&amp;Comprobar este equipo…</translation>
    </message>
    <message>
        <source>&amp;About cg-desktop</source>
        <translation>&amp;Acerca de cg-desktop</translation>
    </message>
</context>
<context>
    <name>NewPinDialog</name>
    <message>
        <source>Staff PIN for this kiosk</source>
        <translation>PIN del personal para este quiosco</translation>
    </message>
    <message>
        <source>Kiosk mode keeps visitors to the form. Choose a PIN for the staff: it is needed to leave kiosk mode and to see the staff panel. It is kept only as a salted hash, so write it down somewhere safe.</source>
        <translation>El modo quiosco mantiene a los visitantes en el formulario. Elija un PIN para el personal: se necesita para salir del modo quiosco y para ver el panel del personal. Solo se guarda como hash con sal, así que anótelo en un lugar seguro.</translation>
    </message>
    <message>
        <source>&amp;PIN (4 to 12 digits)</source>
        <translation>&amp;PIN (de 4 a 12 cifras)</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN de &amp;nuevo</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Los dos PIN no coinciden.</translation>
    </message>
</context>
<context>
    <name>NewProfileDialog</name>
    <message>
        <source>New profile</source>
        <translation>Perfil nuevo</translation>
    </message>
    <message>
        <source>Data &amp;type (as the mapping in CustomerGauge)</source>
        <translation>Tipo de &amp;datos (como el mapeo en CustomerGauge)</translation>
    </message>
    <message>
        <source>Start with the &amp;usual fields</source>
        <translation>&amp;Empezar con los campos habituales</translation>
    </message>
    <message>
        <source>&amp;Paste field names…</source>
        <translation>&amp;Pegar nombres de campos…</translation>
    </message>
    <message>
        <source>Paste the field &amp;names from CustomerGauge (Data → Field Settings): one per line, or a copied table (its first column is used).</source>
        <translation>Pegue los &amp;nombres de campos de CustomerGauge (Data → Field Settings): uno por línea, o una tabla copiada (se usa su primera columna).</translation>
    </message>
    <message>
        <source>Check the &amp;kind of each field (guessed from its name):</source>
        <translation>Compruebe el &amp;tipo de cada campo (deducido de su nombre):</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>C&amp;rear</translation>
    </message>
    <message>
        <source>For {data_type}: {keys}.</source>
        <translation>Para {data_type}: {keys}.</translation>
    </message>
    <message>
        <source>Type of {key}</source>
        <translation>Tipo de {key}</translation>
    </message>
    <message>
        <source>Paste the field names first.</source>
        <translation>Pegue primero los nombres de campos.</translation>
    </message>
</context>
<context>
    <name>OutcomeView</name>
    <message>
        <source>Sent to {name}. The practice sandbox accepted it: with a real account, CustomerGauge would now send the survey.</source>
        <translation>Enviado a {name}. El entorno de práctica lo aceptó: con una cuenta real, CustomerGauge enviaría ahora la encuesta.</translation>
    </message>
    <message>
        <source>Sent to {name}. CustomerGauge will send the survey.</source>
        <translation>Enviado a {name}. CustomerGauge enviará la encuesta.</translation>
    </message>
    <message>
        <source>{name} already received a survey recently (CG-ID {cg_id}), so no new survey was sent.</source>
        <translation>{name} ya recibió una encuesta hace poco (CG-ID {cg_id}), así que no se envió ninguna nueva.</translation>
    </message>
    <message>
        <source>{name} already received a survey recently, so no new survey was sent.</source>
        <translation>{name} ya recibió una encuesta hace poco, así que no se envió ninguna nueva.</translation>
    </message>
    <message>
        <source>{name}: saved. {message} It will be sent once you sign in.</source>
        <translation>{name}: guardado. {message} Se enviará en cuanto inicie sesión.</translation>
    </message>
    <message>
        <source>The exact keys sent:</source>
        <translation>Las claves exactas enviadas:</translation>
    </message>
    <message>
        <source>The server&apos;s answer:</source>
        <translation>La respuesta del servidor:</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Staff: type the PIN to open cg-desktop&apos;s window.</source>
        <translation>Personal: escriba el PIN para abrir la ventana de cg-desktop.</translation>
    </message>
    <message>
        <source>Staff: type the PIN to open the staff panel.</source>
        <translation>Personal: escriba el PIN para abrir el panel del personal.</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Solo personal</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <source>Too many wrong PINs: try again in {seconds} s.</source>
        <translation>Demasiados PIN incorrectos: vuelva a intentarlo en {seconds} s.</translation>
    </message>
    <message>
        <source>You can try the PIN again.</source>
        <translation>Puede volver a intentar el PIN.</translation>
    </message>
    <message>
        <source>That PIN is not right. 1 try left.</source>
        <translation>Ese PIN no es correcto. Queda 1 intento.</translation>
    </message>
    <message>
        <source>That PIN is not right. {count} tries left.</source>
        <translation>Ese PIN no es correcto. Quedan {count} intentos.</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Practice mode — nothing is sent to CustomerGauge</source>
        <translation>Modo de práctica — no se envía nada a CustomerGauge</translation>
    </message>
    <message>
        <source>Practice mode — trying “{name}”; nothing is sent to CustomerGauge</source>
        <translation>Modo de práctica — probando «{name}»; no se envía nada a CustomerGauge</translation>
    </message>
</context>
<context>
    <name>PracticeRibbon</name>
    <message>
        <source>Simulate a Wi-Fi &amp;outage</source>
        <translation>Simular un c&amp;orte de Wi-Fi</translation>
    </message>
    <message>
        <source>Practice: CustomerGauge stops answering until you press this again. Sends wait and go out by themselves when the connection is back.</source>
        <translation>Práctica: CustomerGauge deja de responder hasta que vuelva a pulsar aquí. Los envíos esperan y salen solos cuando vuelve la conexión.</translation>
    </message>
    <message>
        <source>{ribbon} · the practice server could not restart: try again</source>
        <translation>{ribbon} · el servidor de práctica no pudo reiniciarse: inténtelo de nuevo</translation>
    </message>
    <message>
        <source>End the Wi-Fi &amp;outage</source>
        <translation>Terminar el c&amp;orte de Wi-Fi</translation>
    </message>
    <message>
        <source>{ribbon} · Wi-Fi outage (simulated)</source>
        <translation>{ribbon} · corte de Wi-Fi (simulado)</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>What to check in this profile</source>
        <translation>Qué revisar en este perfil</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Checks (click one to go to it)</source>
        <translation>Comprobaciones (haga clic para ir)</translation>
    </message>
    <message>
        <source>Fix the problems listed under the fields first.</source>
        <translation>Corrija primero los problemas indicados bajo los campos.</translation>
    </message>
    <message>
        <source>Choose a profile on the left, or press New… to make one.</source>
        <translation>Elija un perfil a la izquierda o pulse Nuevo… para crear uno.</translation>
    </message>
    <message>
        <source>“{name}” is provided by your organisation, so it can&apos;t be changed or deleted here. Duplicate it to make your own version.</source>
        <translation>“{name}” lo proporciona su organización, así que no se puede cambiar ni eliminar aquí. Duplíquelo para crear su propia versión.</translation>
    </message>
    <message>
        <source>New profile — not saved yet.</source>
        <translation>Perfil nuevo — aún sin guardar.</translation>
    </message>
    <message>
        <source>Editing “{name}” — changed, not saved yet.</source>
        <translation>Editando “{name}” — con cambios aún sin guardar.</translation>
    </message>
    <message>
        <source>Editing “{name}”.</source>
        <translation>Editando “{name}”.</translation>
    </message>
    <message>
        <source>Delete profile?</source>
        <translation>¿Eliminar el perfil?</translation>
    </message>
    <message>
        <source>Delete the profile “{name}” from this computer? Its form will no longer be offered here. This can&apos;t be undone.</source>
        <translation>¿Eliminar el perfil “{name}” de este equipo? Su formulario ya no se ofrecerá aquí. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Profile not deleted</source>
        <translation>Perfil no eliminado</translation>
    </message>
    <message>
        <source>“{name}”: {problem}</source>
        <translation>“{name}”: {problem}</translation>
    </message>
    <message>
        <source>Saving the profile</source>
        <translation>Guardar el perfil</translation>
    </message>
    <message>
        <source>the new profile</source>
        <translation>el perfil nuevo</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>“{name}” has problems, so it can&apos;t be saved as it is. Discard the changes?</source>
        <translation>“{name}” tiene problemas, así que no se puede guardar tal como está. ¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>¿Guardar los cambios?</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before leaving it?</source>
        <translation>¿Guardar los cambios de “{name}” antes de salir de él?</translation>
    </message>
</context>
<context>
    <name>ProfileExport</name>
    <message>
        <source>Export profile</source>
        <translation>Exportar perfil</translation>
    </message>
    <message>
        <source>Profiles (*.cgprofile)</source>
        <translation>Perfiles (*.cgprofile)</translation>
    </message>
    <message>
        <source>Profile not exported</source>
        <translation>Perfil no exportado</translation>
    </message>
    <message>
        <source>cg-desktop could not write {file}: {problem} Choose a folder you may write to, such as Documents.</source>
        <translation>cg-desktop no pudo escribir {file}: {problem} Elija una carpeta en la que pueda escribir, como Documentos.</translation>
    </message>
    <message>
        <source>Profile exported</source>
        <translation>Perfil exportado</translation>
    </message>
    <message>
        <source>“{name}” is saved as {file}. Hand this file to the other desks: opening it imports the profile. It holds no password or secret.</source>
        <translation>“{name}” se ha guardado como {file}. Entregue este archivo a los demás puestos: al abrirlo se importa el perfil. No contiene ninguna contraseña ni secreto.</translation>
    </message>
</context>
<context>
    <name>ProfileImport</name>
    <message>
        <source>Import profile</source>
        <translation>Importar un perfil</translation>
    </message>
    <message>
        <source>Profiles (*.cgprofile *.json)</source>
        <translation>Perfiles (*.cgprofile *.json)</translation>
    </message>
    <message>
        <source>Profile not imported</source>
        <translation>Perfil no importado</translation>
    </message>
    <message>
        <source>That folder holds cg-desktop&apos;s own history, not profiles. Choose the profile file your administrator gave you.</source>
        <translation>Esa carpeta contiene el historial propio de cg-desktop, no perfiles. Elija el archivo de perfil que le dio su administrador.</translation>
    </message>
    <message>
        <source>Profile not found</source>
        <translation>Perfil no encontrado</translation>
    </message>
    <message>
        <source>cg-desktop can&apos;t find “{file}” in {folder}. Was it moved, renamed or deleted? Open it from where it is now.</source>
        <translation>cg-desktop no encuentra “{file}” en {folder}. ¿Se ha movido, cambiado de nombre o eliminado? Ábralo desde donde esté ahora.</translation>
    </message>
    <message>
        <source>This file can&apos;t be used as a profile. Ask your CustomerGauge administrator for a corrected one.

Details: {details}</source>
        <translation>Este archivo no se puede usar como perfil. Pida uno corregido a su administrador de CustomerGauge.

Detalles: {details}</translation>
    </message>
    <message>
        <source>Replace profile?</source>
        <translation>¿Reemplazar el perfil?</translation>
    </message>
    <message>
        <source>A profile called “{name}” is already here. Replace it with this file?</source>
        <translation>Ya hay un perfil llamado “{name}”. ¿Reemplazarlo por este archivo?</translation>
    </message>
    <message>
        <source>and {count} more changes</source>
        <translation>y {count} cambios más</translation>
    </message>
    <message>
        <source>A profile called “{name}” is already here. This file changes it:

{changes}

Replace it?</source>
        <translation>Ya hay un perfil llamado “{name}”. Este archivo lo cambia:

{changes}

¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>Profile added</source>
        <translation>Perfil añadido</translation>
    </message>
    <message>
        <source>cg-desktop is already open. The profile “{name}” is added to it: choose it in the Profile list of the open window.</source>
        <translation>cg-desktop ya está abierto. Se le ha añadido el perfil “{name}”: elíjalo en la lista de perfiles de la ventana abierta.</translation>
    </message>
</context>
<context>
    <name>ProfileList</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Pr&amp;ofiles</source>
        <translation>&amp;Perfiles</translation>
    </message>
    <message>
        <source>{file} — can&apos;t be read</source>
        <translation>{file} — no se puede leer</translation>
    </message>
    <message>
        <source>{name} — your organisation</source>
        <translation>{name} — su organización</translation>
    </message>
</context>
<context>
    <name>ProfilePreview</name>
    <message>
        <source>The preview appears once the profile has no problems.</source>
        <translation>La vista previa aparece en cuanto el perfil no tiene problemas.</translation>
    </message>
    <message>
        <source>What a desk will see. Try typing in it: nothing is sent from here.</source>
        <translation>Lo que verá un puesto. Pruebe a escribir en él: desde aquí no se envía nada.</translation>
    </message>
    <message>
        <source>Not up to date: this is the form before the last changes. Fix the problems listed to see the new one.</source>
        <translation>No está al día: este es el formulario anterior a los últimos cambios. Corrija los problemas indicados para ver el nuevo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vista previa&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ProfileSettings</name>
    <message>
        <source>e.g. Spring fair desk</source>
        <translation>p. ej., Puesto feria de primavera</translation>
    </message>
    <message>
        <source>Paste it here (like 9dd58237-c913-4073-…)</source>
        <translation>Péguela aquí (como 9dd58237-c913-4073-…)</translation>
    </message>
    <message>
        <source>The user name CustomerGauge gave with the webhook (not secret)</source>
        <translation>El nombre de usuario que CustomerGauge dio con el webhook (no es secreto)</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>Avan&amp;zado</translation>
    </message>
    <message>
        <source>How records are sent: leave as they are unless told</source>
        <translation>Cómo se envían los registros: déjelo como está, salvo que se le indique otra cosa</translation>
    </message>
    <message>
        <source>In CustomerGauge: Data → Rest APIs → Inbound Mapping, column Reference.</source>
        <translation>En CustomerGauge: Data → Rest APIs → Inbound Mapping, columna Reference.</translation>
    </message>
    <message>
        <source>The webhook&apos;s URL as CustomerGauge shows it (https://hooks.&lt;region&gt;.customergauge.com/…), or only the id at its end</source>
        <translation>La URL del webhook tal como la muestra CustomerGauge (https://hooks.&lt;region&gt;.customergauge.com/…), o solo el id del final</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>Nom&amp;bre</translation>
    </message>
    <message>
        <source>Data &amp;type</source>
        <translation>&amp;Tipo de datos</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Región</translation>
    </message>
    <message>
        <source>Sent t&amp;hrough</source>
        <translation>En&amp;viado mediante</translation>
    </message>
    <message>
        <source>Mapping re&amp;ference</source>
        <translation>Referencia de&amp;l mapeo</translation>
    </message>
    <message>
        <source>Webhoo&amp;k URL</source>
        <translation>&amp;URL del webhook</translation>
    </message>
    <message>
        <source>Webhook user (lo&amp;gin)</source>
        <translation>Usuario del &amp;webhook (login)</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Método</translation>
    </message>
    <message>
        <source>&amp;Body format</source>
        <translation>&amp;Formato del cuerpo</translation>
    </message>
</context>
<context>
    <name>ProfileTry</name>
    <message>
        <source>Save before trying?</source>
        <translation>¿Guardar antes de probar?</translation>
    </message>
    <message>
        <source>Practice mode opens in place of this window. Save the changes to “{name}” and try it there?</source>
        <translation>El modo de práctica se abre en lugar de esta ventana. ¿Guardar los cambios de “{name}” y probarlo allí?</translation>
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
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Check this computer</source>
        <translation>Comprobar este equipo</translation>
    </message>
    <message>
        <source>Whether this computer is ready for the first visitor: each line says what was found and, when something is wrong, what to do next.</source>
        <translation>Si este equipo está listo para el primer visitante: cada línea dice qué se encontró y, cuando algo falla, qué hacer a continuación.</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>Resultados de la comprobación</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copiar informe</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Comprobar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Checking {name}… ({number} of {total})</source>
        <translation>Comprobando {name}… ({number} de {total})</translation>
    </message>
    <message>
        <source>the check failed ({error})</source>
        <translation>la comprobación falló ({error})</translation>
    </message>
    <message>
        <source>Send this report to support.</source>
        <translation>Envíe este informe al soporte.</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Siguiente paso: {step}</translation>
    </message>
    <message>
        <source>Not ready: 1 problem above. Fix it, then Check again.</source>
        <translation>No está listo: 1 problema arriba. Corríjalo y luego pulse Comprobar de nuevo.</translation>
    </message>
    <message>
        <source>Not ready: {count} problems above. Fix them, then Check again.</source>
        <translation>No está listo: {count} problemas arriba. Corríjalos y luego pulse Comprobar de nuevo.</translation>
    </message>
    <message>
        <source>Ready, with 1 warning worth a look.</source>
        <translation>Listo, con 1 aviso que conviene revisar.</translation>
    </message>
    <message>
        <source>Ready, with {count} warnings worth a look.</source>
        <translation>Listo, con {count} avisos que conviene revisar.</translation>
    </message>
    <message>
        <source>Ready: everything checked is fine.</source>
        <translation>Listo: todo lo comprobado está bien.</translation>
    </message>
    <message>
        <source>{summary} (Copied.)</source>
        <translation>{summary} (Copiado.)</translation>
    </message>
</context>
<context>
    <name>RecentStrip</name>
    <message>
        <source>Recent</source>
        <translation>Recientes</translation>
    </message>
    <message>
        <source>Recent sends</source>
        <translation>Envíos recientes</translation>
    </message>
    <message>
        <source>Records you send appear here, with how each one went.</source>
        <translation>Los registros que envíe aparecen aquí, con el resultado de cada uno.</translation>
    </message>
    <message>
        <source>Fix (F2)</source>
        <translation>Corregir (F2)</translation>
    </message>
    <message>
        <source>Open the selected refused record in the form to fix it</source>
        <translation>Abrir el registro rechazado seleccionado en el formulario para corregirlo</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Also sent: {fields}</source>
        <translation>También se envía: {fields}</translation>
    </message>
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
        <source>Read as {shown} (sent as {value}).</source>
        <translation>Interpretado como {shown} (se envía como {value}).</translation>
    </message>
    <message>
        <source>Read as {value}.</source>
        <translation>Interpretado como {value}.</translation>
    </message>
    <message>
        <source>To fix it first, click the field with the error or press F2</source>
        <translation>Para corregirlo primero, haga clic en el campo con el error o pulse F2</translation>
    </message>
    <message>
        <source>Not ready to send:</source>
        <translation>Aún no está listo para enviar:</translation>
    </message>
    <message>
        <source>Send this record (Enter)</source>
        <translation>Enviar este registro (Intro)</translation>
    </message>
    <message>
        <source>Not sent yet: correct the marked fields, then press Enter.</source>
        <translation>Aún no se ha enviado: corrija los campos marcados y pulse Intro.</translation>
    </message>
    <message>
        <source>Check {field}: {doubt} Alt+U uses it; Enter sends it as typed.</source>
        <translation>Revise {field}: {doubt} Alt+U usa la sugerencia; Intro lo envía tal como está escrito.</translation>
    </message>
    <message>
        <source>Check {field}: {doubt} Enter sends it as typed.</source>
        <translation>Revise {field}: {doubt} Intro lo envía tal como está escrito.</translation>
    </message>
    <message>
        <source>Changed to {address}. Press Enter to send.</source>
        <translation>Cambiado a {address}. Pulse Intro para enviar.</translation>
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
        <source>Your badge was read. Check your details, then press Enter.</source>
        <translation>Se ha leído su credencial. Revise sus datos y pulse Intro.</translation>
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
<context>
    <name>SendFlow</name>
    <message>
        <source>The record could not be saved on this computer, so it was not sent. Nothing you typed is lost: fix the problem in Details and press Send again.</source>
        <translation>El registro no se pudo guardar en este equipo, así que no se envió. No se ha perdido nada de lo que escribió: resuelva el problema indicado en Detalles y pulse Enviar de nuevo.</translation>
    </message>
    <message>
        <source>Sign in to send this record.</source>
        <translation>Inicie sesión para enviar este registro.</translation>
    </message>
    <message>
        <source>Saved {name}. It will be sent once you sign in (Credentials…).</source>
        <translation>{name} guardado. Se enviará en cuanto inicie sesión (Credenciales…).</translation>
    </message>
    <message>
        <source>Saved and sending: {name}…</source>
        <translation>Guardado y enviando: {name}…</translation>
    </message>
    <message>
        <source>Saved {name}. It will be sent once the sign-in is put right (Credentials…).</source>
        <translation>{name} guardado. Se enviará en cuanto se corrija el inicio de sesión (Credenciales…).</translation>
    </message>
    <message>
        <source>{name} was not sent: {reason} Press F2 to fix it in the form (it waits in Recent).</source>
        <translation>{name} no se ha enviado: {reason} Pulse F2 para corregirlo en el formulario (espera en Recientes).</translation>
    </message>
    <message>
        <source>{name} was not sent. {message}
It waits in Recent: F2 opens it.</source>
        <translation>{name} no se ha enviado. {message}
Espera en Recientes: F2 lo abre.</translation>
    </message>
    <message>
        <source>A record sent earlier ({contact}) was not accepted by CustomerGauge and needs a fix: open History (Ctrl+2), select it and press Edit and resend….</source>
        <translation>Un registro enviado antes ({contact}) no fue aceptado por CustomerGauge y necesita una corrección: abra el Historial (Ctrl+2), selecciónelo y pulse Editar y reenviar….</translation>
    </message>
    <message>
        <source>no contact</source>
        <translation>sin contacto</translation>
    </message>
    <message>
        <source>Sign in to send the waiting records.</source>
        <translation>Inicie sesión para enviar los registros en espera.</translation>
    </message>
    <message>
        <source>Back to the profile “{name}”.</source>
        <translation>De vuelta al perfil «{name}».</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>After this many days, delivered sends lose their personal data: the record and CustomerGauge&apos;s answer are removed and the contact is masked (j***@example.com). The send stays in the history. Sends not yet delivered are never touched.</source>
        <translation>Pasado este número de días, los envíos entregados pierden sus datos personales: se eliminan el registro y la respuesta de CustomerGauge, y el contacto se oculta (j***@example.com). El envío sigue en el historial. Los envíos aún no entregados nunca se tocan.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>El idioma del equipo</translation>
    </message>
    <message>
        <source>A new language is used from the next start of cg-desktop.</source>
        <translation>Un idioma nuevo se usa a partir del próximo inicio de cg-desktop.</translation>
    </message>
    <message>
        <source>&amp;Keep personal data for</source>
        <translation>&amp;Conservar los datos personales durante</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>nothing waiting</source>
        <translation>nada en espera</translation>
    </message>
    <message>
        <source>Last record sent: {time}</source>
        <translation>Último registro enviado: {time}</translation>
    </message>
    <message>
        <source>{count} record(s) were refused and need a fix: leave kiosk mode and open History (Ctrl+2).</source>
        <translation>Registros rechazados que hay que corregir: {count}. Salga del modo quiosco y abra el Historial (Ctrl+2).</translation>
    </message>
    <message>
        <source>Staff panel</source>
        <translation>Panel del personal</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Enviar a&amp;hora</translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation>&amp;Credenciales…</translation>
    </message>
    <message>
        <source>C&amp;heck this computer…</source>
        <translation>Co&amp;mprobar este equipo…</translation>
    </message>
    <message>
        <source>Kiosk &amp;settings…</source>
        <translation>A&amp;justes del quiosco…</translation>
    </message>
    <message>
        <source>&amp;Leave kiosk mode</source>
        <translation>&amp;Salir del quiosco</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>&amp;Volver al formulario</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>Send &amp;now</source>
        <translation>Enviar a&amp;hora</translation>
    </message>
    <message>
        <source>Try the waiting sends again now</source>
        <translation>Reintentar ahora los envíos pendientes</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Signed in as {client_id} (practice)</source>
        <translation>Sesión iniciada como {client_id} (práctica)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <source>Webhook user {user} (practice)</source>
        <translation>Usuario del webhook {user} (práctica)</translation>
    </message>
    <message>
        <source>Webhook user {user}</source>
        <translation>Usuario del webhook {user}</translation>
    </message>
    <message>
        <source>Client ID {user}</source>
        <translation>Client ID {user}</translation>
    </message>
    <message>
        <source>1 waiting to be sent</source>
        <translation>1 pendiente de envío</translation>
    </message>
    <message>
        <source>{count} waiting to be sent</source>
        <translation>{count} pendientes de envío</translation>
    </message>
    <message>
        <source>paused until the webhook&apos;s user and password are put right (Credentials…)</source>
        <translation>en pausa hasta que se corrijan el usuario y la contraseña del webhook (Credenciales…)</translation>
    </message>
    <message>
        <source>paused until you sign in again (Credentials…)</source>
        <translation>en pausa hasta que vuelva a iniciar sesión (Credenciales…)</translation>
    </message>
    <message>
        <source>offline: it goes as soon as the connection is back</source>
        <translation>sin conexión: se enviará en cuanto vuelva la conexión</translation>
    </message>
    <message>
        <source>offline: they go as soon as the connection is back</source>
        <translation>sin conexión: se enviarán en cuanto vuelva la conexión</translation>
    </message>
    <message>
        <source>next try at {time}</source>
        <translation>próximo intento a las {time}</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>enviando…</translation>
    </message>
    <message>
        <source>1 needs a fix (History)</source>
        <translation>1 necesita corrección (Historial)</translation>
    </message>
    <message>
        <source>{count} need a fix (History)</source>
        <translation>{count} necesitan corrección (Historial)</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>&amp;Import profile…</source>
        <translation>&amp;Importar perfil…</translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation>&amp;Credenciales…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
</context>
<context>
    <name>TryButton</name>
    <message>
        <source>Tr&amp;y in practice mode</source>
        <translation>Probar en modo de práct&amp;ica</translation>
    </message>
    <message>
        <source>Send a test record to the practice sandbox, which takes this profile&apos;s fields as its mapping: see CustomerGauge&apos;s checks and the exact keys sent.</source>
        <translation>Envíe un registro de prueba al entorno de práctica, que toma los campos de este perfil como mapeo: verá las comprobaciones de CustomerGauge y las claves exactas enviadas.</translation>
    </message>
    <message>
        <source>Fix the problems listed under the fields first.</source>
        <translation>Corrija primero los problemas indicados bajo los campos.</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>Finishing the send in progress… It is saved either way.</source>
        <translation>Terminando el envío en curso… Queda guardado en cualquier caso.</translation>
    </message>
</context>
<context>
    <name>_CellEditors</name>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>The PIN must be 4 to 12 digits (0-9), nothing else.</source>
        <translation>El PIN debe tener de 4 a 12 dígitos (0-9), nada más.</translation>
    </message>
    <message>
        <source>The PIN can&apos;t be one digit repeated (like 0000): it is the first thing guessed.</source>
        <translation>El PIN no puede ser un dígito repetido (como 0000): es lo primero que se prueba.</translation>
    </message>
    <message>
        <source>The PIN can&apos;t be a run of digits (like 1234 or 9876): it is easily guessed.</source>
        <translation>El PIN no puede ser una serie de dígitos (como 1234 o 9876): se adivina fácilmente.</translation>
    </message>
    <message>
        <source>This address has unusual parts (quotes, brackets, spaces, symbols or invisible characters). The server may accept it, but check it is what the person wrote.</source>
        <translation>Esta dirección tiene partes inusuales (comillas, paréntesis, espacios, símbolos o caracteres invisibles). El servidor puede aceptarla, pero compruebe que es lo que escribió la persona.</translation>
    </message>
    <message>
        <source>Did you mean {address}?</source>
        <translation>¿Quiso decir {address}?</translation>
    </message>
    <message>
        <source>The part after @ (&quot;{domain}&quot;) has no dot (like example.com) — check the address.</source>
        <translation>La parte tras @ (&quot;{domain}&quot;) no tiene punto (como example.com): revise la dirección.</translation>
    </message>
    <message>
        <source>This number has characters other than digits, spaces, ( ) - and + — check it.</source>
        <translation>Este número tiene caracteres distintos de dígitos, espacios, ( ) - y +: revíselo.</translation>
    </message>
    <message>
        <source>This phone number looks far too long — check it for extra digits.</source>
        <translation>Este teléfono parece demasiado largo: compruebe si sobran dígitos.</translation>
    </message>
    <message>
        <source>The country code of this number is not one in use — check it.</source>
        <translation>El prefijo de país de este número no está en uso: revíselo.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a phone number — check it.</source>
        <translation>Esto no parece un número de teléfono: revíselo.</translation>
    </message>
    <message>
        <source>This phone number looks incomplete for {where} — check it, or add the country code ({code}…).</source>
        <translation>Este teléfono parece incompleto para {where}: revíselo o añada el prefijo de país ({code}…).</translation>
    </message>
    <message>
        <source>This phone number looks incomplete for {where} — check it.</source>
        <translation>Este teléfono parece incompleto para {where}: revíselo.</translation>
    </message>
    <message>
        <source>This phone number looks too long for {where} — check it for extra digits.</source>
        <translation>Este teléfono parece demasiado largo para {where}: compruebe si sobran dígitos.</translation>
    </message>
    <message>
        <source>The country code {code} is not one in use — check the number.</source>
        <translation>El prefijo de país {code} no está en uso: revise el número.</translation>
    </message>
    <message>
        <source>This phone number doesn&apos;t look right for {where} — check it, or add the country code ({code}…).</source>
        <translation>Este teléfono no parece correcto para {where}: revíselo o añada el prefijo de país ({code}…).</translation>
    </message>
    <message>
        <source>This phone number doesn&apos;t look right for {where} — check it.</source>
        <translation>Este teléfono no parece correcto para {where}: revíselo.</translation>
    </message>
    <message>
        <source>The part after @ (&quot;{domain}&quot;) has no dot, like example.com.</source>
        <translation>La parte tras @ (&quot;{domain}&quot;) no tiene punto, como example.com.</translation>
    </message>
    <message>
        <source>Give an email address or a phone number (or both): the survey is sent to one of them.</source>
        <translation>Indique un correo electrónico o un teléfono (o ambos): la encuesta se envía a uno de ellos.</translation>
    </message>
    <message>
        <source>{label} is needed: fill it in.</source>
        <translation>{label} es necesario: rellénelo.</translation>
    </message>
    <message>
        <source>{label}: this is not a complete email address. Check it (like name@example.com).</source>
        <translation>{label}: no es un correo electrónico completo. Revíselo (como nombre@example.com).</translation>
    </message>
    <message>
        <source>{label}: use a date like {date}.</source>
        <translation>{label}: use una fecha como {date}.</translation>
    </message>
    <message>
        <source>{label}: use a number, like 250 or 1200.</source>
        <translation>{label}: use un número, como 250 o 1200.</translation>
    </message>
    <message>
        <source>{label}: at most {count} characters. Shorten it.</source>
        <translation>{label}: como máximo {count} caracteres. Acórtelo.</translation>
    </message>
    <message>
        <source>{label}: CustomerGauge does not know this value. Choose one from the list, or ask your administrator to add it.</source>
        <translation>{label}: CustomerGauge no conoce este valor. Elija uno de la lista o pida a su administrador que lo añada.</translation>
    </message>
    <message>
        <source>{label}: use only digits, spaces, brackets, - and +, like +44 20 7946 0958.</source>
        <translation>{label}: use solo dígitos, espacios, paréntesis, - y +, como +44 20 7946 0958.</translation>
    </message>
    <message>
        <source>The answer from {where} broke off, so it isn&apos;t certain the record arrived. Saved — it will be sent again to make sure.</source>
        <translation>La respuesta de {where} se cortó, así que no es seguro que el registro llegara. Guardado: se enviará de nuevo para asegurarse.</translation>
    </message>
    <message>
        <source>The network answered with a web page instead of CustomerGauge (a Wi-Fi sign-in page?). Saved — it will be sent when the connection works.</source>
        <translation>La red respondió con una página web en lugar de CustomerGauge (¿una página de acceso wifi?). Guardado: se enviará cuando la conexión funcione.</translation>
    </message>
    <message>
        <source>{where} answered in an unexpected way, so it isn&apos;t certain the record arrived. Saved — it will be sent again to make sure.</source>
        <translation>{where} respondió de forma inesperada, así que no es seguro que el registro llegara. Guardado: se enviará de nuevo para asegurarse.</translation>
    </message>
    <message>
        <source>Sent. CustomerGauge accepted the record and will send the survey.</source>
        <translation>Enviado. CustomerGauge aceptó el registro y enviará la encuesta.</translation>
    </message>
    <message>
        <source>CustomerGauge refused the record but did not say why. See Details.</source>
        <translation>CustomerGauge rechazó el registro pero no dijo por qué. Vea Detalles.</translation>
    </message>
    <message>
        <source>CustomerGauge asks us to slow down. Saved — it will be sent shortly.</source>
        <translation>CustomerGauge pide que vayamos más despacio. Guardado: se enviará en breve.</translation>
    </message>
    <message>
        <source>The server tried to send us to {target} instead of answering. This usually means a proxy or a network sign-in page. Saved — it will be sent when the connection works.</source>
        <translation>El servidor intentó enviarnos a {target} en lugar de responder. Suele indicar un proxy o una página de acceso de la red. Guardado: se enviará cuando la conexión funcione.</translation>
    </message>
    <message>
        <source>{where} is having trouble (HTTP {status}). Saved — it will be sent when the service is back.</source>
        <translation>{where} tiene problemas (HTTP {status}). Guardado: se enviará cuando el servicio vuelva.</translation>
    </message>
    <message>
        <source>The record is too large for CustomerGauge. Shorten the longest fields.</source>
        <translation>El registro es demasiado grande para CustomerGauge. Acorte los campos más largos.</translation>
    </message>
    <message>
        <source>{where} gave an unexpected answer (HTTP {status}). Saved — it will be tried again; if this keeps happening, send the Details to your administrator.</source>
        <translation>{where} dio una respuesta inesperada (HTTP {status}). Guardado: se volverá a intentar; si sigue ocurriendo, envíe los Detalles a su administrador.</translation>
    </message>
    <message>
        <source>This contact already received a survey recently (CG-ID {cg_id}).</source>
        <translation>Este contacto ya recibió una encuesta hace poco (CG-ID {cg_id}).</translation>
    </message>
    <message>
        <source>This contact already received a survey recently.</source>
        <translation>Este contacto ya recibió una encuesta hace poco.</translation>
    </message>
    <message>
        <source>CustomerGauge does not know this profile&apos;s configuration reference. Check it with your CustomerGauge administrator (Data → Rest APIs → Inbound Mapping).</source>
        <translation>CustomerGauge no conoce la referencia de configuración de este perfil. Revísela con su administrador de CustomerGauge (Data → Rest APIs → Inbound Mapping).</translation>
    </message>
    <message>
        <source>CustomerGauge did not accept the record. Fix the marked fields and send again.</source>
        <translation>CustomerGauge no aceptó el registro. Corrija los campos marcados y envíelo de nuevo.</translation>
    </message>
    <message>
        <source>{where} refused access (HTTP 403). The Connected App may not be allowed to import records: ask your CustomerGauge administrator.</source>
        <translation>{where} denegó el acceso (HTTP 403). Puede que la Connected App no tenga permiso para importar registros: consulte a su administrador de CustomerGauge.</translation>
    </message>
    <message>
        <source>{where} did not accept the sign-in. Check the credentials and send again.</source>
        <translation>{where} no aceptó el inicio de sesión. Revise las credenciales y envíe de nuevo.</translation>
    </message>
    <message>
        <source>The secure connection to {where} could not be verified (a network that inspects traffic, or a wrong clock?). Saved — it will be sent when the connection is back.</source>
        <translation>No se pudo verificar la conexión segura con {where} (¿una red que inspecciona el tráfico o un reloj incorrecto?). Guardado: se enviará cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>Could not reach {where} in time: the network seems slow or down. Saved — it will be sent when the connection is back.</source>
        <translation>No se pudo contactar con {where} a tiempo: la red parece lenta o caída. Guardado: se enviará cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>{where} took too long to answer. Saved — it will be sent when the connection is back.</source>
        <translation>{where} tardó demasiado en responder. Guardado: se enviará cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>Could not reach {where}: this computer seems to be offline. Saved — it will be sent when the connection is back.</source>
        <translation>No se pudo contactar con {where}: este equipo parece estar sin conexión. Guardado: se enviará cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>The connection to {where} broke before it answered. Saved — it will be sent when the connection is back.</source>
        <translation>La conexión con {where} se cortó antes de responder. Guardado: se enviará cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>Sending to {where} failed unexpectedly ({error}). Saved — it will be sent when the connection is back.</source>
        <translation>El envío a {where} falló de forma inesperada ({error}). Guardado: se enviará cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>{where} took too long to answer. Saved — it will be sent again to make sure it arrived.</source>
        <translation>{where} tardó demasiado en responder. Guardado: se enviará de nuevo para asegurarse de que llegó.</translation>
    </message>
    <message>
        <source>{where} took too long to answer. Saved — it will be sent again.</source>
        <translation>{where} tardó demasiado en responder. Guardado: se enviará de nuevo.</translation>
    </message>
    <message>
        <source>Something went wrong inside cg-desktop while sending. Saved — it will be tried again; if it keeps happening, tell your administrator.</source>
        <translation>Algo falló en cg-desktop durante el envío. Guardado: se volverá a intentar; si sigue ocurriendo, avise a su administrador.</translation>
    </message>
    <message>
        <source>✔ Signed in: CustomerGauge accepted this Client ID and Client Secret.</source>
        <translation>✔ Sesión iniciada: CustomerGauge aceptó este Client ID y este Client Secret.</translation>
    </message>
    <message>
        <source>✘ Not accepted: CustomerGauge did not accept this Client ID or Client Secret. Check both with your CustomerGauge administrator (copy them again, without spaces).</source>
        <translation>✘ No aceptado: CustomerGauge no aceptó este Client ID o Client Secret. Revise ambos con su administrador de CustomerGauge (cópielos de nuevo, sin espacios).</translation>
    </message>
    <message>
        <source>✘ Can&apos;t sign in now: {reason}</source>
        <translation>✘ No se puede iniciar sesión ahora: {reason}</translation>
    </message>
    <message>
        <source>Client ID or Client Secret is not accepted by {where}. Check them with the Credentials… button.</source>
        <translation>{where} no acepta el Client ID o el Client Secret. Revíselos con el botón Credenciales….</translation>
    </message>
    <message>
        <source>{where}&apos;s sign-in answer could not be used (its token is not valid in a request). Saved — it will be tried again; if this keeps happening, tell your administrator.</source>
        <translation>La respuesta de inicio de sesión de {where} no se pudo usar (su token no es válido en una solicitud). Guardado: se volverá a intentar; si sigue ocurriendo, avise a su administrador.</translation>
    </message>
    <message>
        <source>{where} took too long to answer the sign-in. Saved — it will be tried again.</source>
        <translation>{where} tardó demasiado en responder al inicio de sesión. Guardado: se volverá a intentar.</translation>
    </message>
    <message>
        <source>{where} answered the sign-in with something unexpected (a Wi-Fi sign-in page?). Saved — it will be sent when the connection works.</source>
        <translation>{where} respondió al inicio de sesión con algo inesperado (¿una página de acceso wifi?). Guardado: se enviará cuando la conexión funcione.</translation>
    </message>
    <message>
        <source>{where} refused the sign-in (HTTP {status}). Check them with the Credentials… button.</source>
        <translation>{where} rechazó el inicio de sesión (HTTP {status}). Revise los datos con el botón Credenciales….</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Already surveyed</source>
        <translation>Ya encuestado</translation>
    </message>
    <message>
        <source>Waiting for the network</source>
        <translation>Esperando la red</translation>
    </message>
    <message>
        <source>Waiting to be sent again</source>
        <translation>Esperando para reenviarse</translation>
    </message>
    <message>
        <source>Waiting for sign-in</source>
        <translation>Esperando el inicio de sesión</translation>
    </message>
    <message>
        <source>Needs a fix — Fix (F2)</source>
        <translation>Requiere corrección — Corregir (F2)</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>Licencia: {licence}</translation>
    </message>
    <message>
        <source>History and waiting records: {path}</source>
        <translation>Historial y registros en espera: {path}</translation>
    </message>
    <message>
        <source>Settings and profiles: {path}</source>
        <translation>Ajustes y perfiles: {path}</translation>
    </message>
    <message>
        <source>Log: {path}</source>
        <translation>Registro de actividad: {path}</translation>
    </message>
    <message>
        <source>Client secrets: this computer&apos;s keyring (never in a file).</source>
        <translation>Client Secrets: el llavero de este equipo (nunca en un archivo).</translation>
    </message>
    <message>
        <source>practice sandbox</source>
        <translation>entorno de práctica</translation>
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
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>Practice (sandbox)</source>
        <translation>Práctica (entorno de prueba)</translation>
    </message>
    <message>
        <source>(no contact)</source>
        <translation>(sin contacto)</translation>
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
        <translation>Enviado el {when}.</translation>
    </message>
    <message>
        <source>Saved on {when}.</source>
        <translation>Guardado el {when}.</translation>
    </message>
    <message>
        <source>What was sent ({profile}, {region}):</source>
        <translation>Lo que se envió ({profile}, {region}):</translation>
    </message>
    <message>
        <source>  (removed after the retention period)</source>
        <translation>  (eliminado tras el periodo de conservación)</translation>
    </message>
    <message>
        <source>The exact keys sent:</source>
        <translation>Los nombres de campo exactos enviados:</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Needs a fix</source>
        <translation>Requiere corrección</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Fixed (sent again)</source>
        <translation>Corregido (reenviado)</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>Llavero</translation>
    </message>
    <message>
        <source>Client ID and Secret</source>
        <translation>Client ID y Secret</translation>
    </message>
    <message>
        <source>Webhook user and password</source>
        <translation>Usuario y contraseña del webhook</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>History database</source>
        <translation>Base de datos del historial</translation>
    </message>
    <message>
        <source>Waiting records</source>
        <translation>Registros en espera</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Finding CustomerGauge</source>
        <translation>Encontrar CustomerGauge</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>Conexión segura</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Reloj</translation>
    </message>
    <message>
        <source>Unlock the keyring (or allow cg-desktop when it asks), then check again.</source>
        <translation>Desbloquee el llavero (o permita el acceso a cg-desktop cuando lo pida) y vuelva a comprobar.</translation>
    </message>
    <message>
        <source>not checked: CustomerGauge couldn&apos;t be found (see above).</source>
        <translation>no comprobado: no se encontró CustomerGauge (vea arriba).</translation>
    </message>
    <message>
        <source>the proxy setting can&apos;t be read.</source>
        <translation>no se puede leer la configuración del proxy.</translation>
    </message>
    <message>
        <source>Ask IT to check this computer&apos;s proxy setting.</source>
        <translation>Pida al departamento de informática que revise la configuración del proxy de este equipo.</translation>
    </message>
    <message>
        <source>not needed: the profiles checked send through an Incoming Webhook (next line).</source>
        <translation>no hace falta: los perfiles comprobados envían a través de un Incoming Webhook (línea siguiente).</translation>
    </message>
    <message>
        <source>the keyring didn&apos;t let cg-desktop read the Client Secret ({error}).</source>
        <translation>el llavero no dejó que cg-desktop leyera el Client Secret ({error}).</translation>
    </message>
    <message>
        <source>Client ID {client_id} for {region}</source>
        <translation>Client ID {client_id} para {region}</translation>
    </message>
    <message>
        <source>the keyring didn&apos;t let cg-desktop read the webhook&apos;s password ({error}).</source>
        <translation>el llavero no dejó que cg-desktop leyera la contraseña del webhook ({error}).</translation>
    </message>
    <message>
        <source>none saved for the webhook of “{profile}”.</source>
        <translation>no hay nada guardado para el webhook de «{profile}».</translation>
    </message>
    <message>
        <source>Choose that profile and press Credentials…: give the user and password CustomerGauge showed with the webhook.</source>
        <translation>Elija ese perfil y pulse Credenciales…: indique el usuario y la contraseña que CustomerGauge mostró con el webhook.</translation>
    </message>
    <message>
        <source>user {user} for “{profile}”</source>
        <translation>usuario {user} para «{profile}»</translation>
    </message>
    <message>
        <source>{users} (checked when the first record is sent)</source>
        <translation>{users} (se comprueba al enviar el primer registro)</translation>
    </message>
    <message>
        <source>{earlier}; {later}</source>
        <translation>{earlier}; {later}</translation>
    </message>
    <message>
        <source>none saved for {region}.</source>
        <translation>no hay nada guardado para {region}.</translation>
    </message>
    <message>
        <source>File → Credentials…: paste the Client ID and Client Secret from CustomerGauge (Integrations → Connected Apps).</source>
        <translation>Archivo → Credenciales…: pegue el Client ID y el Client Secret de CustomerGauge (Integrations → Connected Apps).</translation>
    </message>
    <message>
        <source>not needed: a webhook signs in with each record it sends.</source>
        <translation>no hace falta: un webhook inicia sesión con cada registro que envía.</translation>
    </message>
    <message>
        <source>not checked: no Client ID and Secret to sign in with (see above).</source>
        <translation>no comprobado: no hay Client ID ni Secret con los que iniciar sesión (vea arriba).</translation>
    </message>
    <message>
        <source>the check itself failed ({error})</source>
        <translation>la propia comprobación falló ({error})</translation>
    </message>
    <message>
        <source>Copy this report and send it to support.</source>
        <translation>Copie este informe y envíelo al soporte.</translation>
    </message>
    <message>
        <source>no secure keyring on this computer: the Client Secret can only be kept until cg-desktop closes.</source>
        <translation>no hay un llavero seguro en este equipo: el Client Secret solo se puede guardar hasta que se cierre cg-desktop.</translation>
    </message>
    <message>
        <source>Log in to a desktop session with a keyring (GNOME Keyring, KWallet) running and unlocked; on Windows and macOS, sign in to your own user account.</source>
        <translation>Inicie una sesión de escritorio con un llavero (GNOME Keyring, KWallet) en marcha y desbloqueado; en Windows y macOS, inicie sesión con su propia cuenta de usuario.</translation>
    </message>
    <message>
        <source>{folder} can&apos;t be written ({error}): no record could be saved.</source>
        <translation>no se puede escribir en {folder} ({error}): no se podría guardar ningún registro.</translation>
    </message>
    <message>
        <source>Ask IT to give your user account write access to that folder.</source>
        <translation>Pida al departamento de informática que dé a su cuenta de usuario permiso de escritura en esa carpeta.</translation>
    </message>
    <message>
        <source>{size} GB free</source>
        <translation>{size} GB libres</translation>
    </message>
    <message>
        <source>{size} MB free</source>
        <translation>{size} MB libres</translation>
    </message>
    <message>
        <source>{folder} is writable but the disk is nearly full ({free}).</source>
        <translation>se puede escribir en {folder}, pero el disco está casi lleno ({free}).</translation>
    </message>
    <message>
        <source>{folder} can be made but the disk is nearly full ({free}).</source>
        <translation>{folder} se puede crear, pero el disco está casi lleno ({free}).</translation>
    </message>
    <message>
        <source>Free some space on this disk before the event.</source>
        <translation>Libere espacio en este disco antes del evento.</translation>
    </message>
    <message>
        <source>{folder} is writable, {free}</source>
        <translation>se puede escribir en {folder}, {free}</translation>
    </message>
    <message>
        <source>{folder} can be made, {free}</source>
        <translation>{folder} se puede crear, {free}</translation>
    </message>
    <message>
        <source>Ask IT to give your user account access to that folder.</source>
        <translation>Pida al departamento de informática que dé a su cuenta de usuario acceso a esa carpeta.</translation>
    </message>
    <message>
        <source>the history database is damaged ({problem}).</source>
        <translation>la base de datos del historial está dañada ({problem}).</translation>
    </message>
    <message>
        <source>Close cg-desktop and open it again: it sets a damaged database aside by itself and sends the records it can still read.</source>
        <translation>Cierre cg-desktop y vuelva a abrirlo: aparta por sí mismo una base de datos dañada y envía los registros que todavía puede leer.</translation>
    </message>
    <message>
        <source>no history yet (it is made with the first send)</source>
        <translation>todavía no hay historial (se crea con el primer envío)</translation>
    </message>
    <message>
        <source>{database} is healthy</source>
        <translation>{database} está en buen estado</translation>
    </message>
    <message>
        <source>nothing waiting</source>
        <translation>nada en espera</translation>
    </message>
    <message>
        <source>can&apos;t count the waiting sends ({error}).</source>
        <translation>no se pueden contar los envíos en espera ({error}).</translation>
    </message>
    <message>
        <source>See the database line above.</source>
        <translation>Vea la línea de la base de datos más arriba.</translation>
    </message>
    <message>
        <source>1 record refused</source>
        <translation>1 registro rechazado</translation>
    </message>
    <message>
        <source>{count} records refused</source>
        <translation>{count} registros rechazados</translation>
    </message>
    <message>
        <source>{refused}, waiting for a fix, and {waiting}.</source>
        <translation>{refused}, a la espera de una corrección, y {waiting}.</translation>
    </message>
    <message>
        <source>{refused}, waiting for a fix.</source>
        <translation>{refused}, a la espera de una corrección.</translation>
    </message>
    <message>
        <source>Open History (Ctrl+2), choose Show: Needs a fix, and use Edit and resend.</source>
        <translation>Abra el Historial (Ctrl+2), elija Mostrar: Requiere corrección y use Editar y reenviar.</translation>
    </message>
    <message>
        <source>{waiting}.</source>
        <translation>{waiting}.</translation>
    </message>
    <message>
        <source>Open cg-desktop while connected: they go by themselves.</source>
        <translation>Abra cg-desktop con conexión: se envían solos.</translation>
    </message>
    <message>
        <source>nothing waiting, nothing to fix</source>
        <translation>nada en espera, nada que corregir</translation>
    </message>
    <message>
        <source>Import the profile your administrator gave you (File → Import profile…).</source>
        <translation>Importe el perfil que le dio su administrador (Archivo → Importar perfil…).</translation>
    </message>
    <message>
        <source>“{name}” loads</source>
        <translation>«{name}» se carga</translation>
    </message>
    <message>
        <source>the profile file {file} can&apos;t be used ({problem}).</source>
        <translation>el archivo de perfil {file} no se puede usar ({problem}).</translation>
    </message>
    <message>
        <source>Ask your CustomerGauge administrator for a corrected file, then import it.</source>
        <translation>Pida a su administrador de CustomerGauge un archivo corregido y luego impórtelo.</translation>
    </message>
    <message>
        <source>there is no profile called “{name}” (there are {names}).</source>
        <translation>no hay ningún perfil llamado «{name}» (hay {names}).</translation>
    </message>
    <message>
        <source>there is no profile called “{name}”.</source>
        <translation>no hay ningún perfil llamado «{name}».</translation>
    </message>
    <message>
        <source>there is no profile yet: the form doesn&apos;t know what to send.</source>
        <translation>todavía no hay ningún perfil: el formulario no sabe qué enviar.</translation>
    </message>
    <message>
        <source>1 load; {file} can&apos;t be used ({problem}).</source>
        <translation>1 cargado; {file} no se puede usar ({problem}).</translation>
    </message>
    <message>
        <source>{count} load; {file} can&apos;t be used ({problem}).</source>
        <translation>{count} cargados; {file} no se puede usar ({problem}).</translation>
    </message>
    <message>
        <source>Ask your CustomerGauge administrator for a corrected file.</source>
        <translation>Pida a su administrador de CustomerGauge un archivo corregido.</translation>
    </message>
    <message>
        <source>1 load: {names}</source>
        <translation>1 cargado: {names}</translation>
    </message>
    <message>
        <source>{count} load: {names}</source>
        <translation>{count} cargados: {names}</translation>
    </message>
    <message>
        <source>1 record waiting to be sent</source>
        <translation>1 registro a la espera de envío</translation>
    </message>
    <message>
        <source>{count} records waiting to be sent</source>
        <translation>{count} registros a la espera de envío</translation>
    </message>
    <message>
        <source>none: this computer connects directly</source>
        <translation>ninguno: este equipo se conecta directamente</translation>
    </message>
    <message>
        <source>through {proxy}</source>
        <translation>a través de {proxy}</translation>
    </message>
    <message>
        <source>Check the Wi-Fi or network cable; on a guest network, open a web page first (it may ask you to accept its terms).</source>
        <translation>Compruebe la wifi o el cable de red; en una red de invitados, abra primero una página web (puede que le pida aceptar sus condiciones).</translation>
    </message>
    <message>
        <source>{host} can&apos;t be found: the network&apos;s name server didn&apos;t answer within {seconds} seconds.</source>
        <translation>no se encuentra {host}: el servidor de nombres de la red no respondió en {seconds} segundos.</translation>
    </message>
    <message>
        <source>{host} can&apos;t be found ({error}).</source>
        <translation>no se encuentra {host} ({error}).</translation>
    </message>
    <message>
        <source>{host} (practice mode: on this computer)</source>
        <translation>{host} (modo de práctica: en este equipo)</translation>
    </message>
    <message>
        <source>the proxy {host} can&apos;t be found.</source>
        <translation>no se encuentra el proxy {host}.</translation>
    </message>
    <message>
        <source>Ask IT whether the proxy setting is right.</source>
        <translation>Pregunte al departamento de informática si la configuración del proxy es correcta.</translation>
    </message>
    <message>
        <source>the proxy {host} → {address}</source>
        <translation>el proxy {host} → {address}</translation>
    </message>
    <message>
        <source>{host} → {address} ({milliseconds} ms)</source>
        <translation>{host} → {address} ({milliseconds} ms)</translation>
    </message>
    <message>
        <source>not used (practice mode: on this computer)</source>
        <translation>no se usa (modo de práctica: en este equipo)</translation>
    </message>
    <message>
        <source>{host}&apos;s certificate is not trusted here ({reason}).</source>
        <translation>el certificado de {host} no es de confianza aquí ({reason}).</translation>
    </message>
    <message>
        <source>A network that inspects traffic needs its certificate installed on this computer: ask IT.</source>
        <translation>Una red que inspecciona el tráfico necesita su certificado instalado en este equipo: consulte al departamento de informática.</translation>
    </message>
    <message>
        <source>no secure connection to {host} ({error}).</source>
        <translation>no hay conexión segura con {host} ({error}).</translation>
    </message>
    <message>
        <source>A firewall may block HTTPS to CustomerGauge: ask IT, or try another network.</source>
        <translation>Puede que un cortafuegos bloquee HTTPS hacia CustomerGauge: consulte al departamento de informática o pruebe otra red.</translation>
    </message>
    <message>
        <source>{version} to {host}, certificate issued by {issuer}</source>
        <translation>{version} con {host}, certificado emitido por {issuer}</translation>
    </message>
    <message>
        <source>{host}&apos;s certificate, as the proxy hands it on, is not trusted here.</source>
        <translation>el certificado de {host}, tal como lo transmite el proxy, no es de confianza aquí.</translation>
    </message>
    <message>
        <source>The proxy inspects traffic: its certificate must be installed on this computer. Ask IT.</source>
        <translation>El proxy inspecciona el tráfico: su certificado debe estar instalado en este equipo. Consulte al departamento de informática.</translation>
    </message>
    <message>
        <source>the proxy doesn&apos;t answer or refuses the connection.</source>
        <translation>el proxy no responde o rechaza la conexión.</translation>
    </message>
    <message>
        <source>Ask IT whether the proxy setting is right for this network.</source>
        <translation>Pregunte al departamento de informática si la configuración del proxy es la correcta para esta red.</translation>
    </message>
    <message>
        <source>no secure connection to {host} through the proxy ({error}).</source>
        <translation>no hay conexión segura con {host} a través del proxy ({error}).</translation>
    </message>
    <message>
        <source>Ask IT whether the proxy lets HTTPS to CustomerGauge through.</source>
        <translation>Pregunte al departamento de informática si el proxy deja pasar HTTPS hacia CustomerGauge.</translation>
    </message>
    <message>
        <source>to {host} through the proxy, verified with this computer&apos;s certificates</source>
        <translation>con {host} a través del proxy, verificada con los certificados de este equipo</translation>
    </message>
    <message>
        <source>an unnamed issuer</source>
        <translation>un emisor sin nombre</translation>
    </message>
    <message>
        <source>File → Credentials…: check the Client ID and Secret, then Test connection.</source>
        <translation>Archivo → Credenciales…: revise el Client ID y el Secret y luego Probar la conexión.</translation>
    </message>
    <message>
        <source>Check the network and try again; if it persists, send this report to support.</source>
        <translation>Compruebe la red y vuelva a intentarlo; si continúa, envíe este informe al soporte.</translation>
    </message>
    <message>
        <source>signed in as {client_id} in {seconds} s</source>
        <translation>sesión iniciada como {client_id} en {seconds} s</translation>
    </message>
    <message>
        <source>could not ask the server for its time ({error}).</source>
        <translation>no se pudo preguntar la hora al servidor ({error}).</translation>
    </message>
    <message>
        <source>See the lines above.</source>
        <translation>Vea las líneas de arriba.</translation>
    </message>
    <message>
        <source>the server&apos;s answer did not say its time.</source>
        <translation>la respuesta del servidor no indicaba su hora.</translation>
    </message>
    <message>
        <source>this computer&apos;s clock is {minutes} minutes ahead of the server&apos;s.</source>
        <translation>el reloj de este equipo va {minutes} minutos adelantado respecto al del servidor.</translation>
    </message>
    <message>
        <source>this computer&apos;s clock is {minutes} minutes behind the server&apos;s.</source>
        <translation>el reloj de este equipo va {minutes} minutos atrasado respecto al del servidor.</translation>
    </message>
    <message>
        <source>Set the date and time to update automatically (Windows: Settings → Time; macOS: System Settings → General → Date &amp; Time).</source>
        <translation>Configure la fecha y la hora para que se actualicen automáticamente (Windows: Configuración → Hora e idioma; macOS: Ajustes del Sistema → General → Fecha y hora).</translation>
    </message>
    <message>
        <source>within {seconds} s of the server&apos;s</source>
        <translation>{seconds} s de diferencia con el servidor</translation>
    </message>
    <message>
        <source>A Contacts profile needs a field with the key “{email}” or “{phone}”: it is who gets the survey.</source>
        <translation>Un perfil Contacts necesita un campo con la clave “{email}” o “{phone}”: indica quién recibe la encuesta.</translation>
    </message>
    <message>
        <source>A Surveys profile needs a field with the key “{email}” or “{phone}”: it is who gets the survey.</source>
        <translation>Un perfil Surveys necesita un campo con la clave “{email}” o “{phone}”: indica quién recibe la encuesta.</translation>
    </message>
    <message>
        <source>A Multi-Object profile needs a field with the key “{email}” or “{phone}”: it is who gets the survey.</source>
        <translation>Un perfil Multi-Object necesita un campo con la clave “{email}” o “{phone}”: indica quién recibe la encuesta.</translation>
    </message>
    <message>
        <source>Give the profile a name people will recognise.</source>
        <translation>Dé al perfil un nombre que la gente reconozca.</translation>
    </message>
    <message>
        <source>There is already a profile called “{name}”.</source>
        <translation>Ya hay un perfil llamado “{name}”.</translation>
    </message>
    <message>
        <source>Paste the mapping&apos;s reference (CustomerGauge: Data → Rest APIs → Inbound Mapping, column Reference).</source>
        <translation>Pegue la referencia del mapeo (CustomerGauge: Data → Rest APIs → Inbound Mapping, columna Reference).</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like the usual reference (like 9dd58237-c913-4073-9c76-07da0b49ff50). Check it in CustomerGauge.</source>
        <translation>No parece la referencia habitual (como 9dd58237-c913-4073-9c76-07da0b49ff50). Revísela en CustomerGauge.</translation>
    </message>
    <message>
        <source>Add the form&apos;s fields.</source>
        <translation>Añada los campos del formulario.</translation>
    </message>
    <message>
        <source>The key “{key}” is also field {number} (“{other}”): each key may appear once.</source>
        <translation>La clave “{key}” también es la del campo {number} (“{other}”): cada clave solo puede aparecer una vez.</translation>
    </message>
    <message>
        <source>The key “{key}” differs only in case from field {number} (“{other}”): each key may appear once.</source>
        <translation>La clave “{key}” solo se diferencia del campo {number} (“{other}”) en mayúsculas y minúsculas: cada clave solo puede aparecer una vez.</translation>
    </message>
    <message>
        <source>Keys are case-sensitive: CustomerGauge&apos;s key is “{exact}”, not “{typed}”.</source>
        <translation>Las claves distinguen mayúsculas y minúsculas: la clave de CustomerGauge es “{exact}”, no “{typed}”.</translation>
    </message>
    <message>
        <source>An Accounts profile needs a field with the key “{key}”.</source>
        <translation>Un perfil Accounts necesita un campo con la clave “{key}”.</translation>
    </message>
    <message>
        <source>This profile needs a field with the key “{email}” or “{phone}”: it is who gets the survey.</source>
        <translation>Este perfil necesita un campo con la clave “{email}” o “{phone}”: indica quién recibe la encuesta.</translation>
    </message>
    <message>
        <source>use a date like 2024-06-30 (or 2024-06-30 14:30:00).</source>
        <translation>use una fecha como 2024-06-30 (o 2024-06-30 14:30:00).</translation>
    </message>
    <message>
        <source>CustomerGauge would refuse “{value}”: {reason}</source>
        <translation>CustomerGauge rechazaría “{value}”: {reason}</translation>
    </message>
    <message>
        <source>Give the exact key the mapping expects (as in Field Settings).</source>
        <translation>Indique la clave exacta que espera el mapeo (como en Field Settings).</translation>
    </message>
    <message>
        <source>The key starts or ends with a space; keys must match CustomerGauge&apos;s exactly.</source>
        <translation>La clave empieza o termina con un espacio; las claves deben coincidir exactamente con las de CustomerGauge.</translation>
    </message>
    <message>
        <source>The form format can&apos;t send a key with [ or ]; use JSON.</source>
        <translation>El formato Form no puede enviar una clave con [ o ]; use JSON.</translation>
    </message>
    <message>
        <source>A choice field needs its choices, one per line.</source>
        <translation>Un campo de opción necesita sus opciones, una por línea.</translation>
    </message>
    <message>
        <source>A choice starts or ends with a space; remove it.</source>
        <translation>Una opción empieza o termina con un espacio; quítelo.</translation>
    </message>
    <message>
        <source>A choice appears twice; keep one.</source>
        <translation>Una opción aparece dos veces; deje solo una.</translation>
    </message>
    <message>
        <source>The maximum length must be 1 or more (or none).</source>
        <translation>La longitud máxima debe ser 1 o más (o ninguna).</translation>
    </message>
    <message>
        <source>A hidden field sends a fixed value: give it one.</source>
        <translation>Un campo oculto envía un valor fijo: asígnele uno.</translation>
    </message>
    <message>
        <source>The value “{value}” is not one of the choices.</source>
        <translation>El valor “{value}” no es una de las opciones.</translation>
    </message>
    <message>
        <source>A hidden field is always sent; “required” changes nothing.</source>
        <translation>Un campo oculto siempre se envía; “Obligatorio” no cambia nada.</translation>
    </message>
    <message>
        <source>new profile</source>
        <translation>perfil nuevo</translation>
    </message>
    <message>
        <source>it can&apos;t be saved yet: {reason}</source>
        <translation>aún no se puede guardar: {reason}</translation>
    </message>
    <message>
        <source>your organisation provides this profile, so it can&apos;t be changed here. Duplicate it to make your own version.</source>
        <translation>este perfil lo proporciona su organización, así que no se puede cambiar aquí. Duplíquelo para crear su propia versión.</translation>
    </message>
    <message>
        <source>it is saved under its new name, but its old file {file} can&apos;t be removed ({reason}): delete that file, or ask IT.</source>
        <translation>se ha guardado con su nuevo nombre, pero su archivo anterior {file} no se puede eliminar ({reason}): borre ese archivo o consulte al departamento de informática.</translation>
    </message>
    <message>
        <source>The profiles folder already has a file called {file} that can&apos;t be read. Choose another name, or ask IT to remove that file.</source>
        <translation>La carpeta de perfiles ya tiene un archivo llamado {file} que no se puede leer. Elija otro nombre o pida al departamento de informática que elimine ese archivo.</translation>
    </message>
    <message>
        <source>The name is too close to the profile “{other}” (they would share a file). Choose another name.</source>
        <translation>El nombre se parece demasiado al del perfil “{other}” (compartirían un archivo). Elija otro nombre.</translation>
    </message>
    <message>
        <source>your organisation provides this profile, so it can&apos;t be deleted here. Ask IT if it should go.</source>
        <translation>este perfil lo proporciona su organización, así que no se puede eliminar aquí. Pregunte al departamento de informática si debe quitarse.</translation>
    </message>
    <message>
        <source>there is no such profile any more (was it deleted already?).</source>
        <translation>ese perfil ya no existe (¿se eliminó ya?).</translation>
    </message>
    <message>
        <source>its file can&apos;t be removed ({reason}); is it open elsewhere?</source>
        <translation>su archivo no se puede eliminar ({reason}); ¿está abierto en otro programa?</translation>
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
        <translation>Texto</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Opción</translation>
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
        <translation>Formulario (x-www-form-urlencoded)</translation>
    </message>
    <message>
        <source>PUT (the usual)</source>
        <translation>PUT (lo habitual)</translation>
    </message>
    <message>
        <source>The webhook&apos;s password is not part of the profile: each desk types it once in Credentials…, and it is kept in that computer&apos;s keyring.</source>
        <translation>La contraseña del webhook no forma parte del perfil: cada puesto la escribe una vez en Credenciales…, y se guarda en el llavero de ese equipo.</translation>
    </message>
    <message>
        <source>Field {number} ({name}): {finding}</source>
        <translation>Campo {number} ({name}): {finding}</translation>
    </message>
    <message>
        <source>Field {number}: {finding}</source>
        <translation>Campo {number}: {finding}</translation>
    </message>
    <message>
        <source>the file has the key &quot;{key}&quot; twice in one object.</source>
        <translation>el archivo tiene la clave &quot;{key}&quot; dos veces en un mismo objeto.</translation>
    </message>
    <message>
        <source>the file has {name}, which is not a JSON value.</source>
        <translation>el archivo contiene {name}, que no es un valor JSON.</translation>
    </message>
    <message>
        <source>this is a folder, not a profile file.</source>
        <translation>esto es una carpeta, no un archivo de perfil.</translation>
    </message>
    <message>
        <source>the file doesn&apos;t exist (was it moved or renamed?).</source>
        <translation>el archivo no existe (¿se movió o se cambió de nombre?).</translation>
    </message>
    <message>
        <source>the file can&apos;t be read: permission denied.</source>
        <translation>el archivo no se puede leer: permiso denegado.</translation>
    </message>
    <message>
        <source>the file can&apos;t be read ({reason}).</source>
        <translation>el archivo no se puede leer ({reason}).</translation>
    </message>
    <message>
        <source>this is not an ordinary file (a pipe or a device?).</source>
        <translation>esto no es un archivo normal (¿una tubería o un dispositivo?).</translation>
    </message>
    <message>
        <source>the file is far too large to be a profile; is it the right one?</source>
        <translation>el archivo es demasiado grande para ser un perfil; ¿es el correcto?</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (bad byte at position {position}); save it as UTF-8.</source>
        <translation>el archivo no es texto UTF-8 (byte no válido en la posición {position}); guárdelo como UTF-8.</translation>
    </message>
    <message>
        <source>the file is not valid JSON: {reason} at line {line}, column {column}.</source>
        <translation>el archivo no es JSON válido: {reason} en la línea {line}, columna {column}.</translation>
    </message>
    <message>
        <source>the file is nested far too deeply to be a profile.</source>
        <translation>el archivo está demasiado anidado para ser un perfil.</translation>
    </message>
    <message>
        <source>the file holds a number far too long to be real.</source>
        <translation>el archivo contiene un número demasiado largo para ser real.</translation>
    </message>
    <message>
        <source>the file can&apos;t be saved ({reason}).</source>
        <translation>el archivo no se puede guardar ({reason}).</translation>
    </message>
    <message>
        <source>your organisation provides a profile named &quot;{name}&quot;; it can&apos;t be replaced here (ask IT to update it, or rename this one).</source>
        <translation>su organización proporciona un perfil llamado &quot;{name}&quot;; no se puede reemplazar aquí (pida al departamento de informática que lo actualice o cambie el nombre de este).</translation>
    </message>
    <message>
        <source>a profile named &quot;{name}&quot; is already there; replace it?</source>
        <translation>ya hay un perfil llamado &quot;{name}&quot;; ¿reemplazarlo?</translation>
    </message>
    <message>
        <source>The configuration reference &quot;{reference}&quot; doesn&apos;t look like the usual kind (like 9dd58237-c913-4073-9c76-07da0b49ff50); check it in CustomerGauge under Data → Rest APIs → Inbound Mapping, column Reference.</source>
        <translation>La referencia de configuración &quot;{reference}&quot; no parece del tipo habitual (como 9dd58237-c913-4073-9c76-07da0b49ff50); revísela en CustomerGauge en Data → Rest APIs → Inbound Mapping, columna Reference.</translation>
    </message>
    <message>
        <source>Profile &quot;{source}&quot;: {problem}</source>
        <translation>Perfil &quot;{source}&quot;: {problem}</translation>
    </message>
    <message>
        <source>type</source>
        <translation>el tipo</translation>
    </message>
    <message>
        <source>region</source>
        <translation>la región</translation>
    </message>
    <message>
        <source>data type</source>
        <translation>el tipo de datos</translation>
    </message>
    <message>
        <source>format</source>
        <translation>el formato</translation>
    </message>
    <message>
        <source>method</source>
        <translation>el método</translation>
    </message>
    <message>
        <source>transport</source>
        <translation>el transporte</translation>
    </message>
    <message>
        <source>{where} has no &quot;{key}&quot;; add it.</source>
        <translation>{where} no tiene &quot;{key}&quot;; añádalo.</translation>
    </message>
    <message>
        <source>{where} has &quot;{key}&quot;: {value}, which should be text in quotes.</source>
        <translation>{where} tiene &quot;{key}&quot;: {value}, que debería ser texto entre comillas.</translation>
    </message>
    <message>
        <source>{where} has &quot;{key}&quot; with a broken character (a lone \u escape).</source>
        <translation>{where} tiene &quot;{key}&quot; con un carácter roto (un escape \u suelto).</translation>
    </message>
    <message>
        <source>{where} has &quot;{key}&quot;: {value}; use true or false.</source>
        <translation>{where} tiene &quot;{key}&quot;: {value}; use true o false.</translation>
    </message>
    <message>
        <source>{where} has unknown {kind} &quot;{value}&quot;; use one of {options}.</source>
        <translation>{where} tiene un valor desconocido para {kind}: &quot;{value}&quot;; use uno de estos: {options}.</translation>
    </message>
    <message>
        <source>{where} has &quot;choices&quot;: {value}; use a list of texts, like [&quot;A&quot;, &quot;B&quot;].</source>
        <translation>{where} tiene &quot;choices&quot;: {value}; use una lista de textos, como [&quot;A&quot;, &quot;B&quot;].</translation>
    </message>
    <message>
        <source>{where} has an empty choice.</source>
        <translation>{where} tiene una opción vacía.</translation>
    </message>
    <message>
        <source>{where} has the choice &quot;{choice}&quot; with spaces at the start or end.</source>
        <translation>{where} tiene la opción &quot;{choice}&quot; con espacios al principio o al final.</translation>
    </message>
    <message>
        <source>{where} has the choice &quot;{choice}&quot; twice.</source>
        <translation>{where} tiene la opción &quot;{choice}&quot; dos veces.</translation>
    </message>
    <message>
        <source>{where} is of type &quot;choice&quot; but has no &quot;choices&quot;; list the allowed values.</source>
        <translation>{where} es de tipo &quot;choice&quot; pero no tiene &quot;choices&quot;; indique los valores permitidos.</translation>
    </message>
    <message>
        <source>{where} has &quot;choices&quot; but its type is &quot;{type}&quot;; use type &quot;choice&quot;.</source>
        <translation>{where} tiene &quot;choices&quot; pero su tipo es &quot;{type}&quot;; use el tipo &quot;choice&quot;.</translation>
    </message>
    <message>
        <source>field {index} is {value}, not an object {{...}}.</source>
        <translation>el campo {index} es {value}, no un objeto {{...}}.</translation>
    </message>
    <message>
        <source>field {index} (&quot;{name}&quot;)</source>
        <translation>el campo {index} (&quot;{name}&quot;)</translation>
    </message>
    <message>
        <source>field {index}</source>
        <translation>el campo {index}</translation>
    </message>
    <message>
        <source>{where} has an empty name; give the exact key the mapping expects.</source>
        <translation>{where} tiene un nombre vacío; indique la clave exacta que espera el mapeo.</translation>
    </message>
    <message>
        <source>{where} has spaces at the start or end of its name; keys must match exactly.</source>
        <translation>{where} tiene espacios al principio o al final del nombre; las claves deben coincidir exactamente.</translation>
    </message>
    <message>
        <source>{where} has [ or ] in its name, which the form format can&apos;t send; use &quot;json&quot;.</source>
        <translation>{where} tiene [ o ] en el nombre, y el formato form no puede enviarlo; use &quot;json&quot;.</translation>
    </message>
    <message>
        <source>{where} has &quot;max_length&quot;: {value}; use a whole number above 0, or null.</source>
        <translation>{where} tiene &quot;max_length&quot;: {value}; use un número entero mayor que 0, o null.</translation>
    </message>
    <message>
        <source>{where} is hidden but has no &quot;default&quot;; a hidden field sends a fixed value.</source>
        <translation>{where} está oculto pero no tiene &quot;default&quot;; un campo oculto envía un valor fijo.</translation>
    </message>
    <message>
        <source>{where} has the default &quot;{value}&quot;, which is not one of its choices.</source>
        <translation>{where} tiene el valor predeterminado &quot;{value}&quot;, que no es una de sus opciones.</translation>
    </message>
    <message>
        <source>{where} has the default &quot;{value}&quot;, which the server would refuse: {reason}</source>
        <translation>{where} tiene el valor predeterminado &quot;{value}&quot;, que el servidor rechazaría: {reason}</translation>
    </message>
    <message>
        <source>field {index} (&quot;{name}&quot;) repeats field {other} (&quot;{first}&quot;); each key may appear once.</source>
        <translation>el campo {index} (&quot;{name}&quot;) repite el campo {other} (&quot;{first}&quot;); cada clave solo puede aparecer una vez.</translation>
    </message>
    <message>
        <source>field {index} (&quot;{name}&quot;) differs only in case from field {other} (&quot;{first}&quot;); each key may appear once.</source>
        <translation>el campo {index} (&quot;{name}&quot;) solo se diferencia del campo {other} (&quot;{first}&quot;) en mayúsculas y minúsculas; cada clave solo puede aparecer una vez.</translation>
    </message>
    <message>
        <source>&quot;{first}&quot; or &quot;{second}&quot;</source>
        <translation>&quot;{first}&quot; o &quot;{second}&quot;</translation>
    </message>
    <message>
        <source>{where} is for &quot;{data_type}&quot;, which needs a field named {wanted} (there is &quot;{near}&quot;, but names are case-sensitive).</source>
        <translation>{where} es para &quot;{data_type}&quot;, que necesita un campo llamado {wanted} (hay &quot;{near}&quot;, pero los nombres distinguen mayúsculas y minúsculas).</translation>
    </message>
    <message>
        <source>{where} is for &quot;{data_type}&quot;, which needs a field named {wanted}.</source>
        <translation>{where} es para &quot;{data_type}&quot;, que necesita un campo llamado {wanted}.</translation>
    </message>
    <message>
        <source>{where} has &quot;scan_fields&quot;: {value}; use an object of texts, like {example}.</source>
        <translation>{where} tiene &quot;scan_fields&quot;: {value}; use un objeto de textos, como {example}.</translation>
    </message>
    <message>
        <source>{where} has &quot;scan_fields&quot; with {value}; use an object of texts, like {example}.</source>
        <translation>{where} tiene &quot;scan_fields&quot; con {value}; use un objeto de textos, como {example}.</translation>
    </message>
    <message>
        <source>{where} has &quot;scan_fields&quot; sending &quot;{prop}&quot; to &quot;{key}&quot;, but it has no field named so (there is &quot;{near}&quot;, but names are case-sensitive).</source>
        <translation>{where} tiene &quot;scan_fields&quot; que envían &quot;{prop}&quot; a &quot;{key}&quot;, pero no hay ningún campo con ese nombre (hay &quot;{near}&quot;, pero los nombres distinguen mayúsculas y minúsculas).</translation>
    </message>
    <message>
        <source>{where} has &quot;scan_fields&quot; sending &quot;{prop}&quot; to &quot;{key}&quot;, but it has no field named so.</source>
        <translation>{where} tiene &quot;scan_fields&quot; que envían &quot;{prop}&quot; a &quot;{key}&quot;, pero no hay ningún campo con ese nombre.</translation>
    </message>
    <message>
        <source>&quot;schema_version&quot; is {value}; it should be 1.</source>
        <translation>&quot;schema_version&quot; es {value}; debería ser 1.</translation>
    </message>
    <message>
        <source>the profile was made by a newer cg-desktop (schema_version {version}; this version reads up to {known}); update cg-desktop to use it.</source>
        <translation>el perfil lo creó un cg-desktop más reciente (schema_version {version}; esta versión lee hasta {known}); actualice cg-desktop para usarlo.</translation>
    </message>
    <message>
        <source>the file holds {value}, not a profile object {{...}}.</source>
        <translation>el archivo contiene {value}, no un objeto de perfil {{...}}.</translation>
    </message>
    <message>
        <source>the profile has &quot;{key}&quot;, but secrets never go in a profile file (it is handed around); remove it and sign in within the app instead.</source>
        <translation>el perfil tiene &quot;{key}&quot;, pero los secretos nunca van en un archivo de perfil (se comparte); quítelo e inicie sesión en la aplicación.</translation>
    </message>
    <message>
        <source>the profile</source>
        <translation>el perfil</translation>
    </message>
    <message>
        <source>{where} has an empty &quot;name&quot;; give it a name people will recognise.</source>
        <translation>{where} tiene un &quot;name&quot; vacío; dele un nombre que la gente reconozca.</translation>
    </message>
    <message>
        <source>{where} has an empty &quot;configuration&quot;; copy the Inbound Mapping reference into it.</source>
        <translation>{where} tiene &quot;configuration&quot; vacío; copie en él la referencia del Inbound Mapping.</translation>
    </message>
    <message>
        <source>{where} gives both &quot;webhook_id&quot; and &quot;webhook_url&quot;; keep one of them.</source>
        <translation>{where} indica &quot;webhook_id&quot; y &quot;webhook_url&quot; a la vez; deje solo uno.</translation>
    </message>
    <message>
        <source>{where} uses a webhook, but its &quot;{key}&quot; can&apos;t be used: {reason}</source>
        <translation>{where} usa un webhook, pero su &quot;{key}&quot; no se puede usar: {reason}</translation>
    </message>
    <message>
        <source>{where} needs a non-empty &quot;fields&quot; list [...]: the form&apos;s fields.</source>
        <translation>{where} necesita una lista &quot;fields&quot; [...] no vacía: los campos del formulario.</translation>
    </message>
    <message>
        <source>Give the webhook&apos;s URL (https://{host}/…) or its id.</source>
        <translation>Indique la URL del webhook (https://{host}/…) o su id.</translation>
    </message>
    <message>
        <source>A practice profile names the sandbox&apos;s webhook by its id only (demo-webhook).</source>
        <translation>Un perfil de práctica indica el webhook del entorno de prueba solo por su id (demo-webhook).</translation>
    </message>
    <message>
        <source>That isn&apos;t a web address cg-desktop can read; paste the webhook&apos;s URL exactly as CustomerGauge shows it (https://{host}/…).</source>
        <translation>Esa no es una dirección web que cg-desktop pueda leer; pegue la URL del webhook tal como la muestra CustomerGauge (https://{host}/…).</translation>
    </message>
    <message>
        <source>The URL starts with {scheme}://; CustomerGauge&apos;s webhooks use https://, and anything else would send the webhook&apos;s password unprotected.</source>
        <translation>La URL empieza por {scheme}://; los webhooks de CustomerGauge usan https://, y cualquier otra cosa enviaría la contraseña del webhook sin protección.</translation>
    </message>
    <message>
        <source>That address is not a CustomerGauge webhook address; it should start with https://{host}/. The webhook&apos;s password would go there.</source>
        <translation>Esa dirección no es una dirección de webhook de CustomerGauge; debería empezar por https://{host}/. La contraseña del webhook iría allí.</translation>
    </message>
    <message>
        <source>{given} is not a CustomerGauge webhook address; it should start with https://{host}/. The webhook&apos;s password would go there.</source>
        <translation>{given} no es una dirección de webhook de CustomerGauge; debería empezar por https://{host}/. La contraseña del webhook iría allí.</translation>
    </message>
    <message>
        <source>{given} is not a CustomerGauge region&apos;s webhook address; it should start with https://{host}/.</source>
        <translation>{given} no es una dirección de webhook de ninguna región de CustomerGauge; debería empezar por https://{host}/.</translation>
    </message>
    <message>
        <source>This webhook is in the {other} region, but the profile&apos;s region is {region}: choose the region the webhook belongs to.</source>
        <translation>Este webhook está en la región {other}, pero la región del perfil es {region}: elija la región a la que pertenece el webhook.</translation>
    </message>
    <message>
        <source>Paste the webhook&apos;s URL exactly as CustomerGauge shows it, without a port or a user name in it.</source>
        <translation>Pegue la URL del webhook tal como la muestra CustomerGauge, sin puerto ni nombre de usuario.</translation>
    </message>
    <message>
        <source>Paste the webhook&apos;s URL without anything after ? or #: the fields are added by cg-desktop.</source>
        <translation>Pegue la URL del webhook sin nada después de ? o #: los campos los añade cg-desktop.</translation>
    </message>
    <message>
        <source>The URL should end with the webhook&apos;s id, like https://{host}/abc123.</source>
        <translation>La URL debería terminar con el id del webhook, como https://{host}/abc123.</translation>
    </message>
    <message>
        <source>Give only the id that follows https://{host}/ in the webhook&apos;s URL.</source>
        <translation>Indique solo el id que sigue a https://{host}/ en la URL del webhook.</translation>
    </message>
</context>
</TS>
