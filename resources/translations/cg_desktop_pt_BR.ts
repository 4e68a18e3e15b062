<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>About</name>
    <message>
        <source>About cg-desktop</source>
        <translation>Sobre o cg-desktop</translation>
    </message>
</context>
<context>
    <name>Accessible</name>
    <message>
        <source>{label}, required</source>
        <translation>{label}, obrigatório</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fechar a mensagem</translation>
    </message>
    <message>
        <source>success</source>
        <translation>sucesso</translation>
    </message>
    <message>
        <source>info</source>
        <translation>informação</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
</context>
<context>
    <name>ChoiceFieldEditor</name>
    <message>
        <source>— choose —</source>
        <translation>— escolha —</translation>
    </message>
</context>
<context>
    <name>ChoicesDialog</name>
    <message>
        <source>Choices for {key}</source>
        <translation>Opções de {key}</translation>
    </message>
    <message>
        <source>Choices for this field</source>
        <translation>Opções deste campo</translation>
    </message>
    <message>
        <source>&amp;One choice per line, exactly as CustomerGauge expects it:</source>
        <translation>&amp;Uma opção por linha, exatamente como a CustomerGauge espera:</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <source>Leave practice mode?</source>
        <translation>Sair do modo de treino?</translation>
    </message>
    <message>
        <source>Leave practice mode anyway?</source>
        <translation>Sair do modo de treino mesmo assim?</translation>
    </message>
    <message>
        <source>Try in practice mode?</source>
        <translation>Experimentar no modo de treino?</translation>
    </message>
    <message>
        <source>Try in practice mode anyway?</source>
        <translation>Experimentar no modo de treino mesmo assim?</translation>
    </message>
    <message>
        <source>Start kiosk mode?</source>
        <translation>Iniciar o modo quiosque?</translation>
    </message>
    <message>
        <source>Start kiosk mode anyway?</source>
        <translation>Iniciar o modo quiosque mesmo assim?</translation>
    </message>
    <message>
        <source>Close cg-desktop?</source>
        <translation>Fechar o cg-desktop?</translation>
    </message>
    <message>
        <source>Close cg-desktop anyway?</source>
        <translation>Fechar o cg-desktop mesmo assim?</translation>
    </message>
    <message>
        <source>What is typed in the form has not been sent and will be lost.</source>
        <translation>O que foi digitado no formulário não foi enviado e será perdido.</translation>
    </message>
    <message>
        <source>1 record is still waiting to be sent: it is kept, and goes out the next time cg-desktop is open.</source>
        <translation>1 registro ainda aguarda envio: ele é guardado e será enviado na próxima vez que o cg-desktop estiver aberto.</translation>
    </message>
    <message>
        <source>{count} records are still waiting to be sent: they are kept, and go out the next time cg-desktop is open.</source>
        <translation>{count} registros ainda aguardam envio: eles são guardados e serão enviados na próxima vez que o cg-desktop estiver aberto.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>cg-desktop ran into a problem</source>
        <translation>O cg-desktop encontrou um problema</translation>
    </message>
    <message>
        <source>Something went wrong inside cg-desktop. Records already saved are kept and will be sent; if you were typing, check the form.</source>
        <translation>Algo deu errado no cg-desktop. Os registros já salvos são mantidos e serão enviados; se você estava digitando, confira o formulário.</translation>
    </message>
    <message>
        <source>If it happens again, copy the report and send it to whoever looks after cg-desktop for you. It holds no passwords, tokens or email addresses.</source>
        <translation>Se acontecer de novo, copie o relatório e envie-o a quem cuida do cg-desktop para você. Ele não contém senhas, tokens nem endereços de e-mail.</translation>
    </message>
    <message>
        <source>Copy the report</source>
        <translation>Copiar o relatório</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Webhook credentials — {region}</source>
        <translation>Credenciais do webhook — {region}</translation>
    </message>
    <message>
        <source>Credentials — {region}</source>
        <translation>Credenciais — {region}</translation>
    </message>
    <message>
        <source>Sign in to {server} with a Connected App&apos;s Client ID and Client Secret (your CustomerGauge administrator creates them).</source>
        <translation>Entre em {server} com o Client ID e o Client Secret de um Connected App (o administrador do CustomerGauge cria esses dados).</translation>
    </message>
    <message>
        <source>This profile sends through the Incoming Webhook {url}. Give the user and password CustomerGauge showed with it (your administrator has them).</source>
        <translation>Este perfil envia pelo Incoming Webhook {url}. Informe o usuário e a senha que o CustomerGauge mostrou com ele (seu administrador tem esses dados).</translation>
    </message>
    <message>
        <source>Sh&amp;ow the password</source>
        <translation>M&amp;ostrar a senha</translation>
    </message>
    <message>
        <source>Sh&amp;ow the secret</source>
        <translation>M&amp;ostrar o Client Secret</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar a conexão</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Usuário</translation>
    </message>
    <message>
        <source>Client &amp;ID</source>
        <translation>Client &amp;ID</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Senha</translation>
    </message>
    <message>
        <source>Client &amp;Secret</source>
        <translation>Client &amp;Secret</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Manter só nesta sessão</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <source>Keep for this session</source>
        <translation>Manter nesta sessão</translation>
    </message>
    <message>
        <source>Cancel &amp;test</source>
        <translation>Cancelar o &amp;teste</translation>
    </message>
    <message>
        <source>Signing in to {server}…</source>
        <translation>Entrando em {server}…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Teste cancelado.</translation>
    </message>
    <message>
        <source>✘ The test could not run. Try again.</source>
        <translation>✘ Não foi possível fazer o teste. Tente de novo.</translation>
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
        <translation>Calendário</translation>
    </message>
    <message>
        <source>Pick a date (Alt+Down)</source>
        <translation>Escolha uma data (Alt+Seta para baixo)</translation>
    </message>
    <message>
        <source>Pick a date for {field}</source>
        <translation>Escolha uma data para {field}</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>CustomerGauge&apos;s words: {words}</source>
        <translation>Texto exato da CustomerGauge: {words}</translation>
    </message>
</context>
<context>
    <name>FieldsPanel</name>
    <message>
        <source>Add fi&amp;eld</source>
        <translation>Incl&amp;uir campo</translation>
    </message>
    <message>
        <source>Remove fiel&amp;d</source>
        <translation>&amp;Remover campo</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Mover para cima</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Mover para &amp;baixo</translation>
    </message>
    <message>
        <source>Edit &amp;choices…</source>
        <translation>Editar esco&amp;lhas…</translation>
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
        <translation>Chave</translation>
    </message>
    <message>
        <source>The exact key the mapping expects, as in CustomerGauge&apos;s Field Settings (case-sensitive).</source>
        <translation>A chave exata que o mapeamento espera, como em Field Settings da CustomerGauge (diferencia maiúsculas de minúsculas).</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>What the desk sees beside the field (the key, if left empty).</source>
        <translation>O que o balcão vê ao lado do campo (a chave, se ficar vazio).</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What may be typed: text, an email address, a date…</source>
        <translation>O que pode ser digitado: texto, um endereço de e-mail, uma data…</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obrigatório</translation>
    </message>
    <message>
        <source>The desk can&apos;t send without it.</source>
        <translation>O balcão não pode enviar sem este campo.</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Opções</translation>
    </message>
    <message>
        <source>For a Choice field: the choices offered (double-click to edit).</source>
        <translation>Para um campo de escolha: as opções oferecidas (clique duas vezes para editar).</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Oculto</translation>
    </message>
    <message>
        <source>Not shown on the form: its Value is always sent.</source>
        <translation>Não aparece no formulário: o Valor dele é sempre enviado.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>A hidden field&apos;s fixed value, or a value a shown field starts with.</source>
        <translation>O valor fixo de um campo oculto, ou o valor inicial de um campo visível.</translation>
    </message>
    <message>
        <source>Sticky</source>
        <translation>Persistente</translation>
    </message>
    <message>
        <source>Kept after each send, for the next visitor (a desk&apos;s Touchpoint, say).</source>
        <translation>Mantido após cada envio, para o próximo visitante (por exemplo, o Touchpoint de um balcão).</translation>
    </message>
    <message>
        <source>Max length</source>
        <translation>Tamanho máx.</translation>
    </message>
    <message>
        <source>The most characters allowed (empty: no limit).</source>
        <translation>O número máximo de caracteres permitido (vazio: sem limite).</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <source>A line of help shown under the field.</source>
        <translation>Uma linha de ajuda mostrada abaixo do campo.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
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
        <translation>Problema. Clique para ir até lá.</translation>
    </message>
    <message>
        <source>Warning: {finding}</source>
        <translation>Aviso: {finding}</translation>
    </message>
    <message>
        <source>Warning. Click to go there.</source>
        <translation>Aviso. Clique para ir até lá.</translation>
    </message>
    <message>
        <source>No problems: the profile can be saved.</source>
        <translation>Nenhum problema: o perfil pode ser salvo.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to cg-desktop</source>
        <translation>Bem-vindo ao cg-desktop</translation>
    </message>
    <message>
        <source>To send surveys you need two things from your CustomerGauge administrator: a &lt;b&gt;profile&lt;/b&gt;, a small file that says which fields to fill in and where they go, and a &lt;b&gt;Client ID and Client Secret&lt;/b&gt; (from CustomerGauge&apos;s Connected Apps) that let this computer send. Import the profile here; you are asked for the Client ID and Secret when you first send.</source>
        <translation>Para enviar pesquisas, você precisa de duas coisas do administrador da CustomerGauge: um &lt;b&gt;perfil&lt;/b&gt;, um pequeno arquivo que diz quais campos preencher e para onde eles vão, e um &lt;b&gt;Client ID e Client Secret&lt;/b&gt; (dos Connected Apps da CustomerGauge) que permitem que este computador envie. Importe o perfil aqui; o Client ID e o Secret são pedidos no primeiro envio.</translation>
    </message>
    <message>
        <source>Administrator without a profile file? Make one in &lt;b&gt;File → Profiles…&lt;/b&gt; from the field names on CustomerGauge&apos;s Field Settings page.</source>
        <translation>É administrador e não tem um arquivo de perfil? Crie um em &lt;b&gt;Arquivo → Perfis…&lt;/b&gt; com os nomes de campo da página Field Settings da CustomerGauge.</translation>
    </message>
    <message>
        <source>Just looking? Try &lt;b&gt;practice mode&lt;/b&gt;: everything works the same, but nothing is sent to CustomerGauge.</source>
        <translation>Só quer dar uma olhada? Experimente o &lt;b&gt;modo de treino&lt;/b&gt;: tudo funciona igual, mas nada é enviado à CustomerGauge.</translation>
    </message>
    <message>
        <source>&amp;Import a profile…</source>
        <translation>&amp;Importar um perfil…</translation>
    </message>
    <message>
        <source>Try &amp;practice mode</source>
        <translation>Testar o modo de &amp;treino</translation>
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
        <translation>enviar</translation>
    </message>
    <message>
        <source>Shift+Tab</source>
        <translation>Shift+Tab</translation>
    </message>
    <message>
        <source>next / previous field</source>
        <translation>campo seguinte / anterior</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>clear the form (asks first)</source>
        <translation>limpar o formulário (pergunta antes)</translation>
    </message>
    <message>
        <source>use the suggested address (&quot;Did you mean …?&quot;)</source>
        <translation>usar o endereço sugerido (&quot;Você quis dizer …?&quot;)</translation>
    </message>
    <message>
        <source>fix a record CustomerGauge refused</source>
        <translation>corrigir um registro recusado pela CustomerGauge</translation>
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
        <translation>o formulário / o histórico</translation>
    </message>
    <message>
        <source>the region / the profile</source>
        <translation>a região / o perfil</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>quit (what waits is sent next time)</source>
        <translation>sair (o que está aguardando é enviado na próxima vez)</translation>
    </message>
    <message>
        <source>Sending a record</source>
        <translation>Enviar um registro</translation>
    </message>
    <message>
        <source>Fill in the form and press &lt;b&gt;Enter&lt;/b&gt;. The record is saved on this computer at once and the form is cleared for the next person; &lt;b&gt;Recent&lt;/b&gt;, beside the form, shows how each send went. Nothing is lost when the Wi-Fi is down: it is sent when it is back.</source>
        <translation>Preencha o formulário e pressione &lt;b&gt;Enter&lt;/b&gt;. O registro é salvo neste computador na hora e o formulário é limpo para a próxima pessoa; &lt;b&gt;Recentes&lt;/b&gt;, ao lado do formulário, mostra como foi cada envio. Nada se perde quando o Wi-Fi cai: o envio é feito quando ele volta.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What you need</source>
        <translation>O que você precisa</translation>
    </message>
    <message>
        <source>A &lt;b&gt;profile&lt;/b&gt; (which fields, and where they go) and your CustomerGauge &lt;b&gt;Client ID&lt;/b&gt; and &lt;b&gt;Client Secret&lt;/b&gt; (File → Credentials…). Without them, try practice mode: everything works, nothing is sent to CustomerGauge.</source>
        <translation>Um &lt;b&gt;perfil&lt;/b&gt; (quais campos e para onde vão) e seu &lt;b&gt;Client ID&lt;/b&gt; e &lt;b&gt;Client Secret&lt;/b&gt; da CustomerGauge (Arquivo → Credenciais…). Sem eles, experimente o modo de treino: tudo funciona e nada é enviado à CustomerGauge.</translation>
    </message>
    <message>
        <source>cg-desktop Help</source>
        <translation>Ajuda do cg-desktop</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>Profile not here</source>
        <translation>Perfil não encontrado</translation>
    </message>
    <message>
        <source>The profile &quot;{profile}&quot; of this send is not on this computer any more, so it can&apos;t be opened in the form.</source>
        <translation>O perfil “{profile}” deste envio não está mais neste computador, então ele não pode ser aberto no formulário.</translation>
    </message>
    <message>
        <source>{name} was not sent: {reason}
To fix it, click the field or press F2. Or just type the next person: this record then waits in Recent.</source>
        <translation>{name} não foi enviado: {reason}
Para corrigir, clique no campo ou pressione F2. Ou digite direto a próxima pessoa: este registro então aguarda em Recentes.</translation>
    </message>
    <message>
        <source>{name} waits in Recent: F2 brings it back to fix.</source>
        <translation>{name} aguarda em Recentes: F2 o traz de volta para corrigir.</translation>
    </message>
    <message>
        <source>Fix what CustomerGauge refused for {name}, then press Enter: it goes as a new send.</source>
        <translation>Corrija o que a CustomerGauge recusou para {name} e pressione Enter: o registro vai como um novo envio.</translation>
    </message>
    <message>
        <source>The profile is “{profile}” for this fix; then back to “{desk}”.</source>
        <translation>O perfil é “{profile}” para esta correção; depois, volta a ser “{desk}”.</translation>
    </message>
    <message>
        <source>That record is no longer on this computer.</source>
        <translation>Esse registro não está mais neste computador.</translation>
    </message>
    <message>
        <source>Replace what is typed?</source>
        <translation>Substituir o que foi digitado?</translation>
    </message>
    <message>
        <source>The form holds {name}, not sent yet.</source>
        <translation>O formulário contém {name}, ainda não enviado.</translation>
    </message>
    <message>
        <source>Replace it with {name} to fix? What is typed now would be lost. To keep it, send or clear it first, then press F2 again.</source>
        <translation>Substituir por {name} para corrigir? O que foi digitado agora seria perdido. Para mantê-lo, envie ou limpe primeiro e pressione F2 de novo.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Substituir</translation>
    </message>
    <message>
        <source>Keep typing</source>
        <translation>Continuar digitando</translation>
    </message>
    <message>
        <source>Sign in to send this record.</source>
        <translation>Entre para enviar este registro.</translation>
    </message>
    <message>
        <source>Delete the send to {contact} from this computer? This can&apos;t be undone.</source>
        <translation>Excluir deste computador o envio para {contact}? Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Delete the send to this contact from this computer? This can&apos;t be undone.</source>
        <translation>Excluir deste computador o envio para este contato? Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>It has not been sent yet: deleted, it will never be sent.</source>
        <translation>Ele ainda não foi enviado: se for excluído, nunca será enviado.</translation>
    </message>
    <message>
        <source>Delete this send?</source>
        <translation>Excluir este envio?</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Não excluído</translation>
    </message>
    <message>
        <source>The send was not deleted: {error}.</source>
        <translation>O envio não foi excluído: {error}.</translation>
    </message>
    <message>
        <source>This record is being sent right now, so it was not deleted. Look again in a moment.</source>
        <translation>Este registro está sendo enviado agora, por isso não foi excluído. Verifique de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>Clear the history?</source>
        <translation>Limpar o histórico?</translation>
    </message>
    <message>
        <source>Delete every finished send (delivered, or already surveyed) from this computer? Sends still waiting, and refused ones that need a fix, are kept. This can&apos;t be undone.</source>
        <translation>Excluir deste computador todos os envios concluídos (entregues, ou de quem já recebeu pesquisa)? Os envios ainda aguardando e os recusados que precisam de correção são mantidos. Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Not cleared</source>
        <translation>Não limpo</translation>
    </message>
    <message>
        <source>The history was not cleared: {error}.</source>
        <translation>O histórico não foi limpo: {error}.</translation>
    </message>
    <message>
        <source>History cleared: 1 send deleted.</source>
        <translation>Histórico limpo: 1 envio excluído.</translation>
    </message>
    <message>
        <source>History cleared: {count} sends deleted.</source>
        <translation>Histórico limpo: {count} envios excluídos.</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Exportar o histórico</translation>
    </message>
    <message>
        <source>Include personal data (names, email addresses, phone numbers)?</source>
        <translation>Incluir dados pessoais (nomes, endereços de e-mail, números de telefone)?</translation>
    </message>
    <message>
        <source>Without it, contacts are masked (j***@example.com): safer to share.</source>
        <translation>Sem eles, os contatos ficam mascarados (j***@example.com): mais seguro para compartilhar.</translation>
    </message>
    <message>
        <source>Without personal data</source>
        <translation>Sem dados pessoais</translation>
    </message>
    <message>
        <source>With personal data</source>
        <translation>Com dados pessoais</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Não exportado</translation>
    </message>
    <message>
        <source>Choose another folder: this one holds cg-desktop&apos;s own history.</source>
        <translation>Escolha outra pasta: esta contém o próprio histórico do cg-desktop.</translation>
    </message>
    <message>
        <source>The file could not be written: {error}.</source>
        <translation>Não foi possível gravar o arquivo: {error}.</translation>
    </message>
    <message>
        <source>Exported 1 send to {path}.</source>
        <translation>1 envio exportado para {path}.</translation>
    </message>
    <message>
        <source>Exported {count} sends to {path}.</source>
        <translation>{count} envios exportados para {path}.</translation>
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
        <translation>Horário</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Search contact, profile or message…</source>
        <translation>Pesquisar contato, perfil ou mensagem…</translation>
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
        <translation>Envios</translation>
    </message>
    <message>
        <source>Details of the chosen send</source>
        <translation>Detalhes do envio escolhido</translation>
    </message>
    <message>
        <source>Select a send to see what was sent and how it went.</source>
        <translation>Selecione um envio para ver o que foi enviado e como foi.</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Detalhes técnicos</translation>
    </message>
    <message>
        <source>The exact request and CustomerGauge&apos;s exact answer</source>
        <translation>A solicitação exata e a resposta exata da CustomerGauge</translation>
    </message>
    <message>
        <source>&amp;Edit and resend…</source>
        <translation>E&amp;ditar e reenviar…</translation>
    </message>
    <message>
        <source>Open this record in the form, with CustomerGauge&apos;s errors</source>
        <translation>Abrir este registro no formulário, com os erros da CustomerGauge</translation>
    </message>
    <message>
        <source>Retr&amp;y now</source>
        <translation>&amp;Tentar agora</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Exclu&amp;ir…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>C&amp;lear history…</source>
        <translation>&amp;Limpar histórico…</translation>
    </message>
    <message>
        <source>All sends</source>
        <translation>Todos os envios</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <source>Needs a fix</source>
        <translation>Precisa de correção</translation>
    </message>
    <message>
        <source>Already surveyed</source>
        <translation>Já recebeu pesquisa</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>I&apos;m still here</source>
        <translation>Ainda estou aqui</translation>
    </message>
    <message>
        <source>Still there? The form clears in {seconds} s.</source>
        <translation>Ainda está aí? O formulário será limpo em {seconds} s.</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>cg-desktop is already open on this computer (it may be minimised or on another desktop). Use that window.</source>
        <translation>O cg-desktop já está aberto neste computador (talvez minimizado ou em outra área de trabalho). Use essa janela.</translation>
    </message>
</context>
<context>
    <name>KioskNotice</name>
    <message>
        <source>Thank you, {name} — you’re all set.</source>
        <translation>Obrigado, {name} — tudo pronto.</translation>
    </message>
    <message>
        <source>Thank you — you’re all set.</source>
        <translation>Obrigado — tudo pronto.</translation>
    </message>
    <message>
        <source>Welcome! Please fill in your details, then press Enter.</source>
        <translation>Bem-vindo! Preencha seus dados e pressione Enter.</translation>
    </message>
</context>
<context>
    <name>KioskSettingsDialog</name>
    <message>
        <source>&amp;Start kiosk mode</source>
        <translation>&amp;Iniciar modo quiosque</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>Modo quiosque</translation>
    </message>
    <message>
        <source>Kiosk mode makes this computer a self-service desk: full screen, the form only, one visitor at a time, the form cleared after each. Staff leave it, or open the staff panel (Ctrl+Alt+S), with the PIN.</source>
        <translation>O modo quiosque transforma este computador em um balcão de autoatendimento: tela cheia, só o formulário, um visitante por vez, o formulário limpo depois de cada um. A equipe sai dele, ou abre o painel da equipe (Ctrl+Alt+S), com o PIN.</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> segundos</translation>
    </message>
    <message>
        <source>&amp;Open in kiosk mode whenever cg-desktop starts</source>
        <translation>&amp;Abrir no modo quiosque sempre que o cg-desktop iniciar</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Executa:</translation>
    </message>
    <message>
        <source>&amp;Clear an untouched form after</source>
        <translation>&amp;Limpar um formulário parado após</translation>
    </message>
    <message>
        <source>Practice mode: these settings last until you leave this kiosk.</source>
        <translation>Modo de treino: estas configurações valem até você sair deste quiosque.</translation>
    </message>
    <message>
        <source>Staff PIN:</source>
        <translation>PIN da equipe:</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Sal&amp;var</translation>
    </message>
    <message>
        <source>New PIN chosen (saved with the rest).</source>
        <translation>Novo PIN escolhido (salvo com o resto).</translation>
    </message>
    <message>
        <source>Set.</source>
        <translation>Definido.</translation>
    </message>
    <message>
        <source>Not set yet: kiosk mode needs one.</source>
        <translation>Ainda não definido: o modo quiosque precisa de um.</translation>
    </message>
    <message>
        <source>Change &amp;PIN…</source>
        <translation>Alterar o &amp;PIN…</translation>
    </message>
    <message>
        <source>Set &amp;PIN…</source>
        <translation>Definir o &amp;PIN…</translation>
    </message>
    <message>
        <source>the profile “{profile}”, sending to {region}</source>
        <translation>o perfil “{profile}”, enviando para {region}</translation>
    </message>
</context>
<context>
    <name>KioskStart</name>
    <message>
        <source>There is no profile called “{name}” on this computer.</source>
        <translation>Não há nenhum perfil chamado “{name}” neste computador.</translation>
    </message>
    <message>
        <source>Kiosk mode needs a profile: import the one your administrator gave you (start cg-desktop without --kiosk, File → Import profile…), then start again.</source>
        <translation>O modo quiosque precisa de um perfil: importe o que seu administrador passou a você (inicie o cg-desktop sem --kiosk, Arquivo → Importar perfil…) e inicie de novo.</translation>
    </message>
    <message>
        <source>No staff PIN is set for kiosk mode.</source>
        <translation>Nenhum PIN da equipe foi definido para o modo quiosque.</translation>
    </message>
    <message>
        <source>Kiosk mode needs a staff PIN; none was set.</source>
        <translation>O modo quiosque precisa de um PIN da equipe; nenhum foi definido.</translation>
    </message>
    <message>
        <source>The profile “{profile}” is not for a CustomerGauge region (it says “{region}”): start with --sandbox to practise with it, or give the region with --region eu, us or au.</source>
        <translation>O perfil “{profile}” não é de uma região da CustomerGauge (ele diz “{region}”): inicie com --sandbox para praticar com ele ou informe a região com --region eu, us ou au.</translation>
    </message>
    <message>
        <source>Kiosk mode did not start</source>
        <translation>O modo quiosque não foi iniciado</translation>
    </message>
    <message>
        <source>{reason} Ask the person who set up this desk.</source>
        <translation>{reason} Pergunte à pessoa que configurou este balcão.</translation>
    </message>
    <message>
        <source>{reason} Staff can open cg-desktop&apos;s window with the staff PIN; without it, cg-desktop closes.</source>
        <translation>{reason} A equipe pode abrir a janela do cg-desktop com o PIN da equipe; sem ele, o cg-desktop fecha.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>cg-desktop — kiosk</source>
        <translation>cg-desktop — quiosque</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Treino</translation>
    </message>
    <message>
        <source>Practice mode: nothing is sent to CustomerGauge.</source>
        <translation>Modo de treino: nada é enviado à CustomerGauge.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <source>Use {address}</source>
        <translation>Usar {address}</translation>
    </message>
    <message>
        <source>Waiting: records are kept and sent later</source>
        <translation>Aguardando: os registros são guardados e enviados depois</translation>
    </message>
    <message>
        <source>Sending works</source>
        <translation>O envio funciona</translation>
    </message>
    <message>
        <source>Sign in so this kiosk can send.</source>
        <translation>Entre para que este quiosque possa enviar.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
</context>
<context>
    <name>LineFieldEditor</name>
    <message>
        <source>e.g. 250</source>
        <translation>ex.: 250</translation>
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
        <translation>Novo registro</translation>
    </message>
    <message>
        <source>The form (Ctrl+1)</source>
        <translation>O formulário (Ctrl+1)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Kiosk mode needs a profile: choose one (or File → Import profile…).</source>
        <translation>O modo quiosque precisa de um perfil: escolha um (ou Arquivo → Importar perfil…).</translation>
    </message>
    <message>
        <source>Close the profile editor first, then choose File → Kiosk mode… again.</source>
        <translation>Feche primeiro o editor de perfis e depois escolha Arquivo → Modo quiosque… de novo.</translation>
    </message>
    <message>
        <source>Kiosk mode&apos;s settings are saved.</source>
        <translation>As opções do modo quiosque foram salvas.</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>Exportar perfil</translation>
    </message>
    <message>
        <source>There is no profile to export yet: import one first.</source>
        <translation>Ainda não há perfil para exportar: importe um primeiro.</translation>
    </message>
    <message>
        <source>What was sent, and how it went (Ctrl+2)</source>
        <translation>O que foi enviado e como foi (Ctrl+2)</translation>
    </message>
    <message>
        <source>What is typed in the form could not be saved.</source>
        <translation>O que foi digitado no formulário não pôde ser salvo.</translation>
    </message>
    <message>
        <source>cg-desktop can&apos;t start</source>
        <translation>O cg-desktop não pode iniciar</translation>
    </message>
    <message>
        <source>History database replaced</source>
        <translation>Banco de dados do histórico substituído</translation>
    </message>
    <message>
        <source>{name} — your organisation</source>
        <translation>{name} — sua organização</translation>
    </message>
    <message>
        <source>{title} — practice mode</source>
        <translation>{title} — modo de treino</translation>
    </message>
    <message>
        <source>cg-desktop is already open</source>
        <translation>O cg-desktop já está aberto</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>O novo idioma será usado a partir da próxima inicialização.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Não conectado</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;Import profile…</source>
        <translation>&amp;Importar perfil…</translation>
    </message>
    <message>
        <source>Pr&amp;ofiles…</source>
        <translation>Per&amp;fis…</translation>
    </message>
    <message>
        <source>&amp;Fix a refused record</source>
        <translation>Corri&amp;gir um registro recusado</translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation>&amp;Exportar histórico…</translation>
    </message>
    <message>
        <source>Export &amp;profile…</source>
        <translation>Exportar &amp;perfil…</translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation>&amp;Credenciais…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Opções…</translation>
    </message>
    <message>
        <source>&amp;Kiosk mode…</source>
        <translation>Modo &amp;quiosque…</translation>
    </message>
    <message>
        <source>&amp;Leave practice mode</source>
        <translation>Sair do mo&amp;do de treino</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formulário</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Histórico</translation>
    </message>
    <message>
        <source>cg-desktop &amp;Help</source>
        <translation>A&amp;juda do cg-desktop</translation>
    </message>
    <message>
        <source>&amp;Check this computer…</source>
        <translation>&amp;Verificar este computador…</translation>
    </message>
    <message>
        <source>&amp;About cg-desktop</source>
        <translation>&amp;Sobre o cg-desktop</translation>
    </message>
</context>
<context>
    <name>NewPinDialog</name>
    <message>
        <source>Staff PIN for this kiosk</source>
        <translation>PIN da equipe para este quiosque</translation>
    </message>
    <message>
        <source>Kiosk mode keeps visitors to the form. Choose a PIN for the staff: it is needed to leave kiosk mode and to see the staff panel. It is kept only as a salted hash, so write it down somewhere safe.</source>
        <translation>O modo quiosque mantém os visitantes no formulário. Escolha um PIN para a equipe: ele é necessário para sair do modo quiosque e para ver o painel da equipe. Ele só é guardado como hash com salt, então anote-o em um lugar seguro.</translation>
    </message>
    <message>
        <source>&amp;PIN (4 to 12 digits)</source>
        <translation>&amp;PIN (de 4 a 12 dígitos)</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN de &amp;novo</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Os dois PINs não são iguais.</translation>
    </message>
</context>
<context>
    <name>NewProfileDialog</name>
    <message>
        <source>New profile</source>
        <translation>Novo perfil</translation>
    </message>
    <message>
        <source>Data &amp;type (as the mapping in CustomerGauge)</source>
        <translation>Tipo de &amp;dados (como o mapeamento na CustomerGauge)</translation>
    </message>
    <message>
        <source>Start with the &amp;usual fields</source>
        <translation>Começar com os campos &amp;habituais</translation>
    </message>
    <message>
        <source>&amp;Paste field names…</source>
        <translation>Co&amp;lar nomes de campos…</translation>
    </message>
    <message>
        <source>Paste the field &amp;names from CustomerGauge (Data → Field Settings): one per line, or a copied table (its first column is used).</source>
        <translation>Cole os &amp;nomes dos campos da CustomerGauge (Data → Field Settings): um por linha, ou uma tabela copiada (a primeira coluna é usada).</translation>
    </message>
    <message>
        <source>Check the &amp;kind of each field (guessed from its name):</source>
        <translation>Confira o &amp;tipo de cada campo (deduzido pelo nome):</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>C&amp;riar</translation>
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
        <translation>Cole primeiro os nomes dos campos.</translation>
    </message>
</context>
<context>
    <name>OutcomeView</name>
    <message>
        <source>Sent to {name}. The practice sandbox accepted it: with a real account, CustomerGauge would now send the survey.</source>
        <translation>Enviado para {name}. O ambiente de treino o aceitou: com uma conta real, a CustomerGauge enviaria agora a pesquisa.</translation>
    </message>
    <message>
        <source>Sent to {name}. CustomerGauge will send the survey.</source>
        <translation>Enviado para {name}. A CustomerGauge enviará a pesquisa.</translation>
    </message>
    <message>
        <source>{name} already received a survey recently (CG-ID {cg_id}), so no new survey was sent.</source>
        <translation>{name} já recebeu uma pesquisa recentemente (CG-ID {cg_id}), então nenhuma nova foi enviada.</translation>
    </message>
    <message>
        <source>{name} already received a survey recently, so no new survey was sent.</source>
        <translation>{name} já recebeu uma pesquisa recentemente, então nenhuma nova foi enviada.</translation>
    </message>
    <message>
        <source>{name}: saved. {message} It will be sent once you sign in.</source>
        <translation>{name}: salvo. {message} Será enviado assim que você fizer login.</translation>
    </message>
    <message>
        <source>The exact keys sent:</source>
        <translation>As chaves exatas enviadas:</translation>
    </message>
    <message>
        <source>The server&apos;s answer:</source>
        <translation>A resposta do servidor:</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Staff: type the PIN to open cg-desktop&apos;s window.</source>
        <translation>Equipe: digite o PIN para abrir a janela do cg-desktop.</translation>
    </message>
    <message>
        <source>Staff: type the PIN to open the staff panel.</source>
        <translation>Equipe: digite o PIN para abrir o painel da equipe.</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Somente equipe</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>PIN da equipe</translation>
    </message>
    <message>
        <source>Too many wrong PINs: try again in {seconds} s.</source>
        <translation>Muitos PINs errados: tente de novo em {seconds} s.</translation>
    </message>
    <message>
        <source>You can try the PIN again.</source>
        <translation>Você pode tentar o PIN de novo.</translation>
    </message>
    <message>
        <source>That PIN is not right. 1 try left.</source>
        <translation>Esse PIN não está certo. Resta 1 tentativa.</translation>
    </message>
    <message>
        <source>That PIN is not right. {count} tries left.</source>
        <translation>Esse PIN não está certo. Restam {count} tentativas.</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Practice mode — nothing is sent to CustomerGauge</source>
        <translation>Modo de treino — nada é enviado à CustomerGauge</translation>
    </message>
    <message>
        <source>Practice mode — trying “{name}”; nothing is sent to CustomerGauge</source>
        <translation>Modo de treino — testando “{name}”; nada é enviado à CustomerGauge</translation>
    </message>
</context>
<context>
    <name>PracticeRibbon</name>
    <message>
        <source>Simulate a Wi-Fi &amp;outage</source>
        <translation>Simular &amp;queda do Wi-Fi</translation>
    </message>
    <message>
        <source>Practice: CustomerGauge stops answering until you press this again. Sends wait and go out by themselves when the connection is back.</source>
        <translation>Treino: a CustomerGauge para de responder até você clicar aqui de novo. Os envios aguardam e saem sozinhos quando a conexão volta.</translation>
    </message>
    <message>
        <source>{ribbon} · the practice server could not restart: try again</source>
        <translation>{ribbon} · o servidor de treino não conseguiu reiniciar: tente de novo</translation>
    </message>
    <message>
        <source>End the Wi-Fi &amp;outage</source>
        <translation>Encerrar &amp;queda do Wi-Fi</translation>
    </message>
    <message>
        <source>{ribbon} · Wi-Fi outage (simulated)</source>
        <translation>{ribbon} · queda do Wi-Fi (simulada)</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Profiles</source>
        <translation>Perfis</translation>
    </message>
    <message>
        <source>What to check in this profile</source>
        <translation>O que verificar neste perfil</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Checks (click one to go to it)</source>
        <translation>Verificações (clique para ir até lá)</translation>
    </message>
    <message>
        <source>Fix the problems listed under the fields first.</source>
        <translation>Corrija primeiro os problemas listados abaixo dos campos.</translation>
    </message>
    <message>
        <source>Choose a profile on the left, or press New… to make one.</source>
        <translation>Escolha um perfil à esquerda ou clique em Novo… para criar um.</translation>
    </message>
    <message>
        <source>“{name}” is provided by your organisation, so it can&apos;t be changed or deleted here. Duplicate it to make your own version.</source>
        <translation>“{name}” é fornecido pela sua organização, por isso não pode ser alterado nem excluído aqui. Duplique-o para criar a sua própria versão.</translation>
    </message>
    <message>
        <source>New profile — not saved yet.</source>
        <translation>Novo perfil — ainda não salvo.</translation>
    </message>
    <message>
        <source>Editing “{name}” — changed, not saved yet.</source>
        <translation>Editando “{name}” — alterado, ainda não salvo.</translation>
    </message>
    <message>
        <source>Editing “{name}”.</source>
        <translation>Editando “{name}”.</translation>
    </message>
    <message>
        <source>Delete profile?</source>
        <translation>Excluir o perfil?</translation>
    </message>
    <message>
        <source>Delete the profile “{name}” from this computer? Its form will no longer be offered here. This can&apos;t be undone.</source>
        <translation>Excluir o perfil “{name}” deste computador? O formulário dele não será mais oferecido aqui. Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Profile not deleted</source>
        <translation>Perfil não excluído</translation>
    </message>
    <message>
        <source>“{name}”: {problem}</source>
        <translation>“{name}”: {problem}</translation>
    </message>
    <message>
        <source>Saving the profile</source>
        <translation>Salvar o perfil</translation>
    </message>
    <message>
        <source>the new profile</source>
        <translation>o novo perfil</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Descartar as alterações?</translation>
    </message>
    <message>
        <source>“{name}” has problems, so it can&apos;t be saved as it is. Discard the changes?</source>
        <translation>“{name}” tem problemas, por isso não pode ser salvo como está. Descartar as alterações?</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Salvar as alterações?</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before leaving it?</source>
        <translation>Salvar as alterações em “{name}” antes de sair dele?</translation>
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
        <translation>Perfis (*.cgprofile)</translation>
    </message>
    <message>
        <source>Profile not exported</source>
        <translation>Perfil não exportado</translation>
    </message>
    <message>
        <source>cg-desktop could not write {file}: {problem} Choose a folder you may write to, such as Documents.</source>
        <translation>O cg-desktop não conseguiu gravar {file}: {problem} Escolha uma pasta em que você possa gravar, como Documentos.</translation>
    </message>
    <message>
        <source>Profile exported</source>
        <translation>Perfil exportado</translation>
    </message>
    <message>
        <source>“{name}” is saved as {file}. Hand this file to the other desks: opening it imports the profile. It holds no password or secret.</source>
        <translation>“{name}” foi salvo como {file}. Entregue este arquivo aos outros balcões: ao abri-lo, o perfil é importado. Ele não contém senha nem segredo.</translation>
    </message>
</context>
<context>
    <name>ProfileImport</name>
    <message>
        <source>Import profile</source>
        <translation>Importar perfil</translation>
    </message>
    <message>
        <source>Profiles (*.cgprofile *.json)</source>
        <translation>Perfis (*.cgprofile *.json)</translation>
    </message>
    <message>
        <source>Profile not imported</source>
        <translation>Perfil não importado</translation>
    </message>
    <message>
        <source>That folder holds cg-desktop&apos;s own history, not profiles. Choose the profile file your administrator gave you.</source>
        <translation>Essa pasta contém o histórico do próprio cg-desktop, não perfis. Escolha o arquivo de perfil que o seu administrador passou para você.</translation>
    </message>
    <message>
        <source>Profile not found</source>
        <translation>Perfil não encontrado</translation>
    </message>
    <message>
        <source>cg-desktop can&apos;t find “{file}” in {folder}. Was it moved, renamed or deleted? Open it from where it is now.</source>
        <translation>O cg-desktop não encontra “{file}” em {folder}. Ele foi movido, renomeado ou excluído? Abra-o de onde ele está agora.</translation>
    </message>
    <message>
        <source>This file can&apos;t be used as a profile. Ask your CustomerGauge administrator for a corrected one.

Details: {details}</source>
        <translation>Este arquivo não pode ser usado como perfil. Peça um corrigido ao seu administrador da CustomerGauge.

Detalhes: {details}</translation>
    </message>
    <message>
        <source>Replace profile?</source>
        <translation>Substituir o perfil?</translation>
    </message>
    <message>
        <source>A profile called “{name}” is already here. Replace it with this file?</source>
        <translation>Já existe um perfil chamado “{name}”. Substituí-lo por este arquivo?</translation>
    </message>
    <message>
        <source>and {count} more changes</source>
        <translation>e mais {count} alterações</translation>
    </message>
    <message>
        <source>A profile called “{name}” is already here. This file changes it:

{changes}

Replace it?</source>
        <translation>Já existe um perfil chamado “{name}”. Este arquivo o altera:

{changes}

Substituí-lo?</translation>
    </message>
    <message>
        <source>Profile added</source>
        <translation>Perfil adicionado</translation>
    </message>
    <message>
        <source>cg-desktop is already open. The profile “{name}” is added to it: choose it in the Profile list of the open window.</source>
        <translation>O cg-desktop já está aberto. O perfil “{name}” foi adicionado a ele: escolha-o na lista de perfis da janela aberta.</translation>
    </message>
</context>
<context>
    <name>ProfileList</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Novo…</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Excluir…</translation>
    </message>
    <message>
        <source>Pr&amp;ofiles</source>
        <translation>&amp;Perfis</translation>
    </message>
    <message>
        <source>{file} — can&apos;t be read</source>
        <translation>{file} — não pode ser lido</translation>
    </message>
    <message>
        <source>{name} — your organisation</source>
        <translation>{name} — sua organização</translation>
    </message>
</context>
<context>
    <name>ProfilePreview</name>
    <message>
        <source>The preview appears once the profile has no problems.</source>
        <translation>A prévia aparece assim que o perfil não tiver problemas.</translation>
    </message>
    <message>
        <source>What a desk will see. Try typing in it: nothing is sent from here.</source>
        <translation>O que um balcão verá. Experimente digitar nele: nada é enviado daqui.</translation>
    </message>
    <message>
        <source>Not up to date: this is the form before the last changes. Fix the problems listed to see the new one.</source>
        <translation>Desatualizado: este é o formulário de antes das últimas alterações. Corrija os problemas listados para ver o novo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;Prévia&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ProfileSettings</name>
    <message>
        <source>e.g. Spring fair desk</source>
        <translation>ex.: Balcão feira de primavera</translation>
    </message>
    <message>
        <source>Paste it here (like 9dd58237-c913-4073-…)</source>
        <translation>Cole aqui (como 9dd58237-c913-4073-…)</translation>
    </message>
    <message>
        <source>The user name CustomerGauge gave with the webhook (not secret)</source>
        <translation>O nome de usuário que a CustomerGauge forneceu com o webhook (não é secreto)</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>A&amp;justes avançados</translation>
    </message>
    <message>
        <source>How records are sent: leave as they are unless told</source>
        <translation>Como os registros são enviados: deixe como está, a menos que peçam para mudar</translation>
    </message>
    <message>
        <source>In CustomerGauge: Data → Rest APIs → Inbound Mapping, column Reference.</source>
        <translation>Na CustomerGauge: Data → Rest APIs → Inbound Mapping, coluna Reference.</translation>
    </message>
    <message>
        <source>The webhook&apos;s URL as CustomerGauge shows it (https://hooks.&lt;region&gt;.customergauge.com/…), or only the id at its end</source>
        <translation>A URL do webhook como a CustomerGauge a mostra (https://hooks.&lt;region&gt;.customergauge.com/…), ou só o id no final</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;ome</translation>
    </message>
    <message>
        <source>Data &amp;type</source>
        <translation>T&amp;ipo de dados</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>Re&amp;gião</translation>
    </message>
    <message>
        <source>Sent t&amp;hrough</source>
        <translation>Enviado &amp;via</translation>
    </message>
    <message>
        <source>Mapping re&amp;ference</source>
        <translation>Referênci&amp;a do mapeamento</translation>
    </message>
    <message>
        <source>Webhoo&amp;k URL</source>
        <translation>URL do webhoo&amp;k</translation>
    </message>
    <message>
        <source>Webhook user (lo&amp;gin)</source>
        <translation>Usuário do &amp;webhook (login)</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>Método &amp;HTTP</translation>
    </message>
    <message>
        <source>&amp;Body format</source>
        <translation>&amp;Formato do corpo</translation>
    </message>
</context>
<context>
    <name>ProfileTry</name>
    <message>
        <source>Save before trying?</source>
        <translation>Salvar antes de testar?</translation>
    </message>
    <message>
        <source>Practice mode opens in place of this window. Save the changes to “{name}” and try it there?</source>
        <translation>O modo de treino abre no lugar desta janela. Salvar as alterações em “{name}” e testá-lo lá?</translation>
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
        <translation>Verificar este computador</translation>
    </message>
    <message>
        <source>Whether this computer is ready for the first visitor: each line says what was found and, when something is wrong, what to do next.</source>
        <translation>Se este computador está pronto para o primeiro visitante: cada linha diz o que foi encontrado e, quando algo está errado, o que fazer em seguida.</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>Resultados da verificação</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copiar relatório</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Verificar de &amp;novo</translation>
    </message>
    <message>
        <source>Checking {name}… ({number} of {total})</source>
        <translation>Verificando {name}… ({number} de {total})</translation>
    </message>
    <message>
        <source>the check failed ({error})</source>
        <translation>a verificação falhou ({error})</translation>
    </message>
    <message>
        <source>Send this report to support.</source>
        <translation>Envie este relatório ao suporte.</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Próximo passo: {step}</translation>
    </message>
    <message>
        <source>Not ready: 1 problem above. Fix it, then Check again.</source>
        <translation>Não está pronto: 1 problema acima. Corrija-o e clique em Verificar de novo.</translation>
    </message>
    <message>
        <source>Not ready: {count} problems above. Fix them, then Check again.</source>
        <translation>Não está pronto: {count} problemas acima. Corrija-os e clique em Verificar de novo.</translation>
    </message>
    <message>
        <source>Ready, with 1 warning worth a look.</source>
        <translation>Pronto, com 1 aviso que vale a pena ver.</translation>
    </message>
    <message>
        <source>Ready, with {count} warnings worth a look.</source>
        <translation>Pronto, com {count} avisos que valem a pena ver.</translation>
    </message>
    <message>
        <source>Ready: everything checked is fine.</source>
        <translation>Pronto: tudo o que foi verificado está certo.</translation>
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
        <translation>Recentes</translation>
    </message>
    <message>
        <source>Recent sends</source>
        <translation>Envios recentes</translation>
    </message>
    <message>
        <source>Records you send appear here, with how each one went.</source>
        <translation>Os registros que você enviar aparecem aqui, com o resultado de cada um.</translation>
    </message>
    <message>
        <source>Fix (F2)</source>
        <translation>Corrigir (F2)</translation>
    </message>
    <message>
        <source>Open the selected refused record in the form to fix it</source>
        <translation>Abrir o registro recusado selecionado no formulário para corrigi-lo</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Also sent: {fields}</source>
        <translation>Também enviado: {fields}</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obrigatório</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Clear the form for the next person (Esc)</source>
        <translation>Limpar o formulário para a próxima pessoa (Esc)</translation>
    </message>
    <message>
        <source>Read as {shown} (sent as {value}).</source>
        <translation>Interpretado como {shown} (enviado como {value}).</translation>
    </message>
    <message>
        <source>Read as {value}.</source>
        <translation>Interpretado como {value}.</translation>
    </message>
    <message>
        <source>To fix it first, click the field with the error or press F2</source>
        <translation>Para corrigir primeiro, clique no campo com o erro ou pressione F2</translation>
    </message>
    <message>
        <source>Not ready to send:</source>
        <translation>Ainda não está pronto para enviar:</translation>
    </message>
    <message>
        <source>Send this record (Enter)</source>
        <translation>Enviar este registro (Enter)</translation>
    </message>
    <message>
        <source>Not sent yet: correct the marked fields, then press Enter.</source>
        <translation>Ainda não enviado: corrija os campos marcados e pressione Enter.</translation>
    </message>
    <message>
        <source>Check {field}: {doubt} Alt+U uses it; Enter sends it as typed.</source>
        <translation>Confira {field}: {doubt} Alt+U usa a sugestão; Enter envia como foi digitado.</translation>
    </message>
    <message>
        <source>Check {field}: {doubt} Enter sends it as typed.</source>
        <translation>Confira {field}: {doubt} Enter envia como foi digitado.</translation>
    </message>
    <message>
        <source>Changed to {address}. Press Enter to send.</source>
        <translation>Alterado para {address}. Pressione Enter para enviar.</translation>
    </message>
    <message>
        <source>Clear the form?</source>
        <translation>Limpar o formulário?</translation>
    </message>
    <message>
        <source>Clear what you typed? This can&apos;t be undone.</source>
        <translation>Apagar o que você digitou? Isso não pode ser desfeito.</translation>
    </message>
</context>
<context>
    <name>ScanWatch</name>
    <message>
        <source>That badge was read only in part. Please scan it again, or type your details.</source>
        <translation>O crachá foi lido só em parte. Escaneie de novo ou digite seus dados.</translation>
    </message>
    <message>
        <source>That badge could not be read. Please type your details.</source>
        <translation>Não foi possível ler o crachá. Digite seus dados.</translation>
    </message>
    <message>
        <source>Scanned: {name}. Check your details, then press Enter.</source>
        <translation>Escaneado: {name}. Confira seus dados e pressione Enter.</translation>
    </message>
    <message>
        <source>Your badge was read. Check your details, then press Enter.</source>
        <translation>Seu crachá foi lido. Confira seus dados e pressione Enter.</translation>
    </message>
    <message>
        <source>Use the badge?</source>
        <translation>Usar o crachá?</translation>
    </message>
    <message>
        <source>Replace what you typed ({fields}) with the details from your badge?</source>
        <translation>Substituir o que você digitou ({fields}) pelos dados do seu crachá?</translation>
    </message>
    <message>
        <source>Use the badge</source>
        <translation>Usar o crachá</translation>
    </message>
    <message>
        <source>Keep what I typed</source>
        <translation>Manter o que digitei</translation>
    </message>
</context>
<context>
    <name>SendFlow</name>
    <message>
        <source>The record could not be saved on this computer, so it was not sent. Nothing you typed is lost: fix the problem in Details and press Send again.</source>
        <translation>O registro não pôde ser salvo neste computador, por isso não foi enviado. Nada do que você digitou foi perdido: corrija o problema em Detalhes e clique em Enviar de novo.</translation>
    </message>
    <message>
        <source>Sign in to send this record.</source>
        <translation>Entre para enviar este registro.</translation>
    </message>
    <message>
        <source>Saved {name}. It will be sent once you sign in (Credentials…).</source>
        <translation>{name} salvo. Será enviado assim que você fizer login (Credenciais…).</translation>
    </message>
    <message>
        <source>Saved and sending: {name}…</source>
        <translation>Salvo e enviando: {name}…</translation>
    </message>
    <message>
        <source>Saved {name}. It will be sent once the sign-in is put right (Credentials…).</source>
        <translation>{name} salvo. Será enviado assim que o login for corrigido (Credenciais…).</translation>
    </message>
    <message>
        <source>{name} was not sent: {reason} Press F2 to fix it in the form (it waits in Recent).</source>
        <translation>{name} não foi enviado: {reason} Pressione F2 para corrigi-lo no formulário (ele aguarda em Recentes).</translation>
    </message>
    <message>
        <source>{name} was not sent. {message}
It waits in Recent: F2 opens it.</source>
        <translation>{name} não foi enviado. {message}
Ele aguarda em Recentes: F2 o abre.</translation>
    </message>
    <message>
        <source>A record sent earlier ({contact}) was not accepted by CustomerGauge and needs a fix: open History (Ctrl+2), select it and press Edit and resend….</source>
        <translation>Um registro enviado antes ({contact}) não foi aceito pela CustomerGauge e precisa de correção: abra o Histórico (Ctrl+2), selecione-o e clique em Editar e reenviar….</translation>
    </message>
    <message>
        <source>no contact</source>
        <translation>sem contato</translation>
    </message>
    <message>
        <source>Sign in to send the waiting records.</source>
        <translation>Entre para enviar os registros em espera.</translation>
    </message>
    <message>
        <source>Back to the profile “{name}”.</source>
        <translation>De volta ao perfil “{name}”.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Opções</translation>
    </message>
    <message>
        <source>After this many days, delivered sends lose their personal data: the record and CustomerGauge&apos;s answer are removed and the contact is masked (j***@example.com). The send stays in the history. Sends not yet delivered are never touched.</source>
        <translation>Depois deste número de dias, os envios entregues perdem seus dados pessoais: o registro e a resposta da CustomerGauge são removidos e o contato é mascarado (j***@example.com). O envio continua no histórico. Envios ainda não entregues nunca são alterados.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>O idioma do computador</translation>
    </message>
    <message>
        <source>A new language is used from the next start of cg-desktop.</source>
        <translation>Um novo idioma é usado a partir da próxima inicialização do cg-desktop.</translation>
    </message>
    <message>
        <source>&amp;Keep personal data for</source>
        <translation>&amp;Manter os dados pessoais por</translation>
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
        <translation>nenhum ainda</translation>
    </message>
    <message>
        <source>nothing waiting</source>
        <translation>nada aguardando</translation>
    </message>
    <message>
        <source>Last record sent: {time}</source>
        <translation>Último registro enviado: {time}</translation>
    </message>
    <message>
        <source>{count} record(s) were refused and need a fix: leave kiosk mode and open History (Ctrl+2).</source>
        <translation>Registros recusados que precisam de correção: {count}. Saia do modo quiosque e abra o Histórico (Ctrl+2).</translation>
    </message>
    <message>
        <source>Staff panel</source>
        <translation>Painel da equipe</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Enviar a&amp;gora</translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation>&amp;Credenciais…</translation>
    </message>
    <message>
        <source>C&amp;heck this computer…</source>
        <translation>&amp;Verificar este computador…</translation>
    </message>
    <message>
        <source>Kiosk &amp;settings…</source>
        <translation>Ajustes do &amp;quiosque…</translation>
    </message>
    <message>
        <source>&amp;Leave kiosk mode</source>
        <translation>&amp;Sair do quiosque</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>V&amp;oltar ao formulário</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>Send &amp;now</source>
        <translation>Enviar a&amp;gora</translation>
    </message>
    <message>
        <source>Try the waiting sends again now</source>
        <translation>Tentar de novo agora os envios pendentes</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Signed in as {client_id} (practice)</source>
        <translation>Conectado como {client_id} (treino)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Não conectado</translation>
    </message>
    <message>
        <source>Webhook user {user} (practice)</source>
        <translation>Usuário do webhook {user} (treino)</translation>
    </message>
    <message>
        <source>Webhook user {user}</source>
        <translation>Usuário do webhook {user}</translation>
    </message>
    <message>
        <source>Client ID {user}</source>
        <translation>Client ID {user}</translation>
    </message>
    <message>
        <source>1 waiting to be sent</source>
        <translation>1 aguardando envio</translation>
    </message>
    <message>
        <source>{count} waiting to be sent</source>
        <translation>{count} aguardando envio</translation>
    </message>
    <message>
        <source>paused until the webhook&apos;s user and password are put right (Credentials…)</source>
        <translation>pausado até que o usuário e a senha do webhook sejam corrigidos (Credenciais…)</translation>
    </message>
    <message>
        <source>paused until you sign in again (Credentials…)</source>
        <translation>pausado até você fazer login de novo (Credenciais…)</translation>
    </message>
    <message>
        <source>offline: it goes as soon as the connection is back</source>
        <translation>offline: será enviado assim que a conexão voltar</translation>
    </message>
    <message>
        <source>offline: they go as soon as the connection is back</source>
        <translation>offline: serão enviados assim que a conexão voltar</translation>
    </message>
    <message>
        <source>next try at {time}</source>
        <translation>próxima tentativa às {time}</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>enviando…</translation>
    </message>
    <message>
        <source>1 needs a fix (History)</source>
        <translation>1 precisa de correção (Histórico)</translation>
    </message>
    <message>
        <source>{count} need a fix (History)</source>
        <translation>{count} precisam de correção (Histórico)</translation>
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
        <translation>&amp;Credenciais…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Opções…</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Região:</translation>
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
        <translation>&amp;Testar no modo de treino</translation>
    </message>
    <message>
        <source>Send a test record to the practice sandbox, which takes this profile&apos;s fields as its mapping: see CustomerGauge&apos;s checks and the exact keys sent.</source>
        <translation>Envie um registro de teste ao ambiente de treino, que usa os campos deste perfil como mapeamento: você verá as verificações da CustomerGauge e as chaves exatas enviadas.</translation>
    </message>
    <message>
        <source>Fix the problems listed under the fields first.</source>
        <translation>Corrija primeiro os problemas listados abaixo dos campos.</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>Finishing the send in progress… It is saved either way.</source>
        <translation>Concluindo o envio em andamento… Ele fica salvo de qualquer forma.</translation>
    </message>
</context>
<context>
    <name>_CellEditors</name>
    <message>
        <source>no limit</source>
        <translation>sem limite</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>The PIN must be 4 to 12 digits (0-9), nothing else.</source>
        <translation>O PIN deve ter de 4 a 12 dígitos (0-9), nada mais.</translation>
    </message>
    <message>
        <source>The PIN can&apos;t be one digit repeated (like 0000): it is the first thing guessed.</source>
        <translation>O PIN não pode ser um dígito repetido (como 0000): é a primeira coisa que se tenta.</translation>
    </message>
    <message>
        <source>The PIN can&apos;t be a run of digits (like 1234 or 9876): it is easily guessed.</source>
        <translation>O PIN não pode ser uma sequência de dígitos (como 1234 ou 9876): é fácil de adivinhar.</translation>
    </message>
    <message>
        <source>This address has unusual parts (quotes, brackets, spaces, symbols or invisible characters). The server may accept it, but check it is what the person wrote.</source>
        <translation>Este endereço tem partes incomuns (aspas, parênteses, espaços, símbolos ou caracteres invisíveis). O servidor pode aceitá-lo, mas confira se é o que a pessoa escreveu.</translation>
    </message>
    <message>
        <source>Did you mean {address}?</source>
        <translation>Você quis dizer {address}?</translation>
    </message>
    <message>
        <source>The part after @ (&quot;{domain}&quot;) has no dot (like example.com) — check the address.</source>
        <translation>A parte depois de @ (&quot;{domain}&quot;) não tem ponto (como example.com) — confira o endereço.</translation>
    </message>
    <message>
        <source>This number has characters other than digits, spaces, ( ) - and + — check it.</source>
        <translation>Este número tem caracteres além de dígitos, espaços, ( ) - e + — confira.</translation>
    </message>
    <message>
        <source>This phone number looks far too long — check it for extra digits.</source>
        <translation>Este telefone parece longo demais — confira se há dígitos a mais.</translation>
    </message>
    <message>
        <source>The country code of this number is not one in use — check it.</source>
        <translation>O código do país deste número não está em uso — confira.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a phone number — check it.</source>
        <translation>Isto não parece um número de telefone — confira.</translation>
    </message>
    <message>
        <source>This phone number looks incomplete for {where} — check it, or add the country code ({code}…).</source>
        <translation>Este telefone parece incompleto para {where} — confira ou adicione o código do país ({code}…).</translation>
    </message>
    <message>
        <source>This phone number looks incomplete for {where} — check it.</source>
        <translation>Este telefone parece incompleto para {where} — confira.</translation>
    </message>
    <message>
        <source>This phone number looks too long for {where} — check it for extra digits.</source>
        <translation>Este telefone parece longo demais para {where} — confira se há dígitos a mais.</translation>
    </message>
    <message>
        <source>The country code {code} is not one in use — check the number.</source>
        <translation>O código do país {code} não está em uso — confira o número.</translation>
    </message>
    <message>
        <source>This phone number doesn&apos;t look right for {where} — check it, or add the country code ({code}…).</source>
        <translation>Este telefone não parece correto para {where} — confira ou adicione o código do país ({code}…).</translation>
    </message>
    <message>
        <source>This phone number doesn&apos;t look right for {where} — check it.</source>
        <translation>Este telefone não parece correto para {where} — confira.</translation>
    </message>
    <message>
        <source>The part after @ (&quot;{domain}&quot;) has no dot, like example.com.</source>
        <translation>A parte depois de @ (&quot;{domain}&quot;) não tem ponto, como example.com.</translation>
    </message>
    <message>
        <source>Give an email address or a phone number (or both): the survey is sent to one of them.</source>
        <translation>Informe um e-mail ou um telefone (ou ambos): a pesquisa é enviada para um deles.</translation>
    </message>
    <message>
        <source>{label} is needed: fill it in.</source>
        <translation>{label} é necessário: preencha o campo.</translation>
    </message>
    <message>
        <source>{label}: this is not a complete email address. Check it (like name@example.com).</source>
        <translation>{label}: este não é um e-mail completo. Confira (como nome@example.com).</translation>
    </message>
    <message>
        <source>{label}: use a date like {date}.</source>
        <translation>{label}: use uma data como {date}.</translation>
    </message>
    <message>
        <source>{label}: use a number, like 250 or 1200.</source>
        <translation>{label}: use um número, como 250 ou 1200.</translation>
    </message>
    <message>
        <source>{label}: at most {count} characters. Shorten it.</source>
        <translation>{label}: no máximo {count} caracteres. Encurte o texto.</translation>
    </message>
    <message>
        <source>{label}: CustomerGauge does not know this value. Choose one from the list, or ask your administrator to add it.</source>
        <translation>{label}: a CustomerGauge não conhece este valor. Escolha um da lista ou peça ao seu administrador que o adicione.</translation>
    </message>
    <message>
        <source>{label}: use only digits, spaces, brackets, - and +, like +44 20 7946 0958.</source>
        <translation>{label}: use apenas dígitos, espaços, parênteses, - e +, como +44 20 7946 0958.</translation>
    </message>
    <message>
        <source>The answer from {where} broke off, so it isn&apos;t certain the record arrived. Saved — it will be sent again to make sure.</source>
        <translation>A resposta de {where} foi interrompida, então não é certo que o registro chegou. Salvo — ele será enviado de novo para garantir.</translation>
    </message>
    <message>
        <source>The network answered with a web page instead of CustomerGauge (a Wi-Fi sign-in page?). Saved — it will be sent when the connection works.</source>
        <translation>A rede respondeu com uma página da web em vez da CustomerGauge (uma página de login do Wi-Fi?). Salvo — será enviado quando a conexão funcionar.</translation>
    </message>
    <message>
        <source>{where} answered in an unexpected way, so it isn&apos;t certain the record arrived. Saved — it will be sent again to make sure.</source>
        <translation>{where} respondeu de forma inesperada, então não é certo que o registro chegou. Salvo — ele será enviado de novo para garantir.</translation>
    </message>
    <message>
        <source>Sent. CustomerGauge accepted the record and will send the survey.</source>
        <translation>Enviado. A CustomerGauge aceitou o registro e enviará a pesquisa.</translation>
    </message>
    <message>
        <source>CustomerGauge refused the record but did not say why. See Details.</source>
        <translation>A CustomerGauge recusou o registro, mas não disse por quê. Veja Detalhes.</translation>
    </message>
    <message>
        <source>CustomerGauge asks us to slow down. Saved — it will be sent shortly.</source>
        <translation>A CustomerGauge pede que enviemos mais devagar. Salvo — será enviado em breve.</translation>
    </message>
    <message>
        <source>The server tried to send us to {target} instead of answering. This usually means a proxy or a network sign-in page. Saved — it will be sent when the connection works.</source>
        <translation>O servidor tentou nos mandar para {target} em vez de responder. Isso costuma indicar um proxy ou uma página de login da rede. Salvo — será enviado quando a conexão funcionar.</translation>
    </message>
    <message>
        <source>{where} is having trouble (HTTP {status}). Saved — it will be sent when the service is back.</source>
        <translation>{where} está com problemas (HTTP {status}). Salvo — será enviado quando o serviço voltar.</translation>
    </message>
    <message>
        <source>The record is too large for CustomerGauge. Shorten the longest fields.</source>
        <translation>O registro é grande demais para a CustomerGauge. Encurte os campos mais longos.</translation>
    </message>
    <message>
        <source>{where} gave an unexpected answer (HTTP {status}). Saved — it will be tried again; if this keeps happening, send the Details to your administrator.</source>
        <translation>{where} deu uma resposta inesperada (HTTP {status}). Salvo — será tentado de novo; se isso continuar, envie os Detalhes ao seu administrador.</translation>
    </message>
    <message>
        <source>This contact already received a survey recently (CG-ID {cg_id}).</source>
        <translation>Este contato já recebeu uma pesquisa recentemente (CG-ID {cg_id}).</translation>
    </message>
    <message>
        <source>This contact already received a survey recently.</source>
        <translation>Este contato já recebeu uma pesquisa recentemente.</translation>
    </message>
    <message>
        <source>CustomerGauge does not know this profile&apos;s configuration reference. Check it with your CustomerGauge administrator (Data → Rest APIs → Inbound Mapping).</source>
        <translation>A CustomerGauge não conhece a referência de configuração deste perfil. Confira com o seu administrador da CustomerGauge (Data → Rest APIs → Inbound Mapping).</translation>
    </message>
    <message>
        <source>CustomerGauge did not accept the record. Fix the marked fields and send again.</source>
        <translation>A CustomerGauge não aceitou o registro. Corrija os campos marcados e envie de novo.</translation>
    </message>
    <message>
        <source>{where} refused access (HTTP 403). The Connected App may not be allowed to import records: ask your CustomerGauge administrator.</source>
        <translation>{where} recusou o acesso (HTTP 403). A Connected App talvez não possa importar registros: fale com o seu administrador da CustomerGauge.</translation>
    </message>
    <message>
        <source>{where} did not accept the sign-in. Check the credentials and send again.</source>
        <translation>{where} não aceitou o login. Confira as credenciais e envie de novo.</translation>
    </message>
    <message>
        <source>The secure connection to {where} could not be verified (a network that inspects traffic, or a wrong clock?). Saved — it will be sent when the connection is back.</source>
        <translation>Não foi possível verificar a conexão segura com {where} (uma rede que inspeciona o tráfego ou um relógio errado?). Salvo — será enviado quando a conexão voltar.</translation>
    </message>
    <message>
        <source>Could not reach {where} in time: the network seems slow or down. Saved — it will be sent when the connection is back.</source>
        <translation>Não foi possível alcançar {where} a tempo: a rede parece lenta ou fora do ar. Salvo — será enviado quando a conexão voltar.</translation>
    </message>
    <message>
        <source>{where} took too long to answer. Saved — it will be sent when the connection is back.</source>
        <translation>{where} demorou demais para responder. Salvo — será enviado quando a conexão voltar.</translation>
    </message>
    <message>
        <source>Could not reach {where}: this computer seems to be offline. Saved — it will be sent when the connection is back.</source>
        <translation>Não foi possível alcançar {where}: este computador parece estar off-line. Salvo — será enviado quando a conexão voltar.</translation>
    </message>
    <message>
        <source>The connection to {where} broke before it answered. Saved — it will be sent when the connection is back.</source>
        <translation>A conexão com {where} caiu antes da resposta. Salvo — será enviado quando a conexão voltar.</translation>
    </message>
    <message>
        <source>Sending to {where} failed unexpectedly ({error}). Saved — it will be sent when the connection is back.</source>
        <translation>O envio para {where} falhou inesperadamente ({error}). Salvo — será enviado quando a conexão voltar.</translation>
    </message>
    <message>
        <source>{where} took too long to answer. Saved — it will be sent again to make sure it arrived.</source>
        <translation>{where} demorou demais para responder. Salvo — será enviado de novo para garantir que chegou.</translation>
    </message>
    <message>
        <source>{where} took too long to answer. Saved — it will be sent again.</source>
        <translation>{where} demorou demais para responder. Salvo — será enviado de novo.</translation>
    </message>
    <message>
        <source>Something went wrong inside cg-desktop while sending. Saved — it will be tried again; if it keeps happening, tell your administrator.</source>
        <translation>Algo deu errado no cg-desktop durante o envio. Salvo — será tentado de novo; se continuar acontecendo, avise o seu administrador.</translation>
    </message>
    <message>
        <source>✔ Signed in: CustomerGauge accepted this Client ID and Client Secret.</source>
        <translation>✔ Conectado: a CustomerGauge aceitou este Client ID e este Client Secret.</translation>
    </message>
    <message>
        <source>✘ Not accepted: CustomerGauge did not accept this Client ID or Client Secret. Check both with your CustomerGauge administrator (copy them again, without spaces).</source>
        <translation>✘ Não aceito: a CustomerGauge não aceitou este Client ID ou Client Secret. Confira os dois com o seu administrador da CustomerGauge (copie-os de novo, sem espaços).</translation>
    </message>
    <message>
        <source>✘ Can&apos;t sign in now: {reason}</source>
        <translation>✘ Não é possível entrar agora: {reason}</translation>
    </message>
    <message>
        <source>Client ID or Client Secret is not accepted by {where}. Check them with the Credentials… button.</source>
        <translation>{where} não aceita o Client ID ou o Client Secret. Confira-os com o botão Credenciais….</translation>
    </message>
    <message>
        <source>{where}&apos;s sign-in answer could not be used (its token is not valid in a request). Saved — it will be tried again; if this keeps happening, tell your administrator.</source>
        <translation>A resposta de login de {where} não pôde ser usada (o token não é válido numa requisição). Salvo — será tentado de novo; se isso continuar, avise o seu administrador.</translation>
    </message>
    <message>
        <source>{where} took too long to answer the sign-in. Saved — it will be tried again.</source>
        <translation>{where} demorou demais para responder ao login. Salvo — será tentado de novo.</translation>
    </message>
    <message>
        <source>{where} answered the sign-in with something unexpected (a Wi-Fi sign-in page?). Saved — it will be sent when the connection works.</source>
        <translation>{where} respondeu ao login com algo inesperado (uma página de login do Wi-Fi?). Salvo — será enviado quando a conexão funcionar.</translation>
    </message>
    <message>
        <source>{where} refused the sign-in (HTTP {status}). Check them with the Credentials… button.</source>
        <translation>{where} recusou o login (HTTP {status}). Confira os dados com o botão Credenciais….</translation>
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
        <translation>Já recebeu pesquisa</translation>
    </message>
    <message>
        <source>Waiting for the network</source>
        <translation>Aguardando a rede</translation>
    </message>
    <message>
        <source>Waiting to be sent again</source>
        <translation>Aguardando novo envio</translation>
    </message>
    <message>
        <source>Waiting for sign-in</source>
        <translation>Aguardando login</translation>
    </message>
    <message>
        <source>Needs a fix — Fix (F2)</source>
        <translation>Precisa de correção — Corrigir (F2)</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versão {version}</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>Licença: {licence}</translation>
    </message>
    <message>
        <source>History and waiting records: {path}</source>
        <translation>Histórico e registros aguardando: {path}</translation>
    </message>
    <message>
        <source>Settings and profiles: {path}</source>
        <translation>Opções e perfis: {path}</translation>
    </message>
    <message>
        <source>Log: {path}</source>
        <translation>Log: {path}</translation>
    </message>
    <message>
        <source>Client secrets: this computer&apos;s keyring (never in a file).</source>
        <translation>Client Secrets: o chaveiro deste computador (nunca em um arquivo).</translation>
    </message>
    <message>
        <source>practice sandbox</source>
        <translation>sandbox de treino</translation>
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
        <translation>Austrália</translation>
    </message>
    <message>
        <source>Practice (sandbox)</source>
        <translation>Treino (sandbox)</translation>
    </message>
    <message>
        <source>(no contact)</source>
        <translation>(sem contato)</translation>
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
        <translation>Enviado em {when}.</translation>
    </message>
    <message>
        <source>Saved on {when}.</source>
        <translation>Salvo em {when}.</translation>
    </message>
    <message>
        <source>What was sent ({profile}, {region}):</source>
        <translation>O que foi enviado ({profile}, {region}):</translation>
    </message>
    <message>
        <source>  (removed after the retention period)</source>
        <translation>  (removido após o período de retenção)</translation>
    </message>
    <message>
        <source>The exact keys sent:</source>
        <translation>Os nomes de campo exatos enviados:</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <source>Needs a fix</source>
        <translation>Precisa de correção</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Fixed (sent again)</source>
        <translation>Corrigido (reenviado)</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>Chaveiro</translation>
    </message>
    <message>
        <source>Client ID and Secret</source>
        <translation>Client ID e Secret</translation>
    </message>
    <message>
        <source>Webhook user and password</source>
        <translation>Usuário e senha do webhook</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Pasta de dados</translation>
    </message>
    <message>
        <source>History database</source>
        <translation>Banco de dados do histórico</translation>
    </message>
    <message>
        <source>Waiting records</source>
        <translation>Registros em espera</translation>
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
        <translation>Encontrar a CustomerGauge</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>Conexão segura</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Entrar na CustomerGauge</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Relógio</translation>
    </message>
    <message>
        <source>Unlock the keyring (or allow cg-desktop when it asks), then check again.</source>
        <translation>Desbloqueie o chaveiro (ou permita o cg-desktop quando ele pedir) e verifique de novo.</translation>
    </message>
    <message>
        <source>not checked: CustomerGauge couldn&apos;t be found (see above).</source>
        <translation>não verificado: a CustomerGauge não foi encontrada (veja acima).</translation>
    </message>
    <message>
        <source>the proxy setting can&apos;t be read.</source>
        <translation>não é possível ler a configuração de proxy.</translation>
    </message>
    <message>
        <source>Ask IT to check this computer&apos;s proxy setting.</source>
        <translation>Peça à equipe de TI para verificar a configuração de proxy deste computador.</translation>
    </message>
    <message>
        <source>not needed: the profiles checked send through an Incoming Webhook (next line).</source>
        <translation>não é necessário: os perfis verificados enviam por um Incoming Webhook (próxima linha).</translation>
    </message>
    <message>
        <source>the keyring didn&apos;t let cg-desktop read the Client Secret ({error}).</source>
        <translation>o chaveiro não deixou o cg-desktop ler o Client Secret ({error}).</translation>
    </message>
    <message>
        <source>Client ID {client_id} for {region}</source>
        <translation>Client ID {client_id} para {region}</translation>
    </message>
    <message>
        <source>the keyring didn&apos;t let cg-desktop read the webhook&apos;s password ({error}).</source>
        <translation>o chaveiro não deixou o cg-desktop ler a senha do webhook ({error}).</translation>
    </message>
    <message>
        <source>none saved for the webhook of “{profile}”.</source>
        <translation>nada salvo para o webhook de “{profile}”.</translation>
    </message>
    <message>
        <source>Choose that profile and press Credentials…: give the user and password CustomerGauge showed with the webhook.</source>
        <translation>Escolha esse perfil e clique em Credenciais…: informe o usuário e a senha que a CustomerGauge mostrou com o webhook.</translation>
    </message>
    <message>
        <source>user {user} for “{profile}”</source>
        <translation>usuário {user} para “{profile}”</translation>
    </message>
    <message>
        <source>{users} (checked when the first record is sent)</source>
        <translation>{users} (verificado quando o primeiro registro for enviado)</translation>
    </message>
    <message>
        <source>{earlier}; {later}</source>
        <translation>{earlier}; {later}</translation>
    </message>
    <message>
        <source>none saved for {region}.</source>
        <translation>nada salvo para {region}.</translation>
    </message>
    <message>
        <source>File → Credentials…: paste the Client ID and Client Secret from CustomerGauge (Integrations → Connected Apps).</source>
        <translation>Arquivo → Credenciais…: cole o Client ID e o Client Secret da CustomerGauge (Integrations → Connected Apps).</translation>
    </message>
    <message>
        <source>not needed: a webhook signs in with each record it sends.</source>
        <translation>não é necessário: um webhook entra com cada registro que envia.</translation>
    </message>
    <message>
        <source>not checked: no Client ID and Secret to sign in with (see above).</source>
        <translation>não verificado: não há Client ID e Secret para entrar (veja acima).</translation>
    </message>
    <message>
        <source>the check itself failed ({error})</source>
        <translation>a própria verificação falhou ({error})</translation>
    </message>
    <message>
        <source>Copy this report and send it to support.</source>
        <translation>Copie este relatório e envie ao suporte.</translation>
    </message>
    <message>
        <source>no secure keyring on this computer: the Client Secret can only be kept until cg-desktop closes.</source>
        <translation>não há chaveiro seguro neste computador: o Client Secret só pode ser guardado até o cg-desktop fechar.</translation>
    </message>
    <message>
        <source>Log in to a desktop session with a keyring (GNOME Keyring, KWallet) running and unlocked; on Windows and macOS, sign in to your own user account.</source>
        <translation>Entre em uma sessão de área de trabalho com um chaveiro (GNOME Keyring, KWallet) em execução e desbloqueado; no Windows e no macOS, entre com a sua própria conta de usuário.</translation>
    </message>
    <message>
        <source>{folder} can&apos;t be written ({error}): no record could be saved.</source>
        <translation>não é possível gravar em {folder} ({error}): nenhum registro poderia ser salvo.</translation>
    </message>
    <message>
        <source>Ask IT to give your user account write access to that folder.</source>
        <translation>Peça à equipe de TI para dar à sua conta de usuário permissão de gravação nessa pasta.</translation>
    </message>
    <message>
        <source>{size} GB free</source>
        <translation>{size} GB livres</translation>
    </message>
    <message>
        <source>{size} MB free</source>
        <translation>{size} MB livres</translation>
    </message>
    <message>
        <source>{folder} is writable but the disk is nearly full ({free}).</source>
        <translation>{folder} permite gravação, mas o disco está quase cheio ({free}).</translation>
    </message>
    <message>
        <source>{folder} can be made but the disk is nearly full ({free}).</source>
        <translation>{folder} pode ser criada, mas o disco está quase cheio ({free}).</translation>
    </message>
    <message>
        <source>Free some space on this disk before the event.</source>
        <translation>Libere espaço neste disco antes do evento.</translation>
    </message>
    <message>
        <source>{folder} is writable, {free}</source>
        <translation>{folder} permite gravação, {free}</translation>
    </message>
    <message>
        <source>{folder} can be made, {free}</source>
        <translation>{folder} pode ser criada, {free}</translation>
    </message>
    <message>
        <source>Ask IT to give your user account access to that folder.</source>
        <translation>Peça à equipe de TI para dar à sua conta de usuário acesso a essa pasta.</translation>
    </message>
    <message>
        <source>the history database is damaged ({problem}).</source>
        <translation>o banco de dados do histórico está danificado ({problem}).</translation>
    </message>
    <message>
        <source>Close cg-desktop and open it again: it sets a damaged database aside by itself and sends the records it can still read.</source>
        <translation>Feche o cg-desktop e abra de novo: ele separa sozinho um banco de dados danificado e envia os registros que ainda consegue ler.</translation>
    </message>
    <message>
        <source>no history yet (it is made with the first send)</source>
        <translation>ainda não há histórico (ele é criado no primeiro envio)</translation>
    </message>
    <message>
        <source>{database} is healthy</source>
        <translation>{database} está em bom estado</translation>
    </message>
    <message>
        <source>nothing waiting</source>
        <translation>nada em espera</translation>
    </message>
    <message>
        <source>can&apos;t count the waiting sends ({error}).</source>
        <translation>não é possível contar os envios em espera ({error}).</translation>
    </message>
    <message>
        <source>See the database line above.</source>
        <translation>Veja a linha do banco de dados acima.</translation>
    </message>
    <message>
        <source>1 record refused</source>
        <translation>1 registro recusado</translation>
    </message>
    <message>
        <source>{count} records refused</source>
        <translation>{count} registros recusados</translation>
    </message>
    <message>
        <source>{refused}, waiting for a fix, and {waiting}.</source>
        <translation>{refused}, aguardando correção, e {waiting}.</translation>
    </message>
    <message>
        <source>{refused}, waiting for a fix.</source>
        <translation>{refused}, aguardando correção.</translation>
    </message>
    <message>
        <source>Open History (Ctrl+2), choose Show: Needs a fix, and use Edit and resend.</source>
        <translation>Abra o Histórico (Ctrl+2), escolha Mostrar: Precisa de correção e use Editar e reenviar.</translation>
    </message>
    <message>
        <source>{waiting}.</source>
        <translation>{waiting}.</translation>
    </message>
    <message>
        <source>Open cg-desktop while connected: they go by themselves.</source>
        <translation>Abra o cg-desktop com conexão: eles são enviados sozinhos.</translation>
    </message>
    <message>
        <source>nothing waiting, nothing to fix</source>
        <translation>nada em espera, nada a corrigir</translation>
    </message>
    <message>
        <source>Import the profile your administrator gave you (File → Import profile…).</source>
        <translation>Importe o perfil que seu administrador passou a você (Arquivo → Importar perfil…).</translation>
    </message>
    <message>
        <source>“{name}” loads</source>
        <translation>“{name}” carrega</translation>
    </message>
    <message>
        <source>the profile file {file} can&apos;t be used ({problem}).</source>
        <translation>o arquivo de perfil {file} não pode ser usado ({problem}).</translation>
    </message>
    <message>
        <source>Ask your CustomerGauge administrator for a corrected file, then import it.</source>
        <translation>Peça ao seu administrador da CustomerGauge um arquivo corrigido e depois importe-o.</translation>
    </message>
    <message>
        <source>there is no profile called “{name}” (there are {names}).</source>
        <translation>não há nenhum perfil chamado “{name}” (há {names}).</translation>
    </message>
    <message>
        <source>there is no profile called “{name}”.</source>
        <translation>não há nenhum perfil chamado “{name}”.</translation>
    </message>
    <message>
        <source>there is no profile yet: the form doesn&apos;t know what to send.</source>
        <translation>ainda não há nenhum perfil: o formulário não sabe o que enviar.</translation>
    </message>
    <message>
        <source>1 load; {file} can&apos;t be used ({problem}).</source>
        <translation>1 carregado; {file} não pode ser usado ({problem}).</translation>
    </message>
    <message>
        <source>{count} load; {file} can&apos;t be used ({problem}).</source>
        <translation>{count} carregados; {file} não pode ser usado ({problem}).</translation>
    </message>
    <message>
        <source>Ask your CustomerGauge administrator for a corrected file.</source>
        <translation>Peça ao seu administrador da CustomerGauge um arquivo corrigido.</translation>
    </message>
    <message>
        <source>1 load: {names}</source>
        <translation>1 carregado: {names}</translation>
    </message>
    <message>
        <source>{count} load: {names}</source>
        <translation>{count} carregados: {names}</translation>
    </message>
    <message>
        <source>1 record waiting to be sent</source>
        <translation>1 registro aguardando envio</translation>
    </message>
    <message>
        <source>{count} records waiting to be sent</source>
        <translation>{count} registros aguardando envio</translation>
    </message>
    <message>
        <source>none: this computer connects directly</source>
        <translation>nenhum: este computador se conecta diretamente</translation>
    </message>
    <message>
        <source>through {proxy}</source>
        <translation>por {proxy}</translation>
    </message>
    <message>
        <source>Check the Wi-Fi or network cable; on a guest network, open a web page first (it may ask you to accept its terms).</source>
        <translation>Verifique o Wi-Fi ou o cabo de rede; em uma rede de visitantes, abra antes uma página da web (ela pode pedir que você aceite os termos).</translation>
    </message>
    <message>
        <source>{host} can&apos;t be found: the network&apos;s name server didn&apos;t answer within {seconds} seconds.</source>
        <translation>{host} não foi encontrado: o servidor de nomes da rede não respondeu em {seconds} segundos.</translation>
    </message>
    <message>
        <source>{host} can&apos;t be found ({error}).</source>
        <translation>{host} não foi encontrado ({error}).</translation>
    </message>
    <message>
        <source>{host} (practice mode: on this computer)</source>
        <translation>{host} (modo de treino: neste computador)</translation>
    </message>
    <message>
        <source>the proxy {host} can&apos;t be found.</source>
        <translation>o proxy {host} não foi encontrado.</translation>
    </message>
    <message>
        <source>Ask IT whether the proxy setting is right.</source>
        <translation>Pergunte à equipe de TI se a configuração de proxy está certa.</translation>
    </message>
    <message>
        <source>the proxy {host} → {address}</source>
        <translation>o proxy {host} → {address}</translation>
    </message>
    <message>
        <source>{host} → {address} ({milliseconds} ms)</source>
        <translation>{host} → {address} ({milliseconds} ms)</translation>
    </message>
    <message>
        <source>not used (practice mode: on this computer)</source>
        <translation>não usada (modo de treino: neste computador)</translation>
    </message>
    <message>
        <source>{host}&apos;s certificate is not trusted here ({reason}).</source>
        <translation>o certificado de {host} não é confiável aqui ({reason}).</translation>
    </message>
    <message>
        <source>A network that inspects traffic needs its certificate installed on this computer: ask IT.</source>
        <translation>Uma rede que inspeciona o tráfego precisa do certificado dela instalado neste computador: fale com a equipe de TI.</translation>
    </message>
    <message>
        <source>no secure connection to {host} ({error}).</source>
        <translation>sem conexão segura com {host} ({error}).</translation>
    </message>
    <message>
        <source>A firewall may block HTTPS to CustomerGauge: ask IT, or try another network.</source>
        <translation>Um firewall pode estar bloqueando HTTPS para a CustomerGauge: fale com a equipe de TI ou tente outra rede.</translation>
    </message>
    <message>
        <source>{version} to {host}, certificate issued by {issuer}</source>
        <translation>{version} com {host}, certificado emitido por {issuer}</translation>
    </message>
    <message>
        <source>{host}&apos;s certificate, as the proxy hands it on, is not trusted here.</source>
        <translation>o certificado de {host}, como o proxy o repassa, não é confiável aqui.</translation>
    </message>
    <message>
        <source>The proxy inspects traffic: its certificate must be installed on this computer. Ask IT.</source>
        <translation>O proxy inspeciona o tráfego: o certificado dele precisa estar instalado neste computador. Fale com a equipe de TI.</translation>
    </message>
    <message>
        <source>the proxy doesn&apos;t answer or refuses the connection.</source>
        <translation>o proxy não responde ou recusa a conexão.</translation>
    </message>
    <message>
        <source>Ask IT whether the proxy setting is right for this network.</source>
        <translation>Pergunte à equipe de TI se a configuração de proxy está certa para esta rede.</translation>
    </message>
    <message>
        <source>no secure connection to {host} through the proxy ({error}).</source>
        <translation>sem conexão segura com {host} pelo proxy ({error}).</translation>
    </message>
    <message>
        <source>Ask IT whether the proxy lets HTTPS to CustomerGauge through.</source>
        <translation>Pergunte à equipe de TI se o proxy deixa passar HTTPS para a CustomerGauge.</translation>
    </message>
    <message>
        <source>to {host} through the proxy, verified with this computer&apos;s certificates</source>
        <translation>com {host} pelo proxy, verificada com os certificados deste computador</translation>
    </message>
    <message>
        <source>an unnamed issuer</source>
        <translation>um emissor sem nome</translation>
    </message>
    <message>
        <source>File → Credentials…: check the Client ID and Secret, then Test connection.</source>
        <translation>Arquivo → Credenciais…: confira o Client ID e o Secret e depois Testar a conexão.</translation>
    </message>
    <message>
        <source>Check the network and try again; if it persists, send this report to support.</source>
        <translation>Verifique a rede e tente de novo; se continuar, envie este relatório ao suporte.</translation>
    </message>
    <message>
        <source>signed in as {client_id} in {seconds} s</source>
        <translation>entrou como {client_id} em {seconds} s</translation>
    </message>
    <message>
        <source>could not ask the server for its time ({error}).</source>
        <translation>não foi possível perguntar a hora ao servidor ({error}).</translation>
    </message>
    <message>
        <source>See the lines above.</source>
        <translation>Veja as linhas acima.</translation>
    </message>
    <message>
        <source>the server&apos;s answer did not say its time.</source>
        <translation>a resposta do servidor não informava a hora.</translation>
    </message>
    <message>
        <source>this computer&apos;s clock is {minutes} minutes ahead of the server&apos;s.</source>
        <translation>o relógio deste computador está {minutes} minutos adiantado em relação ao do servidor.</translation>
    </message>
    <message>
        <source>this computer&apos;s clock is {minutes} minutes behind the server&apos;s.</source>
        <translation>o relógio deste computador está {minutes} minutos atrasado em relação ao do servidor.</translation>
    </message>
    <message>
        <source>Set the date and time to update automatically (Windows: Settings → Time; macOS: System Settings → General → Date &amp; Time).</source>
        <translation>Configure a data e a hora para se atualizarem automaticamente (Windows: Configurações → Hora e idioma; macOS: Ajustes do Sistema → Geral → Data e Hora).</translation>
    </message>
    <message>
        <source>within {seconds} s of the server&apos;s</source>
        <translation>{seconds} s de diferença do servidor</translation>
    </message>
    <message>
        <source>A Contacts profile needs a field with the key “{email}” or “{phone}”: it is who gets the survey.</source>
        <translation>Um perfil Contacts precisa de um campo com a chave “{email}” ou “{phone}”: é ele que indica quem recebe a pesquisa.</translation>
    </message>
    <message>
        <source>A Surveys profile needs a field with the key “{email}” or “{phone}”: it is who gets the survey.</source>
        <translation>Um perfil Surveys precisa de um campo com a chave “{email}” ou “{phone}”: é ele que indica quem recebe a pesquisa.</translation>
    </message>
    <message>
        <source>A Multi-Object profile needs a field with the key “{email}” or “{phone}”: it is who gets the survey.</source>
        <translation>Um perfil Multi-Object precisa de um campo com a chave “{email}” ou “{phone}”: é ele que indica quem recebe a pesquisa.</translation>
    </message>
    <message>
        <source>Give the profile a name people will recognise.</source>
        <translation>Dê ao perfil um nome que as pessoas reconheçam.</translation>
    </message>
    <message>
        <source>There is already a profile called “{name}”.</source>
        <translation>Já existe um perfil chamado “{name}”.</translation>
    </message>
    <message>
        <source>Paste the mapping&apos;s reference (CustomerGauge: Data → Rest APIs → Inbound Mapping, column Reference).</source>
        <translation>Cole a referência do mapeamento (CustomerGauge: Data → Rest APIs → Inbound Mapping, coluna Reference).</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like the usual reference (like 9dd58237-c913-4073-9c76-07da0b49ff50). Check it in CustomerGauge.</source>
        <translation>Isto não parece a referência usual (como 9dd58237-c913-4073-9c76-07da0b49ff50). Confira na CustomerGauge.</translation>
    </message>
    <message>
        <source>Add the form&apos;s fields.</source>
        <translation>Adicione os campos do formulário.</translation>
    </message>
    <message>
        <source>The key “{key}” is also field {number} (“{other}”): each key may appear once.</source>
        <translation>A chave “{key}” também é a do campo {number} (“{other}”): cada chave só pode aparecer uma vez.</translation>
    </message>
    <message>
        <source>The key “{key}” differs only in case from field {number} (“{other}”): each key may appear once.</source>
        <translation>A chave “{key}” só difere do campo {number} (“{other}”) em maiúsculas e minúsculas: cada chave só pode aparecer uma vez.</translation>
    </message>
    <message>
        <source>Keys are case-sensitive: CustomerGauge&apos;s key is “{exact}”, not “{typed}”.</source>
        <translation>As chaves diferenciam maiúsculas de minúsculas: a chave da CustomerGauge é “{exact}”, não “{typed}”.</translation>
    </message>
    <message>
        <source>An Accounts profile needs a field with the key “{key}”.</source>
        <translation>Um perfil Accounts precisa de um campo com a chave “{key}”.</translation>
    </message>
    <message>
        <source>This profile needs a field with the key “{email}” or “{phone}”: it is who gets the survey.</source>
        <translation>Este perfil precisa de um campo com a chave “{email}” ou “{phone}”: é ele que indica quem recebe a pesquisa.</translation>
    </message>
    <message>
        <source>use a date like 2024-06-30 (or 2024-06-30 14:30:00).</source>
        <translation>use uma data como 2024-06-30 (ou 2024-06-30 14:30:00).</translation>
    </message>
    <message>
        <source>CustomerGauge would refuse “{value}”: {reason}</source>
        <translation>A CustomerGauge recusaria “{value}”: {reason}</translation>
    </message>
    <message>
        <source>Give the exact key the mapping expects (as in Field Settings).</source>
        <translation>Informe a chave exata que o mapeamento espera (como em Field Settings).</translation>
    </message>
    <message>
        <source>The key starts or ends with a space; keys must match CustomerGauge&apos;s exactly.</source>
        <translation>A chave começa ou termina com um espaço; as chaves devem ser exatamente iguais às da CustomerGauge.</translation>
    </message>
    <message>
        <source>The form format can&apos;t send a key with [ or ]; use JSON.</source>
        <translation>O formato Form não consegue enviar uma chave com [ ou ]; use JSON.</translation>
    </message>
    <message>
        <source>A choice field needs its choices, one per line.</source>
        <translation>Um campo de opção precisa das opções, uma por linha.</translation>
    </message>
    <message>
        <source>A choice starts or ends with a space; remove it.</source>
        <translation>Uma opção começa ou termina com um espaço; remova-o.</translation>
    </message>
    <message>
        <source>A choice appears twice; keep one.</source>
        <translation>Uma opção aparece duas vezes; mantenha só uma.</translation>
    </message>
    <message>
        <source>The maximum length must be 1 or more (or none).</source>
        <translation>O comprimento máximo deve ser 1 ou mais (ou nenhum).</translation>
    </message>
    <message>
        <source>A hidden field sends a fixed value: give it one.</source>
        <translation>Um campo oculto envia um valor fixo: defina um.</translation>
    </message>
    <message>
        <source>The value “{value}” is not one of the choices.</source>
        <translation>O valor “{value}” não é uma das opções.</translation>
    </message>
    <message>
        <source>A hidden field is always sent; “required” changes nothing.</source>
        <translation>Um campo oculto é sempre enviado; “Obrigatório” não muda nada.</translation>
    </message>
    <message>
        <source>new profile</source>
        <translation>novo perfil</translation>
    </message>
    <message>
        <source>it can&apos;t be saved yet: {reason}</source>
        <translation>ainda não pode ser salvo: {reason}</translation>
    </message>
    <message>
        <source>your organisation provides this profile, so it can&apos;t be changed here. Duplicate it to make your own version.</source>
        <translation>este perfil é fornecido pela sua organização, então não pode ser alterado aqui. Duplique-o para criar a sua própria versão.</translation>
    </message>
    <message>
        <source>it is saved under its new name, but its old file {file} can&apos;t be removed ({reason}): delete that file, or ask IT.</source>
        <translation>ele foi salvo com o novo nome, mas o arquivo antigo {file} não pode ser removido ({reason}): exclua esse arquivo ou fale com a equipe de TI.</translation>
    </message>
    <message>
        <source>The profiles folder already has a file called {file} that can&apos;t be read. Choose another name, or ask IT to remove that file.</source>
        <translation>A pasta de perfis já tem um arquivo chamado {file} que não pode ser lido. Escolha outro nome ou peça à equipe de TI para remover esse arquivo.</translation>
    </message>
    <message>
        <source>The name is too close to the profile “{other}” (they would share a file). Choose another name.</source>
        <translation>O nome é parecido demais com o do perfil “{other}” (eles compartilhariam um arquivo). Escolha outro nome.</translation>
    </message>
    <message>
        <source>your organisation provides this profile, so it can&apos;t be deleted here. Ask IT if it should go.</source>
        <translation>este perfil é fornecido pela sua organização, então não pode ser excluído aqui. Pergunte à equipe de TI se ele deve sair.</translation>
    </message>
    <message>
        <source>there is no such profile any more (was it deleted already?).</source>
        <translation>esse perfil não existe mais (já foi excluído?).</translation>
    </message>
    <message>
        <source>its file can&apos;t be removed ({reason}); is it open elsewhere?</source>
        <translation>o arquivo dele não pode ser removido ({reason}); ele está aberto em outro lugar?</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Data e hora</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Opção</translation>
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
        <translation>Formulário (x-www-form-urlencoded)</translation>
    </message>
    <message>
        <source>PUT (the usual)</source>
        <translation>PUT (o usual)</translation>
    </message>
    <message>
        <source>The webhook&apos;s password is not part of the profile: each desk types it once in Credentials…, and it is kept in that computer&apos;s keyring.</source>
        <translation>A senha do webhook não faz parte do perfil: cada balcão a digita uma vez em Credenciais…, e ela fica guardada no chaveiro daquele computador.</translation>
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
        <translation>o arquivo tem a chave &quot;{key}&quot; duas vezes no mesmo objeto.</translation>
    </message>
    <message>
        <source>the file has {name}, which is not a JSON value.</source>
        <translation>o arquivo contém {name}, que não é um valor JSON.</translation>
    </message>
    <message>
        <source>this is a folder, not a profile file.</source>
        <translation>isto é uma pasta, não um arquivo de perfil.</translation>
    </message>
    <message>
        <source>the file doesn&apos;t exist (was it moved or renamed?).</source>
        <translation>o arquivo não existe (foi movido ou renomeado?).</translation>
    </message>
    <message>
        <source>the file can&apos;t be read: permission denied.</source>
        <translation>o arquivo não pode ser lido: permissão negada.</translation>
    </message>
    <message>
        <source>the file can&apos;t be read ({reason}).</source>
        <translation>o arquivo não pode ser lido ({reason}).</translation>
    </message>
    <message>
        <source>this is not an ordinary file (a pipe or a device?).</source>
        <translation>isto não é um arquivo comum (um pipe ou um dispositivo?).</translation>
    </message>
    <message>
        <source>the file is far too large to be a profile; is it the right one?</source>
        <translation>o arquivo é grande demais para ser um perfil; é o arquivo certo?</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (bad byte at position {position}); save it as UTF-8.</source>
        <translation>o arquivo não é texto UTF-8 (byte inválido na posição {position}); salve-o como UTF-8.</translation>
    </message>
    <message>
        <source>the file is not valid JSON: {reason} at line {line}, column {column}.</source>
        <translation>o arquivo não é um JSON válido: {reason} na linha {line}, coluna {column}.</translation>
    </message>
    <message>
        <source>the file is nested far too deeply to be a profile.</source>
        <translation>o arquivo está aninhado demais para ser um perfil.</translation>
    </message>
    <message>
        <source>the file holds a number far too long to be real.</source>
        <translation>o arquivo contém um número longo demais para ser real.</translation>
    </message>
    <message>
        <source>the file can&apos;t be saved ({reason}).</source>
        <translation>o arquivo não pode ser salvo ({reason}).</translation>
    </message>
    <message>
        <source>your organisation provides a profile named &quot;{name}&quot;; it can&apos;t be replaced here (ask IT to update it, or rename this one).</source>
        <translation>sua organização fornece um perfil chamado &quot;{name}&quot;; ele não pode ser substituído aqui (peça à equipe de TI para atualizá-lo ou renomeie este).</translation>
    </message>
    <message>
        <source>a profile named &quot;{name}&quot; is already there; replace it?</source>
        <translation>já existe um perfil chamado &quot;{name}&quot;; substituir?</translation>
    </message>
    <message>
        <source>The configuration reference &quot;{reference}&quot; doesn&apos;t look like the usual kind (like 9dd58237-c913-4073-9c76-07da0b49ff50); check it in CustomerGauge under Data → Rest APIs → Inbound Mapping, column Reference.</source>
        <translation>A referência de configuração &quot;{reference}&quot; não parece do tipo usual (como 9dd58237-c913-4073-9c76-07da0b49ff50); confira na CustomerGauge em Data → Rest APIs → Inbound Mapping, coluna Reference.</translation>
    </message>
    <message>
        <source>Profile &quot;{source}&quot;: {problem}</source>
        <translation>Perfil &quot;{source}&quot;: {problem}</translation>
    </message>
    <message>
        <source>type</source>
        <translation>o tipo</translation>
    </message>
    <message>
        <source>region</source>
        <translation>a região</translation>
    </message>
    <message>
        <source>data type</source>
        <translation>o tipo de dados</translation>
    </message>
    <message>
        <source>format</source>
        <translation>o formato</translation>
    </message>
    <message>
        <source>method</source>
        <translation>o método</translation>
    </message>
    <message>
        <source>transport</source>
        <translation>o transporte</translation>
    </message>
    <message>
        <source>{where} has no &quot;{key}&quot;; add it.</source>
        <translation>{where} não tem &quot;{key}&quot;; adicione.</translation>
    </message>
    <message>
        <source>{where} has &quot;{key}&quot;: {value}, which should be text in quotes.</source>
        <translation>{where} tem &quot;{key}&quot;: {value}, que deveria ser texto entre aspas.</translation>
    </message>
    <message>
        <source>{where} has &quot;{key}&quot; with a broken character (a lone \u escape).</source>
        <translation>{where} tem &quot;{key}&quot; com um caractere quebrado (um escape \u solto).</translation>
    </message>
    <message>
        <source>{where} has &quot;{key}&quot;: {value}; use true or false.</source>
        <translation>{where} tem &quot;{key}&quot;: {value}; use true ou false.</translation>
    </message>
    <message>
        <source>{where} has unknown {kind} &quot;{value}&quot;; use one of {options}.</source>
        <translation>{where} tem um valor desconhecido para {kind}: &quot;{value}&quot;; use um destes: {options}.</translation>
    </message>
    <message>
        <source>{where} has &quot;choices&quot;: {value}; use a list of texts, like [&quot;A&quot;, &quot;B&quot;].</source>
        <translation>{where} tem &quot;choices&quot;: {value}; use uma lista de textos, como [&quot;A&quot;, &quot;B&quot;].</translation>
    </message>
    <message>
        <source>{where} has an empty choice.</source>
        <translation>{where} tem uma opção vazia.</translation>
    </message>
    <message>
        <source>{where} has the choice &quot;{choice}&quot; with spaces at the start or end.</source>
        <translation>{where} tem a opção &quot;{choice}&quot; com espaços no início ou no fim.</translation>
    </message>
    <message>
        <source>{where} has the choice &quot;{choice}&quot; twice.</source>
        <translation>{where} tem a opção &quot;{choice}&quot; duas vezes.</translation>
    </message>
    <message>
        <source>{where} is of type &quot;choice&quot; but has no &quot;choices&quot;; list the allowed values.</source>
        <translation>{where} é do tipo &quot;choice&quot;, mas não tem &quot;choices&quot;; liste os valores permitidos.</translation>
    </message>
    <message>
        <source>{where} has &quot;choices&quot; but its type is &quot;{type}&quot;; use type &quot;choice&quot;.</source>
        <translation>{where} tem &quot;choices&quot;, mas o tipo é &quot;{type}&quot;; use o tipo &quot;choice&quot;.</translation>
    </message>
    <message>
        <source>field {index} is {value}, not an object {{...}}.</source>
        <translation>o campo {index} é {value}, não um objeto {{...}}.</translation>
    </message>
    <message>
        <source>field {index} (&quot;{name}&quot;)</source>
        <translation>o campo {index} (&quot;{name}&quot;)</translation>
    </message>
    <message>
        <source>field {index}</source>
        <translation>o campo {index}</translation>
    </message>
    <message>
        <source>{where} has an empty name; give the exact key the mapping expects.</source>
        <translation>{where} tem um nome vazio; informe a chave exata que o mapeamento espera.</translation>
    </message>
    <message>
        <source>{where} has spaces at the start or end of its name; keys must match exactly.</source>
        <translation>{where} tem espaços no início ou no fim do nome; as chaves devem ser exatamente iguais.</translation>
    </message>
    <message>
        <source>{where} has [ or ] in its name, which the form format can&apos;t send; use &quot;json&quot;.</source>
        <translation>{where} tem [ ou ] no nome, o que o formato form não consegue enviar; use &quot;json&quot;.</translation>
    </message>
    <message>
        <source>{where} has &quot;max_length&quot;: {value}; use a whole number above 0, or null.</source>
        <translation>{where} tem &quot;max_length&quot;: {value}; use um número inteiro maior que 0, ou null.</translation>
    </message>
    <message>
        <source>{where} is hidden but has no &quot;default&quot;; a hidden field sends a fixed value.</source>
        <translation>{where} está oculto, mas não tem &quot;default&quot;; um campo oculto envia um valor fixo.</translation>
    </message>
    <message>
        <source>{where} has the default &quot;{value}&quot;, which is not one of its choices.</source>
        <translation>{where} tem o valor padrão &quot;{value}&quot;, que não é uma das opções.</translation>
    </message>
    <message>
        <source>{where} has the default &quot;{value}&quot;, which the server would refuse: {reason}</source>
        <translation>{where} tem o valor padrão &quot;{value}&quot;, que o servidor recusaria: {reason}</translation>
    </message>
    <message>
        <source>field {index} (&quot;{name}&quot;) repeats field {other} (&quot;{first}&quot;); each key may appear once.</source>
        <translation>o campo {index} (&quot;{name}&quot;) repete o campo {other} (&quot;{first}&quot;); cada chave só pode aparecer uma vez.</translation>
    </message>
    <message>
        <source>field {index} (&quot;{name}&quot;) differs only in case from field {other} (&quot;{first}&quot;); each key may appear once.</source>
        <translation>o campo {index} (&quot;{name}&quot;) só difere do campo {other} (&quot;{first}&quot;) em maiúsculas e minúsculas; cada chave só pode aparecer uma vez.</translation>
    </message>
    <message>
        <source>&quot;{first}&quot; or &quot;{second}&quot;</source>
        <translation>&quot;{first}&quot; ou &quot;{second}&quot;</translation>
    </message>
    <message>
        <source>{where} is for &quot;{data_type}&quot;, which needs a field named {wanted} (there is &quot;{near}&quot;, but names are case-sensitive).</source>
        <translation>{where} é para &quot;{data_type}&quot;, que precisa de um campo chamado {wanted} (existe &quot;{near}&quot;, mas os nomes diferenciam maiúsculas de minúsculas).</translation>
    </message>
    <message>
        <source>{where} is for &quot;{data_type}&quot;, which needs a field named {wanted}.</source>
        <translation>{where} é para &quot;{data_type}&quot;, que precisa de um campo chamado {wanted}.</translation>
    </message>
    <message>
        <source>{where} has &quot;scan_fields&quot;: {value}; use an object of texts, like {example}.</source>
        <translation>{where} tem &quot;scan_fields&quot;: {value}; use um objeto de textos, como {example}.</translation>
    </message>
    <message>
        <source>{where} has &quot;scan_fields&quot; with {value}; use an object of texts, like {example}.</source>
        <translation>{where} tem &quot;scan_fields&quot; com {value}; use um objeto de textos, como {example}.</translation>
    </message>
    <message>
        <source>{where} has &quot;scan_fields&quot; sending &quot;{prop}&quot; to &quot;{key}&quot;, but it has no field named so (there is &quot;{near}&quot;, but names are case-sensitive).</source>
        <translation>{where} tem &quot;scan_fields&quot; enviando &quot;{prop}&quot; para &quot;{key}&quot;, mas não há campo com esse nome (existe &quot;{near}&quot;, mas os nomes diferenciam maiúsculas de minúsculas).</translation>
    </message>
    <message>
        <source>{where} has &quot;scan_fields&quot; sending &quot;{prop}&quot; to &quot;{key}&quot;, but it has no field named so.</source>
        <translation>{where} tem &quot;scan_fields&quot; enviando &quot;{prop}&quot; para &quot;{key}&quot;, mas não há campo com esse nome.</translation>
    </message>
    <message>
        <source>&quot;schema_version&quot; is {value}; it should be 1.</source>
        <translation>&quot;schema_version&quot; é {value}; deveria ser 1.</translation>
    </message>
    <message>
        <source>the profile was made by a newer cg-desktop (schema_version {version}; this version reads up to {known}); update cg-desktop to use it.</source>
        <translation>o perfil foi criado por um cg-desktop mais novo (schema_version {version}; esta versão lê até {known}); atualize o cg-desktop para usá-lo.</translation>
    </message>
    <message>
        <source>the file holds {value}, not a profile object {{...}}.</source>
        <translation>o arquivo contém {value}, não um objeto de perfil {{...}}.</translation>
    </message>
    <message>
        <source>the profile has &quot;{key}&quot;, but secrets never go in a profile file (it is handed around); remove it and sign in within the app instead.</source>
        <translation>o perfil tem &quot;{key}&quot;, mas segredos nunca vão em um arquivo de perfil (ele é repassado); remova-o e entre pelo aplicativo.</translation>
    </message>
    <message>
        <source>the profile</source>
        <translation>o perfil</translation>
    </message>
    <message>
        <source>{where} has an empty &quot;name&quot;; give it a name people will recognise.</source>
        <translation>{where} tem um &quot;name&quot; vazio; dê um nome que as pessoas reconheçam.</translation>
    </message>
    <message>
        <source>{where} has an empty &quot;configuration&quot;; copy the Inbound Mapping reference into it.</source>
        <translation>{where} tem &quot;configuration&quot; vazio; copie nele a referência do Inbound Mapping.</translation>
    </message>
    <message>
        <source>{where} gives both &quot;webhook_id&quot; and &quot;webhook_url&quot;; keep one of them.</source>
        <translation>{where} informa &quot;webhook_id&quot; e &quot;webhook_url&quot; ao mesmo tempo; mantenha só um.</translation>
    </message>
    <message>
        <source>{where} uses a webhook, but its &quot;{key}&quot; can&apos;t be used: {reason}</source>
        <translation>{where} usa um webhook, mas o &quot;{key}&quot; não pode ser usado: {reason}</translation>
    </message>
    <message>
        <source>{where} needs a non-empty &quot;fields&quot; list [...]: the form&apos;s fields.</source>
        <translation>{where} precisa de uma lista &quot;fields&quot; [...] não vazia: os campos do formulário.</translation>
    </message>
    <message>
        <source>Give the webhook&apos;s URL (https://{host}/…) or its id.</source>
        <translation>Informe a URL do webhook (https://{host}/…) ou o id dele.</translation>
    </message>
    <message>
        <source>A practice profile names the sandbox&apos;s webhook by its id only (demo-webhook).</source>
        <translation>Um perfil de treino indica o webhook do sandbox só pelo id (demo-webhook).</translation>
    </message>
    <message>
        <source>That isn&apos;t a web address cg-desktop can read; paste the webhook&apos;s URL exactly as CustomerGauge shows it (https://{host}/…).</source>
        <translation>Isso não é um endereço web que o cg-desktop consiga ler; cole a URL do webhook exatamente como a CustomerGauge mostra (https://{host}/…).</translation>
    </message>
    <message>
        <source>The URL starts with {scheme}://; CustomerGauge&apos;s webhooks use https://, and anything else would send the webhook&apos;s password unprotected.</source>
        <translation>A URL começa com {scheme}://; os webhooks da CustomerGauge usam https://, e qualquer outra coisa enviaria a senha do webhook sem proteção.</translation>
    </message>
    <message>
        <source>That address is not a CustomerGauge webhook address; it should start with https://{host}/. The webhook&apos;s password would go there.</source>
        <translation>Esse endereço não é um endereço de webhook da CustomerGauge; ele deveria começar com https://{host}/. A senha do webhook iria para lá.</translation>
    </message>
    <message>
        <source>{given} is not a CustomerGauge webhook address; it should start with https://{host}/. The webhook&apos;s password would go there.</source>
        <translation>{given} não é um endereço de webhook da CustomerGauge; ele deveria começar com https://{host}/. A senha do webhook iria para lá.</translation>
    </message>
    <message>
        <source>{given} is not a CustomerGauge region&apos;s webhook address; it should start with https://{host}/.</source>
        <translation>{given} não é um endereço de webhook de nenhuma região da CustomerGauge; ele deveria começar com https://{host}/.</translation>
    </message>
    <message>
        <source>This webhook is in the {other} region, but the profile&apos;s region is {region}: choose the region the webhook belongs to.</source>
        <translation>Este webhook está na região {other}, mas a região do perfil é {region}: escolha a região a que o webhook pertence.</translation>
    </message>
    <message>
        <source>Paste the webhook&apos;s URL exactly as CustomerGauge shows it, without a port or a user name in it.</source>
        <translation>Cole a URL do webhook exatamente como a CustomerGauge mostra, sem porta nem nome de usuário.</translation>
    </message>
    <message>
        <source>Paste the webhook&apos;s URL without anything after ? or #: the fields are added by cg-desktop.</source>
        <translation>Cole a URL do webhook sem nada depois de ? ou #: os campos são adicionados pelo cg-desktop.</translation>
    </message>
    <message>
        <source>The URL should end with the webhook&apos;s id, like https://{host}/abc123.</source>
        <translation>A URL deveria terminar com o id do webhook, como https://{host}/abc123.</translation>
    </message>
    <message>
        <source>Give only the id that follows https://{host}/ in the webhook&apos;s URL.</source>
        <translation>Informe só o id que vem depois de https://{host}/ na URL do webhook.</translation>
    </message>
</context>
</TS>
