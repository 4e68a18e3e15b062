<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
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
    <name>KioskNotice</name>
    <message>
        <source>Thank you, {name} — your survey is on its way.</source>
        <translation>Obrigado, {name} — sua pesquisa está a caminho.</translation>
    </message>
    <message>
        <source>Thank you — your survey is on its way.</source>
        <translation>Obrigado — sua pesquisa está a caminho.</translation>
    </message>
    <message>
        <source>Welcome! Please fill in your details, then press Enter.</source>
        <translation>Bem-vindo! Preencha seus dados e pressione Enter.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
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
        <source>Waiting: records are kept and sent later</source>
        <translation>Aguardando: os registros são guardados e enviados depois</translation>
    </message>
    <message>
        <source>Sending works</source>
        <translation>O envio funciona</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
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
</TS>
