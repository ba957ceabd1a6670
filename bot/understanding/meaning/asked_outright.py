"""Two questions whose words say outright what they are about, whatever the classifiers read.

- The emergency number: "numero de policia en usa?", "aux usa c quel numero pour les
  urgences", "nimewo lapolis lòtbò a", "if I call 911 will they ask for my papers". The
  classifiers learnt the emergency topics from people in danger now, so a calm question about
  the number reads as rights or papers; it gets the lines for where the writer is (the US or
  Mexico), which is what it asks for. Danger itself never gets here: the screen answers it first.
- A baby's nationality: "mi bb si nace aqui va a ser mexicano?", "si j'accouche ici mon bébé
  sera mexicain?". The pregnancy told first draws the classifiers to pregnancy care; the birth
  topic says a baby born in Mexico is Mexican. Not when the parent's own papers are asked too
  ("mi hijo nació aquí, eso me ayuda a regularizarme?": papers through family).
- The mind: "no puedo dormir, pienso mucho", "tengo mucha ansiedad", "m toujou estrese". Rasa
  hears a shelter ("dormir") or a doctor; the stress topic has the free 24-hour line and leads
  to the list of health services too.
- Moving while asylum is asked ("puedo irme pa alla mientras?") and "even without papers?":
  questions about the topic just shown, which `decide` ties to it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.content.topics import Topic
from bot.safety import place
from bot.safety.text import whole
from bot.understanding.text import fold

LINES, LINES_US, MIND, BIRTH = "danger", "danger_us", "mental_health", "birth_registration"

_NUMBER_ASKED = re.compile(
    r"\b(?:"
    # es
    r"numeros? (?:de |para )?(?:la )?(?:emergencia|emergencias|policia|ambulancia|auxilio)"
    r"|(?:a )?(?:que|q|cual) numero (?:llamo|marco|hablo|le hablo) (?:si|en caso|para) (?:una )?"
    r"(?:emergencia|peligro|me pasa algo)"
    r"|(?:que|q) (?:se hace|hago|hacemos|hacer|debo hacer) (?:en caso de|si hay|en una"
    r"|cuando hay) (?:una )?emergencia"
    r"|(?:si|puedo|podemos) (?:llamo|marco|hablo|llamar|marcar|hablar) (?:al |el )?911"
    r"|(?:el )?911 (?:funciona|sirve|es gratis|cobra)|(?:es|sera) (?:el )?911"
    # en
    r"|(?:emergency|police|ambulance|cops) (?:numbers?|lines?|phones?)"
    r"|what (?:should|do|can) (?:i|we|you) do in (?:an |case of an? |a )?emergenc\w*"
    r"|is (?:it )?911 (?:free|the same|like)|is it 911"
    r"|number (?:for|to call) (?:the )?(?:police|cops|emergenc\w*|an emergency|ambulance)"
    r"|(?:can|if|should) (?:i|we) call 911"
    r"|what (?:number|s the number) do (?:i|we) call (?:for|in) (?:an )?(?:emergenc\w*|police)"
    # fr
    r"|numeros? (?:d |des |pour les |de la |de )?(?:urgence|urgences|police|ambulance)"
    r"|que faire en cas d urgence|(?:si j appelle|je peux appeler|gratuit d appeler) (?:le 911"
    r"|la police|les urgences)"
    r"|c est (?:le )?911|(?:le )?911 (?:est gratuit|marche|fonctionne)"
    r"|quel numero (?:pour|en cas) (?:d |les |la )?(?:urgence|urgences|police)"
    r"|j appelle qui (?:si|en cas) (?:d )?(?:urgence|probleme grave|danger)"
    # ht
    r"|nimewo (?:ijans|lapolis|polis|anbilans)|ki nimewo (?:pou m rele )?(?:si|lè) (?:gen )?ijans"
    r"|si (?:m|mwen) rele (?:911|lapolis)|rele (?:lapolis|polis|911)(?: \w+){0,3} (?:peye|gratis)"
    r"|se 911|911 (?:gratis|peye)"
    r")\b"
)
_US_WORDS = re.compile(
    r"\b(?:usa|eeuu|ee uu|estados unidos|gabacho|the us|the states|los states|los estados"
    r"|etats unis|aux usa|ozetazini|^us|(?:in|en|aux|nan) us\b(?! (?:a|to|the|and|from|with|for)\b)"
    r"|etazini|lotbo|lot bo|(?:in|en) america(?! (?:del sur|latina|central|du sud|latine)))\b"
)
# Mexico named as the place the number is for, whatever else is named beside it.
_MEXICO_NAMED = re.compile(
    r"\b(?:in|en|au|nan|isit|aqui en|aca en|ici au|here in) (?:mexico|mexique|meksik|meksiko)\b"
)
_MIND = re.compile(
    r"\b(?:"
    r"no puedo dormir|no duermo|pienso (?:mucho|demasiado)|ansiedad|angustia|depresion"
    r"|deprimid\w*|pesadillas|psicolog\w*|estres|estresad\w*"
    r"|me siento (?:muy )?(?:triste|mal de la cabeza|sol[oa])"
    r"|can t sleep|cant sleep|cannot sleep|too much thinking|overthinking|anxiety|anxious"
    r"|depress\w*"
    r"|nightmares|psycholog\w*|therap\w*|stressed|panic attacks?"
    r"|(?:j )?(?:dors|dort|dormir) (?:plus|pas)|je pense trop|angoisse|anxi\w*|cauchemars|psy\w*"
    r"|stresse\w*|deprime\w*"
    r"|pa ka dom[iy]|m pa dom[iy]|mwen pa dom[iy]|kalkile twop|estrese|stres|depresyon|kochma"
    r"|sikolog\w*|tet (?:mwen|m) cho|m pa byen nan tet"
    r")\b"
)


# The line against trafficking asked for: in the US it is the national hotline that `danger_us`
# gives first ("en usa cual es la linea para reportar trata", "im in houston, is there a hotline
# for trafficking victims"); in Mexico the trafficking topics answer with Mexico's line.
_HOTLINE_ASKED = re.compile(
    r"\b(?:(?:linea|numero|telefono|hotline|helpline|line|number|ligne|liy|nimewo)\b.{0,25}"
    r"\b(?:trata|trafficking|traite|trafik\w*)"
    r"|(?:trata|trafficking|traite|trafik) (?:hotline|line|number|linea|ligne|liy))\b"
)


def lines_asked(text: str) -> str | None:
    """`danger_us` or `danger` for a question about the emergency number (or, in the US, the
    trafficking hotline), else None."""
    words = fold(text)
    if _NUMBER_ASKED.search(words) is None:
        asks_hotline = _HOTLINE_ASKED.search(words) is not None
        in_us = _US_WORDS.search(words) is not None or place.named(whole(text)) == "us"
        if asks_hotline and in_us and _MEXICO_NAMED.search(words) is None:
            return LINES_US
        return None
    mexico, us = _MEXICO_NAMED.search(words), _US_WORDS.search(words)
    if mexico is not None and (us is None or mexico.start() < us.start()):
        # "whats the emergency number in mexico? is it 911 like in the states": the place
        # named first is the one asked about, the other a comparison.
        return LINES
    in_us = us is not None or place.named(whole(text)) == "us"
    return LINES_US if in_us else LINES


def place_of_lines_asked(text: str) -> str:
    """The place "us" when the message asks for the emergency numbers of the United States ("us
    emergency numbers"), else "": the place for the lines when nothing else placed the writer."""
    return "us" if lines_asked(text) == LINES_US else ""


_NATIONALITY_ASKED = re.compile(
    r"\b(?:"
    r"(?:va a ser|sera|seria|saldria|sale|queda) mexican[oa]|le dan (?:la )?nacionalidad"
    r"|mexican[oa] (?:por|de) nacimiento"
    r"|will (?:he|she|it|they|the baby|my baby|my son|my daughter|my kid) be (?:a )?mexican"
    r"|(?:get|have|gets) mexican (?:nationality|citizenship)|mexican by birth"
    r"|(?:sera|serait|deviendra) mexicaine?|nationalite mexicaine|mexicaine? de naissance"
    r"|(?:ap|pral|va) (?:vin )?meksiken|nasyonalite meksiken"
    r")\b"
)
_OWN_PAPERS = re.compile(
    r"\b(?:me ayuda|regulariz\w*|residencia|arreglar (?:mis )?papeles|papeles para mi"
    r"|papers for me|residen\w*|regulari\w*|papiers pour moi|papye pou (?:m|mwen)|rezidans)\b"
)


def nationality_asked(text: str) -> str | None:
    """`birth_registration` for a question whether a baby born in Mexico is Mexican."""
    words = fold(text)
    if _NATIONALITY_ASKED.search(words) is None or _OWN_PAPERS.search(words) is not None:
        return None
    return BIRTH


# A child born in Mexico, named beside the parent's own papers: papers through family.
_BORN_HERE = re.compile(
    r"\b(?:(?:nacio|nacieron|nacido|nacida|nacidos) (?:aqui|aca|en mexico|en el hospital)"
    r"|(?:was |were )?born (?:here|in mexico)|(?:est )?nee? (?:ici|au mexique)|fet (?:isit|meksik"
    r"|nan meksik))\b"
)
FAMILY_PAPERS = "reg_family_unity"


def papers_through_child(text: str) -> str | None:
    """`reg_family_unity` for a parent's own papers asked beside a child born in Mexico ("mi
    bebe nacio aqui... x el niño puedo arreglar papeles, es verdad"): the registry and the
    baby's birth certificate are the next step, not the answer."""
    words = fold(text)
    if _BORN_HERE.search(words) is None or _OWN_PAPERS.search(words) is None:
        return None
    return FAMILY_PAPERS


def mind_named(text: str) -> bool:
    """Words of sleeplessness, fear, sadness or stress: the stress topic."""
    return _MIND.search(fold(text)) is not None


ASYLUM_AREA, AFTER_APPLYING = "asylum", "asylum_process"
# Whether the writer may move elsewhere while the claim goes on: "puedo irme pa alla mientras?",
# "je peux partir en attendant?", "m ka ale pandan m ap tann?", "can i move to cancun while i
# wait?". Moving (not going to a doctor, the police or work), to another place or while waiting.
_MOVE_ASKED = re.compile(
    r"\b(?:(?:puedo|podemos|me puedo|nos podemos|se puede) (?:irme|irnos|mudarme|mudarnos|"
    r"cambiarme|moverme|viajar)"
    r"|(?:can|could|may) (?:i|we) (?:move|relocate|travel)|am i allowed to (?:move|travel)"
    r"|(?:je peux|je pourrais|on peut|puis je|est ce que je peux|est ce qu on peut) "
    r"(?:partir|bouger|demenager|voyager)"
    r"|(?:m|mwen|nou) (?:ka|kab|kapab) (?:ale|al|deplase|vwayaje|demenaje))\b"
)
# ... and where to, or while waiting: "pa alla", "mientras", "en attendant", "pandan m ap tann",
# "while i wait", "to another state", a city's "a", "to", "nan".
_ELSEWHERE = re.compile(
    r"\b(?:mientras|en lo que|pa alla|para alla|a otro estado|a otra ciudad|en attendant|"
    r"ailleurs|la bas|dans un autre etat|dans une autre ville|while i wait|in the meantime|"
    r"meanwhile|to another (?:state|city)|there|pandan m ap tann|pandan mwen ap tann|"
    r"nan yon lot (?:eta|vil)|lot bo a)\b"
)
# Places that are not a move: a doctor, a hospital, the police, work, school, home country.
_NOT_A_MOVE = re.compile(
    r"\b(?:doctor|medico|hospital|clinica|centro de salud|policia|police|trabajo|trabajar|work|"
    r"escuela|school|comar|consulado|lopital|dokte|lapolis|travay|lekol|lakay|mi pais|my country|"
    r"medecin|hopital|ecole|travail|pays)\b"
)


# Leaving the state where the claim is, asked outright: "so i cannot leave chiapas at all?",
# "no puedo salir del estado?", "je peux pas quitter le chiapas ?", "m pa ka kite eta a?".
_LEAVE_ASKED = re.compile(
    r"\b(?:(?:can|cannot|can t|cant|could|may) (?:i|we)?\s?(?:not )?leave (?:the state|this state|"
    r"chiapas|tapachula|tabasco|the city|here)"
    r"|(?:puedo|podemos|no puedo|no podemos|se puede) (?:salir|irme|irnos) (?:del estado|de chiapas"
    r"|de tapachula|de tabasco|de la ciudad|de aqui)"
    r"|(?:peux|peut|pourrais) (?:pas )?(?:quitter|sortir de|partir de) (?:l etat|le chiapas"
    r"|chiapas|tapachula|la ville|ici)"
    r"|(?:ka|kab|kapab) (?:kite|soti nan) (?:eta a|chiapas|tapachula|vil la|isit))\b"
)


def asks_to_move(text: str) -> bool:
    """The message asks whether the writer may go or move somewhere else, or leave the state."""
    folded = fold(text)
    if _LEAVE_ASKED.search(folded) is not None:
        return True
    return (
        _MOVE_ASKED.search(folded) is not None
        and _ELSEWHERE.search(folded) is not None
        and _NOT_A_MOVE.search(folded) is None
    )


# Only "even without papers?", in a few words: "aunque no tenga papeles?", "even if im
# undocumented?", "même sans papiers ?", "menm si m pa gen papye?".
_STATUS_ONLY = re.compile(
    r"^\W*(?:(?:y|and|et|e|pero|but|mais|men|ok) )?"
    r"(?:(?:aun|aunque|incluso|even|meme|menm|ni|still)(?: si| if)? |si |if )?"
    r"(?:(?:yo|i|je|j|m|mwen|no|n|pa|im|i m|we|nou|don t|dont|do not|n ai|pas) )*"
    r"(?:tengo |tenga |tenemos |have |ai |gen |am |are |con |avec |ak )?"
    r"(?:(?:sin|without|sans|san|no|pa) )?"
    r"(?:papeles|papers|papiers|papye|documentos|documents|dokiman|undocumented|indocumentad[oa])"
    r"\W*$"
)
_STATUS_MARK = re.compile(
    r"\?|\b(?:aun|aunque|incluso|even|meme|menm|si|if|sin|without|sans|san)\b"
)


def asks_about_status(text: str) -> bool:
    """The message only asks whether it holds without papers."""
    folded = fold(text)
    return _STATUS_ONLY.search(folded) is not None and _STATUS_MARK.search(text) is not None


# Whether the paper just read about lets one work: "can i do job with it? i am cook", "y con
# esa puedo trabajar?", "avec ça je peux travailler ?", "m ka travay ak li?". The words name a
# job, so the classifier reads a job offer; the question is about the paper.
WORK_PHRASE = "lets you work"
WORK_ASKED = re.compile(
    r"\b(?:(?:puedo|se puede|podre|podemos|me deja|me dejan|me permite|sirve para) "
    r"(?:trabajar|chambear|chambiar|jalar)"
    r"|(?:can|could|may) (?:i|we) (?:work|do (?:a )?job|get a job|have a job|be employed)"
    r"|allowed to work|lets? me work|good (?:for|to) work"
    r"|(?:je peux|on peut|puis je|je pourrai|permet de|ca permet de) (?:travailler|bosser|taffer)"
    r"|(?:m|mwen|nou) (?:ka|kapab|kab) (?:travay|jwenn travay))\b"
)
_WITH_IT = re.compile(
    r"\b(?:con (?:eso|esa|ese|ella|el|este|esta)|with (?:it|that|this|them)"
    r"|avec (?:ca|ce|elle|lui|cette|ce papier)|ak (?:li|sa|l)|avek (?:li|sa))\b"
)


def asks_to_work_with_it(text: str) -> bool:
    """A short question, or one that refers back, whether what was just read about lets the
    writer work."""
    folded = fold(text)
    if WORK_ASKED.search(folded) is None:
        return False
    return _WITH_IT.search(folded) is not None or len(folded.split()) <= 8


# No proof of address, told after a paper's requirements: "pero yo vivo en un albergue no tengo
# comprobante de domicilio", "je dors dans un albergue, j'ai pas de facture ou de bail". The
# shelter named is where they live, not a search; the requirements say what to use instead.
ADDRESS_PHRASE = "proof of address"
_NO_ADDRESS_PROOF = re.compile(
    r"\b(?:comprobante de domicilio|recibo de (?:luz|agua)|proof of (?:address|residence)"
    r"|utility bill|justificatif de domicile|facture|bail|quittance|prev adres|resi kouran)\b"
)
_LACKS = re.compile(
    r"\b(?:no tengo|no tenemos|sin|ni|don t have|dont have|do not have|no|haven t got|j ai pas"
    r"|je n ai pas|pas de|on a pas|m pa gen|mwen pa gen|nou pa gen|pa gen)\b"
)


def no_proof_of_address(text: str) -> bool:
    """The message says the writer has no proof of address."""
    folded = fold(text)
    found = _NO_ADDRESS_PROOF.search(folded)
    return found is not None and _LACKS.search(folded[: found.start()]) is not None


def lacks_address_proof(topic: Topic, text: str) -> bool:
    """The writer has no proof of address, and the topic's requirements say what instead."""
    listed: Sequence[str] = topic.followups.get("requirements") or ()
    return any(ADDRESS_PHRASE in item for item in listed) and no_proof_of_address(text)


# A complaint about how someone is treated by those holding them or serving them: "y si lo
# tratan mal o no lo dejan llamar donde me quejo", "where do i complain if they mistreat him".
# Justice and complaints (the CNDH) answers, whatever topic came before.
JUSTICE = "rights_justice"
_COMPLAINT = re.compile(
    r"\b(?:quej\w*|denunci\w*|complain\w*|report (?:them|it|this)|plainte|plaindre|plent|plenyen)\b"
)
_MISTREATED = re.compile(
    r"\b(?:(?:lo|la|los|las|me|nos|le) (?:tratan|trataron|trata) mal|maltrat\w*"
    r"|no (?:lo|la|los|me|nos|le) dejan (?:llamar|hablar|comer|ver)"
    r"|mistreat\w*|treat(?:ed|ing)? (?:him|her|them|me|us) (?:badly|bad)"
    r"|(?:don t|dont|do not|won t|wont) let (?:him|her|them|me|us) (?:call|eat|talk)"
    r"|maltrait\w*|(?:le|la|les|me|nous) laissent pas (?:appeler|manger|parler)"
    r"|maltrete|(?:yo )?pa kite (?:l|li|m|nou|yo) (?:rele|manje|pale))\b"
)


# Held or served by officials: a complaint about them is the CNDH's (an employer's is work's,
# a partner's is violence at home).
_BY_OFFICIALS = re.compile(
    r"\b(?:estacion|estaciones|detenid[oa]s?|detencion|detention|detained|station|inm|migracion"
    r"|migration|la migra|policias?|police|guardias?|guards?|agentes?|agents?|officers?"
    r"|carcel|jail|prison|prizon|estasyon|comar|funcionari\w*|officials?|albergue|shelter)\b"
)
# Topics after which "they" are officials: a detention, an asylum claim and its appeal.
HELD_TOPICS = frozenset({"rights_detention", "asylum_appeal", "asylum_process", "asylum"})


def complaint_about_treatment(text: str, last_topic: str | None = None) -> str | None:
    """`rights_justice` for where or how to complain of mistreatment by officials (named, or
    the ones the last topic was about), else None."""
    folded = fold(text)
    if _COMPLAINT.search(folded) is None or _MISTREATED.search(folded) is None:
        return None
    if last_topic not in HELD_TOPICS and _BY_OFFICIALS.search(folded) is None:
        return None
    return JUSTICE
