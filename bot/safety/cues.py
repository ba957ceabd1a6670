"""The words around a harm that change what it means: when, who, whether it happened at all.

Each cue is one explicit, tested rule in four languages, matched on folded words (bot.safety.text):
time long ago ("hace 3 años", "last year", "l'année dernière", "ane pase") or days ago, just now
("anoche", "an hour ago"), now ("ahorita", "right now", "kounye a"), a deadline ("hoy", "by
tomorrow"); a story that ended ("ya estoy bien", "they let me go"); a question about remedies
("¿puedo denunciar?", "can I get papers?"); news and hearsay ("vi en las noticias", "people say");
home ("en mi país", "back home"); the partner or family member who does it ("mi esposo",
"my husband"). Rules that read the words right before a harm (negation, "if", auxiliaries,
pronouns) live in bot.safety.context, bot.safety.tense and bot.safety.person.
"""

from __future__ import annotations

import re


def _cue(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"(?<= )(?:" + "|".join(alternatives) + r")(?= )")


# "Si vuelvo" is going back home ("si vuelvo me matan", "si vuelvo a pisar Honduras"), unless a
# verb of asking follows: "si vuelvo a pedir dinero me entierra" is "if I ask for money again".
IF_I_GO_BACK = (
    r"si (?:regreso|vuelvo|me regresan|me deportan)"
    r"(?! a (?:pedir|decir|hablar|quejarme|quejar|reclamar|cobrar|llamar|faltar|contar|denunciar|"
    r"mencionar|preguntar|abrir la boca)(?= ))"
)
NUMBER = r"(?:\d+|un|una|uno|unos|unas|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varios|varias|muchos|muchas|mas de|como|a|an|one|two|three|four|five|six|several|many|a few|few|couple of|a couple of|une|deux|trois|quatre|cinq|quelques|plusieurs|de|twa|kat|senk|sis|yon|kek|plizye)"

LONG_AGO = _cue(
    # Spanish
    rf"(?<!desde )hace {NUMBER} (?:ano|anos|mes|meses)",
    rf"(?<!desde )hace (?:como|unos|unas|mas de|casi|ya) {NUMBER} (?:ano|anos|mes|meses)",
    r"(?<!desde )hace (?:mucho(?! (?:calor|frio|sol|viento|aire))|mucho tiempo|tiempo|anos|meses|un buen)",
    r"el ano pasado|el anio pasado|el mes pasado|el otro ano|hace anos",
    r"en (?:19|20)\d\d|en el (?:19|20)\d\d",
    r"cuando (?:era|eramos|estaba|estaba mas) (?:nin[oa]|chic[oa]|joven|pequen[oa]|chiquit[oa]|menor)",
    r"de (?:nin[oa]|chic[oa]|pequen[oa]|chiquit[oa])",
    r"cuando (?:vivia|viviamos|estaba en mi pais)",
    # English
    rf"(?<!since )(?<!for ){NUMBER} (?:years?|months?|yrs?|mos?) ago",
    r"(?:us|me) growing up|when i was growing up|all my childhood|growing up (?:my|our|i|we)",
    r"years ago|months ago|long ago|a long time ago|last year|last month|back then|in (?:19|20)\d\d",
    # "left him last yr"; "how in the 90s the coyote locked them in" (not "it's in the 90s").
    r"last yr|last yrs|in the (?:19)?[5-9]0s(?= (?:the|my|our|we|they|he|she|i|a|when|his|her)\b)",
    r"when i was (?:a kid|a child|little|young|small|a teenager|a girl|a boy)|as a (?:child|kid|girl|boy)",
    r"when (?:i|we) (?:lived|was living|were living)",
    # French
    rf"il y a {NUMBER} (?:an|ans|mois)",
    # "Ça fait 2 ans que j'ai été séquestré": a past event; "ça fait 2 ans qu'il me frappe"
    # goes on, so only a past tense after "que" counts.
    # Also spoken without "que": "ça fait 2 ans quelqu'un m'a agressée".
    rf"(?:ca|cela) fait {NUMBER} (?:an|ans|mois) (?:que |qu )?(?:quelqu un|un \w+|une \w+|des \w+) (?:m a|m ont|nous a|nous ont) "
    r"(?:agresse\w*|viole\w*|frappe\w*|battu\w*|vole\w*|attaque\w*|menace\w*)",
    rf"(?:ca|cela) fait {NUMBER} (?:an|ans|mois) (?:que|qu) (?:(?:j ai|on a) ete|j etais|on etait"
    r"|(?:il m a|ils m ont|ils nous ont|elle m a|on m a) (?:sequestre|enleve|kidnappe|viole|agresse|attaque|vole)\w*)",
    r"l annee derniere|l an dernier|le mois dernier|il y a longtemps|autrefois|en (?:19|20)\d\d",
    r"l annee passee|l an passe|le mois passe",
    r"quand j etais (?:petit|petite|enfant|jeune|ado)|quand (?:je|on) (?:vivais|vivait)",
    # Round 27: "mon ex est parti y a 6 mois ... quand on était ensemble il me frappait".
    rf"(?<!il )y a {NUMBER} (?:an|ans|mois)(?! que)",
    r"quand (?:on|nous) (?:etait|etions|vivait|vivions) ensemble",
    # Haitian Creole
    rf"sa gen {NUMBER} (?:an|zan|lane|mwa)",
    r"le nou te (?:konn )?(?:ansanm|viv ansanm|rete ansanm)",
    # Not a child's age before a span ("pitit mwen gen 2 zan pase 3 jou l ap vomi").
    # Nor the writer's own age ("m gen 16 an, pase a di fok m...": the smuggler, "pasè a").
    rf"(?<! m )(?<! mwen )gen {NUMBER} (?:an|zan|lane|mwa) (?:pase|de sa)(?! {NUMBER} (?:jou|semen|mwa|edtan|ed|e))"
    rf"|(?<! m gen )(?<! mwen gen ){NUMBER} (?:an|zan|lane) pase(?! {NUMBER} (?:jou|semen|mwa|edtan|ed|e))",
    rf"gen {NUMBER} (?:an|lane) (?:de sa|konsa)|(?<! m )(?<! mwen )(?<! gen )(?<! depi ){NUMBER} (?:an|zan|lane|mwa) de sa",
    r"ane pase|lane pase|mwa pase|lontan|an (?:19|20)\d\d|nan (?:19|20)\d\d|lane (?:19|20)\d\d",
    # A decade in a story of then: "cuando cruzó en los 80", "back in the 90s", "quand il a
    # traversé dans les années 80" (not "in the 90s" of the heat, nor "como en los 90, ahorita").
    r"cuando (?:[a-z]+ ){0,3}en los (?:(?:19)?[5-9]0|ochenta|noventa|setenta|sesenta)s?|"
    r"back in the (?:(?:19)?[5-9]0)s|quand (?:[a-z]+ ){0,4}dans les annees (?:(?:19)?[5-9]0)|"
    r"le (?:[a-z]+ ){0,3}nan ane (?:(?:19)?[5-9]0) yo",
    # A season gone: "el verano pasado", "last spring", "l'été dernier", "ete pase".
    r"(?:el|la) (?:verano|invierno|otono|primavera) pasad[oa]|last (?:spring|summer|fall|autumn|winter)",
    r"(?:l|le) (?:ete|hiver|automne|printemps) derni\w+|au printemps dernier|(?:ete|ive|prentan) pase",
    r"le (?:m|mwen) te (?:piti|timoun|jenn|jen)",
    # An age the writer had then: "cuando tenía 15 años", "when i was 12", "quand j'avais 15 ans".
    r"cuando (?:tenia|yo tenia) (?:\d+|doce|trece|catorce|quince|dieciseis|diecisiete)(?: anos)?|a los (?:\d+|doce|trece|catorce|quince) anos",
    r"when i was (?:\d+|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)(?: years old)?|at (?:age )?\d+ years old",
    r"quand j avais (?:\d+|douze|treize|quatorze|quinze|seize|dix sept)(?: ans)?|a l age de \d+ ans",
    r"le (?:m|mwen) te gen (?:\d+|douz|trez|katoz|kenz|sez) (?:an|zan)",
)

MONTHS = (
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
    r"|january|february|march|april|may|june|july|august|september|october|november|december"
    r"|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
    r"|janvye|fevriye|mas|me|jen|jiye|out|septanm|oktob|novanm|desanm)"
)
# A story told in the present tense, then dated or ended in a year: "me agarran y me suben a
# una camioneta... eso fue en 2021", "c'était en 2022", "sa te 2021", "I ran in 2022".
DATED_STORY = _cue(
    r"(?:eso|esto) fue (?:en )?(?:el )?(?:19|20)\d\d|(?:that|this|it) was (?:back )?in (?:19|20)\d\d",
    rf"(?:eso|esto) fue en {MONTHS}|(?:that|this|it) was (?:back )?in {MONTHS}|c etait en {MONTHS}|sa te (?:an|nan mwa) {MONTHS}",
    r"c etait (?:en )?(?:19|20)\d\d|sa te (?:an |nan )?(?:19|20)\d\d",
    # A decade as the time of the story: "how in the 90s the coyote locked them in a house".
    r"(?:back )?in the (?:19)?[5-9]0s(?= (?:the|my|our|we|they|he|she|i|a|when|his|her)\b)",
    r"en los (?:(?:19)?[5-9]0|ochenta|noventa)s? (?:el|la|los|las|mi|mis|nos|me|lo|la|cuando)",
    r"dans les annees (?:(?:19)?[5-9]0|quatre vingt) (?:le|la|les|mon|ma|mes|on|ils|il|elle|quand)",
    r"(?:i|we) (?:ran|left|escaped|got out) (?:away )?in (?:19|20)\d\d|(?:me|nos) (?:escape|escapamos|sali|salimos|fui|fuimos) en (?:el )?(?:19|20)\d\d",
    r"(?:je suis|on est) (?:parti|partie|sorti|sortie)s? en (?:19|20)\d\d|(?:m|mwen|nou) (?:kouri|chape|soti) (?:an |nan )?(?:19|20)\d\d",
)

# A year or more ago as the time of a story: "en 2022", "el año pasado", "last year", "ane pase".
IN_A_YEAR = _cue(
    r"(?:en|in|en el|nan|an|back in) (?:19|20)\d\d",
    r"el ano pasado|hace (?:\d+|un|dos|tres|varios) anos?|last year|(?:\d+|two|three|a few) years ago",
    r"l annee (?:derniere|passee)|l an (?:dernier|passe)|il y a (?:\d+|un|deux|trois) ans?",
    r"(?:ane|lane) pase|sa gen (?:\d+|de|twa) (?:an|zan|lane)",
)

DAYS_AGO = _cue(
    rf"(?<!desde )hace {NUMBER} (?:dia|dias|semana|semanas)",
    r"hace (?:dias|unos dias|poco tiempo)|la semana pasada|la otra semana|el otro dia|el fin de semana pasado",
    # A month told as the time of a story: "en noviembre", "in november", "en novembre".
    r"(?<!desde )en (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)",
    r"(?<!since )in (?:january|february|march|april|june|july|august|september|october|november|december)",
    r"(?<!depuis )en (?:janvier|fevrier|mars|avril|juin|juillet|aout|septembre|octobre|novembre|decembre)",
    r"(?<!depi )(?:an|nan mwa) (?:janvye|fevriye|mas|avril|me|jen|jiye|out|septanm|oktob|novanm|desanm)",
    rf"{NUMBER} (?:days?|weeks?) ago|last week|the other day|last weekend",
    rf"il y a {NUMBER} (?:jour|jours|semaine|semaines)|la semaine derniere|l autre jour",
    r"la semaine passee|le (?:week end|weekend) (?:dernier|passe)|la fin de semaine (?:passee|derniere)",
    rf"sa gen {NUMBER} (?:jou|semen)|semen pase|kek jou pase|lot jou a|lot semen",
    r"(?:durante|por) (?:\d+|dos|tres|varias|unas) (?:semanas|dias|meses)",
    r"for (?:\d+|two|three|a few|several) (?:weeks|days|months)",
    r"pendant (?:\d+|deux|trois|quelques|plusieurs) (?:semaines|jours|mois)",
    r"pandan (?:\d+|de|twa|kek) (?:semen|jou|mwa)",
    # A journey told as a story: done, though maybe not long ago.
    r"cuando (?:cruce|cruzamos|venia|veniamos|pase|pasamos|viajaba|viajabamos|sali de)",
    r"when (?:i|we) (?:crossed|came|was coming|were coming|left)",
    r"quand (?:je|j|on) (?:traversais|traversait|ai traverse|a traverse|suis venu|est venu)",
    r"le (?:m|mwen|nou) t ap (?:travese|vini)",
    r"durante el (?:viaje|camino)|during the (?:trip|journey)|pendant le (?:voyage|trajet)|pandan vwayaj la",
    r"(?:trabaje|estuve|estuvimos|trabajamos) (?:\d+|dos|tres|cuatro|unos|varios) (?:meses|semanas|dias)",
    r"(?:worked|stayed|was there) (?:\d+|two|three|four|a few|several) (?:months|weeks|days)",
    r"(?:travaille|reste|reste) (?:\d+|deux|trois|quatre|quelques) (?:mois|semaines|jours)",
    r"(?:travay|te travay|rete) (?:\d+|de|twa|kat|kek) (?:mwa|semen|jou)",
)

# Creole for "just" and "for an hour", shared by RECENTLY and HOURS_AGO: "fèk", "sot",
# "fenk" (but "lè m te fèk rive", when I had just arrived, is a story), "depi 1è d tan".
_HT_JUST = (
    r"sa gen inedtan|sa gen (?:\d+|de|twa) (?:e|edtan)|(?<!le m te )(?<!le mwen te )(?<!le nou te )fek"
    r"|(?<!le m te )sot|(?<!le m te )fenk"
)
_HT_HOURS = (
    r"(?:depi|gen) (?:\d+|yon|inedtan|de|twa) ?(?:e|edtan|e d tan|e de tan)|depi inedtan"
    r"|(?:depi|gen) (?:\d+|kek|de|twa) ?(?:minit|min)"
)

RECENTLY = _cue(
    r"ayer|anoche|antenoche|esta manana|hoy en la manana|hoy temprano|hace (?:un rato|rato|poco|unas horas|una hora|media hora|\d+ horas|\d+ ?(?:minutos|min|mins)|minutos)",
    r"acaban? de|acabo de",
    r"yesterday|last night|this morning|earlier today|an hour ago|(?:\d+|a few|two|three|few) ?(?:hours|minutes|mins?) ago|minutes ago|just now",
    r"hier|hier soir|ce matin|il y a (?:une|\d+|deux|trois) heures?|(?:il y a|y a|ya) \d+ ?(?:minutes|min|mins|mn)|tout a l heure|viens de|vient de|venons de|viennent de",
    r"ye|ye swa|maten an|" + _HT_JUST,
    r"desde (?:esta manana|anoche|ayer|hace (?:\d+|una|dos|tres) horas)|depuis (?:\d+|une|deux|trois) heures?|depuis ce matin|depuis hier",
    r"since (?:this morning|last night|yesterday)|for (?:\d+|an|one|two|three|a few) hours?|depi (?:\d+|de|twa) e|depi maten(?: an)?|depi ye",
    _HT_HOURS,
)
# Within the last hours: a beating or a medical emergency this recent is still an emergency.
HOURS_AGO = _cue(
    r"hace (?:un rato|rato|poco|unas horas|una hora|media hora|\d+ horas|\d+ ?(?:minutos|min|mins)|minutos|unos minutos)|acaban? de|acabo de|ahorita|hoy en la manana|esta manana",
    r"an hour ago|(?:\d+|a few|two|three|few) ?(?:hours|minutes|mins?) ago|minutes ago|just now|just|this morning|earlier today",
    r"il y a (?:une|\d+|deux|trois) heures?|(?:il y a|y a|ya) \d+ ?(?:minutes|min|mins|mn)|tout a l heure|viens de|vient de|venons de|viennent de|ce matin",
    _HT_JUST + r"|maten an",
    _HT_HOURS,
)
CHILD = _cue(
    r"hij[oa]s?|nin[oa]s?|bebes?|nene|nena|chamac[oa]|mi chiquit[oa]|son|daughter|child|kid|baby|boy|girl|"
    r"fils|fille|enfant|bebe|petit|petite|pitit|pitit fi|pitit gason|timoun|ti moun|ti gason|ti fi|tigason"
)

NOW = _cue(
    r"ahora|ahorita|ahora mismo|ahorita mismo|en este momento|ya mismo|todavia|aun|siguen aqui|sigue aqui",
    r"right now|now|rn|at the moment|currently|still|as we speak",
    r"maintenant|en ce moment|toujours|encore",
    r"kounye a|konnya|kounyea|kounye|toujou|la a",
)

# A story the writer dates to a month gone by: "that was april", "eso fue en marzo".
PAST_MONTH = _cue(
    r"(?:that|it|this) was (?:in |back in )?(?:january|february|march|april|may|june|july|august|september|october|november|december)|back in (?:january|february|march|april|may|june|july|august|september|october|november|december)",
    r"(?:eso|esto|todo eso) (?:fue|paso) en (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)",
    r"c etait en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|(?:ca|cela) s est passe en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)",
    r"sa te (?:nan |an )?(?:janvye|fevriye|mas|avril|me|jen|jiye|out|septanm|oktob|novanm|desanm)|sa te pase (?:nan |an )(?:janvye|fevriye|mas|avril|me|jen|jiye|out|septanm|oktob|novanm|desanm)",
)
# The writer, released or safe: "a mí me dejaron ir", "they let me go", "m an sekirite".
WRITER_RESOLVED = _cue(
    r"(?:a mi )?me (?:dejaron ir|soltaron|liberaron)|(?:ya )?estoy (?:bien|a salvo)|(?:they )?let me go|i m (?:safe|ok|fine)(?: now)?|"
    r"(?:ils|on) m (?:ont|a) (?:relache|libere)\w*|je suis (?:en securite|libre)|yo lage (?:m|mwen)(?! (?:bay|ba|bo|nan|sou|toupre|pre|kote|pou kont) )|(?:m|mwen) an sekirite"
)
# Out of it since: picked up, at a shelter, at a relative's ("nou rive lakay tonton m").
SAFE_SINCE = _cue(
    r"(?:ya )?(?:estoy|estamos) en (?:el|un) (?:albergue|refugio|hospital)|nos (?:recogio|recogieron|rescato|rescataron)|ya llegamos a|"
    r"(?:ya )?(?:estoy|estamos) en (?:la )?casa de|(?:we re|i m) (?:at|in) my \w+ s (?:house|place)|(?:on est|je suis) chez (?:ma|mon|mes)",
    r"(?:we|i) (?:made it|got) to|(?:we re|i m) (?:at|in) (?:a|the) (?:shelter|hospital)|(?:picked us up|rescued us|found us and took)",
    r"(?:on est|je suis|nous sommes) (?:arrives?|au foyer|a l hopital)|(?:on nous a|ils nous ont) (?:recupere|secouru)s?",
    r"(?:nou|m|mwen) rive(?! (?:la|isit) )|(?:nou|m|mwen) nan (?:abri|lopital)|yo (?:vin )?(?:pran|sove) nou",
)
# Animals killed for food: "hoy mataron dos puercos para la fiesta".
SLAUGHTER = _cue(
    r"(?:mataron|matamos|mato|matar|matan|killed|kill|killing|slaughtered|tue|tuer|tuent|touye) "
    r"(?:(?:\d+|dos|tres|un|una|unos|los|las|el|la|a|two|three|the|some|des|les|une|deux|trois|de|twa|yon|) ?)"
    r"(?:puercos?|cerdos?|marranos?|gallinas?|chivos?|borregos?|vacas?|res|pavos?|pigs?|hogs?|chickens?|goats?|cows?|"
    r"turkeys?|deer|cochons?|porcs?|poulets?|chevres?|moutons?|vaches?|kochon|poul|kabrit|bef|mouton|kodenn)",
)
_ANOTHER_VICTIM = re.compile(
    r"^ (?:y|and|et|epi|ak|e|avec|con) (?:a|al|a l) |"
    r"^ (?:y|and|et|epi|ak|e|avec|con) (?:mi|mis|my|mon|ma|mes|su|sus|his|her|their|el|la|los|las|"
    r"un|una|a|the|tonton|manman|papa|fre|se|pitit|vwazen|nuestr[oa]s?|our|nos|nou|moi|me|him|them|[a-z]+ (?:m|mwen))\b"
)
_HURT = re.compile(
    r"(?<= )(?:herid\w*|lastimad\w*|balea\w*|dispar\w*|bless\w*|blese|tire|tirent|tiraient|hurt|injur\w*|"
    r"wounded|shot|shooting)(?= )"
)
_YOU_RE_NEXT = _cue(
    r"(?:me|nos|te) toca|sigues tu|sigo yo|siguen ustedes|you re next|youre next|we re next|i m next|"
    r"tu es le prochain|tu es la prochaine|c est ton tour|se tou pa (?:w|ou)|ou se pwochen"
)


def slaughtered(text: str, start: int) -> bool:
    """The killing word at `start` is animals killed for food, and nobody is killed with them
    ("mataron dos vacas y a mi papá") and nothing says the writer is next."""
    for found in SLAUGHTER.finditer(text):
        if found.start() <= start < found.end():
            return (
                _ANOTHER_VICTIM.search(text[found.end() :]) is None
                and _YOU_RE_NEXT.search(text) is None
                and _HURT.search(text) is None
            )
    return False


# Still out there, whenever it began: a phone about to die, a leg that will not carry them.
STRANDED = _cue(
    r"(?:me queda|queda|tengo|al|en) \d+ (?:de )?(?:bateria|pila)|(?:bateria|pila|cel|celular) (?:al|en) \d+|"
    r"se me (?:acaba|esta acabando|va a acabar) la (?:bateria|pila)|poca (?:bateria|pila)|"
    r"no (?:puedo|puede|podemos) (?:caminar|mover(?:me|se)?|levantar(?:me|se))|(?:pierna|tobillo|pie) (?:rota|roto|quebrad[oa])",
    r"(?:phone|battery|cell) (?:is )?(?:at|on) \d+|\d+ (?:battery|percent)|battery (?:is )?(?:low|dying|almost dead)|phone (?:is )?dying|"
    r"(?:leg|ankle|foot) is (?:broken|broke)|broke (?:my|his|her) (?:leg|ankle|foot)|can t (?:walk|move|stand)|cannot (?:walk|move|stand)",
    r"(?:batterie|telephone|portable) (?:a|est a) \d+|plus de batterie|batterie (?:faible|presque vide)|"
    r"(?:peux|peut|pouvons) (?:plus|pas) (?:marcher|bouger)|(?:jambe|cheville|pied) cassee?",
    r"batri (?:m|mwen|telefon an|telefon m) (?:rete|a|sou) \d+|batri (?:m|mwen) (?:preske fini|ba)|"
    r"(?:m|mwen|li|l|nou) pa (?:ka|kapab) (?:mache|bouje|kanpe)|(?:janm|pye) (?:m|mwen|li) kase",
)

DEADLINE = _cue(
    r"hoy|esta noche|manana|antes de (?:las|la|que|mediodia|manana)|en (?:\d+|dos|tres) (?:horas|dias)|tengo hasta|tenemos hasta|para las \d+",
    r"today|tonight|tomorrow|by (?:\d+|tonight|tomorrow|today|noon|midnight)|before (?:\d+|tonight|tomorrow)|in (?:\d+|two|three) (?:hours|days)",
    r"aujourd hui|ce soir|demain|avant (?:\d+|ce soir|demain|midi|minuit)|dans (?:\d+|deux|trois) (?:heures|jours)",
    r"antes de (?:la )?medianoche|by midnight|before midnight|anvan minwi",
    r"jodi a|aswe a|demen|anvan (?:\d+|aswe|demen|midi)",
    r"(?:hasta|para) el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|until (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    r"by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|jusqu a (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)",
    r"(?:jiska|anvan) (?:lendi|madi|mekredi|jedi|vandredi|samdi|dimanch)",
)

# A time that starts what goes on, or a comparison: "desde que llegué en 2022", "igual que el
# año pasado", "like last year", "comme l'an dernier", "depi ane pase".
ONGOING_SINCE = _cue(
    r"desde|since|depuis|depi|igual que|como en|como el|like (?:in|last|back)|like he did|"
    r"the same way|comme (?:en|l an|l annee)|menm jan",
)

# The place calm again after a shooting: "ahora ya está tranquilo", "it's calm now" (not the
# writer safe: a partner who "ya se calmó" an hour after a beating is still there).
CALM_AGAIN = _cue(
    r"(?<!no )(?:ahora )?ya (?:esta|estan) (?:tranquil[oa]s?|calmad[oa]s?)|ya se calmo",
    r"(?:it s|its|it is) (?:calm|quiet) now|c est (?:calme|tranquille) maintenant|li kalm kounye a",
)
RESOLVED = _cue(
    r"(?<!no )(?:ya )?(?:estoy|estamos) (?:bien|a salvo|segur[oa]s?|tranquil[oa]s?)(?: ahora| ya)?",
    r"(?<!no )ya (?:esta|estan) (?:bien|mejor|a salvo)",
    r"(?:yo |i |j ai |m )?(?:sobrevivi|sobrevivimos|survived|survecu|siviv)|now and safe|and safe now|et en securite|e an sekirite",
    # Got out: "ya escapé", "we escaped", "je me suis enfuie", "m sove".
    r"ya (?:me )?(?:escape|escapamos|sali de ahi)|logre escapar|(?:i|we) (?:escaped|got out of there)|"
    r"je me suis (?:echappee?|enfuie?)|on s est (?:echappes|enfuis)|(?:m|nou) (?:sove|chape) (?:kite|soti)",
    # "It's over", but not "it's over for me": a threat ("si je paye pas c'est fini pour moi").
    r"(?:ya (?:se )?acabo|it s over|its over|c est fini|cest fini|c est termine|sa fini|li fini)"
    r"(?! (?:para|for|pour|pou) (?:mi|me|moi|nous|us|nosotros|mwen|m|nou|toi|you|ti|lui|him|her|el|ella|li))",
    r"(?:ya )?nos (?:cambiamos|mudamos|fuimos) de (?:ciudad|casa|estado)|we moved (?:to another|away|out)|on a demenage|nou (?:demenaje|chanje vil)",
    r"(?:esta|estoy|estamos|is|he s|she s|i m|il est|elle est|je suis|li|m) (?:en el|in the|in|a l|au|nan) (?:hospital|hopital|lopital|clinica|clinic)",
    r"ya (?:estoy|estamos) en (?:el|un) (?:albergue|refugio)|(?:i m|we re|i am|we are) (?:at|in) (?:a|the) shelter now|(?:je suis|on est|nous sommes) au foyer maintenant|(?:m|nou) nan abri a kounye a",
    r"logre (?:escapar|salir|huir)|me escape|nos escapamos|escape de|me (?:soltaron|liberaron|dejaron ir|rescataron)|nos (?:soltaron|liberaron|dejaron ir|rescataron)",
    r"ya (?:sali|salimos|me fui|nos fuimos|pague|pagamos|paso|termino|no (?:llaman|me llaman|me buscan))",
    r"(?:ya )?(?:la|lo|los|las) (?:soltaron|liberaron|dejaron ir|rescataron|regresaron|encontraron)|ya (?:regreso|volvio|aparecio|esta con nosotros)",
    r"(?:they|he|she) (?:released|freed|let) (?:her|him|them)(?: go)?|(?:she|he|they) (?:was|were) (?:released|freed|rescued|found)|(?:she|he) s back",
    r"(?:ils|il|on) (?:l|les) (?:ont|a) (?:relache|libere|retrouve)\w*|(?:elle|il) est (?:revenue?|rentree?)|(?:elle|il) a ete (?:liberee?|relachee?|retrouvee?)",
    r"yo lage (?:l|li|yo)(?! (?:bay|ba) )|yo jwenn (?:li|l)|(?:li|l) tounen lakay",
    r"(?:i m|i am|we re|we are) (?:fine|ok|okay|safe|alright|better) now|(?:i m|we re|i am|we are) (?:fine|ok|okay|safe)",
    r"(?:ya )?(?:estoy|estamos) en (?:mi |la )?casa (?:y )?(?:bien|tranquil[oa]s?|a salvo)|(?:i m|we re) (?:back )?home (?:and )?(?:safe|ok|fine)|"
    r"(?:je suis|on est) (?:a la maison|chez (?:moi|nous)) et (?:ca va|je vais bien|on va bien)|(?:m|mwen|nou) lakay (?:la )?(?:m|mwen|nou) byen|"
    r"todo bien|all good|tout va bien|tout bagay anfom|(?:ya )?(?:esta|estan) estables?|(?:she s|he s|they re) stable|(?:il|elle) est stable|li estab",
    r"(?:ahora|ya) (?:estamos|estoy) en el albergue|now (?:we re|i m|we are|i am) (?:at|in) the shelter|maintenant (?:on est|je suis|nous sommes) au foyer|kounye a (?:nou|m) nan abri a",
    r"(?:he s|she s|he is|she is|they re|they are|it s) (?:fine|ok|okay|alright|better|safe)(?: now)?",
    r"i left (?:him|her|them|in (?:january|february|march|april|may|june|july|august|september|october|november|december)|last (?:year|month|week))|(?:i|we) ran (?:away )?in (?:19|20)\d\d",
    r"i (?:escaped|got out|ran away)|we (?:escaped|got out)|(?:i m|i am|we re|we are) out(?: now)?(?! of)|(?:they|he) let (?:me|us) go|(?:i was|we were) (?:released|rescued|freed)|i already left|they stopped calling",
    r"ca va maintenant|(?:il|elle) va (?:bien|mieux)|(?:je vais|on va|nous allons|ca va) (?:bien|mieux)(?: maintenant)?|je suis en securite|(?:je me suis|on s est) (?:echappe|enfui|sauve)\w*|(?:ils|il) (?:m|nous) (?:ont|a) (?:relache|libere)\w*|je suis parti|appellent plus|je suis sortie?(?! (?:chercher|acheter|pour|de|du|avec))",
    r"(?:m|mwen|nou|li|yo) (?:byen|anfom|an sekirite)(?: kounye a| kounya a)?|(?:m|mwen|li) (?:refe|geri)(?: kounye a| kounya a| net)?|(?<!si )(?:m|mwen|nou) (?:te )?(?:chape|sove|kouri)|yo lage (?:m|mwen|nou)(?! (?:bay|ba|bo|nan|sou|toupre|pre|kote|pou kont) )|(?:m|mwen) deja ale|pa rele anko|(?<!pou )(?<!ka )(?<!vle )(?:m|mwen) soti(?= (?:kounya|kounye|kounyea))",
)

REMEDY = _cue(
    r"denunci\w*|poner (?:una )?denuncia|levantar (?:una )?denuncia|demandar|(?:pedir|sacar|tramitar|obtener|conseguir) (?:papeles|la visa|visa|asilo|refugio|la tarjeta|documentos)",
    r"como victima|visa (?:u|t|humanitaria)|tarjeta humanitaria|reparacion|compensacion|que (?:puedo|podemos) hacer|puedo pedir",
    r"report (?:it|them|him|her|this)|press charges|file a (?:report|complaint)|can i (?:get|apply|ask|report)|as a (?:crime )?victim|u visa|t visa|compensation|what can (?:i|we) do",
    r"(?:je|on) (?:peux|peut) faire quoi|que (?:puis je|peut on) faire|porter plainte|deposer plainte|signaler|comme victime|(?:je peux|est ce que je peux|on peut) (?:avoir|demander|obtenir)|qu est ce qu on peut faire|indemnisation",
    r"fe plent|depoze plent|denonse|kom viktim|(?:eske )?(?:m|mwen|nou) (?:ka|kab) (?:jwenn|mande|fe)|kisa (?:m|mwen|nou) ka fe",
    r"prueba de vih|hiv test|test vih|tes vih|pedir asilo|ask for asylum|apply for asylum|want asylum|demander l asile|mande azil",
    r"(?:eso|esto) (?:sirve|cuenta) para (?:pedir )?(?:el )?asilo|(?:does )?(?:that|this|it) count for (?:my )?asylum|(?:ca|sa|cela) compte pour (?:l ?asile|lasile)|sa ka ede dosye azil",
)

# What would happen, asked: "q le pasa si lo agarra migracion?", "what happens if they find him?".
WHAT_IF = _cue(
    r"(?:que|q) (?:le |me |nos |les )?(?:pasa|pasaria|va a pasar|hacen|harian) si",
    r"what (?:happens|would happen|will happen|do they do) if|what if (?:they|the|migration|ice)",
    r"qu est ce qui (?:se passe|arrive|va se passer) si|que (?:se passe|fait on) si",
    r"(?:sa k|kisa k|kisa ki) (?:ap|pral)? ?(?:rive|pase|fet) si",
)

# What a victim does after the blows: report them, ask their rights as a victim. Nobody asks
# how to file a report while they are being beaten ("bandits attacked us with machetes, they
# took everything, where do we report it? we have no papers").
VICTIM_STEPS = _cue(
    r"denunci\w*|poner (?:una |la )?denuncia|levantar (?:una |la )?denuncia|(?:derechos? )?como victimas?"
    r"|victimas? de (?:un )?delito|(?:ir|fui|vamos) (?:a|al) (?:la )?(?:fiscalia|ministerio publico)",
    r"report (?:it|this|that|the crime|a crime|them|him|her|the attack|the robbery)|press charges"
    r"|file a (?:report|complaint|police report)|(?:rights )?as (?:a )?victims?|crime victims?",
    r"port\w* plainte|depos\w* (?:une )?plainte|declarer (?:ca|cela|l agression)|comme victimes?"
    r"|victimes? (?:de|d un) delit",
    r"fe (?:yon )?plent|depoze plent|pote plent|deklare sa|kom viktim|viktim krim|denonse|denuncia",
)

NEWS = _cue(
    r"vi (?:en|que)|lei (?:que|en)|escuche (?:que)?|supe que|(?<!nos )(?<!me )(?<!les )(?<!le )dicen que(?! (?:nos|me) (?:van a|va a|iban a))(?! nadie )(?! (?:les |le |nos |me )?(?:debemos|debo|tenemos que|tengo que|vamos a|voy a|no podemos|no puedo))|(?:me|nos) dijeron que(?! (?:manana|hoy|ahorita|esta noche|al rato|en la noche|ya|luego) (?:nos|me) )|en la tele dijeron|salio en|en las noticias|en la tele|en el noticiero|en facebook|en tiktok|en las redes|es cierto que|es verdad que|segun",
    r"i saw|i read|i heard|people say|they say that|on the news|in the news|on facebook|on tiktok|is it true|i watched|on tv|on the tv",
    r"les infos (?:disent|ont dit|parlent)|dans les infos|aux nouvelles|le journal dit|"
    r"j ai vu|j ai lu|j ai entendu|on entend dire|on entend qu on [a-z]+ (?:les|des)|on dit|aux infos|au journal|dans les journaux|sur facebook|c est vrai|a la tele|a la television",
    r"(?:m|mwen) we nan|(?:m|mwen) tande(?! (?:vwazin|vwazen|yon moun|moun k ap|kou|rel|l ap|li ap))|moun di(?! (?:yo|li|l) we)|nan nouvel|sou facebook|se vre|nan televizyon|nan tele a",
)

# A story on a screen: "that movie about the border where they get lost in the desert".
FICTION = _cue(
    r"(?:vi|mire|watched|saw|seen|regarde|vu|gade) (?:un |una |a |the |le |la |yon )?(?:film|movie|pelicula|serie|documental|documentary|documentaire|fim)",
    r"(?:movie|film|documentary|pelicula|documental|documentaire|fim) (?:about|sobre|sur|sou)",
    r"(?:una|la|esa) (?:pelicula|serie|novela) (?:de|sobre|donde|en la que)|(?:un|el|ese) documental (?:de|sobre)",
    r"(?:a|the|that) (?:movie|film|documentary|series|show) (?:about|where|in which)",
    r"(?:un|le|ce) (?:film|documentaire|reportage) (?:sur|ou)|(?:une|la|cette) serie (?:sur|ou)",
    r"(?:yon|fim nan|fim sa a) fim (?:sou|kote)|fim (?:sa|la) (?:sou|kote)",
    # "En la novela el malo le dijo...", "in the movie the guy says...", "dans le film le méchant".
    r"(?<!como )en la (?:novela|telenovela|serie|pelicula)|(?<!like )in the (?:movie|film|show|series)"
    r"|(?<!comme )dans (?:le film|la serie|le feuilleton)|(?<!tankou )nan fim nan",
    # "Dans la série que je regarde ils ont séquestré le président"; never "like in a movie",
    # which tells what happened to the writer's own.
    r"(?:la|una|esa|une|cette|ma|mi) serie que (?:je regarde|j ai vu|veo|vi|miro|estoy viendo)|"
    r"the (?:series|show) (?:i m|i am|i was) watching|nan seri (?:m|mwen) ap gade a|"
    # The episode of a series: "el capítulo donde secuestran al gringo".
    r"(?<!como en )(?<!como )(?:el|ese|un) capitulo (?:donde|en el que|en que)|"
    r"(?<!like in )(?<!like )the episode (?:where|when|in which)|"
    r"(?<!comme dans )(?<!comme )(?:l|cet|un) episode ou|(?:ya )?vieron la serie|la serie de (?:narcos|netflix)",
    # "viste el capítulo de anoche de la novela?", "that telenovela last night", "t'as vu l'épisode d'hier?"
    r"(?:that|the) telenovela (?:last night|yesterday)|la telenovela de (?:anoche|ayer)|"
    r"(?:viste|vieron|vio) (?:el capitulo|la novela|la serie|la telenovela)|"
    r"(?<!como en )(?<!como )(?:el|ese) capitulo de (?:anoche|ayer|hoy|la novela|la serie)|"
    r"(?<!like in )(?<!like )(?:the|that|last night s) episode (?:last night|yesterday)|"
    r"(?:t as|tu as|vous avez) vu l episode|(?<!comme dans )(?<!comme )l episode (?:d hier|de hier soir|d hier soir)|"
    r"(?:estoy escribiendo|escribo) (?:una novela|un guion)|(?:i m|i am) writing (?:a|my) (?:novel|screenplay)|"
    r"(?:j ecris|jecris|j ecrit|je suis en train d ecrire) (?:un|mon) (?:roman|scenario)|(?:m|mwen) ap ekri yon woman|"
    r"je regarde (?:narcos|la serie|une serie|cette serie)|dans cette serie|en esta serie|in this (?:show|series)|nan seri sa a|"
    r"(?:en )?la pelicula que (?:vimos|vi|estoy viendo|estamos viendo)|in the movie (?:we|i) (?:saw|watched)|"
    r"dans le film (?:qu on a|que j ai) (?:vu|regarde)|nan fim (?:nou|m) te gade a",
)

HOME = _cue(
    r"en mi pais|alla en mi|en mi tierra|en mi pueblo|de mi pueblo|alla|"
    + IF_I_GO_BACK
    + r"|por eso (?:sali|me fui|hui|huimos|salimos|nos fuimos|nos venimos|nos vinimos|me vine|vinimos)",
    r"no (?:puedo|podemos) (?:regresar|volver)|me vine para aca|tuve que salir|tuvimos que salir|me deporten|nos deporten",
    r"(?:me fui|sali|salimos|hui|huimos|nos fuimos|escape) de mi pais|(?:necesito|pedir|solicitar) refugio",
    # Round 3 of the journeys: "yo sali de honduras xq las maras me amenazaron", "pida refugio".
    r"(?:me fui|sali|salimos|hui|huimos|nos fuimos|escape|escapamos|me vine|nos venimos|vinimos) de "
    r"(?:honduras|guatemala|el salvador|venezuela|haiti|cuba|nicaragua|colombia|ecuador|peru)|"
    r"(?:pida|pidas|pide|pidan|pedi|pedimos) (?:refugio|asilo)",
    r"can t go back|cannot go back|if they deport (?:me|us)|over there|in my hometown|"
    r"(?<!from )in (?:cameroon|haiti|honduras|guatemala|el salvador|venezuela|congo|guinea|nicaragua|colombia|cuba|ecuador|senegal|ghana|nigeria)",
    r"c est pour ca qu (?:on|il|elle)s? (?:a|ont) quitte|c est pour ca qu(?:e|) ?(?:on|je|j|nous) (?:est|suis|sommes|a|ai|avons) (?:partie?s?|quitte)|c est pour ca que (?:j ai|nous avons) quitte|on a quitte (?:haiti|le pays|mon pays)|"
    # "Là-bas" as back home, not where the writer sleeps or works now ("on dort la bas").
    r"(?<!dort )(?<!dors )(?<!dormons )(?<!dorment )(?<!travaille )(?<!travaillons )(?<!reste )"
    r"(?<!restons )(?<!vit )(?<!vivons )(?<!habite )(?<!habitons )(?<!enferme )(?<!enfermes )la bas|(?<! entre )(?<! entres )(?<! entree )(?<! entrer )(?<! entrent )chez (?:nous|moi)|au pays|(?:je )?(?:peux|peut) pas (?:rentrer|retourner)|si (?:on|ils) me (?:renvoie|renvoient|deporte|deportent)",
    r"(?:au cameroun|en haiti|au congo|en guinee|au venezuela|au honduras|au guatemala|au salvador|au nigeria|au senegal)|"
    r"ayiti (?:yo|li|m|mwen|nou) te|nan kamewoun|(?:m|mwen) pa ka (?:retounen|tounen)|si yo depote (?:m|mwen)|kite peyi (?:m|mwen)|pe tounen lakay|(?:re)?tounen lakay",
    r"como refugiad[oa]|pedir asilo|as a refugee|want asylum|comme refugie|demander l asile|kom refijye|mande azil",
    r"en (?:honduras|guatemala|el salvador|venezuela|haiti|cuba|nicaragua|colombia|ecuador|peru)",
    r"back home|in my country|if (?:i|we) (?:go back|return)|if they (?:send|deport) (?:me|us)|that s why i left|thats why i left",
    r"dans mon pays|au pays|si (?:je|on) (?:rentre|retourne)|c est pour ca que je suis parti\w*",
    r"c est pour ca que (?:j ai|on a|nous avons) fui|that s why (?:i|we) (?:fled|ran)|por eso (?:hui|huimos|escapamos)",
    r"(?:au|en) (?:cameroun|congo|rdc|senegal|mali|guinee|ghana|nigeria|cote d ivoire|angola|erythree)",
    r"se sa k fe (?:nou|m|mwen) (?:kouri|kite|pati|vini)",
    r"nan peyi (?:m|mwen)|si (?:m|mwen) retounen|an ayiti|ann ayiti|se pou sa (?:m|mwen) (?:kite|pati)",
    r"(?:au|en) (?:guatemala|honduras|salvador|venezuela|nicaragua|colombie|haiti|equateur)|in (?:guatemala|honduras|el salvador|venezuela|nicaragua|colombia|haiti|ecuador)",
    r"nan (?:gwatemala|ondiras|salvado|venezyela|nikaragwa|kolonbi)",
)

HERE = _cue(
    r"aqui en|aca en|estoy aqui|estamos aqui|aqui en mexico|here in|i m here|we re here|are here|estan aqui|sont ici|isit nan|"
    r"ici a|ici au|isit la|en mexico|au mexique|nan meksik|"
    # Outside the shelter where the writer is: "yo kanpe devan refij la nan Tijuana".
    r"(?:afuera|enfrente|frente) del albergue|outside the shelter|devant le refuge|devan (?:refij|abri) (?:la|a)"
)

# A figure of speech or a game: "atrapada en el tráfico", "my kids held me hostage at Chuck E.
# Cheese lol", "our team got beaten 7-0", "secuestrados por el celular jaja".
FIGURATIVE = _cue(
    r"trafico(?! de (?:personas|migrantes|gente|ninos|organos|mujeres))|traffic|trafik(?! moun)|"
    r"embotellamiento|examen|exam|por el celular|by (?:the|their) phones?|chuck e cheese|"
    r"(?:my (?:son|daughter|kid|kids|teen|teenager)|mi hij[oa]|mis hijos|mon fils|ma fille|mes enfants|pitit (?:mwen|m)) "
    r"(?:(?:says|said)(?: that)? (?:i m|im|i am|i) (?:holding|keeping|kidnapping|locking)|"
    r"(?:dice|dijo|dicen)(?: que| q| k)? (?:lo|la|los|las) (?:tengo|tenemos) (?:secuestrad|encerrad|prisioner)\w*|"
    r"(?:dit|dis)(?: que| qu| k)? je (?:le|la|les) (?:sequestre|retiens|enferme|garde)\w*|"
    r"di (?:m|mwen) (?:kidnape|femen|kenbe|fenmen) (?:l|li|yo))|"
    r"como (?:un|una) pres[oa]|like a prisoner|comme (?:un|une) prisonni\w*|kom yon prizonye|"
    r"el parque|the park|au parc|nan pak|our team|mi equipo|mon equipe|ekip nou|partido|match|the game|"
    # A thing, not a person, "taken": "me tiene secuestrao el cerebro", "a kidnappé la télécommande".
    r"(?:secuestr\w*|kidnap\w*|sequestr\w*) (?:(?:el|la|mi|my|the|mon|ma|le|tu|your) )?"
    r"(?:control|tele|television|telecommande|remote|tv|cuenta|account|compte|kont|perso|personaje"
    r"|character|avatar)|secuestra(?:do|o|d)? el cerebro|"
    # The writer "will kidnap" the reader or their pet: a tease ("i will kidnap your dog").
    r"(?:i|i ll|i will|i m gonna|i m going to|imma) kidnap (?:you|your|ur)|"
    r"te (?:voy a|vamos a) secuestrar|(?:je vais|j vais) (?:te kidnapper|kidnapper ton|kidnapper ta)|"
    # A small child "holds me hostage": "mi hija de 3 años me tiene de rehén" (not "el padre
    # de mi bebé me tiene de rehén").
    r"(?<!de )(?<!of )(?:mi|my|mon|ma) (?:hij[oa]|bebe|nene|nena|fils|fille|son|daughter|baby|toddler)"
    r"(?: de \d+ (?:anos|ans|years?))? (?:me|m) (?:tiene|prend|has|is holding|keeps?)(?: [a-z]+){0,2}"
    r" (?:de rehen|en otage|hostage)|"
    r"lmao|jaja\w*|haha\w*|lol|mdr|smh|\d+ \d+|(?:\d+|six|seis|six) (?:days|dias|jours|jou) (?:a|per|por|par) (?:week|semana|semaine)"
)
# A song quoted: "la canción que dice me secuestraste el corazón", "the song that goes you
# kidnapped my heart". The harm words are the singer's, not the writer's.
SONG = _cue(
    r"(?:la|una|esa) cancion (?:que dice|donde dice)|(?:the|a|that) song (?:that goes|that says)|"
    r"(?:el|un|ese) corrido (?:que|q|k) dice|(?:le|un|ce) son qui dit|(?:la|une|cette) chanson qui dit|"
    r"what s the song|whats the song|chante (?:ki di|ki gen)|lyrics|la letra (?:dice|de la cancion)"
)
# At work, the harmed came to the writer: "tonight we got three gunshot wounds".
TREATED = _cue(
    r"(?:recibimos|tuvimos|llegaron|atendimos|atendi) (?:\d+|dos|tres|cuatro|varios|muchos) (?:heridos|pacientes|baleados|lesionados)",
    r"we (?:had|got|received|treated) (?:\d+|two|three|four|several|a few) (?:gunshot|gsw|stab|patients|wounded|victims)",
    r"(?:on a eu|on a recu|nous avons eu|nous avons recu|j ai eu) (?:\d+|deux|trois|quatre|plusieurs) (?:blesses|patients|victimes)",
    r"(?:nou|m|mwen) (?:te )?(?:resevwa|genyen|trete) (?:\d+|de|twa|kat|plizye) (?:moun|pasyan|blese)",
)
# The writer's work puts the harm words in their mouth: a nurse's patients, a guard's weapon.
PROFESSION = _cue(
    r"soy (?:enfermer[oa]|doctora?|medic[oa]|paramedic[oa]|trabajadora? social|guardia de seguridad|policia|maestr[oa])|"
    r"trabajo (?:de|como) (?:enfermer[oa]|guardia|vigilante|seguridad|paramedic[oa])",
    r"i (?:am|m) an? (?:er |icu )?(?:nurse|doctor|paramedic|emt|social worker|security guard|teacher|cop|police officer)|"
    r"i work (?:as an?|in) (?:nurse|doctor|paramedic|emt|firefighter|security|the er|the emergency room|a clinic|a hospital)",
    r"je suis (?:infirmiere?|aide soignante?|medecin|docteur|ambulancier\w*|assistante? sociale?|agent de securite|vigile|policier|enseignante?)|"
    r"je travaille (?:comme|dans la|dans un) (?:infirmiere?|securite|hopital|clinique|vigile)",
    r"(?:m|mwen) se (?:enfimye|dokte|ajan sekirite|gad|polis|pwofese)|(?:m|mwen) travay (?:kom|nan) (?:enfimye|sekirite|lopital|klinik)",
)
# A video game by name, and someone shouting in it: "juega free fire y grita me van a matar".
GAME = _cue(
    r"free ?fire|fortnite|roblox|minecraft|call of duty|gta|videojuegos?|video ?games?|jeux? video|jwet videyo"
)
SHOUT = _cue(
    r"grita|gritando|grito|yells|yelling|screams|screaming|shouts|shouting|crie|criant|rele|ap rele"
)
# Signs of a medical emergency that "is it normal?" does not make mild: a baby who does not
# wake or feed, blood vomited, blurred sight in pregnancy.
RED_FLAG = _cue(
    r"no (?:despierta|se despierta)|aguadit[oa]|vomit\w* sangre|borroso|lucecitas|"
    r"floppy|won t wake|wont wake|hard to wake|blood|blurry|"
    r"se reveille (?:pas|plus)|tete plus|vomit\w* du sang|flou|"
    r"pa reveye|pa vle tete|vomi san|we twoub|"
    r"se trago|babeando|swallowed|a avale|vale yon|"
    # A bite of a snake or a scorpion's sting is never mild, whatever the foot or hand.
    r"serpiente|vibora|alacran|escorpion|snake|scorpion|serpent|koulev|eskopyon|"
    r"se (?:pone|puso|esta poniendo) negr[oa]|turning black|devient noir|vin nwa|"
    # Breathing that fails, and a whole bottle of pills taken.
    r"(?:casi|ya) no respira|no esta respirando|dejo de respirar|(?:is not|isn t|isnt|s not) breathing|stopped breathing|"
    r"ne respire (?:plus|presque plus)(?! bien| par)|a arrete de respirer|pa respire anko|sispann respire|"
    r"un frasco (?:completo|entero) de|a whole bottle of|tout un flacon|yon boutey grenn"
)
# Gunfire heard now: "on entend des tirs", "se oyen balazos", "we hear shots", "une balle a cassé".
HEARD_SHOTS = _cue(
    r"(?:on entend|j entends|se oyen|se escuchan|oigo|escucho|we hear|i hear|hearing|n ap tande|m ap tande) "
    r"(?:des |los |unos |some )?(?:tirs|coups de feu|balazos|disparos|tiros|gunshots|shots|tire)",
    r"une balle a|una bala (?:rompio|entro|quebro)|a bullet (?:broke|came|went)",
)
# Asking how to help someone else: "¿qué le puedo decir?", "how can I help her?".
HELP_OTHER = _cue(
    r"(?:que|como) (?:le |la |lo )?(?:puedo|podemos) (?:decir|ayudar|hacer)|como (?:la|lo) (?:ayudo|puedo ayudar)",
    r"how (?:can|do|could) (?:i|we) help (?:her|him|them)|what (?:should|can) i tell (?:her|him)",
    r"comment (?:je peux|puis je|on peut) l aider|comment l aider|qu est ce que je peux lui dire|"
    r"comment aider (?:une|un|mon|ma|mes|notre) \w+|je sais pas quoi lui dire",
    r"kijan (?:m|mwen|nou) ka ede (?:l|li)|kisa (?:m|mwen) ka di (?:l|li)",
)
# Violence at home told about others, relayed by the writer ("mi amiga dice que su marido le
# pega", "my brother says his wife hits him", "les femmes me racontent que leur mari les frappe",
# "fanm yo di m mari yo bat yo"), said of a kind of person ("un mari qui frappe sa femme", "a man
# who hits his wife", "yon nonm k ap bat madanm li"), or asked whether it counts ("is that abuse?",
# "eske sa se vyolans?").
RELAYED = _cue(
    r"(?:me )?(?:dice|dijo|cuenta|conto|platica|platico|comenta|comento) (?:que|q|k)|me (?:contaron|platicaron|cuentan|dicen) (?:que|q|k)",
    r"(?:says|said|told me|tells me|texted me|wrote me|told us)(?: that)?",
    r"(?:m a dit|me dit|dit|raconte|m a raconte|me raconte|me racontent|racontent|disent|m ont dit) (?:que|qu)",
    r"(?:te )?(?:di m|di mwen|rakonte m|rakonte mwen|di nou)",
    # Asked for someone else: "es para una amiga", "asking for a friend", "se pou yon zanmi".
    r"es para (?:una|un|mi) (?:amig[oa]|vecin[oa]|conocid[oa]|prim[oa]|herman[oa])|asking for a friend|(?:it s|its|this is) for (?:a|my) (?:friend|neighbou?r|cousin|sister)",
    r"c est pour (?:une|un|mon|ma) (?:amie?|voisine?|cousine?|soeur)|se pou (?:yon|on) (?:zanmi|vwazin|kouzin)",
)
GENERIC_DOER = _cue(
    r"un (?:hombre|esposo|marido|senor|novio) que|los (?:hombres|maridos|esposos) que|sus (?:maridos|esposos|parejas)",
    r"a (?:man|husband|guy|boyfriend|partner|woman|wife) (?:who|that)|(?:men|husbands|guys) who|their (?:husbands|partners|boyfriends)",
    r"un (?:homme|mari|conjoint|copain) qui|leurs? (?:maris|conjoints)",
    r"yon (?:nonm|gason|mari|mesye|neg) (?:k|ki|kap|ki ap|que)|mari yo|mesye yo",
)
# Who does it at home, in anyone's family (not only the writer's: "su marido", "leur mari").
HOME_DOER = _cue(
    r"espos[oa]s?|marido|maridos|pareja|novi[oa]|papa|padre|padrastro|mama|madre|madrastra|suegr[oa]|concubin[oa]",
    r"husbands?|wife|wives|boyfriends?|girlfriend|bf|gf|partners?|father|stepfather|stepdad|dad|mother|stepmother|fiancee?",
    r"mari|maris|femme|epouse|conjoints?|copain|copine|pere|beau pere|mere|belle mere",
    r"madanm|mennaj|bope|belme|fanm (?:li|yo)",
)
# Words of a danger to life beside blows at home: a threat to kill, strangling, a weapon, a
# lock. Blows told of someone else with them are never only advice.
LETHAL = _cue(
    r"matar\w*|mata|matarla|matarlo|muert[oa]|ahorc\w*|estrangul\w*|asfixi\w*|arma|pistola|cuchillo|machete|encerr\w*|no la deja salir",
    r"kill\w*|dead|die|strangl\w*|chok\w*|gun|knife|locked|locks|lock|won t let her (?:out|leave)",
    r"tuer|tue|tuera|mort|morte|etrangl\w*|arme|pistolet|couteau|enferm\w*",
    r"touye|mouri|trangle|zam|kouto|fenmen|manchet",
)
# Violence heard as it happens: "se oyen gritos", "i can hear it", "on entend", "l ap rele".
HEARD_NOW = _cue(
    r"se (?:oyen|escuchan|oye|escucha)|(?:oigo|escucho|estoy oyendo)|gritando|esta gritando",
    r"i (?:can )?hear|we (?:can )?hear|screaming|yelling",
    r"on entend|j entends|(?:elle|il) crie|cris",
    r"(?:m|mwen|nou) tande|l ap rele|ap rele anmwe",
)
# Next door, the room beside: a kind of person there is someone now, not a question in general.
NEARBY = _cue(
    r"(?:de )?al lado|cuarto de junto|next door|nextdoor|(?:d )?a cote|bo kay|lot bo",
)
IS_IT_ABUSE = _cue(
    r"(?:es|eso es|esto es|sera|cuenta como) (?:violencia|abuso|maltrato)",
    r"is (?:that|this|it) (?:abuse|abusive|domestic violence|violence)|does (?:that|this) count as (?:abuse|violence)",
    r"c est (?:de la |une )?(?:violence|abus|maltraitance)",
    r"sa (?:se|a se) (?:vyolans|abi)",
)
# The writer no longer lives with the one who hurt them: "we split up", "ya me separé de él",
# "je l'ai quitté", "m kite l".
SEPARATED = _cue(
    r"(?:ya )?(?:me separe|nos separamos|lo deje|me divorcie|me fui de la casa|ya no vivo con (?:el|ella))",
    r"we (?:split up|broke up|separated|got divorced)|i (?:left him|left her|divorced him|moved out)|(?:i m|im|i am) out of that house|no longer live with",
    r"(?:je l ai quitte|on s est separes?|nous sommes separes|j ai divorce|je ne vis plus avec (?:lui|elle))",
    r"(?:m|mwen) kite (?:l|li|msye)|nou separe|m pa rete ak (?:li|l) anko",
)
# The writer's own step to get help as the condition ("si denuncio a mi pareja", "if i call an
# ambulance", "si m rele anbilans"): with nobody said to threaten it, a worry about the law
# ("...will they deport me?"), not a threat that holds them.
IF_I_SEEK_HELP = _cue(
    r"si (?:lo |la |le )?(?:denuncio|reporto|pongo (?:una |la )?denuncia|llamo (?:a )?(?:la policia|al 911|una ambulancia|a la ambulancia)|voy al (?:hospital|doctor|medico))",
    r"if (?:i|we) (?:report|call (?:the police|the cops|911|an ambulance)|go to (?:the )?(?:hospital|police|er|doctor))",
    r"si (?:je|j|on) (?:porte plainte|appelle (?:la police|le 911|une ambulance|l ambulance)|vais a l hopital|denonce)",
    r"si (?:m|mwen|nou) (?:rele (?:anbilans|lanbilans|polis|lapolis|911)|al lopital|fe (?:yon )?plent|pote plent|denonse)",
)
# Someone said to make the threat: "dice que", "he says", "il menace", "li di".
THREATENER = _cue(
    r"(?:me |nos )?(?:dice|dijo|dicen|dijeron|amenaza\w*|advirtio|advirtieron|advierte)(?: que)?|(?:says|said|told me|threaten\w*|warned|warns)",
    r"(?:il|elle|ils) (?:dit|disent|a dit|ont dit)|menace\w*|prevenu\w*|averti\w*|(?:li|l|yo) (?:di|te di)|menase\w*|avize",
    # A consequence promised besides deportation: "me va a ir peor", "ça va mal finir".
    r"(?:me|te|nos) va a ir (?:peor|mal)|va a estar peor|disappears?|ca va mal finir|(?:lo|los|te) echa a los perros|sa ap mal fini",
)
# A kidnapping faked over the phone, named as such: "secuestro virtual", "virtual kidnapping",
# "enlèvement virtuel", "kidnapin vityèl"; not when the writer says it is not one.
_VIRTUAL_KIDNAPPING = _cue(
    r"secuestro(?:s)? virtual(?:es)?|extorsion(?:es)? telefonica(?:s)?|virtual kidnapping|fake kidnapping"
    r"|enlevement(?:s)? virtuel(?:s)?|faux enlevement|kidnapin vity?el|fo kidnapin"
)
_NOT_VIRTUAL = _cue(
    r"no (?:es|era|fue) (?:un )?(?:secuestro virtual|extorsion)|(?:es )?real,? no (?:es )?(?:un )?virtual",
    r"(?:not|isn t|isnt|is not|ain t|aint|wasn t) (?:a |an |just a )?(?:virtual|fake)|real not (?:a )?(?:virtual|fake)",
    r"(?:n est pas|c est pas|pas) (?:un |une )?(?:enlevement virtuel|faux)",
    r"se pa (?:yon )?(?:kidnapin vity?el|fo kidnapin|fo)",
)


# Someone of the writer's got the call: "a mi mamá le llaman", "they called my wife".
CALLED = _cue(
    r"(?:le|les|me|nos) (?:llaman|llamaron|estan llamando|hablaron|marcaron|escribieron)",
    r"(?:called|calling|texted|call) (?:my|me|us|her|him)|got a call|(?:my|our) \w+ got (?:a )?calls?",
    r"(?:l|les|m|nous) (?:ont appele|appellent|a appele)|(?:a|ont) recu un appel",
    r"(?:yo|yon moun) (?:rele|te rele) (?:manman|papa|fanmi|madanm|mari|m|mwen)",
)


# Whether it is one, asked: "cómo saber si...", "is it a virtual kidnapping?", "eske se...".
_VIRTUAL_ASKED = _cue(
    r"como (?:saber|se|sabemos|distingo) si|(?:es|sera|era) (?:un )?(?:secuestro virtual|extorsion)|que es (?:un )?secuestro virtual",
    r"how (?:do|can|would) (?:i|we|you) (?:know|tell)|is (?:it|this|that) (?:a |just a )?(?:virtual|fake)|what is (?:a )?virtual kidnapping",
    r"comment (?:savoir|on sait|je sais)|est ce (?:que c est )?un (?:enlevement virtuel|faux)|c est un (?:enlevement virtuel|faux enlevement)",
    r"kijan (?:pou )?(?:m|mwen|nou) (?:ka )?konnen|eske se (?:yon )?(?:kidnapin vity?el|fo kidnapin)",
)


# The one said to be held cannot be reached, or there is proof: it may well be real.
_NOT_REACHED = _cue(
    r"no (?:me )?contesta|no (?:lo|la) encuentro|no (?:lo|la) localizo|no sabemos (?:nada )?de (?:el|ella)|foto|fotos|video",
    r"can t reach|cant reach|not answering|doesn t answer|doesnt answer|won t answer|no answer|photo|pic|pics|video",
    r"repond pas|(?:le|la) joindre|photo|video",
    r"pa ka jwenn (?:li|l)|pa reponn|foto|videyo|mare",
)


def virtual_kidnapping(words: str) -> bool:
    """A faked kidnapping asked about by someone safe; never when it is denied ("this isn't a
    virtual kidnapping, they have my son")."""
    return (
        any_of(_VIRTUAL_KIDNAPPING, words)
        and any_of(_VIRTUAL_ASKED, words)
        and not any_of(_NOT_VIRTUAL, words)
        and not any_of(_NOT_REACHED, words)
    )


# A harm that began then and goes on: "2 yrs ago my uncle started touching me and he still
# comes to my room", "hace un año empezó a pegarme y todavía lo hace".
STARTED = _cue(r"empezo a|empezaron a|comenzo a|started|a commence a|ont commence a|te komanse")
STILL_GOING = _cue(
    r"todavia|sigue|siguen|aun|still|keeps|toujours|encore|continue|toujou|kontinye|chak swa|every night|cada noche|chaque nuit"
)
# The one who hurt the writer keeps coming back: "sigue viniendo", "keeps showing up at my job",
# "il attend devant chez moi", "li kontinye vini".
KEEPS_COMING = _cue(
    r"sigue (?:viniendo|buscandome|llegando|siguiendome)|se metio a (?:la|mi) casa|entro a la fuerza|me sigue buscando",
    r"keeps (?:coming|showing up|following)|broke in|(?:he s|hes|he is) (?:outside|waiting)",
    r"(?:il|elle) (?:attend|m attend) devant|continue (?:de|a) venir|revient tout le temps|est entre de force",
    r"(?:li|l) (?:kontinye|toujou ap) vini|(?:li|l) kase pot la",
)
# A question asked inside a sentence, without "?" ("un niño me contó que..., cuál es el
# procedimiento que debo seguir").
ASKED_INSIDE = _cue(
    r"cual es el (?:procedimiento|proceso|paso)|(?:que|q) (?:debo|puedo|tengo que|tengo q|hago|hacemos)(?: hacer| seguir)?|a donde (?:la|lo|los|las) (?:llevo|puedo llevar|mando)",
    r"what (?:can|should|do) (?:i|we|she|he)|where (?:can|do|should) (?:i|we|she|he)|how (?:can|do) (?:i|we) help",
    r"(?:ou|comment) (?:je peux|puis je|on peut)|qu est ce (?:que|qu) (?:je|on|elle) (?:peut|peux|doit|dois)",
    r"ki kote (?:m|mwen|nou) ka|kisa (?:m|mwen|nou|li) ka|kisa pou (?:m|li|nou)",
)
# A time that runs up to now: "ya son 4 dias", "it's been 2 weeks", "ça fait 5 jours", "sa fè 4 jou".
LASTED = _cue(
    rf"ya (?:son|van|llevamos|tenemos|tengo|llevo) {NUMBER} (?:dias|semanas|meses)|llev(?:o|amos) {NUMBER} (?:dias|semanas|meses)",
    rf"(?:it s|its|it has) been {NUMBER} (?:days|weeks|months)",
    rf"(?:ca|sa) fait {NUMBER} (?:jours|semaines|mois)",
    rf"sa fe {NUMBER} (?:jou|semen|mwa)",
)
# A shelter's hours: "en el albergue no nos dejan salir después de las 9", "at the shelter they
# lock the door at night". Both a shelter and a time of night.
SHELTER = _cue(
    r"en el albergue|aqui en el albergue|en la casa del migrante|en este albergue",
    r"(?:in|at) (?:the|this) shelter",
    r"(?:au|dans le|dans ce) (?:foyer|refuge)",
    r"nan (?:abri|albeg|refij|kay migran) (?:a|la|an)",
)
NIGHT_HOURS = _cue(
    r"(?:en|por|de) la noche|(?:en|por) las noches|de noche"
    r"|(?:despues|antes|a partir) de las \d+(?! (?:semanas|dias|meses|horas))|toque de queda",
    r"at night|after \d+ ?(?:pm|p m|o clock)|after dark|curfew",
    r"la nuit|le soir|apres \d+ ?h\b|couvre feu",
    r"lannwit|leswa|apre \d+ ?(?:e|edtan)\b",
)
# Someone who comes to the writer at night or takes them away: no shelter's rule.
NIGHT_INTRUDER = _cue(
    r"se mete|entra al|me llevo|nos llevo|se lleva|me ofrecio|patron|duen[oa]|senor[a]?|encargado|voluntari[oa]"
    r"|coordinador[a]?|cuidador[a]?|velador|guardia|custodio|un tipo|el tipo|un hombre|el hombre|una senora|su cuarto"
    r"|su oficina|su carro|cosas|conmigo|con nosotras|pistola|arma",
    r"comes into|came into|lets himself|took (?:me|us)|offered|boss|man|guy|owner|staff|worker|guard|volunteer"
    r"|coordinator|his (?:room|office|truck|car|bed)|with (?:him|me)|stuff|what he wants|gun|smuggler",
    r"entre dans|rentre dans|m a emmene|nous a emmene|patron|proprietaire|monsieur|gardien|surveillant|animateur"
    r"|responsable|un gars|le gars|passeur|sa chambre|avec (?:lui|moi)|arme",
    r"antre nan|mennen (?:m|nou)|patwon|mesye|neg|gad|li vin|chanm li|kouche|domi sou|pase a|zam",
)
# A limit set by a procedure or a workplace, not a person held: "salir del país mientras espero
# mi caso", "sortir du département pendant la procédure", "salir a comer".
LEGAL_LIMIT = _cue(
    r"del pais|de mexico|del estado|de la ciudad|mientras (?:espero|sale|se resuelve)|a comer|el tramite|mi caso",
    r"the country|the state|while (?:my|the) case|for lunch|my case",
    r"du pays|du departement|de la region|pendant la procedure|du territoire|ma demande",
    r"nan peyi a|peyi a|pandan dosye|dosye a|ale manje",
)
# "¿Es normal que...?": asks whether what happens is all right (it may be happening now).
NORMAL_Q = r"c normal|c est normal|es normal|is it normal|is this normal|se nomal"
NORMAL = _cue(NORMAL_Q)
INFO_FRAME = _cue(
    r"(?<!dice )(?<!dicen )(?<!dijo )(?<!dijeron )(?<!diciendo )(?<!decia )(?<!decian )(?<!creo )(?<!pienso )(?<!siento )(?<!nada )(?<!cree )que es(?! (?:del|de la|de los|de las|parte|enviad[oa]|mandad[oa]) )|(?<!dice )(?<!dicen )(?<!dijo )(?<!dijeron )(?<!diciendo )(?<!decian )(?<!creo )que son(?! (?:del|de|los de|las de|parte|enviados|mandados))|que significa|para una tarea|para la escuela|tarea de la escuela|investigacion|senales|como (?:reconocer|identificar|evitar|prevenir)|prevenir|prevencion|prevention",
    r"what is|what are|what does|school project|homework|for a class|signs of|signs that|how (?:to|do i) (?:recognize|avoid|prevent)",
    r"c est quoi|qu est ce (?:que c est|que la|que le|que les|qu un|qu une|que l|que ca veut dire|que signifie)|pour un expose|devoir|les signes|comment (?:reconnaitre|eviter|savoir)",
    r"como saber|how (?:do i|can i|to) know|kijan pou (?:m|mwen) konnen",
    NORMAL_Q,
    r"kisa .* ye|ki siy|devwa lekol|pou lekol|kijan pou (?:m|nou) evite",
    # Learning what to do: "queremos aprender", "on veut apprendre", "just in case".
    r"(?:quiero|queremos|para) (?:aprender|estar preparad[oa]s?)|por si acaso|por si las dudas",
    r"(?:we|i) (?:want|wanna|would like) to learn|to be prepared|just in case",
    r"(?:on veut|je veux|nous voulons|pour) (?:apprendre|etre prets?)|au cas ou",
    r"(?:nou|m|mwen) vle aprann|pou (?:nou|m) pare|pou si ta",
    r"solo (?:quiere|quiero|queremos) saber|(?:just|only) (?:want|wants|wanna) to know|(?:veut|veux) (?:juste|seulement) savoir|(?:jis|selman) vle konnen",
    # A line for people in that harm: "¿hay una línea para...?", "gen yon liy pou moun ki...".
    r"hay (?:una |alguna )?linea (?:para|de)|is there a (?:hotline|helpline|line|number) for|(?:y a t il|il y a|existe t il) une ligne (?:pour|d)|gen yon (?:liy|nimewo) pou",
    # A risk weighed before a crossing: "si je traverse la rivière je risque de me noyer?".
    r"si (?:cruzo|cruzamos|paso|pasamos|nado) (?:[a-z]+ ){0,6}(?:me arriesgo a|corro (?:el )?riesgo de|es peligroso)",
    r"if (?:i|we) (?:cross|swim|go through|take) (?:[a-z]+ ){0,6}(?:could|might|will) (?:i|we) (?:drown|die|get)",
    r"si (?:je|on|nous) (?:traverse|traversons|passe|passons|nage|prends|prend) (?:[a-z]+ ){0,6}(?:je|on|nous) risque\w* de",
    r"si (?:m|mwen|nou) (?:travese|pase|naje) (?:[a-z]+ ){0,6}(?:m|mwen|nou) (?:ka|kapab) (?:neye|mouri)",
    # Then against now, a relative's old story: "ahora es igual o ya no?", "is it still like that?".
    r"(?:ahora|hoy|hoy en dia) es (?:igual|asi) o (?:ya )?no|sigue siendo (?:igual|asi) o (?:ya )?no",
    r"is it still (?:like that|that way)(?: now| today)?(?: or not)?",
    r"(?:c est|est ce que c est) (?:toujours|encore) (?:comme ca|pareil)(?: aujourd hui| maintenant)?(?: ou (?:pas|non))?",
    r"eske se toujou konsa",
)

# "Chak swa", "todos los días", "every night": it keeps happening.
HABITUAL = _cue(
    r"todos los dias|todas las noches|cada (?:dia|noche|rato|vez que)|siempre|diario|casi diario",
    r"cuando (?:intenta|intento|trata|trato|quiere|quiero) (?:de )?(?:llamar|salir|irse|irme|hablar)|cuando (?:toma|se emborracha|llega borracho|se enoja)",
    r"every (?:day|night|time|week)|all the time|always|daily",
    r"when(?:ever)? (?:she|he|i|we|they) (?:tries|try) to|when(?:ever)? (?:he|she) (?:drinks|gets drunk|is drunk|gets mad|gets angry)",
    r"tous les (?:jours|soirs)|chaque (?:jour|soir|fois|nuit)|tout le temps",
    r"quand (?:elle|il|je|on) (?:essaie|essaye|veut) de|quand il (?:boit|a bu|est saoul|se fache)",
    r"chak (?:jou|swa|fwa|lannuit|maten)|tout tan|le (?:l|li|m|mwen|nou|yo) (?:eseye|vle|mande)|le (?:l|li) (?:bwe|sou|fache)",
)

# Words that say it is happening now and help must come ("aidez nous", "venez vite").
URGENT = _cue(
    r"ayuda(?:nos|me|enme)?|auxilio|socorro|urgente|rapido|ya|ahorita|ahora mismo|vengan|manden",
    r"help|urgent|now|right now|hurry|come quick|send",
    r"aidez(?: moi| nous)?|aide(?: moi| nous)|urgent|(?<!d )urgence|vite|maintenant|venez|envoyez",
    r"ede (?:m|nou)|ijan|vit|kounye a|vini|voye",
)
# Someone not named: "alguien que maltrata a su esposa", "someone who", "quelqu'un qui".
INDEFINITE = _cue(
    r"alguien|una persona|una amiga|un amigo|una vecina|un vecino|someone|somebody|a person|a friend|a neighbou?r|"
    r"quelqu un|une personne|une amie|un ami|une voisine|un voisin|yon moun|on moun|yon zanmi|yon vwazen|"
    r"una mujer|a woman|une femme|yon fanm|"
    r"una companera|un companero|a coworker|a colleague|une collegue|un collegue|yon koleg"
)
# "Here", "in this house", "dans le camp": where the writer is.
DEICTIC = _cue(
    r"aqui|aca|en esta casa|en este lugar|en el campo|donde estoy|donde estamos",
    r"here|in this house|in this place|where i am|where we are|in the camp",
    r"ici|dans cette maison|dans ce lieu|dans le camp|ou je suis|ou on est",
    r"isit|nan kay sa|kote m ye|kote nou ye|nan kan an",
    # Outside the writer's own door: "unos guys con armas afuera del apartment".
    r"(?:afuera|enfrente|frente) (?:de (?:mi|nuestra) |del )(?:casa|cuarto|depa|departamento|apartment|apartamento|puerta)",
    r"outside (?:my|our) (?:house|room|apartment|apt|door|building|trailer)|outside the (?:apartment|apt|door)",
    r"devant (?:ma|notre) (?:maison|porte|chambre)|devant (?:mon|notre) (?:appartement|appart|immeuble)",
    r"devan (?:kay|pot|chanm) (?:m|mwen|nou)",
)

# Held by the authorities: a matter for rights in detention, not a kidnapping.
DETENTION = _cue(
    r"detencion|detenid[oa]s?|estacion migratoria|migracion|la migra|carcel|el inm|"
    r"detention|detained|jail|custody|immigration|ice|"
    r"retention|centre de retention|detenu|prison|migration|"
    r"detansyon|estasyon migratwa|estasyon migrasyon|prizon|imigrasyon|migrasyon|lamigra|\d+ edtan|"
    r"migration station|station migratoire|"
    r"border patrol|patrulla fronteriza|la patrulla|cbp|detention center|centro de detencion|sant detansyon"
)
# The authorities who detain: a van of theirs is detention, not a kidnapping.
DETAINERS = _cue(
    r"la migra|lamigra|migracion|inmigracion|el inm|l inm|ice|immigration|border patrol|patrulla fronteriza|la patrulla|cbp|"
    r"imigrasyon|migrasyon|la migration|l immigration|police des frontieres|lapolis fwontye|"
    # English "migration" for the INM, only with the station it took the writer to ("migration
    # took me off the bus... and im at the station now"); alone it may be men in a house.
    r"migration (?:took|picked up|pulled|stopped|caught) (?:me|us)(?: \w+){0,12} (?:at|in) (?:the|their) "
    r"(?:station|office|migration station)"
)
# An escape dated days or more back: "i escaped 2 months ago", "me escapé hace un año".
ESCAPED_AGO = _cue(
    r"(?:i|we) (?:escaped|got out|ran away)(?: from)?(?: (?:there|him|her|them|that place|"
    r"that house))? (?:\d+|a|one|two|three|four|five|six|a few|few|several) (?:days?|weeks?|months?|years?) ago",
    r"(?:me|nos) (?:escape|escapamos)(?: de (?:ahi|alli|alla|ese lugar))? hace "
    r"(?:\d+|un|una|dos|tres|cuatro|cinco|seis|unos|unas) (?:dias?|semanas?|mes|meses|anos?)",
    r"(?:je me suis|on s est|nous nous sommes) (?:echappe|enfui|sauve)\w* (?:il y a|depuis) (?:\d+|un|une|deux|trois|quelques) "
    r"(?:jours?|semaines?|mois|ans?)",
    r"(?:m|mwen|nou) (?:sove|chape)(?: kite yo)? (?:gen|depi) (?:\d+|yon|de|twa) (?:jou|semen|mwa|an|zan)",
)
# Immigration named as the holder's threat ("o le habla a migración"): the holder is no officer.
REPORT_THREAT = _cue(
    r"(?:le|les|me) (?:habla|hablan|llama|llaman|hablara|va a hablar|van a hablar) a (?:la )?migra(?:cion)?|"
    r"(?:me|nos) (?:echa|echan|entrega|entregan|reporta|reportan|denuncia|denuncian) (?:a|con) (?:la )?migra(?:cion)?|"
    r"(?:call|calls|calling|report me to|report us to) (?:ice|immigration)|on the phone with ice|"
    r"(?:llama|llaman|llamara|va a llamar|esta al telefono con|hablo a|le habla a) (?:a )?(?:la )?(?:migra|migracion|ice)|"
    r"(?:appelle|appeler|appellera|il appelle) (?:ice|l ice)|"
    r"(?:appelle|appeler|appellera|denonce|denoncer) (?:la migration|l immigration)|rele imigrasyon|denonse (?:m|nou) bay imigrasyon"
)
# ... unless they are fake: "la migra falsa", "fake immigration guys", "faux agents".
FAKE = _cue(
    r"falsa|falsos|falso|fake|faux|fausse|fausses|fo|dicen ser|que dicen ser|say they re|pretending|se font passer|di yo se|"
    r"dicen que son|say they are|claim to be|claiming to be|se hacen pasar|disent que c(?: est)?|disent etre|di se"
)
# Money asked for someone held: a kidnapping, even when someone says they are the police.
RANSOM = _cue(
    r"rescate|piden (?:dinero|\d+|mil)|(?:pague|paguen|deposite|depositen)|ransom|pay|money|rancon|payer|argent|ranson|peye|kob|lajan|"
    r"(?:quieren|want|wants|veulent|veut|mande|demandent) \d+ ?(?:k|mil|mille|dollars?|dolares|dola|pesos)?"
)
# Handed to criminals or kept where they keep people: not the authorities' detention, whoever
# took them first ("la migra nos entregó a unos hombres", "now we're in a stash house").
CRIMINAL_HOLD = _cue(
    r"casa de seguridad|casas de seguridad|stash house|safe house|maison de securite|kay sekirite|"
    r"(?:nos|los|me|la|lo) (?:entregaron|entrego|vendieron|vendio) (?:a|con)|"
    r"(?:handed|sold|gave) (?:us|me|him|her|them)(?: over)? to|(?:nous|m|les) (?:a|ont) (?:donne\w*|vendu\w*|livre\w*) a|"
    r"(?:lage|vann|bay) (?:nou|m|mwen|yo) bay"
)
# A weapon pointed at someone: "me apunta con su pistola", "pointing a gun at us".
WEAPON_POINTED = _cue(
    r"(?:me|nos|le|les) (?:apunta|apuntan|apunto|apuntaron|apuntando)|pointing (?:a|his|their) (?:gun|rifle|pistol)|"
    r"(?:gun|rifle|pistol) (?:to|at) (?:my|our|me|us)|(?:nous|me|m) braque\w*|braque\w* (?:une|son|leur) arme|"
    r"rakle zam|pwente zam|braké"
)
# The body cared for: in hospital, stable, seen by a doctor.
CARED = _cue(
    r"(?:esta|estoy|estamos|is|he s|she s|i m|il est|elle est|je suis|li|m) (?:en el|in the|in|a l|au|nan) (?:hospital|hopital|lopital|clinica|clinic)",
    r"(?:ya )?(?:esta|estoy) estable|(?:she s|he s|is|i m) stable|(?:il|elle) est stable|(?:li|m) estab",
    r"ya (?:la|lo|me) (?:vio|atendio|atendieron) (?:el|un|la) (?:doctor|medico|doctora)|(?:a|the) doctor (?:saw|checked)",
)

# "Enlevez mon numéro", "borra mis datos": a request about data, not a kidnapping.
DATA_REQUEST = _cue(
    r"(?:enlev\w*|supprim\w*|effac\w*|borr\w*|elimin\w*|delete|remove|retir\w*|efase|retire) "
    r"(?:mon|mes|ma|mi|mis|my|votre|vos|tout|todos|all)? ?(?:numero|donnees|datos|data|number|nom|nombre|infos?|informations?|compte|cuenta|account|messages?|mensajes|conversation|conversacion|enfomasyon|done)"
)

# "No nos hicieron nada": whatever was named, nothing happened to them.
DENIED = _cue(
    r"no (?:me|nos|le|les) (?:hizo|hicieron|han hecho|ha hecho|paso|pasó) nada|no (?:paso|ha pasado) nada",
    r"(?:didn t|did not|never) (?:do|did) anything to (?:me|us)|nothing happened|didn t hurt (?:me|us)",
    r"(?:ne )?(?:m|nous) (?:a|ont) rien fait|il (?:s est|s est rien) passe rien|rien ne (?:s est passe|m est arrive)",
    r"(?:pa|pat) fe (?:m|mwen|nou) anyen|pa gen anyen ki (?:rive|pase)",
)
# A threat to take the children away: custody, a matter of rights, not of life.
CUSTODY = _cue(
    r"(?:amenaza|amenazo|amenazan) con quitar(?:le|me|nos)? (?:a )?(?:los|mis|sus) (?:ninos|hijos)",
    r"threaten(?:s|ed)? to take (?:the|my|her|our) (?:kids|children)",
    r"menace\w* de (?:prendre|garder|lui prendre|me prendre) (?:les|mes|ses) enfants",
    r"menase (?:l|li|m|mwen) (?:pou l|pou li)? ?(?:pran|kenbe) (?:timoun yo|pitit (?:yo|li|mwen))",
)
# Home as the country left behind (for the danger net): not "chez moi", "allá", "lakay" alone.
HOME_COUNTRY = _cue(
    r"en mi pais|alla en mi pais|en mi tierra|(?:me fui|sali|salimos|hui|huimos|nos fuimos|escape) de mi pais|"
    + IF_I_GO_BACK,
    r"back home|in my country|if (?:i|we) (?:go back|return)|if they (?:send|deport) (?:me|us)|in my hometown",
    r"dans mon pays|au pays|si (?:je|on) (?:rentre|retourne)|c est pour ca que je suis parti\w*",
    r"nan peyi (?:m|mwen)|si (?:m|mwen) retounen|kite peyi (?:m|mwen)|an ayiti|ann ayiti",
    r"pedir asilo|ask for asylum|apply for asylum|want asylum|demander l asile|mande azil|como refugiad[oa]|as a refugee",
)
# Places of detention (for the danger net).
DETENTION_PLACE = _cue(
    r"estacion migratoria|centro de detencion|carcel|detenid[oa]s?|detention center|detention|detained|jail|custody|"
    r"centre de retention|retention|detenu|prison|sant detansyon|estasyon migratwa|detansyon|prizon"
)
# The places only the authorities hold people in ("detenida" alone may be a criminal's house).
_OFFICIAL_PLACES = (
    r"estacion migratoria|centro de detencion|carcel|detention center|jail|custody|centre de retention|"
    r"prison|sant detansyon|estasyon migratwa|prizon|migration station|immigration station|"
    r"station migratoire|estasyon migrasyon|ministerio publico|separos"
)
# Arrested or held by whoever the message names ("picked up by ICE", "lo agarró la migra").
ARRESTED = _cue(
    r"picked up|arrested|detained|caught|got taken|agarr\w+|detuv\w+|detenid[oa]s?|arrest\w+|"
    r"arrete\w*|interpell\w+|embarque\w*|retenu\w*|arete|pran (?:l|li|yo|madanm|mari|pitit)|"
    r"kenbe (?:l|li|yo)|hold (?:him|her|them)|le garder|la garder|lo tienen|la tienen|le tienen"
)
# Giving up the journey, not life: "ya no quiero seguir, la OIM ayuda con el pasaje".
GOING_HOME = _cue(
    r"(?:quiero|queremos) (?:volver|regresar)|oim (?:ayuda|me ayuda|paga|da)|iom (?:helps|pays)|"
    r"retorno voluntario|el pasaje (?:de regreso|para regresar)|el boleto de regreso|"
    r"(?:i|we) want to go back (?:home|to my country)|je veux rentrer|(?:m|mwen) vle retounen"
)
# ... said as impossible or refused: "no puedo regresar", "la oim no me quiso ayudar".
NOT_GOING_HOME = _cue(
    r"no (?:puedo|podemos|quiero) (?:regresar|volver)|no me (?:quiso|quieren|quisieron) ayudar|"
    r"can t go back|cannot go back|je ne peux pas rentrer|je peux pas rentrer|(?:m|mwen) pa ka retounen"
)
# The writer right before "took my son": "I took my son to the clinic" (read on the text before
# the harm term, so "they took my son" and "I took my son... and can't find him" keep theirs).
I_TOOK = re.compile(r"(?<= )(?:i|we|yo|je|j ai|m|mwen|nou) $")
TOOK = re.compile(r" ?(?:took|take|brought|bring|lleve|llevamos|traje|emmene|amene|mennen|pote)\b")
# Asking whether an offer can be trusted: "es d confiar?", "is it legit", "c'est sérieux?".
# The person weighs an offer; nothing has happened yet (for the danger net only).
OFFER_CHECKED = _cue(
    r"es (?:de |d )?confiar|es confiable|sera (?:trata|trampa|real|verdad)|es trampa|es real|se oye bien|"
    r"is (?:it|this|that) (?:legit|real|safe|a scam|a trap|trafficking)|sounds too good|too good to be true|"
    r"c est (?:serieux|fiable|un piege|une arnaque|vrai)|c serieux|si c (?:est )?serieux|"
    r"eske (?:se|li) (?:vre|serye|yon pyej|yon atrap)|se (?:yon pyej|yon atrap)|"
    r"seems legit|sounds (?:legit|real|right|good|safe)|(?:is it|it s|its) legit|"
    r"suena (?:bien|real|confiable|legal)|se escucha (?:bien|real)|ca a l air (?:serieux|vrai|bien)|"
    r"should i (?:trust|accept|take it|go)|can i trust|puedo confiar|le (?:puedo|debo) creer|"
    r"je peux (?:lui |leur )?faire confiance|(?:m|mwen) ka fe (?:l|li|yo) konfyans"
)
# Held in one of those places: "lo tienen en la cárcel", "she is in custody", "li nan prizon".
HELD_IN_OFFICIAL = re.compile(
    r"(?<= )(?:esta|estan|lo tienen|la tienen|los tienen|le tienen|tienen a \w+|is|are|he s|she s|"
    r"they re|have him|have her|have them|has him|has her|holding|keeping|est|sont|il est|"
    r"elle est|le gardent|la gardent|li|yo|l|kenbe l|kenbe li|mete l|mete li)(?: \w+){0,2} "
    r"(?:en|in|at|dans|au|a la|nan|an) "
    r"(?:la |el |the |a |une |un |l |yon )?(?:" + _OFFICIAL_PLACES + r")(?= )"
)
# Words of a kidnapping: with no officer named, a jail or a station beside them is not detention.
KIDNAP_WORD = _cue(
    r"secuestr\w*|levantaron|kidnap\w*|abduct\w*|enlev\w*|kidnape\w*|anlve|rapt\w*|"
    r"casa de seguridad|stash house|como carcel|like a jail|comme une prison"
)
# A threat to the body beside a cut: "me van a cortar la cabeza", "koupe tet nou".
BODY_THREAT = _cue(
    r"mat\w*|kill\w*|tue\w*|touye|cabeza|head|tete|tet|doigts|dedos|fingers|manos|hands|mains|"
    r"dwet|lang|lengua|tongue|langue|grito|scream|crie"
)


def phone_line_only(text: str) -> bool:
    """A phone line or chip registered, suspended or cut, and no threat to the body beside it."""
    return any_of(PHONE_LINE, text) and not any_of(BODY_THREAT, text)


# A phone line registered, suspended or cut ("yap koupe l", "me cortan la linea"): the company's
# rule, never a threat to the person.
PHONE_LINE = _cue(
    r"(?:chip|sim|mi linea|la linea de (?:celular|telefono|cel)|linea de (?:celular|telefono|cel)|"
    r"phone line|my line|ma ligne|ma puce|puce|liy telefon|liy (?:mwen|m)|telcel|movistar|bait|at t)"
    r"(?: \w+){0,6} "
    r"(?:registr\w*|enregistr\w*|anrejistre\w*|suspend\w*|koupe|corta|cortan|cortaron|cortar|cut off|"
    r"coupe|coupee|couper|bloque|bloquea|bloquean|bloquee|blocked)",
    r"(?:registr\w*|enregistr\w*|anrejistre\w*|suspend\w*|vincul\w*)(?: \w+){0,4} "
    r"(?:chip|sim|linea|line|ligne|liy|puce)",
)


# Told to the writer: a message received, often a threat ("me dijeron que si no...").
TOLD_ME = _cue(
    r"(?:me|nos) (?:dijeron|dijo|dicen|dice|mandaron decir) que",
    r"(?:they|he|she) told (?:me|us)|(?:they|he|she) (?:say|says|said) (?:to me|to us)",
    r"(?:ils|il|elle|on) (?:m|nous) (?:ont|a) dit|(?:ils|il|elle|on) (?:me|nous) (?:dit|disent)",
    r"(?:yo|li|l) di (?:m|mwen|nou)",
)


def held_by_officers(text: str) -> bool:
    """Someone held by the authorities ("picked up by ICE", "lamigra pran madanm mwen", "they
    have him at the migration station"): detention, a matter for rights."""
    if any_of(DETAINERS, text):
        return not held_for_crime(text)
    # A jail or a station alone: only someone held in it ("lo tienen en la cárcel"), never a
    # kidnapping told beside it ("me secuestraron al salir de la estación migratoria").
    return (
        any_of(HELD_IN_OFFICIAL, text)
        and not any_of(KIDNAP_WORD, text)
        and not held_for_crime(text)
    )


def held_for_crime(text: str) -> bool:
    """What makes a hold a crime whoever did it (`crime_around`), or immigration only named as
    the holder's threat ("o le habla a migración"), read in the same sentence."""
    return crime_around(text) or any_of(REPORT_THREAT, text)


def crime_around(text: str) -> bool:
    """Money asked for the person, officers who are fake, a weapon pointed, handed to criminals
    or kept in a stash house: read in the whole message ("dicen que lo tienen en la cárcel pero
    me piden dinero")."""
    return any(any_of(pattern, text) for pattern in (RANSOM, FAKE, CRIMINAL_HOLD, WEAPON_POINTED))


# Only the media and hearsay ("vi en las noticias", "people say"), not a message received.
def hearsay(text: str) -> bool:
    """News or hearsay in the message that is not something said to the writer."""
    return any(
        not TOLD_ME.search(" " + text[max(0, m.start() - 12) : m.end() + 12] + " ")
        for m in NEWS.finditer(text)
    )


# Advice to others about heat and water: "no salgan sin agua a la calle", "don't go out
# without water", "sortez pas sans eau". Nobody is stranded.
ADVICE = _cue(
    r"no (?:salgan|salgas|salga|vayan|vayas|caminen|camines|crucen|cruces) sin agua",
    r"don t (?:go|walk|head|leave) (?:out(?:side)? )?without water",
    r"(?:ne )?(?:sortez|sors|partez|pars|marchez) (?:pas|jamais) sans eau",
    r"pa (?:soti|mache|pati) san dlo",
)
# "Un poquito", "a little": a small matter, not an emergency.
MILD = _cue(
    r"un poquito|poquito|poquita|un poco de|levemente|(?<!pa )(?<!ka )(?<!kab )(?<!pe )(?<!se )(?<!me )(?<!te )leve|herida pequena|pequena herida|es normal|de tanto caminar|de la nariz|por la nariz",
    r"a little bit|a little|a bit|minor|small cut|is that normal|is it normal|from walking|nosebleed|from my nose",
    r"un peu|legere|leger|petite blessure|c est normal|en marchant|du nez|au pied",
    r"yon ti kras|ti kras|se nomal|nan nen|mache twop",
)
# Breathing that fails in attacks of anxiety that keep coming back: a matter of mental health,
# not an emergency now ("i get panic attacks, my heart races every time i see a police car and
# i cant breathe", "j'ai des crises où mon coeur bat très vite").
PANIC = _cue(
    r"ataques? de (?:panico|ansiedad|nervios)|crisis de (?:ansiedad|panico|nervios)|ansiedad|cada vez que (?:veo|oigo|salgo|pienso)",
    r"panic attacks?|anxiety attacks?|anxiety|every time i (?:see|hear|go|think)",
    r"crises? d (?:angoisse|anxiete|panique)|j ai des crises|angoisse|chaque fois que (?:je|j)",
    r"atak (?:panik|ke)|kriz (?:panik|lapere|ne)|chak fwa (?:m|mwen)|gen le (?:ke|kè) (?:m|mwen) bat|enkyetid|estres|stres",
)
# Signs of the heart beside them: not an attack of anxiety ("this time my chest hurts and my
# left arm is numb").
HEART_SIGNS = _cue(
    r"pecho|brazo izquierdo|chest|left arm|poitrine|bras gauche|pwatrin|bra goch|desmay\w*|passed out|evanoui\w*|endispoze"
)
# "Me mata el calor", "the heat is killing me": a way of speaking, not a threat.
IDIOM = _cue(
    r"calor|hambre|risa|sueno|cansancio|frio|flojera|nervios|coraje|corajes|susto|verguenza|heat|hunger|laughing|laugh|lol|jaja|jajaja|"
    r"haha|chaleur|faim|rire|mdr|chale|grangou|fatig|lapli|battery|bateria|batterie|batri|pil|"
    # "Lwaye a ap touye m", "la renta me mata", "frè m nan touye m ak ri": prices and jokes.
    r"lwaye|renta|the rent|rent|loyer|ak ri|de risa|de rire|videyo|video|blag|blague|chiste|joke|"
    # "Me mata de lo picosa", "fredi a ap touye m": food and weather, not a person.
    r"de lo (?:picos[oa]|picante|ric[oa]|sabros[oa]|dulce|salad[oa])|picante|spicy|pimente|pike|"
    r"piment|chiles?|"
    r"fredi|fret|froid|cold|nieve|snow|neige|nej|"
    # "We got murdered 6-0 in soccer": a game. "Drowning in paperwork": too much to do.
    r"soccer|futbol|football|partido|match|the game|el juego|basket|"
    # "Ce prof va me tuer avec ses verbes irréguliers": school work.
    r"verbes|conjugaison|grammaire|"
    r"papeleo|paperwork|tramites|paperasse|papye azil|dosye azil|"
    # "Me mata de trabajo", "killing me with work": worn out, not threatened.
    r"de trabajo|con tanto trabajo|with work|with all this work|au travail|de travail|ak travay|ak tout travay",
    # "Este trabajo me mata", "killing it at her new job", "ce boulot me tue", "travay sa ap touye m".
    r"(?<!de )(?<!del )(?:este|el|mi) (?:trabajo|jale) me (?:mata|esta matando|va a matar)|"
    r"(?<!de )esta chamba me (?:mata|esta matando|va a matar)|killing it|killed it|"
    r"(?<!at )(?<!of )(?<!from )(?:this|the|my) job (?:is|s) (?:killing|gonna kill|going to kill) me|"
    r"(?<!de )(?<!du )(?:ce|le|mon) (?:boulot|travail|taf|job) (?:me tue|va me tuer|me tuera)|"
    r"(?<!bos )(?<!mesye )(?<!patwon )(?<!chef )travay (?:sa a|sa|la|lan) (?:ap|pral|va|prale) touye (?:m|mwen)",
)


# "Me quiero morir de la vergüenza", "dying of embarrassment": not a wish to die.
SHAME = _cue(
    r"de (?:la )?(?:verguenza|pena|risa|aburrimiento|envidia|celos|cringe|nervios)",
    r"of (?:embarrassment|shame|boredom|laughter|cringe)|from embarrassment",
    r"de (?:honte|rire|ennui|gene)",
    r"(?:tank|telman|pou) (?:m )?wont|(?:ak|pou) ri",
)


# A birth told as done some time ago: "ma femme a accouché il y a deux semaines".
BIRTH_DONE = _cue(
    r"(?:dio|di|dimos) a luz hace|(?:naci[oa]|tuvo al bebe) hace (?:\d+|dos|tres|una|un) (?:dias|semanas|meses)",
    r"gave birth (?:\d+|two|three|a few|a couple of) (?:days|weeks|months) ago|had the baby (?:\d+|two|a few) (?:days|weeks)",
    r"(?:a|ai|avons|ont) accouche (?:il y a|depuis|le mois|la semaine)",
    r"akouche sa gen|te akouche (?:gen|sa gen|depi)",
)
# Thoughts of self-harm denied just before they are named: "not thinking of hurting myself",
# "m pa panse fè tèt mwen mal", "je pense pas à me faire du mal".
NOT_IDEATION = re.compile(
    r"(?<= )(?:not (?:thinking|planning)|no estoy pensando|(?:je )?(?:ne )?pense pas|jamais pense|pa panse)"
    r" (?:(?:of|about|to|en|a|de|pou) )?$"
)
# The denial taken back: "but it's a lie", "today yes", a plan or a time.
DENIAL_UNDONE = _cue(
    r"mentira|hoy si|ya lo decidi|ya tengo",
    r"a lie|lying|i lied|today yes|already decided|i have the",
    r"mensonge|j ai menti|aujourd hui oui|deja decide",
    r"manti|jodi a wi|deja deside",
)

# The same for a body in danger: heat and cold are real there ("se desmayó por el calor"),
# hunger, laughter, boredom and a phone's battery are not.
MEDICAL_IDIOM = _cue(
    r"hambre|risa|sueno|cansancio|flojera|aburrimiento|ganas|hunger|starving|laugh|laughing|lol|"
    r"jaja|jajaja|haha|bored|boredom|faim|rire|mdr|ennui|grangou|fatig|battery|bateria|batterie|"
    # "Almost had a heart attack when the patrol drove by": a fright, over.
    r"(?:almost|nearly) had a heart attack (?:when|lol|haha)|casi me (?:da|dio) un (?:infarto|paro) (?:cuando|jaja)|"
    r"j ai failli (?:faire|avoir) une crise cardiaque (?:quand|mdr)|m manke fe kriz (?:kadyak|ke) (?:le|lol)|"
    r"batri|pil|phone|telefono|cel|celular|telephone|portable|telefon|"
    # "El partido estuvo de infarto", "precios de infarto": thrilling, not a heart attack.
    r"(?:final|partido|juego|precios?) de infarto|"
    # "Me estoy ahogando en papeleo", "drowning in paperwork": too much to do.
    r"papeleo|paperwork|tramites|paperasse|papye|tarea|homework|devoirs|"
    # "Se muere si no le compro los tenis": a child's tantrum.
    r"si no (?:le |les )?compro|if i (?:don t|dont) buy|si (?:je|j) (?:ne )?lui achete pas|si (?:m|mwen) pa achte"
)


def near(pattern: re.Pattern[str], text: str, start: int, end: int, reach: int = 24) -> bool:
    """The cue within a few words of a place in the text (an idiom's words stand close)."""
    window = text[max(0, start - reach) : end + reach]
    return pattern.search(" " + window.strip() + " ") is not None


FAMILY_DOER = re.compile(
    r"(?<= )(?:mi|my|mon|ma|notre)\s(?:ex\s)?(?:espos[oa]|marido|pareja|novi[oa]|mujer|papa|padre|padrastro|mama|madre|madrastra|suegr[oa]|cunad[oa]|tio|tia|husband|boyfriend|girlfriend|partner|wife|father|stepfather|dad|mother|mom|uncle|brother in law|mari|copain|copine|conjoint|compagnon|pere|beau pere|femme|oncle|ex)(?= )"
    r"|(?<= )(?:mari|madanm|mennaj|papa|bopa|tonton|ansyen mari|ansyen mennaj|mesye|msye|neg|konpayon|konpay|fanm)\s(?:m|mwen)(?= )"
)
# More ways to name the one at home who does it, read only to tell violence at home from a
# stranger's ("el papá de mis hijos", "mi viejo", "my baby daddy", "mon homme", "nèg mwen an").
AT_HOME_DOER = re.compile(
    FAMILY_DOER.pattern
    + r"|(?<= )(?:el|the|my|le|mi) (?:papa|padre|dad|father|pere) (?:de|of|des) (?:mis|my|mes) (?:hij[oa]s|kids|children|enfants|ninos)(?= )"
    + r"|(?<= )(?:el|the|my|le|mi) (?:papa|padre|dad|father|pere) (?:de|of|des|du) (?:mi|my|mon|ma) (?:hij[oa]|son|daughter|fils|fille|bebe|baby)(?= )"
    + r"|(?<= )(?:the|my) (?:kids|kid s|kids s|children s|childrens|baby s|sons|son s|daughters|daughter s) (?:dad|father)(?= )|(?<= )my baby (?:daddy|dad|father)(?= )"
    + r"|(?<= )mi (?:viejo|senor|hombre|chavo|prometid[oa]|concubin[oa]|conviviente|hijo|hija|hijastro|padrastro)(?= )"
    + r"|(?<= )my (?:man|fiance|fiancee|spouse|bf|gf|stepdad|stepmom|mother in law|father in law|son|stepson)(?= )"
    + r"|(?<= )(?:mon|ma) (?:homme|gars|fiance|fiancee|belle mere|beau pere|fils|concubin|chum)(?= )"
    + r"|(?<= )(?:neg|nonm|fiyanse|bope|belme|pitit gason|papa pitit) (?:m|mwen)(?= )|(?<= )papa pitit (?:mwen|m|yo)(?= )"
)
# Someone's partner or parent named right before a harm to another: "su concubino le quebró",
# "el esposo la va a matar", "her husband is choking her", "leur mari les frappe".
OTHERS_PARTNER = re.compile(
    r"(?<= )(?<!a )(?<!por )(?<!by )(?<!par )(?:el|su|her|his|their|sa|son|le|leur|mi|my|mon|ma) "
    r"(?:espos[oa]|marido|concubin[oa]|pareja|novio|prometido|papa|padre|padrastro|husband|boyfriend|"
    r"partner|fiance|stepdad|father|dad|mari|conjoint|copain|pere|beau pere)(?= )"
    r"|(?<= )(?:mari|mennaj|papa|bope) (?:li|l|yo|m|mwen)(?= )"
)
EX_PARTNER = _cue(
    r"mi ex|my ex|mon ex|ansyen mari|ansyen mennaj|ex esposo|ex marido|ex pareja|ex husband|ex boyfriend"
)

# The one who cries for help and nothing else: "auxilio", "help me please", "ede m tanpri".
CRY_WORDS = frozenset(
    "auxilio socorro sos secours anmwe anmwey sekou mayday emergencia emergency urgence ijans".split()
)
# Words that make "ayuda"/"help" a cry when they come with it.
URGENT_WORDS = frozenset("urgente urgent rapido vite ya now quick fast ijan".split())
# "Ayuda", "help", "ede m" alone usually ask for the menu; said loudly (capitals, "!!",
# "ayudaaa") they are a cry.
SOFT_CRY_WORDS = frozenset(
    "ayuda ayudame ayudenme ayudeme ayudanos help hlp halp aidez aide ede".split()
)
FILLER_WORDS = frozenset(
    "me nos m please por favor porfa porfavor urgente urgent rapido ya now quick fast someone ijan "
    "somebody alguien au a l moi nous svp s il vous plait te vite urgent tanpri souple plis "
    "pitie por dios dios mio oh god i m we re am are i we in".split()
)


def any_of(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.search(text) is not None


def only_a_cry(text: str, loud: bool = False) -> bool:
    """The message is a cry for help and nothing else (at most a few words); "ayuda" or
    "help" count only when shouted."""
    said = [re.sub(r"([a-z])\1+$", r"\1", w) for w in text.split()]  # "auxilioo", "ayudaa"
    loud = loud or any(w in URGENT_WORDS for w in said)
    cries = CRY_WORDS | (SOFT_CRY_WORDS if loud else frozenset())
    return (
        0 < len(said) <= 6
        and any(w in cries for w in said)
        and all(w in cries or w in SOFT_CRY_WORDS or w in FILLER_WORDS for w in said)
    )


def played(text: str, start: int, end: int) -> bool:
    """A song quoted, or a game named with someone shouting in it, beside the words from
    `start` to `end`; never when a partner or a relative is named ("mi esposo me pega cuando
    juega fortnite"). The screen's rules and its last net both ask this."""
    if FAMILY_DOER.search(text):
        return False
    if near(SONG, text, start, end, 80):
        return True
    return near(GAME, text, start, end, 80) and any_of(SHOUT, text)


# A question about a procedure at a school, a registry or the refugee office: "la escuela no
# recibe a mis hijos sin acta, es legal?", "la COMAR me negó el refugio, qué hago?". Such
# messages read like trouble to the danger net; the screen still reads any harm in them.
PROCEDURE_ASKED = _cue(
    r"(?:escuela|primaria|secundaria|kinder|la directora|el director) (?:\w+ ){0,8}(?:inscrib\w*|recib\w*|acepta\w*|acta|curp)"
    r"|registro civil|(?:me|nos) (?:negaron|nego|rechazaron) (?:el )?(?:refugio|asilo)"
    r"|comar (?:\w+ ){0,6}(?:negaron|nego|rechazo|rechazaron)"
    r"|resolucion de (?:la )?comar",
    r"school (?:\w+ ){0,6}(?:won t|will not|refus\w*|doesn t|does not) (?:take|accept|enroll|admit)|comar (?:denied|rejected|said no)|denied (?:my |our )?(?:asylum|refugee)",
    r"l ecole (?:\w+ ){0,8}(?:inscri\w*|acte|refus\w*|prendre|accepte\w*)|etat civil|la comar a refuse|refuse (?:ma|notre) demande",
    r"lekol la (?:\w+ ){0,8}(?:pa ka pran yo|pa vle pran|aksepte|enskri|papye|batiste)|rejis sivil|comar (?:refize|di non)",
    # Whether one must wait 72 hours to report someone missing: the search's first question.
    r"(?:esperar|wait|attendre|tann) (?:\w+ ){0,3}72 ?(?:horas|hrs|hours|heures|h|edtan)",
)


# Right after pills taken: a day's dose, not an overdose ("i took all my pills for today, when
# does the clinic open for the refill", "ya me tomé todas mis pastillas de hoy").
_DAILY_DOSE = re.compile(
    r"^ (?:mwen |m |li |mis |sus |su |my |his |her |mes |ses |yo )?(?:de hoy|del dia|de la manana|de la noche|de este dia|"
    r"for today|for the day|for tonight|of the day|"
    r"pour aujourd hui|du jour|de la journee|du soir|du matin|"
    r"pou jodi a|pou jodia|pou maten an|pou aswe a)(?= )"
)
# Right after water run out: a shelter's or a home's tank, not a crossing.
_INDOORS = re.compile(
    r"^ (?:\w+ ){0,2}(?:en el albergue|en la casa|en el cuarto|en el refugio|en la colonia|"
    r"at the shelter|in the shelter|at home|at the house|in the building|"
    r"au refuge|au foyer|a la maison|dans l immeuble|nan abri a|nan albergue a|lakay)(?= )"
)


def everyday_at(harm: str, text: str, end: int) -> bool:
    """A harm term followed at once by the words that make it everyday life: pills "for today",
    water run out "at the shelter"."""
    after = text[end:]
    if harm == "self_harm":
        return _DAILY_DOSE.search(after) is not None
    if harm == "abandoned":
        return _INDOORS.search(after) is not None
    return False
