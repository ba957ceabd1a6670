"""Which follow-up a question asks, from its question words: "¿dónde saco la CURP?" asks where.

The topic classifier names a follow-up kind (cost, requirements, where, duration...) when it is
sure; when it is not, a question about a named topic still says plainly what it wants to know
with a few words per language ("dónde", "where can I", "ki kote"; "cuánto cuesta", "how much";
"qué papeles", "what do I need"; "cuánto tarda", "how long does it take"). They are read here on
the text without accents or capitals and with its punctuation (a clause starts after it),
only for a message that names its topic (`decide`),
so "¿dónde hay un albergue?" after the CURP is still a search for a shelter.

French "où" loses its accent when folded and becomes "ou" (or): it counts with its accent, or
at the start of a clause before a verb ("ou je peux demander l'asile"), never in the middle of
"c'est gratuit ou est-ce que je dois payer".
"""

from __future__ import annotations

import re
import unicodedata

# Phone spellings that the patterns below read in their written form.
_SHORT = {
    "q": "que",
    "k": "que",
    "ke": "que",
    "qe": "que",
    "x": "por",
    "pa": "para",
    "dnd": "donde",
    "cb": "combien",
    "cmb": "combien",
    "cbn": "combien",
    "koi": "quoi",
    "c": "c est",
    "u": "you",
    "docs": "documents",
    "appt": "appointment",
    "kot": "kote",
    "kikote": "ki kote",
    "konbe": "konbyen",
    "konben": "konbyen",
    "kombyen": "konbyen",
    "bzwen": "bezwen",
    "mw": "mwen",
    "fo": "fok",
    "oubyen": "oswa",
    "kiss": "kisa",
    "kisa": "kisa",
}
# "Donde" that describes a place rather than asks for one: "el albergue donde estoy".
_WHERE_NOT = r"(?!estoy|vivo|vivimos|estamos|trabajo|trabajamos|me quedo|nos quedamos|duermo)"
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        # Whether it can be done without one's name: the page that says so answers (no topic
        # has a written follow-up for it; `bot.nlg.topics.KIND_CUES` finds the page).
        "anonymity",
        re.compile(
            r"\bes anonim[oa]\b|\banonimamente\b|\bsin (?:dar|decir) (?:mi|el) nombre\b"
            r"|\b(?:sepan|sabran|se enteren|se van a enterar) (?:que|q) (?:fui|soy) yo\b"
            r"|\banonymous\w*\b|\bwithout (?:giving|saying) my name\b"
            r"|\bwill they know (?:it was|its|it s) me\b|\bdo i have to give my name\b"
            r"|\banonyme\w*\b|\bsans (?:donner|dire) (?:mon|de) nom\b"
            r"|\bils (?:sauront|vont savoir) que c (?:est|etait) moi\b"
            r"|\banonim\b|\bsan (?:bay|di) non (?:m|mwen)\b"
            r"|\byo (?:pap|p ap|pa p) konnen se (?:mwen|m)\b"
            # Third round of journeys: "y tengo q dar mi nombre?", "i dont want them to know i
            # reported", "m pa vle yo konnen se mwen ki denonse".
            r"|\b(?:tengo|tenemos|hay) (?:que|q) (?:dar|decir) (?:mi|nuestro|el) nombre\b"
            r"|\bno quiero (?:que|q) (?:sepan|se enteren) (?:que|q) (?:fui|soy) yo\b"
            r"|\b(?:don t|dont|do not) want (?:them|anyone|him|her|nobody) (?:to )?know "
            r"(?:i|it was me|it s me|its me|who)\b"
            r"|\b(?:je dois|faut il|il faut) (?:donner|dire) (?:mon|mon vrai) nom\b"
            r"|\bje (?:ne )?veux pas qu (?:ils|on) sache\w* que c (?:est |etait )+moi\b"
            r"|\b(?:m|mwen) (?:pa|para) vle (?:yo|pesonn|li) konnen se (?:mwen|m)\b"
            r"|\bfok (?:m|mwen) bay non (?:m|mwen)\b"
        ),
    ),
    (
        # What happens if the person does something (leaves, misses a sign-in, gets a second
        # no): the page that says it ("y si me voy sin avisar q pasa" after the asylum steps,
        # "et si je pars sans prévenir", "e si m ale san m pa di yo anyen", "y si tambien sale
        # negativo ahi se acaba?" after the appeal).
        "consequence",
        re.compile(
            r"\by si (?:me voy|nos vamos|no voy|no vamos|no firmo|falto|me salgo|me cambio"
            r"|me mudo|me regreso|regreso|salgo|dejo de|tambien sale|sale|me sale|otra vez)\b"
            r"|\bahi se acaba\b|\bse acaba (?:todo|ahi)\b"
            r"|\bwhat (?:happens |if )(?:if )?(?:i|we) (?:leave|go|miss|don t|dont|do not|move"
            r"|travel|get)\b|\band if (?:i|we) (?:leave|go|miss|move|travel)\b"
            r"|\bif (?:it|they) (?:say|says) no again\b|\bis that the end\b"
            r"|\bet si (?:je|on|nous) (?:pars|part|partons|quitte|manque|rate|bouge|demenage"
            r"|voyage|rentre|retourne|vais)\b|\bet si (?:c est|ils disent) (?:encore )?non\b"
            r"|\be si (?:m|mwen|nou) (?:ale|pati|kite|rate|deplase|tounen|vwayaje|pa ale)\b"
            r"|\bsi (?:m|mwen|nou) tounen (?:ann|an|nan) \w+\b"
        ),
    ),
    (
        # Someone who does not speak or read Spanish, or whether a service speaks a language:
        # the page on interpreters answers ("li pa pale panyol" after a detention, "yo pale
        # kreyol?" after the US hotline, "they want him to sign papers in spanish he cant read").
        "interpreter",
        re.compile(
            r"\b(?:interpret\w*|traductor(?:a|es)?|traducteurs?|traductrices?|translators?"
            r"|enteprete|entepret|tradikte)\b"
            r"|\bno (?:habla|entiende|lee|sabe leer|sabe) (?:bien )?(?:el )?espanol\b"
            r"|\bpapeles en espanol\b|\b(?:hablan|habla alguien|hay quien hable) (?:creole"
            r"|kreyol|frances|ingles|portugues)\b"
            r"|\b(?:doesn t|doesnt|(?:they|he|she) (?:don t|dont)|can t|cant|cannot)"
            r" (?:speak|read|understand)"
            r" (?:spanish|english)\b|\bin spanish (?:he|she|they|i) (?:can t|cant|cannot|don t"
            r"|dont|doesn t|doesnt)\b|\bdo they (?:speak|have someone who speaks)\b"
            r"|\b(?:parle|comprend|lit|parlent|comprennent) pas (?:l )?espagnol\b"
            r"|\bils parlent (?:creole|francais|anglais)\b|\ben espagnol (?:qu )?(?:il|elle)"
            r" (?:ne )?(?:comprend|lit|sait)\b"
            r"|(?<!\bm )(?<!\bmwen )\bpa(?:ra)? (?:pale|konprann|li) panyol\b"
            r"|\byo pale (?:kreyol|franse|angle)\b"
            r"|\bgen moun ki pale (?:kreyol|franse)\b"
        ),
    ),
    (
        # What comes after what was just said: the next page of the topic being read ("y dsps d
        # eso q pasa" after the CURP's validity, "et après ?", "epi apre?", "and then what").
        "next",
        re.compile(
            r"^ *(?:y|e|and|et|epi)? *(?:despues|dsps|luego|apres|apre|then|after that|ensuite)"
            r"(?: de eso| d eso| sa| ca| that)? *(?:que|q|quoi|what|kisa|koi)?"
            r" *(?:pasa|sigue|hago|happens|se passe|k ap pase|ki pase)? *[?!.]* *$"
            r"|\b(?:que|q) (?:pasa|sigue) (?:despues|dsps|luego)\b|\bsiguiente paso\b"
            r"|\bwhat happens (?:next|after|then)\b|\bwhat s next\b|\bwhats next\b"
            r"|\bwhat comes (?:next|after)\b|\bnext step\b|\bthen what\b"
            r"|\bqu est ce qui se passe (?:apres|ensuite)\b|\bprochaine etape\b|\bet la suite\b"
            r"|\bkisa (?:k|ki) (?:ap )?(?:pase|vini?) apre\b|\bpwochen etap\b|\bapre sa kisa\b"
        ),
    ),
    (
        # When it is open: the page that gives its hours answers ("is it open at nite?" after
        # the consulates' line, "atienden en la noche?", "c est ouvert le dimanche?").
        "hours",
        re.compile(
            r"\b(?:esta|estan|abre|abren|atiende|atienden|contestan|contesta) (?:abiert[oa]s? )?"
            r"(?:en la noche|de noche|los fines|el fin de semana|el domingo|el sabado|las 24"
            r"|todo el dia|a que hora)\b|\bhorarios?\b|\ba que hora (?:abren|cierran|atienden)\b"
            r"|\b(?:es|son|is it|are they|c est|est ce|se) 24 ?(?:horas|hours|hrs|h|e|edtan)\b"
            r"|\b24 ?/ ?7\b"
            # At this hour of the night: "it is 2 am now will someone answer?", "a las 3 de la
            # mañana contestan?", "a 2h du matin quelqu'un repond?".
            r"|\b(?:will|does|would) (?:someone|anyone|somebody) (?:answer|pick up|reply)\b"
            r"|\b(?:contesta|contestan|atiende|atienden) (?:alguien )?"
            r"(?:a esta hora|ahorita|de madrugada)\b"
            r"|\b(?:quelqu un|qqn|quelqun) (?:va )?repond\w*\b|\bgen moun (?:ki )?(?:ap )?reponn\b"
            r"|\ba (?:que|q) hora (?:puedo|se puede|les puedo|le puedo|podemos) "
            r"(?:marcar|llamar|hablar)\b"
            r"|\bwhat time (?:can|should) (?:i|we) call\b|\ba ki le (?:m|mwen|nou) ka rele\b"
            r"|\bopen (?:at (?:night|nite)|on (?:weekends?|sundays?|saturdays?)|late|all night"
            r"|24|today|now|right now)\b|\bwhat time do they (?:open|close)\b|\bopening hours\b"
            r"|\b(?:c est |est ce |il est |ils sont )?ouverts? (?:la nuit|le soir|le week end"
            r"|le dimanche|le samedi|tout le temps)\b|\bhoraires?\b|\ba quelle heure\b"
            r"|\b(?:louvri|ouve|ouvri) (?:lannwit|nan wikenn|dimanch|samdi)\b"
            r"|\bki le yo (?:louvri|ouvri)\b"
        ),
    ),
    (
        # What it is for: the topic's first page says it ("whats it even for" after the CURP).
        "purpose",
        re.compile(
            r"\b(?:para|pa|pra) (?:que|q) (?:sirve|me sirve|es|la quiero|lo quiero)\b"
            r"|\bwhat s it (?:even )?for\b|\bwhats it (?:even )?for\b"
            r"|\bwhat is (?:it|that|this) (?:even )?for\b|\bwhat (?:is it|s it) used for\b"
            r"|\ba quoi (?:ca|ce|elle|il) (?:sert|servent)\b|\b(?:ca|elle|il) sert a quoi\b"
            r"|\bc est pour (?:quoi|koi) faire\b|\bsa (?:l|li) sevi\b|\b(?:a )?kisa (?:l|li) sevi\b"
            r"|\bpou ki sa (?:l|li) (?:ye|sevi)\b"
        ),
    ),
    (
        # First: "valable combien d'années" asks how long a card lasts, not what it costs.
        "validity",
        re.compile(
            r"\bvigencia\b|\bvence\b|\bcaduca\b|\bes valid[oa]\b|\bcada cuanto\b"
            r"|\bcuanto (?:tiempo )?(?:dura|vale) (?:la|el) (?:tarjeta|permiso|visa|pasaporte"
            r"|residencia|credencial|matricula|constancia)\b|\bpor cuantos anos\b"
            r"|\bcuantas veces\b|\bvalid\b|\bexpire\w*\b|\bhow long (?:it|does it|will it) last"
            r"|\blasts\b|\b(?:does|do|will|would) (?:\w+ ){1,3}last\b"
            r"|\bgood for how long\b|\bhow many times\b|\brenew\w* every\b"
            r"|\bvalable\b|\bvalidite\b|\bdure combien\b|\bcombien d (?:annees|ans)\b"
            r"|\bpour combien d\b|\btous les combien\b|\bcombien de fois\b"
            r"|\bvalab\b|\bekspire\b|\bdire konbyen\b|\bkonbyen (?:ane|fwa)\b"
            r"|\bchak konbyen\b|\btan limite\b"
            # Round 2: for how long it is given, an expiry date, when to renew.
            r"|\bpor cuanto tiempo (?:me |nos |te )?(?:la|lo) dan\b"
            r"|\bfecha de (?:caducidad|vencimiento)\b"
            r"|\bes por un ano\b|\bcuanto (?:me |le |te )?dura\b|\bhow often do i renew\b"
            r"|\bgood for\b|\bwhen do i (?:have to|need to) renew\b|\bfor how long do they give\b"
            r"|\bvalide\b|\bdate d expiration\b|\bc est pour un an\b"
            r"|\bquand (?:est ce que )?(?:je dois|il faut) (?:la |le )?renouveler\b"
            r"|\bbon pou konbyen\b|\bdat ekspirasyon\b|\bpou yon ane\b"
            r"|\bkile pou (?:m|mwen) renouvle\b"
        ),
    ),
    (
        "where",
        re.compile(
            # es
            rf"\bdonde {_WHERE_NOT}\w+|(?:^|[.?!,;¿] *)(?:a |en |de )?donde\b"
            r"|\b(?:a |en |al |con )?(?:que|cual) (?:oficina|numero|telefono|puerto|lugar|ciudad"
            r"|hospital|consulado|sitio|pagina|direccion|institucion|inm|registro civil)\b"
            r"|\bpero cual\b|\bmas cercan[oa]\b|\bdireccion\b|\bubicacion\b"
            r"|\ba quien (?:le )?(?:llamo|marco|hablo|acudo|recurro|reporto|denuncio|aviso)\b"
            # By WhatsApp: the page that gives the number to write to ("tiene whats?", "can i
            # just whatsapp them", "on peut ecrire par whatsapp?").
            r"|\b(?:por|x|pa|by|on|via|sou|par) (?:whatsapp|whats|wsp|wats|watsap|wasap)\b"
            r"|\b(?:tiene|tienen|have|has|ont|a|gen) (?:whatsapp|whats|wsp|wats|watsap|wasap)\b"
            r"|\bwhatsapp (?:them|him|her|it)\b"
            r"|\bwho (?:do|should|can) (?:i|we) (?:report|complain|tell|turn) (?:\w+ )?to\b"
            r"|\b(?:a )?kimoun (?:pou )?(?:m|mwen|nou) (?:ka )?(?:rele|denonse|plenyen|ale)\b"
            r"|\bse (?:tramita|tramitan|pide|hace|saca|pone|entrega|presenta|solicita"
            r"|registra) en\b"
            r"|\b(?:en linea|por internet|desde el cel|por el cel) o\b|\ben persona\b"
            r"|\bo (?:tengo|hay|debo) que (?:ir|presentarme|acudir)\b"
            r"|\bes en (?:\w+ ){1,4}o (?:en|con)\b"
            r"|\b(?:hay|existe) (?:comar|oficina|consulado) en\b|\ben otro lado\b"
            # No office where the writer is: "aqui no hay comar", "il n'y a pas de bureau de la
            # comar ici", "pa gen biwo comar isit": where to go instead.
            r"|\b(?:no hay|there is no|there s no|theres no|il n y a pas de|y a pas de"
            r"|(?:pa|para) gen) (?:(?:una )?oficina de (?:la )?|(?:an? )?office of "
            r"|bureau de (?:la )?|biwo )?comar\b"
            # Round 2 of the development questions: "...a donde" at the end, "cerca de mi hay",
            # "me puedo presentar en cualquier oficina", "were do i go", "où ça", "c est loin".
            r"|\b(?:a|en|pa) donde\s*$|\bcerca de (?:mi|aqui|aca)\b"
            r"|\b(?:me puedo|puedo|nos podemos) presentar en\b|\bwere do (?:i|we) go\b"
            r"|\bwhich (?:clinic|shelter|lawyer|organization)\b|\bfrom here or\b"
            r"|\bou ca\b|\bc est loin\b|\ble plus pres\b|\bil y en a\b"
            # en
            r"|\bwhere\b(?! (?:i|we) (?:live|am|are|work|stay|re staying|m staying)| (?:he|she) is)"
            r"|\b(?:which|what) (?:office|one|port|number|phone number|hospital|consulate|registry"
            r"|registro civil|sre office|inm office|city|place|address|website|site)\b"
            r"|\blocation\b|\baddress\b|\bonline or\b|\bin person\b|\bfrom my phone or\b"
            r"|\bor (?:do i|must i|i must|i have to|should i) (?:go|visit)\b|\bvisit some office\b"
            r"|\b(?:at|with|to) (?:the )?(?:inm|comar|iom|migration|migracion|fiscalia|police"
            r"|consulate|embassy|sre|sep|school|border) or\b|\bis it \w+ or another\b"
            r"|\bdo i go to\b|\bwho do i ask\b|\ba different port\b"
            # fr
            r"|\bou *[?!.]*$|\bou (?:alors|exactement|stp|svp)\b|\bou *,"
            r"|\b(?:c est|il est|elle est|ils sont|se trouve) ou\b|\bou se (?:trouve|situe)\b"
            r"|\bou (?:je|on|j) (?:peux|peut|dois|doit|vais|va|depose|fais|fait|demande|recupere"
            r"|m adresse)\b|\bou (?:aller|imprimer|faire|deposer|demander|trouver|signaler|denoncer"
            r"|porter plainte|me plaindre|se plaindre|chercher de l aide|dormir|loger|consulter"
            r"|m inscrire|s inscrire|m adresser|s adresser)\b"
            r"|\bou (?:peut|peuvent|pourrait|pourrais|pourrions) "
            r"(?:aller|se rendre|trouver|demander)\b"
            r"|\bou (?:depose|fait|demande|va|trouve|envoie|signale)\w* t (?:on|il|elle)\b"
            r"|\b(?:a |dans )?(?:quel|quelle) (?:hopital|bureau|poste|numero|consulat|endroit|ville"
            r"|adresse|site|administration)\b|\ba qui (?:je|on|j) (?:m adresse|demande|dois)\b"
            r"|\bje m adresse a qui\b|\b(?:le|la) plus proche\b|\ben ligne ou\b"
            r"|\bsur le (?:tel|telephone|site) ou\b|\bse (?:deplacer|presenter)\b|\badresse\b"
            r"|\bc est (?:a|au|avec|dans) (?:l |la |le )?\w+ ou\b|\bailleurs\b"
            r"|\by a (?:t il )?(?:un|une) (?:comar|bureau|consulat)\b|\ba quel endroit\b"
            # ht
            r"|\bkote\b(?! (?:m|mwen|nou) (?:rete|ye|travay|abite))|\bki bo\b|\bkibo\b"
            r"|\bki (?:rejis|lopital|biwo|nimewo|po|konsila|sant|lekol|vil|adres)\b|\bkiyes\b"
            r"|\ba kimoun\b|\bsou (?:entenet|telefon)(?: nan)? oswa\b|\ban moun\b|\bpi pre\b"
            r"|\bfok (?:m|mwen) (?:deplase|prezante)\b|\bse (?:nan|avek) \w+(?: \w+)? oswa\b"
            r"|\badres\b"
            # Second round (tests/understanding/question_words_round2/): no question word.
            # es
            r"|\bhay (?:uno |una |alguno |alguna |algun \w+ |sucursal |oficina |clinica "
            r"|albergue )?"
            r"(?:en|cerca)\b|\ben \w+ hay\b|\bqueda (?:lejos|cerca|mas cerca)\b|\bme queda\b"
            r"|\bmas proxim[oa]\b|\bcon quien (?:voy|acudo|me presento)\b|\ba quien le pregunto\b"
            r"|\b(?:en|a) (?:que|cual) (?:parte|calle|estados?|modulo|ventanilla|edificio"
            r"|dependencia"
            r"|sucursal)\b|\bque (?:modulo|ventanilla|edificio)\b"
            r"|\bdesde (?:mi )?(?:cel|celular|telefono|aqui|aca)\b|\bdnde?\b|\bonde\b|\bdomicilio\b"
            r"|\bmaps\b|\blugar exacto\b|\bes presencial\b|\ba distancia\b|\bcomo llego\b"
            r"|\btengo q(?:ue)? (?:ir|viajar|moverme)\b|\bmoverme a otra ciudad\b|\bo a otro lado\b"
            r"|\bo (?:aqui|aca|alla)\b|\b(?:la|el) \w+ de \w+ o (?:la|el) de\b"
            r"|\b(?:la oficina|el lugar) (?:pa|para) (?:eso|esto)\b"
            # en
            r"|\bwh?re (?:do|can|is)\b|\bwher\b|\bwhre\b|\baddy\b|\bdrop a pin\b|\bgoogle maps\b"
            r"|\bmaps link\b|\bdo they have one (?:in|near)\b|\bis there one (?:near|in|around)\b"
            r"|\bany (?:in|place in|near)\b|\br they in\b|\bthere s one in\b|\btheres one in\b"
            r"|\bis there an? (?:\w+ )?(?:office|clinic|shelter|consulate)"
            r" (?:in|near|around|here)\b"
            r"|\bnear me\b|\bnearest\b|\bclosest\b|\bwalking distance\b|\bhow far\b"
            r"|\bis it far\b|\bis it downtown\b|\bdo it from (?:here|my phone)\b|\bwho do i see\b"
            r"|\bwho handles\b|\b(?:which|what|wat) (?:building|floor|street|side|state)\b"
            r"|\bmail it or\b|\bby mail or\b|\bdrop it off\b|\btravel to another city\b"
            r"|\bany office or\b|\bthis side or\b|\bis it the \w+ or\b"
            r"|\bthe office for (?:that|this)\b"
            # fr
            r"|\bou ca se trouve\b|\bou ca *[?]|\bou est ce qu|\bme deplacer\b|\ben personne\b"
            r"|\bdepuis mon (?:telephone|tel|portable)\b|\bpar internet\b|\bpar la poste ou\b"
            r"|\bil y en a (?:un |une )?a\b|\by a (?:un|une) \w+ (?:pres|a|dans)\b"
            r"|\bya un endroit\b"
            r"|\bpres de chez moi\b|\bladresse\b|\blocalisation\b|\bc(?: est)? loin\b"
            r"|\bdans le centre\b|\bdans quel (?:quartier|batiment)\b"
            r"|\bquel (?:batiment|quartier|guichet|service)\b|\bquelle rue\b"
            r"|\bc est (?:a|au) \w+ ou (?:a|au)\b|\bau consulat (?:ou|d)\b"
            r"|\bdu cote (?:mexicain|americain)\b"
            r"|\bfaut aller\b|\baller a la capitale\b|\bvoyager dans une autre ville\b"
            r"|\bje vais voir qui\b|\bn importe quel(?:le)? (?:mairie|bureau)\b"
            # ht
            r"|\bgen youn nan\b|\bgen (?:biwo|klinik|abri|refij) (?:\w+ )?nan\b|\beske gen biwo\b"
            r"|\b\w+ genyen *[?]|\bsou (?:telefon|entenet)\b|\ban peson\b|\bdepi isit\b"
            r"|\badistans\b"
            r"|\bpa lapos\b|\bdeplase\b|\bvwayaje nan yon lot vil\b|\bale nan kapital\b"
            r"|\bak ki moun\b"
            r"|\bki moun pou (?:m|mwen)\b|\bki plas\b|\blokalizasyon\b|\blokasyon\b|\bli lwen\b"
            r"|\bnan ki (?:katye|giche|ri|biwo|vil|bilding)\b|\bki (?:bilding|katye|sevis)\b"
            r"|\bnan sant vil\b|\bse \w+ oswa \w+ *[?]?$"
            # How to reach it (every `where` answer lists the contacts): the number, a message.
            r"|\b(?:a |al )?(?:que|cual|cual es el) (?:numero|whats|whatsapp|cel|correo)\b"
            r"|\bel (?:numero|telefono|whats|whatsapp)\b|^ *numero *[?]|\ba quien le (?:hablo|llamo"
            r"|marco|escribo)\b"
            # "numero del ciam pa mexicanos en usa?", "CIAM number for...", "nimewo CIAM...".
            r"|^ *(?:el )?(?:numero|telefono|tel|whats) (?:del?|de la|pa|para) "
            r"|^ *(?:the )?(?:\w+ )?(?:phone )?number for "
            r"|^ *(?:le )?numero (?:du|de la|de l|des|pour) "
            r"|^ *nimewo (?!(?:m|mwen|nou|li|w|ou) )"
            r"|\b(?:se les|les) puede (?:escribir|marcar|llamar)\b|\btienen (?:whats|whatsapp)\b"
            r"|\bwhat s the (?:number|phone|whatsapp)\b|\bwhats the (?:number|phone|whatsapp)\b"
            r"|\bthe (?:number|phone number)\b|\b(?:can|could) (?:i|we) (?:text|whatsapp|email"
            r"|message|write to) (?:them|it|you)\b|\btext them\b|\bwho do (?:i|we) call\b"
            r"|\bnumber to call\b|\bdo they have (?:whatsapp|a number|a phone|texting)\b"
            r"|\b(?:le|quel|leur) numero\b|^ *(?:le )?numero *[?]|\bpar (?:sms|texto|whatsapp"
            r"|message|mail|courriel)\b|\b(?:je peux|on peut|peut on|puis je) (?:leur )?(?:ecrire"
            r"|envoyer un (?:sms|message|texto))\b|\bqui appeler\b|\bj appelle qui\b"
            r"|\bnimewo (?:a|la|yo)\b|\bki nimewo\b|\bgen (?:whatsapp|watsap|nimewo)\b"
            r"|\bpa (?:whatsapp|watsap|mesaj|tekst)\b|\b(?:m|mwen) ka ekri\b|\bvoye mesaj\b"
            r"|\bki moun pou (?:m|mwen) rele\b|\brele ki moun\b"
            r"|\b(?:can|could) (?:i|we) (?:do|send|file|report) it (?:by|over|through|online)\b"
            r"|\b(?:lo|la) puedo (?:hacer|mandar|poner) por (?:correo|mail|internet|whats)\b"
            r"|\bje peux (?:le|la) (?:faire|envoyer|deposer) par (?:mail|courriel|email|internet)\b"
            r"|\b(?:m|mwen) ka fe l pa (?:imel|email|entenet)\b"
        ),
    ),
    (
        "cost",
        re.compile(
            r"\b(?<!en )cuanto (?:me |nos |le )?(?:van a )?(?:cobr\w*|cuesta\w*|vale|valen|sale"
            r"|es|hay que pagar|se paga|pago|pagar)\b|\bme cobran\b|\bcobran? (?:algo|por)\b"
            r"|\bcuesta\b(?! trabajo)|\bde cuanto\b|\b(?:tengo|hay|debo) que pagar\b"
            r"|\bcobran? *[?]"
            # A discount asked for: the page that gives fees says what is cut or free.
            r"|\b(?:descuento|rebaja|discount|reduction|rabais|remise|rabe|diskont|redikson)\b"
            # Whether to pay whoever asks ("si me piden dinero en el reten les doy?"): the page
            # that says what is free and never to pay answers.
            r"|\b(?:les|le) (?:doy|pago)(?: (?:lo que piden|dinero|algo|la lana))? *(?:[?]|$)"
            r"|\b(?:should|do|must) i (?:pay|give) (?:them|him|it)\b"
            r"|\bje (?:les |le |lui )?(?:paie|paye|donne)(?: ou pas)? *(?:[?]|$)"
            r"|\b(?:m|mwen) (?:peye|ba) yo *(?:[?]|$)|\bfok (?:m|mwen) ba yo\b"
            # No money for a lawyer: what it costs, and what is free ("no tenemos pa abogado").
            r"|\bno (?:tengo|tenemos) (?:dinero |lana |feria |con que pagar )?(?:pa|para)"
            r" (?:pagar |pagarle a )?(?:un |el )?abogado\b(?!.*\b(?:donde|adonde)\b)"
            r"|\b(?:can t|cant|cannot) (?:afford|pay (?:for )?)(?: a| the)? lawyer\b"
            r"|\bpas (?:d argent|de sous|les moyens) pour (?:un |l )?avocat\b"
            r"|\bpa gen (?:kob|lajan) pou (?:yon )?avoka\b|\bavoka a konbyen\b"
            r"|\bes obligatorio pagar\b|\bmulta\b|\b(?:costo|precio)\b"
            r"|\b(?:es|son|sera) (?:gratis|gratuit[oa]s?)\b|\btiene costo\b|\bse paga\b"
            r"|\bhow much\b|\b(?:cost|costs|fee|fees|price|charge|charges)\b|\bis it free\b"
            r"|\bfree or\b|\bfree of charge\b|\b(?:do|will) (?:i|we|you) (?:have to )?pay\b"
            r"|\bpay (?:something|anything) ?\b|\bsomething you pay\b"
            r"|\bcombien\b(?! de (?:temps|jours|mois|semaines))|\bcoute\w*\b|\bprix\b|\btarif\b"
            r"|\bfrais\b|\bun cout\b|\bca se pa(?:y|i)e\b|\b(?:faire|font) payer\b"
            r"|\b(?:il faut|faut) (?:le )?payer\b|\bje dois payer\b|\bje (?:paie|paye)\b"
            r"|\boblige de payer\b|\b(?:c est|est) (?:gratuit|payant)\b|\bpayant\b"
            r"|\bgratuit *[?]|\bgratuit ou\b|\bnormal de payer\b"
            r"|\bkonbyen\b(?! (?:tan|jou|mwa|semen|lane))|\bpri\b|\bkoute\b"
            r"|\b(?:fok|dwe|oblije) (?:m |mwen |ou |nou )?peye\b|\bse peye\b"
            r"|\bfe (?:m |mwen |nou )?peye\b|\bki pou peye\b|\bse gratis\b|\bgratis oswa\b"
            # Round 2: dear or free, fees, who pays.
            r"|\bme lo hacen gratis\b|\bcuanto me va a salir\b|\b(?:sale|es) caro\b|\bcuota\b"
            r"|\bhonorarios\b|\b[$][$]|\bexpensive\b|\bpricey\b|\bstill free\b"
            r"|\bis (?:the|a) \w+ (?:\w+ )?free\b|\bc est (?:moi qui|qui) pa(?:i|y)e\b"
            r"|\bc est cher\b|\bli che\b|\bgen fre\b"
            r"|\b(?:peye|payant\w*) si\b|\bse (?:mwen|m) ki peye\b|\bmande lajan\b"
            r"|\bgratis (?:premye|pou)\b|\bsa mande lajan\b"
        ),
    ),
    (
        "requirements",
        re.compile(
            r"\b(?:que|cuales) (?:papeles|documentos|requisitos|datos)\b"
            r"|\bque (?:necesito|ocupo|me piden|piden|le piden|me van a pedir|hay que llevar|llevo"
            r"|tengo que llevar|debo llevar|se necesita|mas (?:ocupo|necesito))\b|\brequisitos\b"
            r"|\bcon que (?:otro )?(?:papel|documento)\b|\bquien(?:es)? (?:puede|pueden) pedir\b"
            r"|\bsi no tengo (?:pasaporte|papeles|documentos|acta|identificacion)\b"
            r"|\bpiden identificacion\b|\bque tamano\b|\bapostillad[oa]\b|\bcomo califico\b"
            r"|\bwhat (?:docs|documents|papers|do (?:i|we|you) need|do they (?:ask|need|want)"
            r"|will they ask|is needed|else do i need|other id|info|information)\b"
            r"|\brequirements?\b|\bdocuments? needed\b|\bwho can apply\b"
            r"|\bwithout (?:a )?passport\b"
            r"|\bask for id\b|\bwhat size\b|\bapostilled\b|\bqualify\b|\bis that enough\b"
            r"|\b(?:quoi|koi) comme (?:papiers|documents)\b|\bconditions\b"
            r"|\bquels? (?:papiers|documents|infos|autre papier|taille)\b|\bquelle taille\b"
            r"|\bil (?:me |nous )?faut quoi\b|\bfaut quoi\b|\bdemandent quoi\b"
            r"|\bvont me demander quoi\b|\bqu est ce qu on demande\b|\bapporter? quoi\b"
            r"|\bj apporte quoi\b|\bpiece d identite\b|\bsans passeport\b|\bca suffit\b"
            r"|\bqui peut demander\b|\bapostille\b"
            r"|\bki (?:papye|dokiman|kondisyon|enfomasyon|lot papye)\b|\bkondisyon\b"
            r"|\bkisa (?:m|mwen|nou|l|li|yo) (?:bezwen|pral mande|mande)\b"
            r"|\bkisa pou (?:m|mwen) pote\b"
            r"|\bkisa yo mande\b|\bdokiman\b|\bpyes idantite\b|\bsan paspo\b|\bsa ase\b"
            r"|\bkiyes ki ka\b|\bki gwose\b|\bapostiye\b|\bsa (?:m|mwen) bezwen\b"
            r"|\bpapye (?:m|mwen) bezwen\b"
            # Round 2 of the development questions: a paper named with "need", "bring", "ask
            # for"; "is that enough"; translated, copies, the original.
            r"|\b(?:tengo|tenemos|hay|debo|necesito) (?:que )?(?:llevar|presentar|traer|mostrar)\b"
            # (A question, at its start: not "en la chamba me piden curp pa darme de alta".)
            r"|(?:^|\b(?:y|tambien|tmb|ahi|alli) )(?:me |nos |les )?piden"
            r" (?:la |el |los |las |una |un )?(?:curp|pasaporte|acta"
            r"|fotos?|copias?|comprobante|identificacion|papeles|documentos|algo mas|mas cosas)\b"
            r"|\bnecesito (?:el |la |mi |un |una )?(?:pasaporte|acta|fotos?|copias?|curp"
            r"|comprobante|testigos?|identificacion)\b"
            r"|\b(?:alcanza|basta|es suficiente)\b|\bdocumentacion\b|\btraducid[oa]s\b"
            r"|\b(?:me |nos )?(?:lo|la) aceptan\b"
            r"|\bdo (?:i|we|they) (?:need|have to bring|gotta bring) (?:a |an |my |the |our )?"
            r"(?:passport|birth certificate|photos?|pictures?|copies|copy|proof|id|original|police"
            r" report|sponsor|translation|witness\w*|documents?|papers?|kids)\b"
            r"|\b(?:what|wat) (?:should|do) (?:i|we) (?:bring|need to bring|have to bring)\b"
            r"|\b(?:what|wat) (?:paperwork|evidence|proof)\b|\bto bring\b|\bneed to have on me\b"
            r"|\bhave on me\b|\bis (?:a copy|my \w+|the \w+ paper|the \w+) (?:ok|enough)\b"
            r"|\bneed the original\b|\b(?:have|need) to be translated\b|\bcount as (?:an )?id\b"
            r"|\bneed any (?:specific )?(?:forms?|papers?|documents?)\b"
            r"|\bde quoi (?:j ai|on a|jai|j aurai) besoin\b|\bj ai besoin de quoi\b"
            r"|\b(?:je dois|il faut|faut il|faut que j|on doit) (?:apporter|amener|presenter|avoir"
            r" sur)\b|\b(?:il )?faut (?:il )?(?:des |un |une |la |le )?(?:photos?|justificatif"
            r"|temoin|traduction|curp|passeport|acte)\b|\bdocuments? demandes?\b"
            r"|\bpieces a fournir\b|\bdocs? necessaires?\b|\bquelles preuves\b"
            r"|\bavec autre chose\b|\bcopies suffisent\b|\bl acceptent comme\b"
            r"|\bfok (?:m|mwen|nou) pote\b|\b(?:m|mwen) dwe pote\b|\byo bezwen (?:foto|kopi"
            r"|paspo|batiste|temwen)\b|\byo mande (?:prev|curp|paspo|batiste|foto)\b"
            r"|\bki sa (?:pou (?:m|mwen) (?:prezante|genyen|pote)|yo pral mande)\b"
            r"|\bki egzijans\b|\blis papye\b|\bkopi ase\b|\bfok (?:gen temwen|papye yo)\b"
            r"|\bki prev\b|\b(?:m|mwen) bezwen ki sa\b|\byon lot papye\b"
            # "qu'est-ce qu'il faut pour le visa T?", "il faut montrer quoi", "what ID do I need".
            r"|\bqu est ce qu il (?:me |nous )?faut (?:pour|avoir|amener|apporter|presenter)\b"
            r"|\bil faut (?:montrer|presenter|amener|apporter|avoir) quoi\b"
            r"|\b(?:what|which) (?:id|ids|kind of id|document|paper)"
            r" (?:do|would|will) (?:i|we) need\b"
            r"|\bki sa pou (?:m|mwen) genyen sou (?:m|mwen)\b"
            # "papiers pour faire la curp", "papeles pa sacar el acta", "papye pou m fe l".
            r"|^ *(?:los |les |the )?(?:papeles|papers|papiers|papye|documentos|documents|dokiman)"
            r" (?:pa|para|pour|for|to|pou) (?:m |mwen )?(?:sacar|tramitar|hacer|pedir|faire|avoir"
            r"|demander|obtenir|get|apply|fe|jwenn|mande)\b"
        ),
    ),
    (
        "duration",
        re.compile(
            r"\bcuanto (?:tiempo )?(?:tarda|tardan|se tarda|se tardan|demora|demoran|se demora"
            r"|se demoran|tardaria)\b|\ben cuanto (?:tiempo )?(?:sale|salen|me la dan|lo dan"
            r"|la entregan|lo entregan)\b|\ben cuantos (?:dias|meses|semanas)\b"
            r"|\bcuantos (?:dias|meses|semanas) (?:es|son|tarda|dura|se tarda|lleva)\b"
            r"|\bcuanto tiempo (?:toma|lleva|se lleva)\b|\bcuando me (?:la|lo) (?:entregan|dan)\b"
            r"|\bel mismo dia\b|\btarde tanto\b|\bcuanto (?:mas )?(?:hay que|tengo que) esperar\b"
            r"|\bcuantos (?:dias|meses|semanas) (?:tengo|tenemos|me quedan|nos quedan|hay)\b"
            r"|\bcuanto tiempo (?:nos |me )?(?:podemos|puedo|dejan) (?:quedar|estar)"
            r"|\bhow long (?:can|could|may) (?:we|i) (?:stay|be there|sleep there)\b"
            r"|\b(?:combien de temps|cmb de temps|combien de jours) (?:on|je) peu[tx] rester\b"
            r"|\bon peut rester (?:combien|cmb)\b|\bkonbyen tan (?:nou|m|mwen) ka rete\b"
            r"|\bhow long\b(?! (?:is|does|will) (?:it|the \w+|my \w+) (?:valid|last|good))"
            r"|\bhow soon\b|\bprocessing time\b|\bwait time\b|\bsame day\b"
            r"|\bhow many (?:days|weeks|months)\b|\bwhen will (?:they|i) (?:give|get)\b"
            r"|\bcombien de (?:temps|jours|mois|semaines)\b|\bca prend combien\b"
            r"|\bdelai\w*\b|\ble meme jour\b"
            r"|\bkonbyen (?:tan|jou|mwa|semen|lane)\b|\bpran konbyen\b|\bdele\b|\bmenm jou\b"
            r"|\bki le (?:yo|l|li|y) (?:ap |pral )?(?:soti|ban)\b|\bdire konbyen\b"
            # Round 2: when the answer comes, whether it is long or quick.
            r"|\ben cuanto tiempo\b|\bcuando me (?:contestan|responden|dan respuesta|dan la)\b"
            r"|\bse tarda mucho\b|\btarda mucho\b|\bcuanto (?:tiempo )?hay que esperar\b"
            r"|\ben cuantas (?:semanas|horas)\b|\bcuanto mas tarda\b|\bpara cuando\b"
            r"|\bes rapido\b"
            r"|\bwhen (?:will|do|should) (?:i|we) (?:hear back|get|expect|receive)\b"
            r"|\b(?:does it|will it) take long\b|\bwhens the (?:decision|answer|appointment)\b"
            r"|\bis it (?:quick|fast)\b"
            r"|\bquand (?:j aurai|est ce que je recois|je recois|on aura|vais je avoir)\b"
            r"|\bc est (?:long|rapide|le jour meme)\b"
            r"|\bkile (?:m|mwen|nou) (?:ap|pral|ka) (?:gen|resevwa|komanse)\b"
            r"|\bli (?:pran lontan|rapid)\b"
        ),
    ),
)
_WHERE_ACCENTED = re.compile(r"\boù\b", re.IGNORECASE)


_NOT_KEPT = re.compile(r"[^a-z0-9.?!,;¿ ]+")


def _plain(text: str) -> str:
    """Lower case without accents, apostrophes and hyphens as spaces, clause marks kept."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    # Clause marks stand apart, so a spelling next to one is still a word of its own.
    words = re.sub(r"([.?!,;¿])", r" \1 ", _NOT_KEPT.sub(" ", plain)).split()
    return " ".join(_SHORT.get(word, word) for word in words)


def kind_in_words(text: str) -> str | None:
    """The follow-up the question words ask for, the first said when there are several; None
    when there is none."""
    found = _first_kind(text)
    return found[2] if found else None


def only_asks(text: str) -> str | None:
    """The kind, when the message is nothing but its question words and a few filler words
    ("et après ?", "y cuanto cuesta", "y dsps d eso q pasa"); None when anything else is said
    ("cuanto tardan en venir x mi", "a quelle heure ils reviennent": who comes, what happens,
    where they are), which may be danger that Rasa heard and the screen did not."""
    found = _first_kind(text)
    if found is None:
        return None
    folded = _plain(text)
    rest = (folded[: found[0]] + " " + folded[found[1] :]).split()
    said = [word for word in rest if word.isalnum() and word not in _FILLER]
    return None if said else found[2]


def names_nothing(text: str) -> str | None:
    """The kind, when besides its question words the message holds only words that could be
    about any topic ("how much does it cost", "ok where is the office here", "what i need to
    bring", "combien ca coute", "konbyen li koute"): it asks about what was just discussed,
    whatever the topic classifier makes of its few words (it read "how much does it cost" as
    the family petition of T and U visa holders, the topic with the most such examples).
    Unlike `only_asks` this is not a test for danger: it only keeps a topic from being named."""
    found = _first_kind(text)
    if found is None:
        return None
    # Every word, those of the question too: "que consulado?", "is the hospital free?" name
    # their own topic inside the question words (a second read found them tied to the last).
    said = [
        w
        for w in _plain(text).split()
        if w.isalnum() and w not in _FILLER and w not in _ANY_TOPIC and w not in _ASKING
    ]
    return None if said else found[2]


# The question words themselves, and the verbs of the follow-ups, in the four languages.
_ASKING = frozenset(
    [
        "how",
        "much",
        "many",
        "long",
        "where",
        "what",
        "when",
        "who",
        "which",
        "cuanto",
        "cuanta",
        "cuantos",
        "cuantas",
        "cuando",
        "donde",
        "dnd",
        "adonde",
        "a",
        "como",
        "cual",
        "cuales",
        "quien",
        "combien",
        "ou",
        "quand",
        "quel",
        "quelle",
        "comment",
        "qui",
        "konbyen",
        "kote",
        "kibo",
        "kile",
        "kisa",
        "kijan",
        "kouman",
        "ki",
        "e",
        "dura",
        "duran",
        "tarda",
        "tardan",
        "demora",
        "vale",
        "cobran",
        "cobra",
        "valid",
        "last",
        "lasts",
        "take",
        "takes",
        "dure",
        "dureee",
        "prend",
        "prennent",
        "coute",
        "dire",
        "pran",
        "mande",
        "necesito",
        "necesita",
        "need",
        "needs",
        "faut",
        "bezwen",
        "llevar",
        "bring",
        "apporter",
        "pote",
        "tiempo",
        "time",
        "temps",
        "tan",
        "dias",
        "days",
        "jours",
        "jou",
        "nombre",
        "name",
        "nom",
        "non",
        "dar",
        "give",
        "donner",
        "bay",
        "decir",
        "say",
        "dire",
        "di",
        "sepan",
        "know",
        "sachent",
        "konnen",
        "want",
        "quiero",
        "veux",
        "vle",
        "reported",
        "denuncie",
        "denonse",
        "don",
        "t",
        "dont",
        "no",
        "ne",
        "pas",
        "pa",
        "para",
    ]
)


# Words a follow-up about any topic may hold: persons, helpers, "here", "the office", "bring".
_ANY_TOPIC = frozenset(
    [
        "i",
        "me",
        "my",
        "we",
        "you",
        "your",
        "he",
        "she",
        "they",
        "them",
        "his",
        "her",
        "its",
        "is",
        "are",
        "was",
        "be",
        "been",
        "am",
        "do",
        "does",
        "did",
        "can",
        "could",
        "will",
        "would",
        "should",
        "shall",
        "must",
        "may",
        "might",
        "have",
        "has",
        "had",
        "need",
        "needs",
        "gotta",
        "got",
        "get",
        "to",
        "of",
        "for",
        "in",
        "on",
        "at",
        "with",
        "there",
        "here",
        "now",
        "then",
        "much",
        "many",
        "how",
        "long",
        "take",
        "takes",
        "it",
        "s",
        "office",
        "place",
        "bring",
        "pay",
        "cost",
        "costs",
        "go",
        "come",
        "apply",
        "still",
        "also",
        "too",
        "really",
        "exactly",
        "please",
        "pls",
        "yo",
        "mi",
        "mis",
        "me",
        "nos",
        "tu",
        "te",
        "usted",
        "ustedes",
        "el",
        "ella",
        "ellos",
        "ellas",
        "su",
        "sus",
        "lo",
        "le",
        "les",
        "se",
        "es",
        "era",
        "hay",
        "esta",
        "estan",
        "tengo",
        "tiene",
        "tienen",
        "tenemos",
        "necesito",
        "necesita",
        "necesitamos",
        "puedo",
        "puede",
        "podemos",
        "debo",
        "debe",
        "debemos",
        "hace",
        "hacer",
        "falta",
        "voy",
        "va",
        "vamos",
        "tengo",
        "hay",
        "por",
        "para",
        "en",
        "con",
        "aqui",
        "ahi",
        "alli",
        "alla",
        "ya",
        "tambien",
        "oficina",
        "lugar",
        "llevar",
        "traer",
        "pagar",
        "cuesta",
        "cuestan",
        "sale",
        "ir",
        "je",
        "j",
        "tu",
        "il",
        "elle",
        "on",
        "nous",
        "vous",
        "ils",
        "elles",
        "mon",
        "ma",
        "mes",
        "sa",
        "ses",
        "est",
        "sont",
        "faut",
        "dois",
        "doit",
        "peux",
        "peut",
        "pouvons",
        "ai",
        "a",
        "avons",
        "avez",
        "besoin",
        "fait",
        "faire",
        "vais",
        "va",
        "en",
        "au",
        "aux",
        "pour",
        "avec",
        "ici",
        "la-bas",
        "deja",
        "aussi",
        "bureau",
        "endroit",
        "apporter",
        "payer",
        "aller",
        "coute",
        "coutent",
        "trouve",
        "mwen",
        "m",
        "ou",
        "w",
        "li",
        "l",
        "nou",
        "yo",
        "mw",
        "se",
        "te",
        "ap",
        "pral",
        "dwe",
        "fok",
        "fo",
        "ka",
        "kapab",
        "gen",
        "bezwen",
        "fe",
        "ale",
        "vin",
        "isit",
        "la",
        "a",
        "nan",
        "pou",
        "avek",
        "ak",
        "deja",
        "tou",
        "biwo",
        "kote",
        "pote",
        "peye",
        "koute",
        "ye",
        "queda",
        "ki",
        # "y es gratis verdad?", "its free right?", "c est vrai?", "se vre?"
        "verdad",
        "c",
        "cierto",
        "right",
        "true",
        "really",
        "vrai",
        "vre",
        "gratis",
        "free",
        "gratuit",
        "gratuito",
        "gratuita",
    ]
)


# Words that add nothing to a follow-up: "and", "so", "that", "ok", articles.
_FILLER = frozenset(
    [
        "y",
        "e",
        "and",
        "et",
        "epi",
        "pero",
        "but",
        "mais",
        "men",
        "ok",
        "okay",
        "oki",
        "bueno",
        "pues",
        "entonces",
        "alors",
        "donc",
        "so",
        "bon",
        "eso",
        "esto",
        "esa",
        "ese",
        "that",
        "this",
        "it",
        "ca",
        "sa",
        "la",
        "le",
        "el",
        "los",
        "las",
        "les",
        "the",
        "a",
        "de",
        "d",
        "du",
        "des",
        "que",
        "q",
        "what",
        "o",
        "ou",
        "or",
        "entonse",
        "enben",
    ]
)


def words_to_question(text: str) -> int | None:
    """How many words the message has up to the end of its question words ("can i text them"
    is 4 words into "can i text them instead idk i dont like calling"); None without any."""
    found = _first_kind(text)
    if found is None:
        return None
    return sum(1 for word in _plain(text)[: found[1]].split() if word.isalnum())


def _first_kind(text: str) -> tuple[int, int, str] | None:
    """Where the first question words start and end in the plain text, and their kind."""
    folded = _plain(text)
    best: tuple[int, int, str] | None = None
    for kind, pattern in _KINDS:
        found = pattern.search(folded)
        if found is not None and (best is None or found.start() < best[0]):
            best = (found.start(), found.end(), kind)
    accented = _WHERE_ACCENTED.search(text)
    if accented is not None and (best is None or best[2] != "where"):
        # "où" keeps its accent in the raw text: a French "where" wherever it stands.
        position = len(_plain(text[: accented.start()]))
        if best is None or position < best[0]:
            best = (position, position + 3, "where")
    return best
