<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>mdg::kiosk::DeskEntry</name>
    <message>
        <source>Please fill this in.</source>
        <translation>Por favor, preencha este campo.</translation>
    </message>
    <message>
        <source>This day does not exist. Please check the year, month and day.</source>
        <translation>Esta data não existe. Verifique o ano, o mês e o dia.</translation>
    </message>
    <message>
        <source>Please write the reading in kana (hiragana or katakana).</source>
        <translation>Escreva a leitura em kana (hiragana ou katakana).</translation>
    </message>
    <message>
        <source>Please check the date: moving in is reported after the move, moving out up to 30 days before it.</source>
        <translation>Verifique a data: a mudança para cá é declarada depois da mudança; a saída, até 30 dias antes.</translation>
    </message>
    <message>
        <source>A date of birth cannot be in the future.</source>
        <translation>A data de nascimento não pode estar no futuro.</translation>
    </message>
    <message>
        <source>Please add at least one person.</source>
        <translation>Adicione pelo menos uma pessoa.</translation>
    </message>
</context>
<context>
    <name>mdg::ui::AddressField</name>
    <message>
        <source>No address has this postal code. Please check it, or write the address below.</source>
        <translation>Nenhum endereço tem este código postal. Verifique-o ou escreva o endereço abaixo.</translation>
    </message>
    <message>
        <source>Please enter the postal code (7 digits).</source>
        <translation>Digite o código postal (7 dígitos).</translation>
    </message>
    <message>
        <source>Please write the block number (for example 3-1-2 or 3丁目1番2号).</source>
        <translation>Escreva o número do quarteirão (por exemplo 3-1-2 ou 3丁目1番2号).</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Block number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>e.g. 3-1-2, building and room</source>
        <translation>ex.: 3-1-2, prédio e apartamento</translation>
    </message>
    <message>
        <source>Find the address of the postal code</source>
        <translation>Buscar o endereço pelo código postal</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Bairro</translation>
    </message>
</context>
<context>
    <name>mdg::ui::DateField</name>
    <message>
        <source>Western year</source>
        <translation>Ano ocidental</translation>
    </message>
    <message>
        <source>Era</source>
        <translation>Era</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>year</source>
        <translation>ano</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mês</translation>
    </message>
    <message>
        <source>day</source>
        <translation>dia</translation>
    </message>
</context>
<context>
    <name>mdg::ui::KioskWindow</name>
    <message>
        <source>Welcome</source>
        <translation>Bem-vindo</translation>
    </message>
    <message>
        <source>What would you like to report?</source>
        <translation>O que deseja declarar?</translation>
    </message>
    <message>
        <source>Date of the move</source>
        <translation>Data da mudança</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Endereços</translation>
    </message>
    <message>
        <source>Who is moving</source>
        <translation>Quem se muda</translation>
    </message>
    <message>
        <source>A few questions</source>
        <translation>Algumas perguntas</translation>
    </message>
    <message>
        <source>Please check</source>
        <translation>Por favor, confira</translation>
    </message>
    <message>
        <source>Your reception number</source>
        <translation>Seu número de atendimento</translation>
    </message>
    <message>
        <source>Staff: leave kiosk mode</source>
        <translation>Funcionários: sair do modo quiosque</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>Welcome. Enter your move here and get a reception number.
Please choose your language.</source>
        <translation>Bem-vindo. Registre aqui a sua mudança e receba um número de atendimento.
Escolha o seu idioma.</translation>
    </message>
    <message>
        <source>Please choose what you would like to report.</source>
        <translation>Escolha o que deseja declarar.</translation>
    </message>
    <message>
        <source>Moving in
(you moved here from another city)</source>
        <translation>Mudança para cá
(veio de outra cidade)</translation>
    </message>
    <message>
        <source>Moving out
(you are moving to another city)</source>
        <translation>Mudança para fora
(vai para outra cidade)</translation>
    </message>
    <message>
        <source>Moving within the city
(a new address in this city)</source>
        <translation>Mudança dentro da cidade
(novo endereço nesta cidade)</translation>
    </message>
    <message>
        <source>On which day do you move out (planned)?</source>
        <translation>Em que dia vai se mudar (previsto)?</translation>
    </message>
    <message>
        <source>On which day did you move?</source>
        <translation>Em que dia se mudou?</translation>
    </message>
    <message>
        <source>Your address now</source>
        <translation>Seu endereço atual</translation>
    </message>
    <message>
        <source>Where you lived before</source>
        <translation>Onde morava antes</translation>
    </message>
    <message>
        <source>Where you are moving to</source>
        <translation>Para onde vai se mudar</translation>
    </message>
    <message>
        <source>Your new address</source>
        <translation>Seu novo endereço</translation>
    </message>
    <message>
        <source>Enter each person who moves, one at a time, starting with yourself. Press &quot;Add this person&quot; after each.</source>
        <translation>Registre cada pessoa que se muda, uma de cada vez, começando por você. Toque em &quot;Adicionar esta pessoa&quot; após cada uma.</translation>
    </message>
    <message>
        <source>Add this person</source>
        <translation>Adicionar esta pessoa</translation>
    </message>
    <message>
        <source>These answers tell you which other procedures your move needs. Skip any you do not want to answer.</source>
        <translation>As respostas mostram quais outros procedimentos a mudança exige. Pule as que não quiser responder.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Send and get my number</source>
        <translation>Enviar e receber meu número</translation>
    </message>
    <message>
        <source>Thank you. Please wait until this number is called.</source>
        <translation>Obrigado. Aguarde até este número ser chamado.</translation>
    </message>
    <message>
        <source>Print a slip</source>
        <translation>Imprimir comprovante</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Concluir</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Ainda estou aqui</translation>
    </message>
    <message>
        <source>Administrator PIN</source>
        <translation>PIN do administrador</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Sair do modo quiosque</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Moving in</source>
        <translation>Mudança para cá</translation>
    </message>
    <message>
        <source>Moving out</source>
        <translation>Mudança para fora</translation>
    </message>
    <message>
        <source>Moving within the city</source>
        <translation>Mudança dentro da cidade</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedimento</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Your entry could not be sent (%1). Please try again, or ask at the counter.</source>
        <translation>Não foi possível enviar (%1). Tente de novo ou pergunte no balcão.</translation>
    </message>
    <message>
        <source>Other procedures your move needs, in order:</source>
        <translation>Outros procedimentos que a mudança exige, nesta ordem:</translation>
    </message>
    <message>
        <source>%1, window %2</source>
        <translation>%1, guichê %2</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Prazo: %1</translation>
    </message>
    <message>
        <source>Bring: %1</source>
        <translation>Traga: %1</translation>
    </message>
    <message>
        <source>The slip could not be printed. Please note your number.</source>
        <translation>Não foi possível imprimir. Anote o seu número.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again later.</source>
        <translation>PINs errados demais. Tente mais tarde.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN errado.</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Perguntas respondidas</translation>
    </message>
    <message>
        <source>Are you still there? If not, your entry will be erased in %1 seconds.</source>
        <translation>Ainda está aí? Se não, o que registrou será apagado em %1 segundos.</translation>
    </message>
    <message>
        <source>Read my My Number card</source>
        <translation>Ler o meu cartão My Number</translation>
    </message>
    <message>
        <source>Your name, date of birth and sex were taken from your card. Please type the reading of your name.</source>
        <translation>O seu nome, data de nascimento e sexo foram lidos do seu cartão. Escreva a leitura do seu nome (katakana).</translation>
    </message>
</context>
<context>
    <name>mdg::ui::MemberForm</name>
    <message>
        <source>head of household</source>
        <translation>chefe da família</translation>
    </message>
    <message>
        <source>wife</source>
        <translation>esposa</translation>
    </message>
    <message>
        <source>husband</source>
        <translation>marido</translation>
    </message>
    <message>
        <source>child</source>
        <translation>filho(a)</translation>
    </message>
    <message>
        <source>father</source>
        <translation>pai</translation>
    </message>
    <message>
        <source>mother</source>
        <translation>mãe</translation>
    </message>
    <message>
        <source>grandfather</source>
        <translation>avô</translation>
    </message>
    <message>
        <source>grandmother</source>
        <translation>avó</translation>
    </message>
    <message>
        <source>grandchild</source>
        <translation>neto(a)</translation>
    </message>
    <message>
        <source>older brother</source>
        <translation>irmão mais velho</translation>
    </message>
    <message>
        <source>older sister</source>
        <translation>irmã mais velha</translation>
    </message>
    <message>
        <source>younger brother</source>
        <translation>irmão mais novo</translation>
    </message>
    <message>
        <source>younger sister</source>
        <translation>irmã mais nova</translation>
    </message>
    <message>
        <source>lodger</source>
        <translation>morador(a) não parente</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japão</translation>
    </message>
    <message>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <source>Korea</source>
        <translation>Coreia</translation>
    </message>
    <message>
        <source>Viet Nam</source>
        <translation>Vietnã</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Filipinas</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasil</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>Nepal</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonésia</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Reading (kana)</source>
        <translation>Leitura (kana)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidade</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nome próprio</translation>
    </message>
    <message>
        <source>Family name in kana</source>
        <translation>Sobrenome em kana</translation>
    </message>
    <message>
        <source>Given name in kana</source>
        <translation>Nome próprio em kana</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Feminino</translation>
    </message>
</context>
</TS>
