"""The word classes the frames combine (bot.safety.frames), in four languages, on folded text.

Each class is small and means one piece of a situation: a payment, a limit, a harm to come,
nobody may leave, a condition on what the writer does, a report to the immigration police,
work, a farewell, an ending, a means at hand, feeling a burden, taken by force, exposed on a
crossing, symptoms, sex for someone else's gain, control, kept papers, violence.
"""

from __future__ import annotations

import re


def _words(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"(?<= )(?:" + "|".join(alternatives) + r")(?= )")


# A payment demanded: money, a fee, a ransom, a transfer.
PAY = _words(
    r"pag(?:ar|o|ue|uen|uemos|amos|an|a|ues)|deposit(?:ar|o|e|en|en)|mand(?:ar|e|en|emos) (?:el )?dinero|"
    r"cuota|la renta|el piso|cobrando piso|cobran piso|rescate|la feria|la lana|"
    # Round 28: "q mande 800 dolares por western union".
    r"mand(?:ar|e|en|emos|o|es) (?:\d+k?|\d+ mil|mil) ?(?:pesos|dolares|dlls|varos|usd)?",
    r"pay|pays|paid|paying|wire|wires|send (?:the )?money|send \d+|the money|fee|ransom|owe|the rest",
    # An amount demanded: "they want 50k pesos", "quieren 20 mil", "ils veulent 500 dollars".
    r"(?:want|wants|asking for|ask for|demand|demanding|quieren|quiere|piden|pide|exigen|veulent|veut|demandent|vle|mande) "
    r"(?:\d+k|\d+ mil|\d+ mille|\d{3,}) ?(?:pesos|dolares|dollars|dlls|usd|dola|goud)?",
    r"pai(?:e|es|ent)|pay(?:e|es|ent|er)|envoy(?:er|ent|ez) (?:l )?argent|la taxe|taxe|rancon|l argent",
    r"peye|voye (?:lajan|kob)|lajan an|kob la|taks|ranson",
)
# A time limit or a condition on the payment.
LIMIT = _words(
    r"hoy|manana|esta noche|antes de|hasta (?:el|las|la|que|mañana)|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|"
    r"si no|o si no|sino|de lo contrario|en \d+ (?:horas|dias)|tengo hasta|tenemos hasta|o nadie sale|"
    r"o (?:pagamos|pagan|pagas|paga|pagues|le pagamos|les pagamos)",
    r"today|tonight|tomorrow|by \d+(?: ?(?:am|pm))?|by \d+(?:am|pm)|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|noon|midnight)|"
    r"before|until|till|or else|otherwise|if (?:i|we) don t|if (?:i|we) do not|or",
    r"aujourd hui|ce soir|demain|avant|jusqu a|tant que|sinon|si (?:je|on|nous) (?:paie|paye|payons) pas|"
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)",
    r"jodi a|aswe a|demen|anvan|jiska|jiskaske|toutotan|si non|sinon|si (?:m|mwen|nou) pa",
)
# A harm to come, to the writer or their family.
HARM_TO_COME = _words(
    # Spanish
    r"(?:me|nos|lo|la|los|las|te) (?:matan|mata|van a matar|va a matar|desaparecen|van a desaparecer|"
    r"queman|van a quemar|hacen dano|van a hacer dano|levantan|van a levantar|vienen a buscar|van a buscar|venden|van a vender)|"
    r"(?:le|les|nos|me) (?:hacen|van a hacer|pasa|va a pasar) algo|nos va a ir mal|te va a ir mal|me va a ir mal|"
    r"(?:vienen|van a venir|van a ir) por (?:mi|mis|nosotros|ti|el|ella)|no (?:la|lo|los|las) (?:vuelves|volvemos|vuelven) a ver|"
    r"me queman|queman el negocio|matan a|matar a|se muere|se lo (?:llevan|chingan)|lo (?:golpean|matan)|"
    r"(?:nos|me|los) (?:avientan|aventan|van a aventar|tiran del tren|van a tirar del tren|echan del tren)",
    # "le cortan un dedo", "se llevan a mi hija en pago", "pasan por él o por la lana"
    r"(?:le|les|te|me|nos) (?:cortan|van a cortar|corta|va a cortar|mochan|van a mochar) (?:un|una|el|la|los|las)|"
    r"se (?:llevan|van a llevar|lleva|va a llevar) a (?:mi|mis|tu|tus|su|sus|nuestr[oa]s?)",
    # English
    r"(?:kill|hurt|sell|burn|disappear) (?:me|us|you|him|her|them|my|our)|"
    r"(?:come|coming) (?:for|after) (?:me|us|you|my|our)|(?:send|sending) people|have (?:me|us|you) killed|"
    r"have (?:my|our|your) (?:family|kids|children|wife|mom|mother|son|daughter) killed|"
    r"won t see (?:her|him|them|me|us) again|never see (?:her|him|them) again|something (?:will )?happens? to|"
    r"(?:she|he|they|you) (?:will )?(?:get|gets) hurt|pay for it|dies|die|gets? (?:beaten|killed|shot)",
    # Left unsaid after a demand: "or you know what happens", "o ya sabes qué pasa".
    r"(?:or|o|si no|sino|sinon|oswa) (?:you know what (?:happens|will happen) to (?:you|your|him|her|them|the kids)|"
    r"ya (?:sabes|saben) (?:lo )?que (?:le|les|te) (?:pasa|va a pasar)|tu sais ce qui va (?:t|lui|leur) arriver|"
    r"ou konnen sa k (?:ap|pral) rive (?:ou|li|pitit))|"
    + r"cut (?:off )?(?:his|her|a|my) (?:finger|ear|hand)|"
    r"(?:take|takes|will take) (?:my|our|your) (?:daughter|son|kid|kids|child|children|wife|girl)|"
    r"(?:burn|set fire to|torch) (?:down )?(?:the|my|our|your) (?:store|shop|house|place|business)|"
    r"(?:gonna|going to|will|ll) get (?:me|us|you)|(?:we ll|we will|gonna) find you|te (?:vamos|van) a (?:encontrar|agarrar)|vamos a (?:encontrarte|agarrarte)|"
    r"on va te (?:trouver|retrouver|avoir|attraper)|n ap jwenn ou|n ap pran ou|(?:fe|fè) (?:m|mwen|nou) disparet|"
    r"throw (?:us|me) (?:off|out of) the train|(?:you ll|youll|you will|ill|i ll|i will|she ll|we ll) see what (?:happens|will happen) to (?:me|you|her|us)",
    # French
    r"(?:me|nous|te|le|la|les) (?:tuer|tue|tuent|tuera|tueront)|s en prendre a|(?:on|ils) (?:me|nous) (?:fait|font|fera|feront) du mal|"
    r"faire du mal|(?:coupe|coupent|couper) (?:un|le|les)|(?:je|on) disparai\w*|(?:vien|viennent|venir) (?:me|nous) chercher|"
    r"(?:la|le|les) (?:revoir|reverrez|reverras) plus|il (?:va|vont) arriver (?:quelque chose|malheur)|meurt|se (?:font|fait) frapper",
    r"brul\w* (?:le magasin|la boutique|la maison|le commerce|le resto)|"
    r"(?:lui|leur|te|me) (?:coupent|couper|coupe|couperont) (?:un|une|le|la|les)|(?:prennent|prendre|emmener|emmenent) (?:ma|mon|mes|notre|nos) (?:fille|fils|enfants?|femme)",
    # Haitian Creole
    # Not "li ka fè nou jwenn kat imanitè" (he can get us the card): a making, not a harm.
    r"(?:touye|tiye|fe mal|fe) (?:m|mwen|nou|ou|li|pitit)(?! (?:jwenn|gen|konnen|vini|ale|antre"
    r"|pase|travay|soti|rive|pran yon|fe yon|peye|voye|konprann|we))|(?:y|yo|l|li) (?:ap|pral|va) (?:touye|fe|vin chache|vin pran)|"
    r"(?:m|mwen|nou) (?:ap|pral) disparet|p ap (?:janm )?we (?:li|l|yo|m) anko|ap mouri|yo bat (?:li|l)",
    r"(?:boule|pral boule|ap boule) (?:boutik|kay|magazen|biznis) (?:la|a|m|mwen)|"
    r"(?:koupe|ap koupe|pral koupe) (?:yon|dwet|zorey)|(?:pran|ap pran|pral pran) (?:pitit|madanm|fi) (?:m|mwen|nou)",
)
# What follows an unpaid demand, harmless elsewhere: "pasan por él o por la lana", "or he gets
# deported tonight", "he'll be waiting there", "ils reviennent", "y ap tounen".
PAY_OR = _words(
    r"(?:pasan|van a pasar|vuelven|van a volver|regresan|van a regresar|vienen|van a venir) por (?:mi|el|ella|ti|nosotros|ustedes)",
    r"(?:get|gets|will be|be|is getting) deported|be waiting (?:there|for (?:her|him|you|me|us))|(?:come|coming) back for",
    r"(?:etre|se faire|sera|va etre|seront) (?:expulse|deporte)e?s?|(?:reviennent|reviendront|revenir) (?:le|la|me|nous) chercher",
    r"(?:ap|pral|va) depote (?:m|mwen|nou|li|l)|(?:y|yo|l|li) (?:ap|pral) tounen (?:pou|chache)",
)
# The marks of a known trick: a "fine" to pay, in gift cards. Round 29: "they're from
# immigration and i have to pay a fine in target gift cards today or i'll be deported, is that
# real?" (not "they have my husband detained, pay 1500 in 1 hour or he gets deported").
FINE_SCAM = _words(
    r"gift cards?|tarjetas? de regalo|cartes? cadeaux?|kat kado",
    r"(?:pay|pagar|pague|payer|peye) (?:a|una|une|yon|the|la|l) (?:fine|multa|amende|amand)",
)
# Where to report it, asked by the writer: "kote nou ka fè denons pou sa?", "where can i report
# him", "dnd lo denuncio", "où porter plainte".
REPORT_ASKED = _words(
    r"(?:kote|ki kote|where|donde|dnd|a donde|ou) (?:\w+ ){0,4}(?:denons\w*|report\w*|denunci\w*"
    r"|porter plainte|plainte|plent|fe plent|fe denons)",
)
# Whoever threatens knows where the writer or their family is: a threat even unsaid.
KNOWS_WHERE = _words(
    r"(?:ya )?sabe(?:n)? (?:donde (?:vive|viven|vivo|vivimos|estoy|estamos|estudia|trabaja|trabajo|duerme)|en (?:que|cual) (?:albergue|escuela|casa|colonia|hotel)|a (?:que|cual) escuela)",
    r"(?:tienen|tiene) (?:vigilad[oa]s?|ubicad[oa]s?|checad[oa]s?) a|(?:me|nos|la|lo) (?:tienen|tiene) (?:vigilad|ubicad)[oa]s?",
    # Not the writer's own "i don't know where he is", "m pa konn kote l ye".
    r"(?<!don t )(?<!dont )(?<!do not )(?<!doesn t )(?<!doesnt )(?<!didn t )(?<!didnt )"
    r"knows? (?:where|what school|which school|the school|my address|our address|which shelter|what shelter)|(?:they|he) found (?:me|us|out where)",
    r"sai(?:t|ent|s)? (?:ou|dans quel|quelle ecole|quel foyer|mon adresse)|(?:m|nous) (?:a|ont) retrouvee?s?",
    r"(?:ils|elles) ont trouve (?:ou|l endroit ou) (?:je|on|nous|mes \w+) (?:dors|dort|dormons|vis|vit|habite|habitons|suis|sommes)",
    r"(?<!pa )(?:konnen kote|konn kote|konnen ki (?:lekol|abri|kay))|(?:jwenn|jwen) kote (?:m|mwen|nou)",
    r"(?:encontraron|supieron|descubrieron|dieron con) (?:donde|en donde) (?:duermo|dormimos|vivo|vivimos|estoy|estamos)",
    r"(?:ya )?saben? (?:que|q) (?:estamos|estoy|vivimos|vivo|dormimos) en|(?:ya )?saben? en (?:que|q) (?:escuela|albergue|cuarto|casa|colonia)",
    r"(?:they|he|she) knows? (?:we|i) (?:are|am|re|m|live|stay|sleep) (?:in|at)",
    r"(?:il|ils) (?:connait|connaissent|sait|savent) (?:l ecole|mon adresse|notre adresse|ou (?:je|on|nous))",
    r"(?:yo|li|l) konn (?:nou|m|mwen) nan",
)
# Coming back for the women or the writer: "dijeron q vuelven en la noche por las muchachas".
COMING_BACK_FOR = _words(
    r"(?:vuelven|regresan|van a volver|van a regresar|vendran|volveran) (?:\w+ ){0,3}por (?:las muchachas|las mujeres|las ninas|las chavas|nosotras|nosotros|mi|mis|las hijas)",
    r"coming back (?:\w+ ){0,2}for (?:the girls|the women|us|me|my|our)",
    r"(?:reviennent|reviendront|vont revenir) (?:\w+ ){0,3}(?:pour|chercher) (?:les filles|les femmes|nous|moi|ma|mes)",
    r"(?:y|yo) (?:ap|pral) tounen (?:\w+ ){0,3}pou (?:pran|vin pran|chache) (?:fi yo|medam yo|nou|mwen|m|pitit)",
)
# Found where the writer sleeps, or sent photos of their children or home: a threat only with
# a weapon shown or a harm named (tracked_down), or with a payment due (extortion).
FOUND_WHERE = _words(
    r"found out where (?:i|we|my \w+) (?:sleep|sleeps|live|lives|stay|stays|am|are|work)",
    r"(?:pics?|photos?|pictures?) of (?:my|our) (?:kids?|children|son|daughter|house|home|place|bed|door|car)",
    r"(?:une |des )?photos? (?:de|d) (?:mon|ma|mes|notre|nos) (?:lit|maison|chambre|enfants?|fils|fille|porte)",
    r"fotos? de (?:mi|mis|nuestra|nuestro|nuestros) (?:casa|cama|cuarto|hijos?|hijas?|ninos|puerta)|foto (?:kay|pitit) (?:m|mwen|nou)",
)
# Photos sent to the writer: "ils ont envoyé une photo de ma porte", "me mandaron foto".
SENT_PHOTO = _words(
    r"(?:sent|send|sending|texted) (?:me |us )?(?:a |an |some )?(?:pics?|photos?|pictures?|video)",
    r"(?:mandaron|mando|enviaron|envio|mandan|envian) (?:me |nos )?(?:una |unas |un )?(?:fotos?|imagen|imagenes|video)|(?:me|nos) (?:mandaron|enviaron|mando|envio) (?:una |unas )?(?:fotos?|video)",
    r"(?:ont|a) envoye (?:une |des )?(?:photos?|video)|(?:m|nous) (?:ont|a) envoye (?:une |des )?(?:photos?|video)",
    r"voye (?:yon )?(?:foto|videyo) (?:ba|bay) (?:m|mwen|nou)|voye foto",
)
# A weapon or a bullet shown to the writer: the threat sent without words.
WEAPON_SHOWN = _words(
    r"(?:photo|pic|picture|foto|imagen|video) (?:of|de|d) (?:a |an |una |un |une |yon )?(?:gun|guns|pistol|rifle|knife|bullet|bullets|pistola|arma|armas|cuerno|bala|balas|navaja|cuchillo|arme|balle|balles|couteau|fusil|zam|bal|kouto)",
    r"(?:una|a|une|yon) (?:bala|bullet|balle|bal) (?:encima|arriba|on it|on top|dessus|sou li|sou l)",
)
# On the way to the writer: "ya viene en camino", "on his way", "il arrive", "l ap vini".
ON_THE_WAY = _words(
    r"(?:ya )?(?:viene|vienen|va|van) en camino|(?:ya )?(?:viene|vienen) para aca|(?:ya )?(?:viene|vienen) por (?:mi|nosotr[oa]s)|ya (?:llego|llegaron|esta afuera|estan afuera)",
    r"(?:on|s on) (?:his|her|their) way|coming (?:here|over|to get)|(?:is|are) outside|(?:he s|they re|hes|theyre) (?:outside|waiting outside|waiting for me)",
    r"(?:il|ils|elle) (?:arrive|arrivent|est en route|sont en route|vient|viennent)|en route pour|devant (?:la porte|chez)",
    r"(?:l|li|yo) (?:ap|pral) vini|(?:l|li|yo) sou wout|(?:l|li|yo) deyo a",
)
# Nobody may leave: held until it is paid.
NO_LEAVING = _words(
    r"no (?:nos|me|los) (?:dejan?|deja|dejen|dejaban|dejaron) (?:salir|ir|irnos|irme)|nadie (?:sale|se va|puede salir)|no podemos salir|no puedo salir|"
    r"sin dejar(?:nos|me|los) (?:salir|ir)",
    r"(?:nobody|no one) (?:leaves|can leave|goes|gets out)|(?:won t|don t|doesn t|wont|dont) let (?:us|me|anyone) (?:leave|go|out)|"
    r"can t leave|cannot leave|not allowed to leave|without letting (?:us|me) (?:out|leave|go)|"
    # Round 28: "each family pays 2k more before anyone walks out".
    r"before (?:anyone|anybody|any of us|we|i|someone) (?:walks? out|leaves?|can leave|gets? out|goes|is let out)",
    r"o nadie sale|o no (?:salimos|sale nadie|nos dejan salir)",
    r"personne (?:sort|part|bouge|ne sort|ne part)|(?:on|nous|je) (?:bouge|bougeons|sort|sortons|peut sortir|peux sortir) pas|"
    r"(?:laisse|laissent) pas (?:sortir|partir)|interdit de sortir|pas le droit de (?:sortir|partir)",
    r"pesonn pa (?:ka )?(?:soti|ale|kite)|(?:nou|m|mwen) pa (?:ka|kab|gen dwa) (?:soti|ale|kite)|yo pa kite (?:nou|n|m|mwen) (?:soti|ale)",
)
# A condition on what the writer does: "si me voy", "si no les ayudo", "if i don't sleep with
# him", "si je couche pas avec lui", "si m pa peye". Said by whoever holds or threatens them.
IF_I = _words(
    r"si (?!(?:estoy|estamos) en )(?:no )?(?:(?:me|nos|les|le|lo|la|te|se) )?(?:[a-z]+(?:o|amos|emos|imos)|voy|vamos|doy|damos|estoy|sigo)",
    r"si (?:alguien|alguno|uno) (?:se )?(?:va|sale|escapa|habla|dice)",
    r"(?:el|al|la) que (?:se )?(?:hable|habla|salga|sale|se vaya|se va|se queje|se queja|diga|dice|escape)|quien (?:hable|salga|se vaya|se queje)",
    r"(?:whoever|anyone who|anybody who|the one who) [a-z]+",
    r"(?:celui|ceux|celle) qui [a-z]+",
    r"(?:moun|sa) (?:ki|k) (?:pale|soti|ale|plenyen|kouri|di)",
    r"if (?:i|we|anyone|anybody|somebody|someone) (?:don t |do not |try to |ever )?[a-z]+",
    r"si (?:je|j|on|nous) (?:ne |n )?[a-z]+|si (?:quelqu un|qqn) [a-z]+",
    r"si (?:m|mwen|nou) (?:pa )?[a-z]+|si (?:yon moun|pesonn) [a-z]+",
)
# A report to the immigration police or the police, used as a threat.
DENOUNCE = _words(
    r"(?<!puedo )(?<!debo )(?<!podemos )(?:llama|llamar|llamo|llaman|hablar|habla|va a llamar|van a llamar|le habla|les habla) (?:a )?(?:la |el )?(?:migra|migracion|inmigracion|ice|policia|patrulla)|"
    r"(?:nos|me) (?:entrega|entregan|denuncia|denuncian|reporta|reportan|van a entregar|va a entregar|va a reportar|van a reportar)",
    r"(?<!can i )(?<!should i )(?<!can we )(?<!do i )call(?:s|ing)? (?:ice|immigration|the police|the cops|la migra)|(?:report|turn) (?:me|us)|get (?:me|us) deported|have (?:me|us) deported",
    r"(?<!je peux )(?<!puis je )(?<!dois je )appel(?:le|lent|er) (?:l )?(?:ice|immigration|la police|les flics|la migra)|(?:me|nous) (?:denonce\w*|livre\w*|signale\w*)",
    r"(?<!m ka )(?<!mwen ka )(?<!pou m )(?<!m dwe )rele (?:ice|imigrasyon|polis|lapolis|lamigra)|(?:denonse|livre) (?:m|mwen|nou)",
    # Deportation as the threat: "si hablo me deportan", "if i talk they deport me", "yo depote m".
    r"(?:me|nos) (?:deportan|van a deportar|va a deportar|deporta)|(?:deport|deports|will deport) (?:me|us)|"
    r"(?:me|nous) (?:fait|font|fera|feront|faire) (?:expulser|deporter)|(?:yo|li|l) (?:ap |pral |va )?depote (?:m|mwen|nou)",
)
# An official who took or asked for money, named as the one who did it: "an immigration officer
# took 200 dollars", "el agente de migración me pidió 3000 pesos", "le policier m'a pris".
OFFICIAL_TOOK = _words(
    r"(?:agente|agentes|oficial|oficiales|policia|policias|federal|federales|migra|migracion|inm)"
    r"(?: [a-z]+){0,5} (?:me|nos) (?:quito|quitaron|pidio|pidieron|cobro|cobraron|saco|sacaron)",
    r"(?:officer|officers|agent|agents|cop|cops|police|policeman|ice|immigration|cbp)(?: [a-z]+){0,5}"
    r" (?:took|asked (?:me )?for|wanted (?:\d+|money|cash|dollars|a bribe)|charged (?:me|us)|made (?:me|us) pay)",
    r"(?:policier|policiers|agent|agents|douanier|douaniers|gendarme|gendarmes|migration)"
    r"(?: [a-z]+){0,3} (?:m|nous) (?:a|ont) (?:pris|demande|vole|fait payer)",
    r"(?:polis|lapolis|ajan|ofisye|imigrasyon|migrasyon)(?: [a-z]+){0,3} (?:pran|mande|vole)"
    r" (?:m|mwen|nou|lajan|kob|\d+)",
    r"(?:policier|policiers|agent|agents|douanier|douaniers|police)(?: [a-z]+){0,3} (?:a|ont) pris",
)
# The threat's condition is a complaint: "si me quejo", "if I report him", "si je porte plainte".
IF_I_COMPLAIN = _words(
    r"si (?:me quejo|lo denuncio|los denuncio|la denuncio|pongo (?:una )?(?:queja|denuncia)|digo algo)",
    r"if (?:i|we) (?:complain\w*|report (?:him|them|it|this)|(?:file|make) a complaint|say anything|tell anyone)",
    r"si (?:je|on) (?:porte plainte|me plains|le denonce|les denonce|dis quelque chose|me plaint)",
    r"si (?:m|mwen|nou) (?:fe plent|pote plent|denonse|di yon bagay|plenyen)",
)
# Anything more than a deportation to fear from them: the body, sex, drugs, a weapon, now, a
# hold, family or a partner who is the official, or "friends in" the migration.
NOT_ONLY_AN_OFFICIAL = _words(
    r"\w*(?:acuest|sleep with|coucher|kouche|nudes|desnud|droga|drug|drogue|dwog|arma|armas|pistola|gun|arme|zam|"
    r"cuchillo|knife|couteau|kouto|mata|matar|kill|tue|touye|golpe\w*|pega|beat|hit|frappe\w*|bat|viol\w*|rape\w*|"
    r"toca|touch\w*|muerte|death|mort|lanmo|amenaz\w*|menace\w*|menase|threaten\w*)",
    r"ahorita|ahora mismo|right now|en ce moment|kounye a|afuera|outside|dehors|deyo|esta aqui|is here|"
    r"at my door|en la puerta|a la porte|nan pot|tonight|esta noche|ce soir|aswe a",
    r"amigos en|friends (?:in|at)|amis a|amis dans|zanmi nan|tiene (?:en|a)|tienen (?:en|a)|me tiene|nos tienen?|"
    r"(?:have|has|keep|keeps|got) (?:me|us) in|camioneta|patrulla|van|truck|carro|car|auto|machin|kamyon",
    r"(?:mi|my|mon|ma) (?:ex |)(?:espos[oa]|marido|pareja|novi[oa]|husband|boyfriend|bf|partner|mari|copain|tio|uncle|"
    r"padrastro|stepdad)|mari (?:m|mwen)|mennaj (?:m|mwen)",
    r"decian|dicen que eran|supuest[oa]s?|supposed|claimed|vests?|chalecos?|disfrazad\w*|abiye|habilles?|deguises?",
    # The second read's words: more weapons, touching, being made to wait or hide, coming back.
    r"\w*(?:guns|pistols?|rifles?|weapons?|firearms?|revolver|fierro|cuerno|navajas?|machete|taser|knifepoint|"
    r"gunpoint|apunt\w*|pointed|handcuff\w*|esposad[oa]s?|sex\w*|fe bagay|blow ?job|favores|favors|kiss\w*|"
    r"bes[oa]\w*|embrass\w*|grab\w*|agarr\w*|manose\w*|manyen|breasts?|pechos|nalgas|strip\w*|desvist\w*|"
    r"cachetad\w*|slap\w*|kick\w*|patad\w*|pate|hotel|motel|cuarto|room|oficina|office|hiding|hide|"
    r"escondid\w*|escondo|cache|kache)",
    r"he s here|hes here|esta esperando|me espera|waiting|esquina|corner|lobby|downstairs|enfrente|in front|rn|"
    r"atm|no se ha ido|hasn t left|hasnt left|vuelve|regresa|come back|comes back|be back|again|"
    r"next (?:week|month|time)|every (?:week|month|day)|cada (?:semana|mes|dia|quincena)|later|mas tarde|"
    r"en la tarde|this afternoon|a las \d+|at \d+",
    r"(?:mi|my|mon|ma) ex|father of my|papa de mis|conjoint|compagnon|konpayon|girlfriend|gf|hij[oa]s?|son|"
    r"daughter|kids|children|baby|enfants?|pitit",
    r"said they were|were from|not real|no eran|de civil|plain clothes|no badge|sin placa|sin uniforme|posing|"
    r"conoce gente|knows people|connait des gens|konn moun|"
    r"(?:be|sleep|go out|estar|salir|dormir|etre|sortir|dormi) (?:with|con|avec|ak) (?:him|el|lui|li)|"
    r"pollero|smuggler|trafficker|tratante|padrote|pimp|recruit\w*|enganchador|who brought (?:us|me)|"
    r"que (?:nos|me) trajo|cousin|primo|coyote|pays the police",
)
# Told as a complaint to make: "is that legal?", "where can I report him", "donde lo denuncio".
COMPLAINT_ASKED = _words(
    r"is (?:that|this|it) legal|es legal|es normal|c est legal|se legal|"
    r"(?:where|who) (?:can|do|should) (?:i|we) (?:report|complain)|how (?:do|can) (?:i|we) (?:report|complain)",
    r"a quien (?:me quejo|lo denuncio|le pongo|acudo)|a qui (?:porter plainte|me plaindre|je (?:porte|peux porter) plainte)|"
    r"(?:kiyes|ki moun) (?:pou|m ka) (?:fe plent|plenyen)",
    r"donde (?:me quejo|lo denuncio|denuncio|pongo la queja|se pone la queja)|como (?:pongo|lo denuncio|denuncio|me quejo)",
    r"comment porter plainte|kote (?:m ka|pou m) fe plent|kijan m ka denonse",
)
# Someone held, or a ransom only a family can pay: whoever demands it is no official at work
# ("dicen que son de migración, nos tienen en una casa y si no pagan nuestras familias...").
HELD_FOR_PAY = _words(
    r"(?:nos|me|los|las|lo|la) (?:tienen|tiene|tenian|mantienen|encerraron)|en una casa|en un cuarto|en una bodega|"
    r"(?:nuestras|mis|sus|las) familias?|mi familia|nuestra familia|"
    r"(?:they|he) (?:have|has|got|keep|keeps|are keeping|re keeping|locked) (?:us|me|him|her|them)|in a (?:house|room|warehouse)|"
    r"(?:my|our|their) famil(?:y|ies)",
    r"(?:ils|il) (?:nous|me|m|les) (?:gardent|garde|tiennent|tient|ont enferme\w*)|dans une (?:maison|chambre)|"
    r"(?:ma|notre|nos|leurs?) familles?",
    r"(?:yo|li|l) (?:kenbe|fenmen) (?:nou|m|mwen|yo)|nan yon (?:kay|chanm)|fanmi (?:m|mwen|nou|yo)",
)
# Not over: found again, someone still with them, sent back if they stop ("i ran but they found
# my address", "mi hija sigue con ellos", "if i stop he will send me back").
NOT_OVER = _words(
    r"(?:encontraron|hallaron) (?:mi|nuestra) (?:casa|direccion)|"
    r"sigue(?:n)? (?:con (?:ellos|el|ella|esa gente)|ahi|alla|alli|adentro|en (?:la|el) (?:casa|bar|rancho|finca))|"
    r"todavia (?:estoy|estamos|vivo|vivimos|trabajo|trabajamos|duermo) (?:aqui|ahi|alla|con|en (?:su|la|el))|"
    r"todavia (?:tiene|tienen) (?:mi|mis|nuestros|nuestras)|"
    r"(?:tengo|tenemos) que (?:regresar|volver) (?:manana|ahi|alla|al trabajo|con el|con ellos)",
    r"found (?:my|our) (?:address|house|place|room|apartment)|still (?:there|with (?:them|him|her)|inside|at (?:the|his|her|their))|"
    r"still (?:live|living|work|working|sleep|sleeping|stay|staying) (?:there|here|at|in|with)|"
    r"(?:i m|i am|we re|we are) still (?:here|there|with)|still in (?:his|her|their|the) (?:apartment|house|place|room|trailer)|"
    r"(?:he|she|they) still (?:has|have|keeps?) (?:my|our)|(?:send|sends|will send|ll send) (?:me|us) back|"
    r"(?:have|has) to go back (?:tomorrow|there|to work|to him|to them)|"
    r"(?:bringing|bring|brings) another",
    r"(?:ont|a) trouve (?:mon|notre) (?:adresse|logement)|toujours (?:la bas|avec (?:eux|lui|elle)|chez (?:eux|lui|elle))|"
    r"je suis toujours (?:la|chez|avec|dans)|(?:me|nous) renvoyer|(?:me|nous) renvoie\w*|je dois (?:y )?retourner",
    r"jwenn (?:adres|kay) (?:m|mwen|nou)|toujou (?:la|avek yo|avek li|lakay (?:li|yo))|voye (?:m|mwen|nou) tounen|"
    r"fok (?:m|mwen) tounen",
    # Held until someone pays, whatever was paid already ("ya pagué... faltan 2 mil cada uno
    # sino no salimos", "nobody leaves until the families pay").
    r"(?:sino|si no) no (?:salimos|sale nadie|nos (?:dejan|sueltan|van a soltar|van a dejar))|"
    r"no (?:nos|me) (?:dejan|van a dejar) (?:salir|ir) hasta|no (?:salimos|sale nadie) hasta",
    r"(?:nobody|no one|noone) (?:leaves|gets out|goes) until|won t let (?:us|me) (?:go|out|leave) until|"
    r"(?:or|otherwise) (?:we|i) (?:can t|don t|won t) (?:leave|get out)",
    r"personne ne sort (?:tant que|avant|jusqu)|ne (?:nous|me) (?:laisse|laissent|laisseront) pas (?:sortir|partir) "
    r"(?:tant que|avant|jusqu)|sinon (?:on|nous|je) (?:ne )?(?:sort|sortons|sortira|sortirons|sors) pas",
    r"(?:sinon|si nou pa peye|si m pa peye) (?:yo )?(?:pap|p ap|pa p|pa ap|pa) (?:kite|lage) (?:nou|m|mwen) "
    r"(?:ale|soti|pati)",
    # The second read's phrasings of still being there.
    r"(?:sigo|seguimos) (?:viviendo|trabajando|durmiendo|con (?:ellos|el|ella)|aqui|ahi|alla|alli|en (?:la|el|su) [a-z]+)|"
    r"vivo (?:en su casa|con ellos)|vivimos (?:en su casa|en la bodega|con ellos)|"
    r"(?:todavia|todabia|toavia|tdv|aun) (?:trabajo|trabajamos) para|"
    r"(?:todabia|toavia|tdv|aun) (?:estoy|estamos|vivo|vivimos|trabajo|duermo|sigo) (?:aqui|ahi|alla|con|en (?:su|la|el))|"
    r"(?:manana|mañana) tengo que (?:volver|regresar|ir) (?:con|a su|al trabajo|ahi|alla)|"
    r"(?:duermo|dormimos) en (?:el|la) (?:taller|trabajo|rancho|bar|negocio|finca|fabrica|bodega|cocina)",
    r"stil+ (?:there|here|live|living|work|working|at|in|with)|still (?:work|working) for|"
    r"(?:i|we) live (?:at|with|in) (?:his|her|their|them|him)|"
    r"(?:i m|i am|we re|we are) (?:living|staying) with (?:him|her|them|the|my boss)|sleep there|"
    r"(?:with|at) (?:him|them|her) now|i am with (?:him|them)|(?:comes|come|coming) back (?:for|at|to)|"
    r"again (?:tomorrow|tonight|on|next)|(?:will|ll) find (?:me|us)|(?:he|she) is home|lives with (?:us|me)",
    r"je suis encore (?:la|chez|avec|dans)|encore chez|toujours (?:ici|pour eux|pour lui)",
    r"(?:m|mwen|nou) la toujou|toujou nan|toujou ap travay|avek li kounye a",
)
# It will happen again: "next week they want me to go again", "la próxima semana otra vez".
AGAIN_SOON = _words(
    r"(?:la )?(?:proxima|otra) (?:semana|vez)|(?:quieren|quiere) que (?:vaya|lo haga|vuelva) (?:otra vez|de nuevo)",
    r"next (?:week|time|month|trip)|(?:want|wants) (?:me|us) to (?:go|do it|come) again",
    r"la semaine prochaine|la prochaine fois|(?:veulent|veut) que (?:je|j) (?:y )?(?:retourne|recommence)",
    r"semenn pwochen|pwochen fwa|(?:vle|mande) (?:m|mwen|nou) (?:retounen|refe)",
)
# A missed appointment, hearing or signature as the condition: the process warns, nobody holds
# ("si no me presento a la corte me deportan", "if i miss my next check in they will deport me").
MISSED_PROCEDURE = _words(
    r"si no (?:me presento|voy|llego|firmo|asisto) (?:a (?:la |mi )?|en (?:la |mi )?)?(?:corte|audiencia|cita|firma|comar|inm|migracion)",
    r"if (?:i|we|you) (?:miss|don t go to|dont go to|(?:don t|dont|do not) show up (?:to|at|for)|skip)"
    r" (?:my |the |our |a |an |next |this |that )*(?:[a-z]+ )?(?:court|hearing|appointment|check in|checkin|interview)",
    r"si (?:je|on) (?:rate|manque|ne vais pas a|ne me presente pas a|vais pas a) (?:[a-z]+ ){0,3}"
    r"(?:audience|tribunal|rendez vous|convocation|pointage|entretien)",
    r"si (?:m|mwen|nou) pa (?:prezante|ale nan|al nan|siyen) (?:[a-z]+ ){0,2}(?:tribinal|odyans|randevou|imigrasyon|ice)|"
    r"si (?:m|mwen|nou) rate (?:[a-z]+ ){0,2}(?:tribinal|odyans|randevou)",
    # Going to it as the condition: "m pè yo depòte m si m ale nan randevou tribinal la".
    r"si (?:voy|me presento|vamos) (?:a|en) (?:la |mi )?(?:corte|audiencia|cita)",
    r"if (?:i|we) (?:go|show up|turn up) (?:to|at|for) (?:my |the |our )?(?:court|hearing|appointment|check in|checkin|interview)",
    r"si (?:je|on) (?:vais|va|me presente|se presente) (?:a|au) (?:l |mon |ma )?(?:audience|tribunal|rendez vous|convocation)",
    r"si (?:m|mwen|nou) (?:ale|al|prezante) nan (?:[a-z]+ ){0,2}(?:tribinal|odyans|randevou)",
)
# What a court or an officer would not be: a client, a boss, a partner, a smuggler.
NOT_A_PROCEDURE = _words(
    r"\w*(?:client\w*|cliente\w*|kliyan|padrote|pimp|proxenete|coyote|pollero|smuggler|novi[oa]|boyfriend|esposo|"
    r"marido|husband|mari|amigo|friend|his place|su casa)",
)
# Work, a debt or kept papers: the threat holds someone at work (forced labour).
WORK = _words(
    r"trabaj\w*|patron|jefe|la señora|el señor|rancho|granja|finca|deuda|debo|debemos|papeles|pasaporte|documentos",
    r"work\w*|boss|farm|ranch|job|debt|owe|passports?|papers|id|documents|foreman|contractor",
    r"travail\w*|boulot|patron|patronne|chef|ferme|ranch|dette|dois|devons|passeports?|papiers",
    r"travay|patwon|chef|fem|ranch|det|dwe|paspo|papye",
)

# Suicide without the word.
FAREWELL = _words(
    r"(?:solo |nomas )?queria que alguien (?:lo )?supiera|"
    r"adios a todos|me despido|carta de despedida|cartas? para mis hijos|perdon(?:enme|ame|en)? por todo|"
    r"cuiden a mis hijos|les dejo a mis hijos|ya (?:me )?despedi|regale mis cosas|gracias por todo|"
    r"(?:dile|diganle|digan) a mi (?:mama|madre|familia|hijo|hija) que (?:la|lo|los) quiero|ya no les voy a escribir|"
    r"(?:escribi|deje) (?:unas |mis )?cartas (?:para|a) (?:todos|mi familia|mis hijos)|gracias (?:x|por) todo|"
    r"(?:le )?avise a mis hijos (?:\w+ ){0,3}(?:que|q) (?:su (?:mama|papa) )?los (?:quiso|quise|quiero)",
    r"(?:i )?(?:just )?want(?:ed)? someone to know(?: my name)?|"
    r"goodbye (?:everyone|everybody|all|to all|to everyone)|said goodbye|letters? to my (?:kids|children|family|mom|son|daughter)|"
    r"gave away my (?:things|stuff)|forgive me for everything|sorry for everything|thanks for (?:everything|trying)|"
    r"take care of my (?:kids|children)|tell my (?:mom|mother|kids|family|son|daughter) i love|"
    r"thank you for everything|tell my (?:mom|mother|family|kids) (?:in \w+ )?i (?:tried|m sorry|love)|say bye to someone|(?:just )?wanted to say (?:bye|goodbye)|"
    # Round 28: "just called my mom to say i love her" (a last call).
    r"(?:just )?(?:called|texted|rang) my (?:mom|mum|mother|dad|kids|family|sister|brother) "
    r"(?:to say|to tell (?:her|him|them)|and (?:said|told (?:her|him|them))) i love (?:her|him|them|you)",
    r"(?:je voulais|je veux) (?:juste |seulement )?que quelqu un (?:le )?sache|"
    r"(?:au revoir|adieu) a tout le monde|dit (?:au revoir|adieu)|pardonnez moi|pardon pour tout|lettre (?:a|pour) mes enfants|"
    r"occupez vous de (?:mes enfants|ma fille|mon fils)|merci pour tout|dites a (?:ma mere|ma mere|mes enfants|ma famille) que je (?:l|les) aime|"
    r"dis(?: lui)? a (?:ma mere|ma maman|ma famille|mes enfants|mon pere|mon papa) que je (?:l|les) aime|"
    r"(?:j ai |jai )?appele (?:ma mere|ma maman|ma famille|mes enfants) pour (?:lui|leur) dire (?:adieu|au revoir)|"
    r"dites a (?:ma maman|ma mere|ma famille) (?:a \w+ )?que j ai essaye|dire au revoir a quelqu un",
    r"(?:m|mwen) te (?:jis )?vle yon moun konnen|"
    r"orevwa (?:tout moun|tout)|di tout moun orevwa|padone m|padonnen m|okipe pitit mwen|let pou pitit mwen|"
    r"mesi pou tout(?: bagay| sa)?|di (?:manman m|manman mwen|pitit mwen yo|fanmi m) (?:m|mwen) renmen (?:l|li|yo)|"
    r"di manman (?:m|mwen) (?:\w+ )?(?:m|mwen) te eseye|okipe pitit (?:fi |gason )?(?:m|mwen)|di yon moun orevwa",
)
# Giving away what one owns, "I won't need it where I'm going": a warning sign on its own.
GIVING_AWAY = _words(
    r"regale (?:mi|mis) (?:ropa|cosas|zapatos|chamarra|cel|celular|tenis)|(?:el cel|mi cel|mis cosas) se (?:lo|las) dejo a|"
    r"ya no (?:lo|la|los|las) voy a necesitar|(?:a )?donde voy ya no (?:lo|los) necesito",
    r"gave (?:away )?my (?:shoes|jacket|clothes|things|stuff|phone)|won t need (?:them|it|these|my \w+)(?: anymore| where)|"
    r"won t be needing|where i m going",
    r"j ai donne mes (?:habits|affaires|chaussures|vetements)|j en aurai plus besoin|j aurai plus besoin|la ou je vais",
    r"(?:m|mwen) bay rad (?:m|mwen)|(?:m|mwen) pap bezwen (?:yo|li|randevou a) ank[oò]|kote (?:m|mwen) prale a",
)
ENDING = _words(
    # "Tonight i will finally rest for good", "j'ai décidé que je verrai pas demain".
    r"(?:finally )?rest for good|descansar para siempre|repoze pou tout bon",
    r"no (?:despertar|volver a despertar)|ya decidi|ya lo decidi|se acaba (?:esto|todo)|acabar con (?:todo|esto)|"
    r"ya no voy a estar|manana ya no (?:estoy|estare)|quiero desaparecer|esta noche (?:se acaba|termina|es)|"
    r"me voy a ir para siempre|no (?:le )?(?:encuentro|veo) (?:sentido|salida)|no puedo (?:mas )?con (?:esta|la) vida|"
    r"tengo (?:la|una|mi) (?:cuerda|soga|reata|mecate)(?: (?!para |pa )[a-z]+){0,4} (?:ya )?estoy list[oa](?! (?:para|pa) )|"
    r"(?:me voy a|voy a|quiero) (?:aventar|tirar|lanzar)(?:me)?|no creo (?:que )?(?:llegue|amanezca|este) (?:a )?manana|"
    r"(?:guardando|juntando|ahorrando|junte|guarde) (?:mis |las |unas )?(?:pastillas|pildoras|medicinas)|"
    r"(?:ya )?no van a saber (?:nada |mas )?de mi|se acaba todo|si alguien lee esto manana|el agua se ve (?:tranquila|calmada)",
    r"everything to stop|make it stop|end it|tonight is the night|won t be here|not be here|not be around|"
    r"(?:i have|i ve got|i got|got) (?:the|a|my) rope(?: (?!for )[a-z]+){0,4} i m ready(?! (?:for|to) )|"
    r"i ve decided|i made up my mind|it ll be over|i m done(?! with)|can t see a way out|see no way out|no way out|"
    r"can t (?:do|with|take) this life|can t go on|"
    r"(?:going to|gonna|want to) jump|don t think i ll (?:be here|be around|make it|wake up)|tonight (?:feels like|looks like|s) the night",
    r"(?:saving|saved|been saving|stocking|hoarding) (?:up )?(?:my |the )?(?:pills|meds|tablets)|"
    r"if someone reads this tomorrow|the water looks (?:calm|nice)",
    r"serai plus la|serai plus|en finir|tout arreter|disparaitre|ce soir c(?: est)? fini|j ai decide|c est la fin|"
    r"(?:moi )?je (?:ne )?peux plus(?: continuer)?(?= |$)|si (?:qqn|quelqu un) lit (?:ca|ceci) demain|l eau a l air (?:calme|bonne)|"
    r"j ai (?:la|une|ma) corde(?: (?!pour )[a-z]+){0,4} (?:je suis|chui|suis) prete?(?! (?:a|pour|de|d) )|"
    r"c est fini pour moi|je m en vais pour (?:de bon|toujours)|(?:je )?vois plus de sortie|je vais sauter|je veux sauter|(?:je )?(?:peux|peut) plus avec (?:cette|la) vie",
    r"(?:je )?(?:pense|crois) pas (?:etre|que je serai) (?:la|encore la) demain|(?:je garde|j ai garde|je mets de cote|j ai mis de cote) (?:mes |des )?(?:cachets|medicaments|pilules)",
    r"(?:m|mwen) gen (?:kod la|yon kod)(?: (?!pou )[a-z]+){0,4} (?:m|mwen) pare(?! pou )|"
    r"fini ak (?:sa|tout|lavi)|m p ap la (?:demen|ankò|anko)|m vle disparet|aswe a se (?:fini|denye)|m deside|"
    r"se fini pou (?:mwen|m)|(?:m|mwen) pa we okenn (?:soti|sòti)|(?:m|mwen) (?:pral|ap|vle) sote|lage ko (?:m|mwen)|"
    r"(?:m|mwen) pa (?:ka|kapab) ak lavi (?:sa a|sa)|(?:m|mwen) (?:ap sere|sere|te sere) (?:grenn|renmed)|"
    r"(?:m|mwen) pa kapab ank[oò]|si yon moun li sa demen",
)
MEANS = _words(
    r"pastillas|pildoras|medicinas|veneno|cuerda|soga|puente|azotea|techo|las vias|navaja|(?:ya )?tengo todo listo|"
    r"(?:me tomo|tomarme|me trago|tragarme) todo lo que tengo",
    r"pills|meds|tablets|poison|rope|bridge|roof|rooftop|train tracks|blade|bleach|(?:i )?have everything ready|"
    r"golden gate|(?:on|at) the (?:edge|ledge|railing)|"
    r"(?:taking|take|swallow|swallowing) everything i (?:have|got)",
    r"pilules|medicaments|cachets|comprimes|poison|corde|pont|toit|lame|j ai tout prepare|tout est pret|"
    r"(?:j avale|avaler|je prends|prendre) tout ce que j ai",
    r"grenn|renmed|pwazon|kod|pon|do kay|jilet|(?:m|mwen) gen tout bagay pare|vale tout sa (?:m|mwen) genyen",
)
BURDEN = _words(
    r"nadie (?:me va a|me|va a) (?:extranar|extrañar|notar|buscar)|nadie se va a dar cuenta|(?:estarian|estan) mejor sin mi|soy una carga|"
    r"(?:ya no voy a|no quiero) ser una carga",
    r"nobody (?:would|will) (?:notice|miss me|care)|no one (?:would|will) (?:notice|miss me|care)|better off without me|i m a burden",
    r"personne (?:viendra|va) me chercher|personne (?:remarquera|verra)|mieux sans moi|je suis un fardeau|"
    r"(?:plus )?etre un (?:poids|fardeau)",
    r"pesonn p ap (?:cheche|remake|sonje) m|yo ap pi byen san mwen|m se yon chay",
)
# A question about a hypothesis: "¿qué pasa si no pago?", "what happens if".
WHAT_IF = _words(
    r"que pasa si|que (?:hago|hacer|debo hacer|puedo hacer) si|que pasaria si|es cierto que",
    r"what (?:happens|would happen|do i do|should i do|can i do) if|what if|is it true",
    r"qu est ce qui se passe si|que faire si|qu est ce que je fais si|(?:je fais|on fait) quoi si|c est vrai que",
    r"sa k ap pase si|kisa pou (?:m|mwen) fe si|kisa (?:m|mwen) ka fe si|eske se vre",
    # Asked to be ready: "por si acaso", "just in case", "au cas où", "pou si ta".
    r"por si acaso|por si las dudas|just in case|in case it happens|au cas ou|pou si ta|pou si janm",
    # Whether a hospital, a school or the police may report someone: the law, asked.
    r"(?:ils|elles|on) (?:peuvent|peut|doivent|doit) me (?:signaler|denoncer|soigner)|"
    r"(?:me|nos) pueden (?:reportar|denunciar|entregar)|pueden (?:reportarme|denunciarme|entregarme)|"
    r"(?:can|could|will|do) they (?:report|call) (?:me|immigration|ice)|"
    r"(?:yo|li) (?:ka|kab|kapab) (?:rapote|denonse) (?:m|mwen)",
)

# Taken by force: "lo subieron a la fuerza", "mise de force dans une voiture", "pa fos".
BY_FORCE = _words(
    r"a la fuerza|por la fuerza|a jalones|a empujones",
    r"by force|forced (?:me|him|her|them|us) into|dragged (?:me|him|her|them|us)|pulled (?:me|him|her|them|us) into|"
    r"got (?:pulled|dragged|shoved|pushed|thrown) into",
    r"de force|par la force|traine\w* de force",
    r"pa fos|ak fos|fose (?:m|li|l|nou|yo) (?:monte|antre)",
)
TAKEN_INTO = _words(
    r"(?:subieron|subiendo|subio|metieron|metio|metiendo|llevaron|llevo|jalaron) (?:a )?(?:una |un |la |el |mi |su )?(?:camioneta|carro|coche|auto|troca|moto|taxi|van|cajuela)|"
    r"(?:me|lo|la|los|las|nos) (?:subieron|metieron|llevaron|subio|metio|llevo|estaban subiendo)",
    r"(?:into|in) (?:a|the|his|their) (?:\w+ )?(?:car|truck|van|suv|trunk)(?! (?:wash|line|seat|park))|took (?:me|him|her|them|us)|taken",
    r"(?:dans|en) (?:une|la|sa|leur) (?:voiture|camionnette|camion|fourgon|coffre)|(?:m|l|les|nous) (?:ont|a) (?:mise?|pris|emmene)\w*",
    r"(?:nan|anndan) (?:yon|machin|kamyon|kamyonet)|monte nan (?:yon )?(?:machin|kamyonet|kamyon)|(?:mete|pran) (?:m|li|l|nou|yo)",
)
# Left exposed on a crossing: no water, lost, left behind, in the desert, the bush, a river.
EXPOSED = _words(
    r"sin agua|no (?:tenemos|tengo|hay) agua|se nos acabo el agua|perdid[oa]s|nos perdimos|me perdi|nos separamos|me separe|"
    r"nos dejaron|nos dejo|nos abandon\w+|se fue el (?:guia|pollero|coyote)",
    r"no water|out of water|ran out of water|we re lost|got lost|got separated|lost the group|left (?:us|me) behind|"
    r"(?:guide|coyote|smuggler) (?:left|ran|took off)",
    r"plus d eau|pas d eau|on est perdus|on s est perdus?|(?:je me suis|nous nous sommes) perdue?s?|perdu le groupe|perdus|on nous a laisse\w*|(?:nous|m) (?:a|ont) abandonne\w*",
    r"pa gen dlo|(?:nou|m) pedi(?! (?:let|papye|telefon|kat|paspo|dokiman|lajan|kob|travay|valiz|sak))|pedi gwoup la|yo kite nou|yo abandone nou|gid la kite nou",
)
# Whoever led the crossing left and never came back: "dijo q iba a ver el camino y ya no
# regresó", "the guide said wait here and never came back", "gid la pa janm tounen".
GUIDE = _words(
    r"pollero|guia|coyote|pasador|el que nos (?:pasaba|cruzaba|llevaba)",
    r"guide|smuggler|the driver",
    r"passeur|le chauffeur",
    r"gid (?:la|a)|pase a|koyot(?: la| a)?|chofe a",
)
NEVER_BACK = _words(
    # Not back for a thing ("never came back for his jacket").
    r"(?:ya no|nunca|no) (?:regreso|volvio|ha regresado|ha vuelto|aparecio)(?! (?:por|a buscar|a recoger) )",
    r"(?:never (?:came back|returned|showed up|showed back up)|(?:didn t|didnt|hasn t|hasnt) (?:come back|came back|returned))(?! for )",
    r"(?:(?:jamais|pas|plus) (?:revenu|reapparu)|(?:n est|est) jamais revenu)(?! (?:chercher|prendre|pour) )",
    r"(?:pa janm|poko|pa) tounen(?! (?:chache|pran|pou) )",
)
WILD = _words(
    r"desierto|monte|el cerro|la sierra|la selva|el rio|el monte|la brecha|la montana|cruzamos|cruce|el muro",
    r"desert|the brush|the bush|mountains?|the river|woods|crossed|crossing|the wall|border",
    r"desert|brousse|montagne|la riviere|foret|traverse|frontiere",
    r"deze|dezè|mon|rivye|raje|forè|fore|travese|fwontye",
)
# A body in danger from heat, cold or what was swallowed: symptoms that together mean now.
SYMPTOMS = {
    "confused": _words(
        r"habla enredado|arrastra las palabras|habla (?:raro|extrano|cosas raras)|talking (?:weird|funny|strange)|parle (?:bizarre|bizarrement|bizar)|pale dwol|"
        r"dice cosas sin sentido|no sabe donde esta|confundid[oa]|desorientad[oa]|delira|no (?:me )?reconoce",
        r"confused|not making sense|talking nonsense|doesn t know where|does not know where|delirious|doesn t recognize",
        r"dit n importe quoi|confus|confuse|delire|me reconnait (?:pas|plus)|sait plus ou",
        r"di nenpot ki bagay|pa konnen kote (?:l|li) ye|pa rekonet (?:m|mwen)|ap depale",
    ),
    "vomiting": _words(r"vomit\w*|throwing up|threw up|vomi\w*|ap vomi|rann"),
    "diarrhea": _words(r"diarrea|diarrhea|diarrhoea|the runs|diarrhee|la courante|dyare"),
    "sleepy": _words(
        r"muy dormid[oa]|somnolient[oa]|muy aguadit[oa]|no tiene fuerzas",
        r"(?:really|very|so) sleepy|drowsy|lethargic|floppy|limp",
        r"tres endormi\w*|somnolent\w*|tout mou|toute molle|sans force",
        r"ap domi anpil|domi anpil|san fos|mou anpil",
    ),
    "burning": _words(
        r"todo rojo|toda roja|muy caliente|ardiendo|hirviendo",
        r"hot to the touch|burning up|skin is hot|really hot and",
        r"brulant|brulante|tout rouge|toute rouge",
        r"(?:ko l|ko li|li) cho anpil|wouj anpil",
    ),
    "breathing_fast": _words(
        r"respir(?:o|a|amos) (?:muy )?rapido|respira(?:ndo)? (?:muy )?(?:rapido|agitad[oa])",
        r"breathing (?:really |very )?(?:fast|hard|heavy)|breath smells (?:sweet|fruity)",
        r"respire (?:tres |trop )?vite|souffle (?:tres )?vite",
        r"(?:ap )?respire (?:vit|rapid)",
    ),
    "thirst": _words(
        r"(?:tengo|tiene) (?:mucha|muchisima) sed",
        r"(?:so|really|very|extremely) thirsty",
        r"(?:j ai|il a|elle a) (?:tres|trop) soif",
        r"(?:m|mwen|li) swaf anpil",
    ),
    "dry": _words(
        r"no suda|ya no suda|no (?:ha )?orinado|no orina|no ha hecho pipi|no hace pipi(?! en la cama)|no ha orinado|"
        r"panal seco|panales secos|no (?:ha )?mojado (?:el|su) panal|no quiere (?:tomar|beber) (?:nada|agua|leche|pecho|el pecho)",
        r"not sweating|stopped sweating|hasn t peed|hasn t urinated|no pee|no wet diapers?|dry diapers?|diapers? (?:is |are )?dry|"
        r"won t drink|wont drink|refuses to drink",
        r"transpire plus|ne transpire pas|pas fait pipi|pas urine|fait (?:plus|pas) (?:de )?pipi(?! au lit| dans)|urine plus|"
        r"couches? (?:est |sont )?seches?|veut (?:pas|plus|rien) boire",
        r"pa swe|pa pipi|kouchet (?:li )?sech|pa vle bwe",
    ),
    # The eyes (or a baby's soft spot) sunken: a child losing water, with the vomiting.
    "sunken": _words(
        r"ojos hundidos|ojitos hundidos|mollera hundida|tiene los ojos hundidos",
        r"sunken eyes|eyes (?:are |look )?sunken|soft spot (?:is |looks )?sunken",
        r"yeux (?:sont |tout )?(?:creuses?|enfonces?)|fontanelle (?:est )?creusee",
        r"je (?:l|li) fon|je (?:l|li) antre",
    ),
    "shaking": _words(
        r"no para de temblar|tiembla mucho|esta helad[oa]|congelad[oa]",
        r"can t stop shaking|won t stop shaking|shaking a lot|freezing",
        r"tremble sans arret|arrete pas de trembler|glace|glacee",
        r"ap tranble san rete|frèt anpil|fret anpil",
    ),
    "trembling": _words(
        r"(?:esta|sigue) temblando|tiembla",
        r"(?:is|keeps) (?:shaking|trembling)",
        r"(?:il|elle) tremble",
        r"(?:l|li) ap tranble",
    ),
    "sweating": _words(
        r"(?:esta|sigue) sudando|sudando frio|suda frio|suda mucho",
        r"(?:is|keeps) sweating|cold sweat",
        r"(?:il|elle) transpire|sueur froide|sueurs froides",
        r"(?:l|li) ap swe",
    ),
    "fainting": _words(
        r"se desmayo|se desmaya|no despierta|no reacciona|no responde|se puso bien mal",
        r"passed out|fainted|won t wake|not responding|unresponsive|collapsed",
        r"evanoui\w*|se reveille pas|repond plus|reagit plus|s est effondre\w*",
        r"endispoze|pa reveye|pa reponn|pa reyaji|tonbe san konesans",
    ),
}
EXPOSURE_CAUSE = _words(
    r"calor|el sol|caminamos|caminando|caminar|el frio",
    r"heat|the sun|walked|walking|the cold",
    r"chaleur|soleil|marche|froid",
    r"chale|soley|mache|fret",
    # Medicine the body needs, lacking: "sin insulina", "out of insulin", "plus d'insuline".
    r"(?:sin|no (?:tiene|tengo|hay|le dan|me dan|nos dan)|se (?:le|me) acabo la) (?:la |su |mi )?(?:insulina|medicina|medicamento|pastilla)",
    r"(?:no|out of|without|ran out of|no more) (?:his |her |my )?(?:insulin|meds|medication|medicine)",
    r"(?:plus d|pas d|sans|manque d) ?(?:insuline|medicament|traitement)",
    r"(?:pa gen|san|fini) (?:ensilin|renmed|medikaman)",
)
# Sex for someone else's gain, under control: clients sent, a debt to pay with the body.
SEX_FOR_OTHERS = _words(
    r"atender (?:a )?(?:los |sus )?clientes|ver clientes|(?:acostarme|acostarnos|estar) con (?:sus |los )?(?:amigos|clientes|hombres)",
    r"see clients|with clients|sleep with (?:his|their) (?:friends|clients|men)|clients (?:he|she|they) sends?",
    r"voir des clients|les clients|coucher avec (?:ses|des|les) (?:amis|clients|hommes)",
    r"fe kliyan|kliyan yo|kouche ak (?:zanmi|kliyan|gason)",
)
# Sex demanded of the writer as a price: a night with him, his room, "ou autre chose".
SEX_DEMANDED = _words(
    r"(?:quedarme|dormir|acostarme|pasar la noche|estar) con el(?: [a-z]+){0,2} (?:sola|a solas)|"
    r"(?:quiere|pide|dice) que (?:me acueste|duerma|pase la noche) con el|"
    r"dice (?:que|q) (?:tengo|debo) (?:que |q )?(?:dormir|acostarme) con el",
    r"(?:stay|sleep|spend the night) alone with him|(?:sleep|spend the night) with him|(?:in|to) his room alone",
    r"(?:rester|dormir|passer la nuit) seule avec lui|coucher avec lui|(?:dans|a) sa chambre seule|"
    r"dit (?:que|qu) (?:je dois|il faut que je|faut que je) dormir avec lui",
    r"(?:rete|domi|pase nwit) ak li pou kont mwen|kouche ak li|nan chanm li pou kont mwen|"
    r"di (?:fok|fo|fodre) (?:m|mwen) (?:domi|kouche) (?:ave|avek|ak) (?:l|li)",
    # A guard's "if I don't let him": sex as the price of not being punished in detention.
    r"si no me dejo(?! de)(?: hacer| tocar)?|if i don t do what he wants|"
    r"si je (?:ne )?me laisse pas faire|si (?:m|mwen) pa kite (?:l|li) fe",
)
# Paying "another way": a price in sex said as such, needing nothing else.
SEX_PAYMENT = _words(
    r"(?:pagar|pague) con (?:mi )?cuerpo|(?:pagar|pague|pagarle) o (?:con )?(?:otra cosa|de otra forma)",
    r"pay (?:with my body|another way|in other ways)|pay (?:him )?or something else",
    r"payer (?:avec mon corps|autrement|en nature)|payer ou (?:bien )?autre chose",
    r"peye ak ko (?:m|mwen)|peye oswa yon lot bagay",
)
# What makes it a price and not a wish: to cross, or else, he says I must.
SEX_PRICE = _words(
    r"para (?:pasar|cruzar|dejarme pasar|que me deje|que me lleve|seguir)|o si no|la deuda|lo que le debo|la renta",
    r"to (?:cross|pass|let me|take me)|or else|the debt|what i owe|for the rent|for rent",
    r"pour (?:passer|traverser|me laisser|m emmener)|sinon|la dette|ce que je dois|le loyer",
    r"pou (?:m )?(?:pase|travese)|sinon|det la|sa (?:m|mwen) dwe|lwaye a",
    # Punishment held over someone detained: the cell, solitary.
    r"al hoyo|aislamiento|celda de castigo|solitary|the hole|isolement|mitard|cachot|izolman|kacho",
)
CONTROL = _words(
    r"le debemos|les debemos|le debo|les debo|deuda|no nos dejan? salir|no me deja salir|nos quito|me quito los papeles|pasaporte",
    r"owe|debt|won t let (?:us|me) (?:leave|go|out)|took (?:our|my) (?:papers|passports?|phones?|ids?)|passports?",
    r"on (?:lui|leur) doit|je (?:lui|leur) dois|dette|laisse pas sortir|passeports?|pris nos",
    r"nou dwe|m dwe|det|pa kite (?:nou|m) soti|paspo",
)
# Kept papers or a debt, and violence: forced labour, whatever the tense of the blow.
KEPT = _words(
    r"(?:guarda|guardan|quito|quitaron|tiene|tienen|se quedo con|se quedaron con) (?:nuestros |nuestras |mis |los |las |mi |el |la )?(?:pasaportes?|papeles|documentos|identificacion(?:es)?|credenciales?|ines?)",
    r"(?:keeps?|kept|took|has|holds?|have) (?:our|my|the) (?:passports?|papers|ids?|documents)|passport .to keep it safe",
    r"(?:garde|gardent|a garde|ont garde|a pris|ont pris|prend) (?:nos|mes|mon|le|les) (?:passeports?|papiers)",
    r"(?:kenbe|pran) (?:paspo|papye) (?:m|mwen|nou)",
)
VIOLENCE = _words(
    r"golpe\w*|pega|pegan|pego|pegaron|cachetad\w*|bofetad\w*|cachete\w*|patad\w*|madrazos?",
    r"slap\w*|hit|hits|beat|beats|beaten|kick\w*|punch\w*",
    r"gifl\w*|frapp\w*|bat|battent|coups?",
    r"kalot|bat (?:m|mwen|nou|li|l)|kout pwen|kout pye|frape (?:m|mwen|nou)",
)
WORKING_FOR = _words(
    r"trabaj\w*|limpiar|cuidar (?:ninos|niños)|servicio|la señora|la senora|el señor|el senor|patron|patrona|dueño|dueno",
    r"job|work\w*|cleaning|clean for|nanny|babysit\w*|boss|employer|the woman|the lady|the man",
    r"travail\w*|boulot|garder des enfants|menage|la dame|le monsieur|patron|patronne",
    r"travay|gade timoun|menaj|madanm nan|met kay|patwon",
)
# "If I go back", "if they deport me": a danger at home (asylum), not a hold here.
IF_SENT_BACK = _words(
    r"si (?:regreso|regresamos|vuelvo|volvemos|me regresan|me deportan|nos deportan|nos regresan)",
    r"if (?:i|we) (?:go back|return)|if they (?:send|deport) (?:me|us)",
    r"si (?:je|on|nous) (?:rentre|rentrons|retourne|retournons)|si (?:ils|on) me (?:renvoie|renvoient|expulse|expulsent)",
    r"si (?:m|mwen|nou) (?:retounen|tounen)|si yo depote (?:m|mwen|nou)",
)
# Pregnant, with a danger sign: no movement, bleeding, terrible pain, the waters broke.
PREGNANT = _words(r"embarazada|pregnant|enceinte|ansent")
PREGNANCY_DANGER = _words(
    r"no (?:siento|se) (?:que se )?mueve?a? el bebe|ya no se mueve|dolor (?:horrible|muy fuerte|insoportable)|sangr\w*|se me rompio la fuente|rompi fuente",
    r"can t feel the baby|baby (?:stopped|isn t|is not) moving|(?:horrible|terrible|unbearable) pain|bleed\w*|water broke",
    r"sens plus le bebe|bebe (?:bouge|remue) plus|douleur (?:horrible|terrible|insupportable)|saign\w*|perdu les eaux",
    r"pa santi bebe|bebe a pa bouje|doule terib|senyen|dlo (?:m|mwen) kase",
)
# Bleeding out, shot: one sign is enough.
GRAVE = _words(
    r"me (?:estoy|esta) desangrando|se (?:esta )?desangra|le dispararon|le (?:dieron|metieron) un (?:balazo|tiro)",
    r"bleeding out|got shot|been shot|was shot|is shot",
    r"(?:me|se) vide de (?:mon|son) sang|on a tire sur|ils ont tire sur|il a pris une balle|elle a pris une balle",
    r"(?:m|li) ap pedi tout san|yo tire (?:sou )?(?:li|l|m|fre|se|pitit)|pran yon bal",
)
# Money demanded for someone held: with "nobody leaves", a kidnapping, whatever the deadline.
# A debt the writer is held for: "nadie se va hasta terminar la deuda".
DEBT = _words(
    r"la deuda|terminar de pagar|lo que (?:le |les )?debemos|lo que (?:le |les )?debo|(?:le|les) debemos",
    r"the debt|what (?:we|i) owe|pay (?:it )?off|we owe|i owe",
    r"la dette|ce qu (?:on|je|nous) (?:lui |leur )?(?:doit|dois|devons)|rembourser",
    r"det la|sa (?:nou|m|mwen) dwe",
)
# Whoever holds the debt over them: a boss, armed men, the smuggler.
DEBT_HOLDER = _words(
    r"patron|patrona|jefe|encargado|hombres|senor|pollero|coyote|enganchador|armad\w+",
    r"boss|men|the man|guards?|smuggler|coyote|armed",
    r"patron|chef|hommes|passeur|arme\w*",
    r"bos|patwon|neg yo|gad|zam|pase a",
)
DEMAND = _words(
    r"pid(?:e|en|iendo|ieron|io) (?:mas )?(?:dinero|\d+|mil|dolares|pesos|rescate)|cobr(?:an|ando) por (?:soltar|dejar)",
    r"ask(?:s|ing)? (?:for )?(?:more )?(?:money|\d+|dollars|ransom)|demand(?:s|ing)? (?:more )?money|want(?:s)? (?:more )?money",
    r"demand(?:e|ent|ant) (?:plus d |de l )?argent|veulent (?:plus d |de l )?argent|reclam\w+ (?:de l )?argent",
    r"(?:ap )?mande (?:plis )?(?:kob|lajan|\d+)",
)
# No answer from someone: the phone off, no reply since.
NO_CONTACT = _words(
    r"no contesta|no responde|no me contesta|cel apagado|celular apagado|telefono apagado|esta apagado|no sabemos nada",
    r"hasn t answered|isn t answering|not answering|doesn t answer|phone is off|phone off|no answer|haven t heard",
    r"repond plus|repond pas|telephone (?:est )?eteint|plus de nouvelles",
    r"pa reponn|telefon (?:li )?etenn|pa gen nouvel",
)
# Swallowed what was not for them, and the body reacts.
SWALLOWED = _words(
    r"se (?:tomo|trago|comio) (?:unas|las|muchas|varias)? ?(?:de )?(?:mis |sus |las )?(?:pastillas|pildoras|medicinas|cloro|veneno)|tomo (?:cloro|veneno)",
    r"(?:took|swallowed|ate|drank) (?:some|a lot of|a bunch of|many|the)? ?(?:of )?(?:my |his |her |the )?(?:\w+ s )?(?:blood pressure |heart |sleeping |diabetes )?(?:pills|meds|medicine|bleach|poison)",
    r"(?:a|ont) (?:pris|avale|bu|mange) (?:des|les|du|de la|ses|mes)? ?(?:cachets|medicaments|pilules|comprimes|javel|poison)",
    r"(?:bwe|vale|manje|pran) (?:kek|anpil|tout)? ?(?:grenn|renmed|klowoks|pwazon) (?:tansyon|grann|manman|papa)|(?:bwe|vale|manje) (?:kek|anpil|tout)? ?(?:grenn|renmed|klowoks|pwazon)",
)
DROWSY = _words(
    r"muy dormid[oa]|no (?:se )?despierta|somnolient[oa]|no reacciona|vomit\w*|no respira|(?:tiene )?mucho sueno|se (?:esta )?quedando dormid[oa]",
    r"(?:very|so|really|super) sleepy|drowsy|won t wake|not waking|throwing up|not breathing",
    r"tres endormi\w*|somnolent\w*|se reveille pas|vomit\w*|respire (?:plus|pas)|(?:il|elle) dort (?:bcp|beaucoup|tout le temps)",
    r"ap domi anpil|pa leve|pa reveye|ap vomi|pa respire",
)
# A child taken by someone (often a parent): "se llevó a mi hijo", "picked up our son".
TOOK_CHILD = _words(
    r"(?:se llevo|agarro|recogio|saco|se robo|se esta llevando) a (?:mi|mis|nuestr[oa]s?) (?:hij[oa]s?|nin[oa]s?|bebe|chamac[oa]|chiquit[oa])",
    r"(?:took|picked up|grabbed|snatched|is taking|has taken) (?:my|our) (?:son|daughter|kids?|child|children|baby|boy|girl)",
    r"(?:a pris|a emmene|a recupere|a enleve|emmene) (?:mon|ma|mes|notre|nos) (?:fils|fille|enfants?|bebe)",
    r"(?:pran|vin pran|ale ak|kidnape) (?:pitit|ti pitit|bebe) (?:mwen|m|nou)",
)
# Without the right to: no permission, no custody, across the border.
NO_RIGHT = _words(
    r"sin (?:mi )?permiso|sin avisar(?:me)?|no tiene (?:la )?custodia|(?:cruzar|cruzando|pasar|pasando) (?:la frontera|al otro lado)",
    r"without (?:my )?permission|w o (?:my )?permission|(?:has|have) no custody|doesn t have custody|across the border",
    r"sans (?:mon |ma )?(?:autorisation|permission|accord)|n a pas la garde|(?:passer|traverser) la frontiere",
    r"san (?:pemisyon|otorizasyon|pemi)|pa gen gad|(?:janbe|travese|pase) fwontye",
)
# A job promised by someone met by chance, and secrecy asked: the signs of recruitment.
PROMISED_JOB = _words(
    r"(?:le|me|les|nos) (?:prometio|prometieron|ofrecio|ofrecieron) (?:un )?(?:trabajo|chamba|empleo|jale)",
    r"(?:promised|offered) (?:her|him|me|them|us) (?:a )?(?:job|work)",
    r"(?:lui|m|leur|nous) (?:a|ont) (?:promis|propose) (?:un )?(?:travail|boulot|emploi|job)",
    r"(?:pwomet|ofri) (?:li|l|m|yo|nou) (?:yon )?(?:travay|djob)",
)
SECRECY = _words(
    r"no (?:le )?(?:diga|digas|decirle|cuente) (?:nada )?a nadie|(?:deje|dejar|deja) (?:su|tu|mi) (?:cel|celular|telefono)|sin (?:su )?celular",
    r"(?:not to|don t|do not|never) tell anyone|(?:leave|leaves|left) (?:her|his|my|your) phone|without (?:her|his) phone",
    r"(?:de )?(?:ne|rien) (?:le )?dire a personne|(?:laisser|laisse) (?:son|ton|mon) (?:telephone|portable|tel)",
    r"pa di pesonn|(?:kite|lage) telefon (?:li|l|ou|m)",
)


# A condition that is a purchase: "se muere si no le compro los tenis" is a child's tantrum.
BUY = _words(
    r"si no (?:le |les |me )?compr\w+",
    r"if i (?:don t|dont|do not) buy",
    r"si (?:je|j) (?:ne )?(?:lui |leur )?achete pas",
    r"si (?:m|mwen) pa achte",
)
# Carried off: shut in a car boot, a truck or a trailer, not knowing where.
CARRIED = _words(
    r"(?:en|dentro de) (?:una |la |un |el )?(?:cajuela|maletero|caja del trailer|trailer|troca|camion|camioneta)",
    r"in (?:a|the) (?:trunk|truck|van|trailer|car boot)",
    r"dans (?:un|une|le|la) (?:coffre|camion|camionnette|remorque)",
    r"nan (?:yon |kof )?(?:kamyon|machin|kof|trelè|trele)",
)
LOST_WHERE = _words(
    r"no se (?:a )?donde(?: (?:estoy|estamos|vamos|me llevan|nos llevan))?",
    r"(?:don t|dont|do not) know where(?: (?:i am|we are|they re taking (?:me|us)))?",
    r"(?:je )?(?:ne )?sais pas ou(?: (?:je suis|on est|on va|ils m emmenent))?",
    r"(?:m|mwen) pa konn(?:en)? kote(?: (?:m|nou) ye| y ap mennen (?:m|nou))?",
)
# "They found us", "ils sont là", "yo la", as the whole message: asked, with the lines.
# A cry for help beside "they're here" ("help pls they r here", "ed m tanpri yo la").
CRY = (
    r"(?:help|hlp|halp|ayuda|ayudame|ayudenme|auxilio|socorro|aidez moi|aide moi|au secours|ede m|ed m|ede mwen|anmwe|sekou)"
    r"(?: (?:me|please|pls|plz|por favor|porfa|svp|tanpri|souple))*"
)
ARRIVED = re.compile(
    r"^ (?:they found (?:us|me)|they re here|theyre here|they are here|ils sont la|ils nous ont trouves|"
    r"ils m ont trouve|yo la|yo jwenn (?:nou|mwen|m)|ya (?:nos|me) encontraron|ya (?:estan|llegaron) (?:aqui|aca)) $"
)
_HERE_NOW = (
    r"(?:they found (?:us|me)|they re here|they are here|theyre here|ils sont la|yo la|yo rive|"
    r"ya (?:nos|me) encontraron|ya (?:estan|llegaron)(?: (?:aqui|aca))?|estan aqui)"
)
CRIED_ARRIVED = re.compile(rf"^ (?:{CRY} )?{_HERE_NOW}(?: {CRY})? $")
# Young children left with nobody: "mis hijos de 4 y 6 están solos en la casa", "kids home
# alone", "seuls à la maison", "pou kont yo lakay".
CHILDREN_ALONE = _words(
    r"(?:estan|se quedaron|quedaron|siguen) sol(?:os|as|itos|itas)|sol(?:os|as|itos) en (?:la )?casa|no hay nadie con (?:ellos|ellas)",
    r"(?:are|r) (?:home )?alone|home alone|alone at home|by themselves|nobody is with them|no one is with them",
    r"(?:sont|restes?|restent) (?:tout )?seul(?:s|es)|seul(?:s|es) a la maison|personne avec eux",
    r"pou ?kont yo|san pesonn avek yo|pa gen moun avek yo",
)
# The children: "mis hijos", "our kids 3 and 5", "nos enfants de 2 et 5 ans", "timoun yo".
CHILDREN = _words(
    r"hij(?:os|as)|nin(?:os|as)|chamacos|bebes|kids|children|babies|enfants|petits|timoun|pitit (?:mwen|m|yo)",
    r"\d+ (?:y|and|n|et|ak) \d+(?: (?:anos|years|yrs|ans|an))?",
)
# Why nobody comes to them: the parent taken or held, or far away.
PARENT_KEPT_AWAY = _words(
    r"la migra|lamigra|migracion|el inm|se (?:la|lo|los) llev(?:o|aron)|(?:me|nos) (?:detuvieron|agarraron)|estoy (?:lejos|detenid[oa])",
    r"ice|immigration|took (?:me|my|our)|(?:i m|im|i am) (?:stuck|far|detained|locked up)|picked (?:me|my|our) \w+ up|arrested",
    r"la migration|l inm|(?:a|ont) pris (?:ma|mon|moi)|arrete\w*|(?:je suis|suis) (?:loin|detenu\w*|bloque\w*)",
    r"imigrasyon|migrasyon|pran (?:madanm|mari|mwen|manman|papa)|(?:m|mwen) lwen|arete",
)
# Someone posing as an officer: "un faux agent", "a fake border patrol guy", "dicen ser de migración".
FAKE_OFFICER = _words(
    r"(?:falso|falsos|supuesto|supuestos) (?:agente|agentes|policia|policias|migra|oficial)|(?:agente|agentes|policia|policias|migra) (?:falso|falsos|falsa)|dicen ser (?:de )?(?:la )?(?:migra|migracion|policia|agentes?)",
    r"fake (?:\w+ )?(?:agent|agents|officer|officers|cop|cops|border patrol|ice|immigration|police)(?: \w+)?",
    r"(?:faux|fausse|fausses) (?:agent|agents|policier|policiers|police|flic|flics)|se font passer pour (?:des )?(?:agents|policiers|la migration)",
    r"fo (?:ajan|polis|lapolis|imigrasyon)|(?:ajan|polis) fo",
)


# Thoughts of suicide in the past, told with treatment now ("i used to think about killing
# myself but im in therapy now"): only with a word of treatment (a term's `needs`)...
PAST_IDEATION_TREATED = (
    r"terapia|therapy|therapist|psy|psychologue|psicolog\w*|terapi|sikolog|counsel\w*|"
    r"psiquiatra|psychiatrist|psychiatre"
)
# ... and never with a sign that it is back (tonight, again, the means at hand, "better off
# without me"): a second read found "used to think about killing myself. now i have the gun in
# my hand" read as over (`rules._when`).
IDEATION_BACK = _words(
    r"tonight|ce soir|cette nuit|esta noche|hoy|today|aswe|jodi a|gun|pistola|arma|pastillas|pills|"
    r"pilules|cachets|cuerda|rope|corde|recommencer|again|otra vez|de nuevo|anko|encore|"
    r"mieux pour tout le monde|better off|mejor sin mi|mejor hacerlo|ya lo decidi|i decided|"
    r"j ai decide|m deside"
)
# Someone with power over the writer where they are held or kept: a guard, a keeper.
KEEPER = _words(
    r"custodi[oa]s?|guardias?|el encargado|el oficial|un oficial|el celador",
    r"guards?|officers?|the co|the man in charge",
    r"gardiens?|surveillants?|le garde|les gardes",
    r"gad (?:la|yo)|gadyen|sipevize",
)
# Who will come for the writer tonight: "esta noche va a venir por mí", "tonight he's taking me
# to the back room", "keeps coming to my bunk at night".
NIGHT_VISIT = _words(
    r"(?:esta noche|en la noche|en la madrugada) (?:\w+ ){0,2}(?:va a venir|viene|vendra) por (?:mi|nosotras)|"
    r"(?:va a venir|viene|vendra) por (?:mi|nosotras) (?:\w+ ){0,2}(?:esta noche|en la noche)|"
    r"(?:me|nos) va a (?:llevar|sacar) (?:\w+ ){0,3}(?:esta noche|en la noche)|(?:esta noche|en la noche) me va a (?:llevar|sacar)",
    r"(?:tonight|at night) (?:he s|hes|he is|he will|he ll|they re|they will|they ll) (?:taking|take|coming for|come for|coming to get|come get) (?:me|us)|"
    r"(?:he s|hes|he is|he will|he ll|they re|they will|they ll) (?:taking|take|coming for|come for|coming to get|come get) (?:me|us) "
    r"(?:\w+ ){0,4}(?:tonight|at night)|keeps coming to my (?:bunk|bed|cell|room|cot)",
    r"(?:cette nuit|ce soir) (?:il|ils) (?:va|vont|viendra|viendront|vient|viennent) (?:venir )?me chercher|"
    r"(?:il|ils) (?:va|vont|viendra|viendront) (?:venir )?me chercher (?:cette nuit|ce soir)",
    r"(?:aswe a|aswe|lannwit la) (?:l|li|yo) (?:ap|pral|va) vin chache (?:m|mwen)|(?:l|li|yo) (?:ap|pral|va) vin chache (?:m|mwen) (?:aswe|lannwit)",
)
# A move by the authorities, not a visit: "tonight they take us to the airport".
TRANSFER = _words(
    r"aeropuerto|vuelo|deportar\w*|deportacion|traslad\w*|otra estacion|albergue|autobus|central|terminal|hospital",
    r"airport|flight|deport\w*|transfer\w*|another facility|shelter|bus station|bus|hospital",
    r"aeroport|avion|expuls\w*|transfer\w*|foyer|refuge|gare|hopital",
    r"ayewopo|avyon|depote|transfere|abri|estasyon|lopital",
)
# A diabetic, for the signs of a sugar crisis (shaking, sweating, confusion).
DIABETIC = _words(r"diabetic[oa]s?|diabetic|diabetique|dyabetik|gen sik|gen dyabet")
# Signs that are old or habitual, or a confusion about papers: no crisis now.
NOT_A_CRISIS = _words(
    r"a veces|siempre|desde hace (?:anos|meses)|sometimes|always|for years|parfois|toujours|depuis des annees",
    r"(?:confundid[oa]|confused|confus|confuse) (?:con|with|about|avec|sur) (?:los |las |the |les )?"
    r"(?:papeles|papers|paperwork|tramites?|forms?|plan|papiers|dossier)",
)

# Rabies: a bite (not a dog that only barks), fear of water, and a fever or a fit.
BITTEN = _words(
    r"mordio|mordida|mordido|(?:got|was|been) bit|bit (?:him|her|me|my|us)|bitten|dog bite|bat bite",
    r"a mordu|morsure|(?:chen|chat|chovsouri) (?:an |a )?mode",
)
FEARS_WATER = _words(
    r"miedo al agua|miedo (?:de|a) (?:tragar|beber|tomar agua)|no puede (?:tomar|beber|tragar) agua|"
    r"(?:scared|afraid|terrified) of (?:the )?water|(?:can t|cant|cannot) (?:drink|swallow) water|(?:scared|afraid) when (?:he|she) sees? the (?:cup|glass|water)|"
    r"peur de (?:l )?eau|peur de leau|(?:peut|arrive) (?:pas|plus) (?:a )?boire d eau|peur quand (?:il|elle) voit (?:le verre|l eau)|"
    r"pe dlo|pa ka bwe dlo",
)
RABIES_SIGN = _words(
    r"fiebre|calentura|convuls\w*|babea\w*|fever|seizure\w*|drool\w*|spits? a lot|fievre|convulsion\w*|bave|lafyev|fyev|kriz|kim",
)
# A fit beside eyes rolled back ("se le voltearon los ojos y tiembla"): not an eye-roll at the
# dishes, nor a fish's white eyes.
SEIZING = (
    r"convuls\w*|tiembla\w*|temblando|fiebre|calentura|no responde|no reacciona|desmay\w*|"
    r"shaking|seizure\w*|seizing|fever|trembl\w*|unresponsive|passed out|"
    r"tremble\w*|fievre|convulsion\w*|ne repond|evanoui\w*|"
    r"tranble|lafyev|fyev|kriz|pa reponn|endispoze"
)
# Not rabies: a fear of water since always or of the pool, a bite on a shoe or a toy.
NOT_RABIES = _words(
    r"desde (?:chiquit[oa]|pequen[oa]|siempre|bebe)|natacion|alberca|piscina|mordio (?:el|la|mi|su) (?:zapato|pelota|juguete|chancla)",
    r"since (?:he|she|i) was (?:little|small|a baby)|always been|pool|swimming|bit my (?:shoe|toy|ball|slipper)",
    r"depuis (?:toujours|petit|petite|bebe)|piscine|mordu (?:ma|mon) (?:chaussure|jouet|balle)",
    r"lanme|pisin|mode soulye|depi (?:li|l) piti",
)
# Someone who holds the writer at work: a worry about the law told beside them is still a hold.
BOSS = _words(
    r"patron|patrona|jefe|jefa|encargado|capataz|mayordomo|contratista|boss|foreman|manager|supervisor|employer",
    r"patronne|chef|contremaitre|employeur|patwon|bos|chef la",
)
# Someone who keeps turning up where the writer is: comes back again and again, waits outside,
# drives past, found the new address, still has the keys, follows or tracks the writer ("no deja
# de venir", "sacó copia de las llaves", "he keeps coming by", "il rôde", "li toujou gen kle").
# What an ex who is not done does; a visit set by a court ("viene cada sábado por los niños")
# is not this.
STALKED = _words(
    r"no (?:deja|dejaba|para) de (?:venir|aparecerse|aparecer|buscarme|seguirme|rondar|pasar)|"
    r"sigue (?:viniendo|apareciendo|rondando|buscandome|siguiendome|pasando por)(?! (?:cada|a ver|a comer|a visitar|los domingos|los sabados|(?:x|por) (?:los|mis|sus) (?:ninos|hijos|nenes)))|"
    r"(?:se )?volvio a (?:aparecer|venir|estar afuera|pasar por|rondar)|se aparecio (?:otra vez |de nuevo )?en (?:mi|la|el) \w+|"
    r"(?:anda|esta|sigue) rondando|ronda (?:la|mi) (?:casa|cuadra|calle|trabajo)|"
    r"me (?:espera|esperaba|sigue|siguio|persigue|vigila|anda siguiendo|esta vigilando|esta siguiendo) (?:afuera|a la salida|en la esquina|todos los dias|hasta)|"
    r"(?:ya )?(?:encontro|supo|descubrio|dio con) (?:mi|donde) (?:nueva )?(?:direccion|casa|cuarto|departamento|depa|vivo|estoy|me estoy quedando|nos estamos quedando)|ya me encontro|"
    r"su (?:carro|camioneta|troca|coche|moto) (?:esta|sigue) (?:estacionad[oa]|parad[oa]) (?:enfrente|afuera|en la esquina)|"
    r"(?:paso|pasa|ha pasado|pasando) (?:\w+ )?(?:veces )?(?:(?:en|con) su (?:carro|camioneta|troca|coche|moto) )?(?:por|frente a|enfrente de) (?:mi|la) casa|"
    r"(?:me|nos) (?:rastrea|tiene rastread[oa]|esta rastreando)|rastreo mi (?:cel|celular|telefono)|"
    r"(?:llamar|llama|llamarme|marcar|marcarme|marca|llamando|marcando) (?:me )?(?:de|desde) (?:otros|diferentes|varios) numeros",
    r"keeps? (?:coming|showing up|turning up|popping up|driving by|driving past|following me|waiting|wating|waitin|hanging around|texting me|calling me|messaging me)|"
    r"(?:truck|car|van) (?:\w+ ){0,2}parked (?:in front|outside|across)|"
    r"(?:calling|texting|calls|texts|call|text) (?:me )?from (?:different|other|new|unknown) numbers|found me (?:thru|through|at|again)|"
    r"(?:showed|shows|showing) up (?:at (?:my|our|the) (?:job|work|house|home|place|apartment|door|shelter|school|kids school)|again|outside)|(?:was|is|sits|sitting|waits|waiting|parked) (?:outside|across the street)(?: again)?|"
    r"(?:drove|driven|drives|driving) (?:past|by) (?:my|our|the) (?:house|place|apartment|job|work)|"
    r"found (?:me|us) again|found my new (?:address|place|apartment)|(?:he|she) found (?:me|us) (?:again|at)|"
    r"(?:tracking|tracks|tracked) (?:my|me|our) (?:phone|location)?|(?:following|followed|follows) me (?:home|to work|everywhere|again)",
    r"(?:n )?(?:arrete|arete|arret) (?:pas|pa) de (?:venir|passer|me suivre|rôder|roder)|(?:il|elle) (?:rode|rôde)|(?:rode|rôde) autour|"
    r"tourne (?:encore )?autour (?:de la maison|de chez moi|de mon \w+|du refuge|du foyer|de l ecole|de mon travail)|"
    r"(?:vient|venait|revient|est revenu) devant (?:le portail|chez moi|la maison|la porte|mon travail)|"
    r"(?:est )?passe (?:\w+ )?(?:fois )?devant chez moi|"
    r"a (?:trouve|retrouve) (?:ma nouvelle adresse|mon adresse|ou j habite)|"
    r"sa voiture est garee (?:en face|devant)|m attend (?:devant|a la sortie|dehors|en bas)|me (?:suit|suivait) (?:partout|jusqu)|"
    r"(?:appeler|appelle|m appeler|m appelle) (?:avec|depuis|de) (?:d autres|differents|plusieurs) numeros",
    r"ap sikile (?:bo|bò|kote|toupre) (?:lakay|lekol|lekòl|travay|abri)|vire (?:bo|bò) lakay|"
    r"(?:pa janm|pa) sispann? (?:vini|vin|pase)|toujou ap vini|jwenn nouvo adres|jwenn adres (?:mwen|m)|"
    r"machin (?:li|l) kanpe (?:anfas|devan)|(?:li|l) kanpe (?:nan kwen|devan|anfas)|(?:ap )?swiv (?:mwen|m) (?:toupatou|lakay|travay)|"
    r"rele (?:m|mwen) (?:ak|sou) (?:lot|plizye|lòt) nimewo",
)
# Calm beside someone who comes: a visit set by a court, politeness, only messages of no harm.
SETTLED_VISIT = _words(
    r"arreglado por (?:la corte|el juez)|por orden del juez|muy educado|todo bien|se porta bien|"
    r"set by the court|court ordered|(?:he s|hes|she s|shes) (?:fine|very polite|polite)|very polite|"
    r"fixe par le juge|decide par le juge|tres poli|"
    r"tribinal (?:la )?deside|jij la deside|byen poli|sa fe m kontan|m kontan|telefon li pedi|telefon li kase",
    r"(?:se le )?(?:perdio|rompio|descompuso) su (?:cel|celular|telefono)|me da gusto|because (?:his|her) phone (?:broke|died|got lost|is broken)|makes me happy|"
    r"son telephone (?:est )?(?:casse|perdu)|ca me fait plaisir",
)
# Blows told as a habit of the past: "me pegaba", "he used to beat me", "il me frappait".
USED_TO_HIT = _words(
    r"(?:me|nos|la) (?:pegaba|pegaban|golpeaba|golpeaban|maltrataba|madreaba)",
    r"used to (?:hit|beat|slap|punch|choke|hurt) (?:me|us|her)|(?:was|got) (?:abusive|violent)",
    r"(?:me|m|nous) (?:frappait|battait|tapait|giflait)|(?:m|nous) a (?:frappee?s?|battue?s?|tapee?s?)",
    r"te konn (?:bat|frape) (?:m|mwen|nou)|te (?:bat|frape) (?:m|mwen|nou)",
    # Sexual abuse by the one who comes: "el que abusó de mí", "who molested me".
    r"abuso de mi|(?:me|nos) abusaba|(?:abused|molested|raped) me|(?:m a|m avait) (?:abusee?|violee?)|a abuse de moi|(?:te )?(?:abize|kadejak) (?:m|mwen)",
)
# Said of taking the writer back or away: "por las buenas o por las malas", "one way or another".
ONE_WAY_OR_ANOTHER = _words(
    r"por las buenas o por las malas|a la fuerza|quieras o no",
    r"one way or another|whether (?:i|you) like it or not|by force",
    r"de gre ou de force|que tu le veuilles ou non|de force",
    r"kit ou kit|vle pa vle|pa fos",
    # "si no eres mía no eres de nadie", "if he can't have me nobody will"
    r"si no (?:eres|soy|es) (?:mia|suya|para (?:mi|el)) no (?:eres|soy|es|seras|sere) (?:de|para) nadie",
    r"if (?:he|i|she) (?:can t|cant|cannot) have (?:me|you|her|him) (?:nobody|no one|noone)",
    r"si (?:je|tu|elle) (?:ne )?(?:suis|es|est) pas a (?:lui|moi) (?:je|tu|elle) (?:ne )?(?:serai|seras|sera) a personne",
    r"si (?:ou|m|mwen|li) pa pou (?:mwen|m|li) (?:ou|m|mwen|li) p ap pou pesonn",
)
# Hit again by whoever the writer lives with: "me volvió a pegar", "he hit me again".
HIT_AGAIN = _words(
    r"(?:me|nos) volvio a (?:pegar|golpear|cachetear|madrear)|volvio a pegarme|otra vez me (?:pego|golpeo)",
    r"(?:hit|beat|slapped|punched|choked) (?:me|us) again",
    r"(?:m a|m as) (?:encore|de nouveau|a nouveau) (?:frappee?|battue?|giflee?)|(?:a|il a) recommence a me (?:frapper|battre)",
    r"(?:bat|frape) (?:m|mwen) anko|(?:bat|frape) (?:m|mwen) ankò",
)
# The writer wants out of where they live with it: "necesito salir de aquí", "i need to get out".
NEED_OUT = _words(
    r"(?:necesito|tengo que|quiero|ocupo) (?:salir|irme|escapar\w*) de (?:aqui|esta casa|aca)|sacame de aqui|(?:ayudame|ayudeme|ayudenme) a salir",
    r"(?:need|have|got) to (?:get out|leave|escape)(?: of here| of this house| from him| from her)?|help me (?:get out|leave|escape)",
    r"(?:je dois|il faut que je|faut que je) (?:partir|sortir|m enfuir)(?: d ici| de cette maison)?|aidez moi a (?:partir|sortir)",
    r"(?:m|mwen) bezwen (?:soti|kite|chape)(?: la a| kay la| isit)?|fok (?:m|mwen) (?:soti|kite|chape)|ede m (?:soti|kite|chape)",
)
# Keys kept by someone the writer left: a danger only with a sign they came in, or a threat.
HAS_KEYS = _words(
    r"(?:todavia|aun|sigue teniendo) (?:tiene )?(?:las |una |mis )?llaves?|(?:saco|tiene|hizo|mando hacer) (?:una )?copias? de (?:las|la|mis) llaves?",
    r"still (?:has|got) (?:a|the|my) keys?|(?:made|has|got) (?:a )?cop(?:y|ies) of (?:my|the) keys?",
    r"(?:il|elle) a (?:encore|toujours) (?:les|des|mes) cles|(?:il|elle) a (?:fait )?(?:un|des) doubles? (?:des|de mes) cles",
    r"(?:li|l) toujou gen kle|(?:li|l) (?:te )?fe kopi kle",
)
# Signs that someone came in: a door found open, things moved, "he comes in when I'm at work".
CAME_IN = _words(
    r"puerta abierta|cosas movidas|movieron mis cosas|(?:entra|entro|se mete|se metio) (?:a la casa|cuando|mientras)",
    r"door (?:was )?open|(?:things|stuff) (?:were )?moved|(?:comes|came|gets|got) in (?:when|while)|let (?:himself|herself) in",
    r"porte (?:etait )?ouverte|affaires (?:etaient )?deplacees|(?:il|elle) (?:rentre|entre|est entre\w*) (?:quand|pendant|chez moi)",
    r"pot la (?:te )?louvri|bagay (?:mwen|m) yo deplase|(?:l|li) antre (?:le|lè|pandan|lakay)",
)
# Whoever keeps coming is the landlord, the police or a caseworker: not this.
NOT_A_STALKER = _words(
    r"casero|casera|dueno (?:de la casa|del cuarto|del depa)|la policia|los policias|trabajadora social|abogad[oa]|el cartero",
    r"landlord|the police|the cops|investigator|detective|social worker|caseworker|case worker|mailman|his mail",
    r"proprio|proprietaire|la police|les policiers|assistante sociale|avocat|le facteur|du garage",
    r"met kay(?: la)?|lapolis|polis la|asistan sosyal|avoka",
)
# Whoever comes is a friend, a relative who is not a partner, a pet, a customer or a parcel, or
# the writer is glad of it: "mi compa no deja de venir a ver el futbol", "my sister found my new
# address and she's coming over with pizza!!", "el gato del vecino sigue viniendo".
FRIENDLY_COMER = _words(
    r"mi (?:compa|amig[oa]|herman[oa]|prim[oa]|ti[oa]|sobrin[oa]|abuel[oa]|comadre|compadre|vecin[oa])|"
    r"(?:el|la|un|una) (?:gato|gata|gatito|perro|perrito|perra|clienta|cliente|repartidor)|que emocion|me cae bien|(?:a )?ver el futbol|a visitarme",
    r"my (?:buddy|friend|homie|bro|sister|brother|cousin|aunt|uncle|grandma|grandpa|neighbor s (?:cat|dog))|"
    r"(?:the|a) (?:cat|dog|kitten|puppy|customer|delivery guy|delivery man|mailman|package)|to watch (?:football|the game|soccer)|with pizza",
    r"mon (?:pote|ami|frere|cousin|oncle|petit frere|grand frere)|ma (?:copine d enfance|soeur|cousine|tante|pote|grand mere)|"
    r"(?:le|un|une|la) (?:chat|chien|client|cliente|livreur|colis)|regarder le foot",
    r"zanmi (?:m|mwen)|(?:fre|frè|se|sè|kouzen|kouzin|matant|tonton) (?:m|mwen)|(?:chat|chen) (?:la|vwazen)|kliyan|gade foutbol|gade foutbòl",
)
# Now, today, tonight: narrower than "still" (cues.NOW), which a landlord's visits also have.
RIGHT_NOW = _words(
    r"ahora|ahorita|ahora mismo|en este momento|hoy|esta noche|anoche",
    r"right now|rn|now|tonight|today|last night",
    r"maintenant|en ce moment|ce soir|aujourd hui|hier soir|cette nuit",
    r"kounye a|konnya|aswe a|jodi a|yè swa|ye swa",
)
