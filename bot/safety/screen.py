"""A multilingual screen for messages that signal immediate danger.

It runs on every inbound message before routing and needs nothing but this module, so a person
in danger gets the emergency numbers even when Rasa or the network to it is down. It favours
recall: showing emergency numbers to someone who did not need them costs little; missing
someone who did costs everything. Questions *about* trafficking ("what are the signs") do not
match, because the patterns need an act done to a person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.inbound import fold


def _both_orders(first: str, second: str, gap: int = 60) -> list[str]:
    """Two halves of one message in either order, close together."""
    return [
        rf"\b{first}\b.{{0,{gap}}}\b{second}\b",
        rf"\b{second}\b.{{0,{gap}}}\b{first}\b",
    ]


# Shut in with a key and unable to leave ("my boss locked the door and I can't get out"): each
# half alone is ordinary ("I locked my door", "no puedo salir del pais"), together they are not.
LOCKED_IN = [
    *_both_orders(
        r"(lock|locks|locked|padlock|padlocked|bolted)",
        r"(can'?t|cannot|can not|unable to) (get out|go out|leave|escape)",
    ),
    *_both_orders(
        r"(con llave|con candado|candado|cerrojo)",
        r"no (puedo|podemos|puede|pueden) (salir|irme|irnos)",
    ),
    *_both_orders(
        r"(a cle|cadenas|verrouill\w*)",
        r"(je|on|nous|il|elle|ils|elles) (ne )?(peux|peut|pouvons|peuvent) (pas|plus) (sortir|partir)",
    ),
    *_both_orders(
        r"(femen|klete|kadna|kle)",
        r"(m|mwen|nou|li|yo) pa (ka|kab|kapab) (soti|ale|pati)",
    ),
]

# Patterns run on lower-cased text without accents. Each category lists its phrasings in
# Spanish, English, French and Haitian Creole.
PATTERNS: dict[str, list[str]] = {
    "trapped": [
        r"\b(me|nos|la|lo|las|los|le|les) (tienen|tiene|mantienen) (encerrad|secuestrad|retenid|amarrad)",
        r"\b(estoy|estamos|esta|estan) (encerrad|atrapad|retenid|amarrad|secuestrad)",
        r"\bno (me|nos) (dejan|deja) (salir|ir)\b",
        r"\b(me|nos|la|lo|las|los) (encerraron|encierran|encerro|amarraron|amarran|tienen amarrad)",
        r"\b(lock|locks|locked|locking|trap|trapped|chain|chained|tie|tied|keep|keeps|kept|holding|hold) "
        r"(me|us|her|him|them) (up|in|inside|prisoner|hostage|locked)\b",
        r"\b(locked|trapped|chained) (me|us|her|him|them)\b",
        r"\bheld (hostage|captive|prisoner)\b",
        r"\b(m'ont|nous ont|l'ont|les ont|ils ont|on m'a|on nous a) (enferme|sequestre|bloque|attache)",
        r"\b(locked|trapped|tied) (up|in)\b",
        r"\b(i am|im|i'm|we are|were|we're|she is|he is|they are) (locked|trapped|held|being held|tied)",
        r"\b(won'?t|will not|dont|don'?t|do not) let (me|us|her|him|them) (leave|go|out)\b",
        r"\b(je suis|on est|nous sommes|elle est|il est) (enferme|bloque|sequestre|retenu|piege)",
        r"\bils? (ne )?(me|nous) (laisse|laissent) pas (sortir|partir)",
        r"\b(mwen|m|nou|li|yo) (fèmen|femen|bloke|kenbe|prizonye)\b",
        r"\b(yo )?pa (kite|vle kite) (m|mwen|nou) (soti|ale|pati)\b",
        *LOCKED_IN,
    ],
    "kidnapped": [
        r"\bsecuestr",
        r"\blevant(aron|o)\b",
        r"\bpiden rescate\b",
        r"\brescate por (mi|nosotros)",
        r"\bkidnap",
        r"\babduct",
        r"\bransom\b",
        r"\b(ont|a|ete|etre|suis|sommes|est|sont|faire|m'ont|l'ont|nous ont|les ont) "
        r"(kidnapp|enlev|sequestr)(e|ee|es|ees|er)\b",
        r"\brancon\b",
        r"\bkidnape\b",
        r"\benlevement\b",
        r"\banlve\b",
        r"\bkidnaping\b",
    ],
    "beaten": [
        r"\b(me|nos|la|lo|le|les) (esta|estan|estaban)? ?(golpe|peg|pegan|maltrat)",
        r"\b(me|nos|la|lo|le) (golpearon|golpean|golpea|pegaron|pegan|pega|madrearon)",
        r"\b(beat|beats|beating|hit|hitting|hurting) (me|us|her|him|my)\b",
        r"\b(beaten|being beaten|assaulted)\b",
        r"\b(me|nous) (frappe|frappent|battent|bat|ont frappe|ont battu)",
        r"\b(on|ils|il) (me|nous|la|le) (frappe|bat|tabasse)",
        r"\byo ap bat (m|mwen|nou|li)\b",
        r"\b(bat|frape) (m|mwen|nou)\b",
    ],
    "raped": [
        r"\bviol(aron|o|ada|ado|ando|an)\b",
        r"\babus(aron|an|o) (de mi|sexual)",
        r"\babuso sexual",
        r"\brap(e|ed|ing)\b",
        r"\bsexual(ly)? (abus|assault)",
        r"\bviol(e|ee|ent|ait)\b",
        r"\bagress(e|ee|ion) sexuel",
        r"\bvyole\b",
        r"\bvyol\b",
    ],
    "forced_work": [
        r"\b(me|nos|la|lo|les|le) (obligan|obliga|forzan|fuerzan|obligaron) a trabajar",
        r"\btrabajar sin (pago|paga|sueldo) y no",
        r"\bforc(ed|ing|e) (me|us|her|him|them)? ?to work\b",
        r"\b(oblige|force)s? (de|a) travailler\b",
        r"\bfose (m|mwen|nou) travay\b",
        r"\bfòse (m|mwen|nou) travay\b",
        r"\bfose travay\b",
    ],
    "forced_sex": [
        r"\b(obligan|obliga|forzan|obligaron) a (prostituir|vender mi cuerpo|tener sexo|acostarme)",
        r"\b(me|la|nos) (prostituyen|venden)\b",
        r"\bforc(ed|ing|e) (me|her|us)? ?(to|into) (sell sex|prostitut|have sex|sex work)",
        r"\b(me|la|nous) (prostituer|forcer a me prostituer)",
        r"\bforcee? a (me |se )?prostitu",
        r"\bfose (m|mwen|li) (fe|fè) (pwostitisyon|bizniz|sèks|seks)",
    ],
    "documents_taken": [
        r"\b(me|nos|le|les) (quitaron|quito|robaron|robo|tienen|retuvieron|retienen|agarro|agarraron) "
        r"(el|mi|mis|los|nuestros|su|sus) (pasaporte|documentos|papeles|identificacion|cedula)",
        r"\b(el patron|mi jefe|el jefe|el pollero|el coyote|la patrona) (tiene|se quedo con|guarda) "
        r"(mi|mis) (pasaporte|documentos|papeles)",
        r"\b(took|taken|kept|keeps|keep|holding|has) (my|our) (passport|documents|papers|id)\b",
        r"\b(pris|garde|confisque|garde) (mon|mes|nos) (passeport|papiers|documents)",
        r"\bpran (paspo|paspò|papye|dokiman) (m|mwen|nou)\b",
    ],
    "child_taken": [
        r"\b(se llevaron|robaron|quitaron|secuestraron) a (mi|mis|nuestro|nuestra) "
        r"(hij|nin|bebe|nene|chamac|cipot|bich)",
        r"\b(took|taken|stole|kidnapped) my (child|son|daughter|baby|kid)",
        r"\b(ont pris|ont enleve|ont vole) (mon|ma|mes) (enfant|fils|fille|bebe)",
        r"\bpran (pitit|ti moun|timoun|bebe) (m|mwen)\b",
        r"\b(arrache|enleve|vole) (mon|ma|mes|notre) (enfant|fils|fille|bebe)",
        r"\barrache (mon|ma) (enfant|fils|fille|bebe) de mes bras",
    ],
    "abandoned": [
        r"\b(nos|me) (abandonaron|dejaron) .{0,30}(sin agua|desierto|monte)",
        r"\bsin agua .{0,20}(desierto|monte)",
        r"\bperdid[oa]s? en el desierto",
        r"\b(left|abandoned|lost) .{0,25}(desert|without water|no water)",
        r"\b(abandonne|laisse)s? .{0,25}(desert|sans eau)",
        r"\b(abandone|lage) .{0,25}(dezè|deze|san dlo)",
    ],
    "threatened": [
        r"\b(me|nos|la|lo) (van a|quieren) matar\b",
        r"\b(quiere|quieren|va a|van a) matar(me|nos)\b",
        r"\bamenaz(an|aron|a) (de muerte|con matar)",
        r"\b(going|want|wants|threaten\w*) to kill (me|us|her|him)\b",
        r"\b(veulent|vont|menace de) (me|nous) tuer\b",
        r"\b(pral|vle|ap) touye (m|mwen|nou)\b",
        r"\bpou (yo )?touye (m|mwen|nou)\b",
    ],
    "help_now": [
        r"\bauxilio\b",
        r"\bsocorro\b",
        r"\banmwe\b",
        r"\bau secours\b",
    ],
}

# A threat tied to going back home is a reason for asylum, not danger here and now.
BACK_HOME = re.compile(
    r"\b(en mi pais|si regreso|si vuelvo|si me regresan|alla en mi|back home|in my country|"
    r"if i go back|if i return|if they send me back|dans mon pays|si je rentre|si je retourne|"
    r"chez moi au|nan peyi m|nan peyi mwen|si m retounen|si mwen retounen|lakay mwen)\b"
)
US_HINTS = re.compile(
    r"\b(estados unidos|usa|eeuu|ee uu|united states|etats unis|etazini|texas|california|arizona|"
    r"houston|los angeles|chicago|new york|nueva york|miami|phoenix|dallas|san antonio|el paso|"
    r"florida|nueva jersey|new jersey|atlanta|denver|las vegas)\b"
)
COMPILED = {cat: [re.compile(p) for p in pats] for cat, pats in PATTERNS.items()}


@dataclass(frozen=True)
class ScreenResult:
    categories: tuple[str, ...]
    in_us: bool

    @property
    def danger(self) -> bool:
        return bool(self.categories)


def screen(text: str) -> ScreenResult:
    """Which danger categories the message signals, if any."""
    folded = fold(text)
    if not folded:
        return ScreenResult((), False)
    hits = tuple(cat for cat, pats in COMPILED.items() if any(p.search(folded) for p in pats))
    if hits == ("threatened",) and BACK_HOME.search(folded):
        hits = ()
    return ScreenResult(hits, bool(US_HINTS.search(folded)))
