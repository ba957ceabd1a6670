"""A way of speaking: "mi jefa me mata si llego tarde jaja", "my boss is gonna kill me if i miss
another shift", "ma mère va me tuer si je rate le cours lol", "manman m ap touye m si m an reta".

"X will kill me if I..." reads like a threat that holds someone (bot.safety.frames, coercion),
and it is one when what the writer must not do is leave, talk or stop working. When the
condition is an everyday slip (being late, missing a shift or a class, forgetting, failing),
it is a figure of speech: the screen drops the threat, and the danger net
(bot.safety.doubt) may still ask.
"""

from __future__ import annotations

import re


def _words(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"(?<= )(?:" + "|".join(alternatives) + r")(?= )")


# "Me mata", "is gonna kill me", "va me tuer", "ap touye m": said of the writer.
KILLS_ME = _words(
    r"me (?:mata|matan|va a matar|van a matar)|me (?:asesina|ahorca)",
    r"(?:gonna|going to|will|ll|would) (?:kill|murder) me|kills me|murders me",
    r"(?:va|vont) me tuer|me tue(?:ra|nt)?",
    r"(?:ap|pral|va) touye (?:m|mwen)",
    # A threat with a petty stake: "me amenazó con esconderme el control de la tele".
    r"me amenaz[oa] con (?:esconder|quitar|tirar|romper|apagar|no (?:prestar|dar))\w* (?:el|la|mi|mis|los|las) "
    r"(?:control|tele|television|celular|cel|juguetes?|ropa|videojuegos?|play|consola|wifi|cargador)",
    r"threaten(?:ed|s)? to (?:hide|take|throw|break|unplug|steal) (?:my|the) (?:remote|phone|tv|xbox|ps5|games?|wifi|charger|snacks)",
    r"(?:m a|ma) menace de (?:cacher|prendre|confisquer|casser) (?:la|ma|mon|mes) (?:telecommande|tele|telephone|console|chargeur)",
    r"menase (?:m|mwen) pou (?:l|li) (?:kache|pran|kase) (?:telekomand|telefon|tele|chajè|chaje)",
)
# What the writer fears doing: an everyday slip, not leaving, talking or stopping work.
SLIP = _words(
    r"si (?:llego|llegamos) tarde|si (?:no )?(?:falto|llego|repruebo|pierdo|olvido|me olvido|se me olvida|rompo|gasto|quemo)|"
    r"otra vez tarde|si no (?:hago|termino|lavo|limpio) (?:la|el|los|las|mi|mis)|"
    # A slip already made: "llegué tarde otra vez jaja", "se me olvidó su cumpleaños".
    r"llegue tarde|se me olvido|se me paso|me quede dormid[oa]",
    r"if i(?: m|m)? (?:late|miss|forget|fail|break|lose|am late|spend|burn|skip)|if i don t (?:finish|clean|do my)|"
    r"i forgot|forgot (?:her|his|my|the|our)|i m late|im late|late again|i overslept|overslept",
    r"si (?:je|j) (?:suis en retard|arrive en retard|rate|oublie|rate|casse|perds|depense|echoue|seche)|"
    r"(?:chuis|je suis|j suis|suis) (?:encore )?en retard|j ai oublie|j ai rate|si (?:je|j) arrive (?:encore )?en retard|si jarrive (?:encore )?en retard",
    r"si (?:m|mwen) (?:an reta|anreta|rive an reta|bliye|kraze|pedi|rate)|(?:m|mwen) (?:an reta|te bliye)",
    # Found out: "si se entera que gasté", "if she finds out", "si l konnen m depanse".
    r"si se entera|if (?:she|he|my mom|my dad) finds out|si (?:elle|il) (?:apprend|sait)|s il (?:apprend|sait)|si (?:l|li) (?:konnen|aprann|we)",
)


# A partner's or a step-parent's "I'll kill you if you're late" is violence at home, never a
# figure of speech; nor is any threat from someone who has already hit the writer.
PARTNER = _words(
    r"(?:mi|su) (?:padrastro|madrastra)|(?:my|her) (?:stepfather|stepdad|stepmother)|(?:mon|son) beau pere|bopa (?:m|mwen)",
    r"ya me (?:pego|golpeo|pegaron|golpearon)|(?:already|has) (?:hit|beat|beaten) me|m a deja (?:frappe|battu)e?|(?:te|deja) bat (?:m|mwen)",
    r"(?:mi|su) (?:esposo|marido|pareja|novio|ex|hombre|senor)|el papa de mis hijos",
    r"(?:my|her) (?:husband|boyfriend|partner|ex|bf|man)|my kids dad",
    r"(?:mon|son) (?:mari|copain|conjoint|ex|homme)|le pere de mes enfants",
    r"(?:mari|mennaj|nonm|ex) (?:m|mwen)|papa pitit (?:m|mwen)",
)


# A brother, a sister, a cousin or a friend who "will kill me", with a laugh: teasing ("mi
# hermano dice q si no le presto el xbox me va a matar jajaja"), unless the condition is
# leaving or telling.
SIBLING = _words(
    r"mi (?:hermano|hermana|hermanito|hermanita|carnal|carnala|prima|primo|roomie|mejor amig[oa])",
    r"my (?:brother|sister|bro|sis|little brother|little sister|cousin|roommate|best friend|bestie)",
    r"(?:ma|mon) (?:soeur|frere|petite soeur|petit frere|cousine|cousin|coloc|meilleure amie|meilleur ami)",
    r"(?:se|fre|ti se|ti fre|kouzin|kouzen) (?:m|mwen)",
)
LAUGH = _words(r"ja(?:ja)+\w*|je(?:je)+\w*|ha(?:ha)+\w*|lol|lmao|mdr|ptdr|xd")
# A laughing face: read from the raw text (folding drops emoji), and only here: elsewhere a
# nervous "😂" must not calm anything ("mi esposo me tiene encerrada 😂 ya ni sé").
LAUGHING_FACE = re.compile("[\U0001f602\U0001f923\U0001f606\U0001f639]")
# What no tease carries: a weapon, a blow already given, money asked, someone at the door now,
# or the writer saying it is no joke.
NOT_A_JOKE = _words(
    r"pistola|arma|armas|cuchillo|navaja|machete|palo|sangre|sangrando|quebro|rompio|me pego|me pega|"
    r"golpe\w*|dinero|lana|no es broma|en serio|afuera|en camino|ya viene|ahorita|borracho|tomando",
    r"gun|knife|weapon|bleeding|blood|broke my|hit me|hits me|beat me|beats me|choking|money|"
    r"not joking|no joke|not a joke|seriously|outside|on (?:his|her|their) way|coming|right now|rn|drunk",
    r"arme|pistolet|couteau|machette|sang|casse|frapp\w*|argent|pas une blague|serieux|dehors|"
    r"devant la porte|en route|arrive|bourre|saoul|me cherche",
    r"zam|kouto|manchet|san|kase|frape|bat (?:m|mwen)|lajan|kob|pa blag|serye|deyo|devan pot|ap vini|sou",
)
TELLING = _words(
    r"si (?:me voy|me salgo|hablo|digo|le digo|cuento|le cuento|denuncio)",
    r"if i (?:leave|tell|talk|call|report)",
    r"si (?:je pars|je parle|je dis|je le dis|je porte plainte)",
    r"si (?:m|mwen) (?:ale|pale|di|rapote)",
)


def joking(words: str, laughing: bool = False) -> bool:
    """A threat to the writer said in jest: "kill me" if the writer slips up. A laugh alone is
    not enough ("jaja no, mi esposo me va a matar si me voy")."""
    if PARTNER.search(words) is not None:
        return False
    if KILLS_ME.search(words) is None:
        return False
    if SLIP.search(words) is not None:
        return True
    laughs = laughing or LAUGH.search(words) is not None
    teased = SIBLING.search(words) is not None and laughs
    return teased and TELLING.search(words) is None and NOT_A_JOKE.search(words) is None
