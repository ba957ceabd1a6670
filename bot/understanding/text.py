"""One written form for the many ways people type the same words on a phone.

"Nesesito ayudaaa xq la migra me kito mis papeles 😢", "mwn bzwen ed pou papye m" and
"jai besoin d aide stp" reach the classifiers as "necesito ayuda porque la migra me quito mis
papeles", "mwen bezwen ede pou papye mwen" and "j ai besoin d aide s il te plait": lower case,
no accents, no emoji, letters typed three times or more collapsed, and the SMS abbreviations and
common spellings of each language written out. The same function prepares the training data
and every message, so the models learn and read one form.

Only stdlib: the Rasa project (a lower floor) normalises its training data with it too.
"""

from __future__ import annotations

import re
import unicodedata

# Emoji that carry a meaning people rely on; every other pictograph is dropped.
_EMOJI_WORDS = {
    "👍": "ok",
    "👌": "ok",
    "✅": "ok",
    "🆗": "ok",
    "👎": "no",
    "❌": "no",
    "🙏": "thanks",
    # Flags for the language people want.
    "🇺🇸": "english",
    "🇬🇧": "english",
    "🇲🇽": "espanol",
    "🇪🇸": "espanol",
    "🇫🇷": "francais",
    "🇭🇹": "kreyol",
}
_THANKS = {"es": "gracias", "fr": "merci", "ht": "mesi", "en": "thanks"}

# Abbreviations that mean the same thing whatever the language.
_COMMON = {
    "xq": "porque",
    "xk": "porque",
    "porq": "porque",
    "porke": "porque",
    "porqe": "porque",
    "tmb": "tambien",
    "tmbn": "tambien",
    "tambn": "tambien",
    "pls": "please",
    "plz": "please",
    "plis": "please",
    "pliz": "please",
    "thx": "thanks",
    "thnx": "thanks",
    "tnx": "thanks",
    "thks": "thanks",
    "porfa": "por favor",
    "porfis": "por favor",
    "xfa": "por favor",
    "xfavor": "por favor",
    "porfavor": "por favor",
    "grax": "gracias",
    "grasias": "gracias",
    "msj": "mensaje",
    "dnd": "donde",
    "bjr": "bonjour",
    "bsr": "bonsoir",
    "slt": "salut",
    "eeuu": "estados unidos",
    "eua": "estados unidos",
    "cdmx": "ciudad de mexico",
}

_BY_LANGUAGE: dict[str, dict[str, str]] = {
    "es": {
        "q": "que",
        "k": "que",
        "ke": "que",
        "qe": "que",
        "pq": "porque",
        "pk": "porque",
        "x": "por",
        "d": "de",
        "tb": "tambien",
        "bn": "bien",
        "toy": "estoy",
        "stoy": "estoy",
        "sty": "estoy",
        "tngo": "tengo",
        "tng": "tengo",
        "kiero": "quiero",
        "qiero": "quiero",
        "nesecito": "necesito",
        "nesesito": "necesito",
        "nececito": "necesito",
        "necsito": "necesito",
        "aki": "aqui",
        "aqi": "aqui",
        "xa": "para",
        "pa": "para",
        "nd": "nada",
        "hno": "hermano",
        "hna": "hermana",
        "sta": "esta",
        "ola": "hola",
        "grs": "gracias",
        "vdd": "verdad",
        "mx": "mexico",
        "tmpo": "tiempo",
        "bno": "bueno",
        "salu2": "saludos",
        "cnd": "cuando",
        "cdo": "cuando",
        "ayudenme": "ayudeme",
        "ps": "pues",
        "xfa": "por favor",
        "ntp": "no te preocupes",
    },
    "en": {
        "u": "you",
        "ur": "your",
        "r": "are",
        "im": "i m",
        "dont": "don t",
        "cant": "can t",
        "wont": "won t",
        "didnt": "didn t",
        "doesnt": "doesn t",
        "isnt": "isn t",
        "whats": "what s",
        "hw": "how",
        "wat": "what",
        "wht": "what",
        "wut": "what",
        "wher": "where",
        "whr": "where",
        "b4": "before",
        "gonna": "going to",
        "wanna": "want to",
        "gotta": "have to",
        "cuz": "because",
        "coz": "because",
        "bc": "because",
        "bcuz": "because",
        "idk": "i don t know",
        "ppl": "people",
        "n": "and",
        "ty": "thank you",
        "tysm": "thank you",
        "pic": "picture",
        "govt": "government",
        "plzz": "please",
        "hlp": "help",
    },
    "fr": {
        "jai": "j ai",
        "jsuis": "je suis",
        "jsui": "je suis",
        "chui": "je suis",
        "chuis": "je suis",
        "jss": "je suis",
        "jveux": "je veux",
        "jve": "je veux",
        "jpeux": "je peux",
        "ya": "il y a",
        "koi": "quoi",
        "kel": "quel",
        "kelle": "quelle",
        "pk": "pourquoi",
        "pq": "pourquoi",
        "pkoi": "pourquoi",
        "pourkoi": "pourquoi",
        "tt": "tout",
        "bcp": "beaucoup",
        "qd": "quand",
        "kan": "quand",
        "cmt": "comment",
        "komen": "comment",
        "koment": "comment",
        "dc": "donc",
        "pr": "pour",
        "ds": "dans",
        "vs": "vous",
        "ns": "nous",
        "mm": "meme",
        "mrc": "merci",
        "mci": "merci",
        "svp": "s il vous plait",
        "stp": "s il te plait",
        "c": "c est",
        "g": "j ai",
        "k": "que",
        "ke": "que",
        "ki": "qui",
        "auj": "aujourd hui",
        "ajd": "aujourd hui",
        "dsl": "desole",
        "tkt": "t inquiete",
        "keske": "qu est ce que",
        "kesk": "qu est ce que",
        "kesako": "qu est ce que c est",
        "oqp": "occupe",
        "pa": "pas",
    },
    "ht": {
        "m": "mwen",
        "mw": "mwen",
        "mwn": "mwen",
        "mwenn": "mwen",
        "w": "ou",
        "n": "nou",
        "l": "li",
        "k": "ki",
        "y": "yo",
        "koman": "kijan",
        "kouman": "kijan",
        "kman": "kijan",
        "kijann": "kijan",
        "kiss": "kisa",
        "kissa": "kisa",
        "kesa": "kisa",
        "kisak": "kisa",
        "ksa": "kisa",
        "kot": "kote",
        "pouki": "poukisa",
        "pouky": "poukisa",
        "poukis": "poukisa",
        "bzwen": "bezwen",
        "bsoin": "bezwen",
        "bswen": "bezwen",
        "bezoin": "bezwen",
        "pagen": "pa gen",
        "pagin": "pa gen",
        "pagenyen": "pa gen",
        "genyen": "gen",
        "gin": "gen",
        "ginyen": "gen",
        "mersi": "mesi",
        "mci": "mesi",
        "souple": "tanpri",
        "silvouple": "tanpri",
        "tampri": "tanpri",
        "svp": "tanpri",
        "papie": "papye",
        "papiye": "papye",
        "map": "mwen ap",
        "mpral": "mwen pral",
        "mprale": "mwen pral",
        "mpa": "mwen pa",
        "kap": "ki ap",
        "wap": "ou ap",
        "lap": "li ap",
        "nap": "nou ap",
        "yap": "yo ap",
        "edem": "ede mwen",
        "ed": "ede",
        "ptit": "pitit",
        "imigrasion": "imigrasyon",
        "migrasion": "imigrasyon",
        "migrasyon": "imigrasyon",
        "asil": "azil",
        "azile": "azil",
        "dokuman": "dokiman",
        "mounn": "moun",
        "bjr": "bonjou",
        "bsr": "bonswa",
        "sakpase": "sak pase",
    },
}

_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2300-\u23ff\u2b00-\u2bff\ufe0f\u200d\u20e3"
    "\U000e0020-\U000e007f]"
)
_REPEATS = re.compile(r"([^\W\d_])\1{2,}")
_NOT_WORD = re.compile(r"[^\w]+")


def fold(text: str) -> str:
    """Lower case, accents and emoji gone, punctuation as spaces, one space between words."""
    for emoji, word in _EMOJI_WORDS.items():
        if emoji in text:
            text = text.replace(emoji, f" {word} ")
    text = _EMOJI.sub(" ", text)
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = _REPEATS.sub(r"\1", plain)
    return " ".join(_NOT_WORD.sub(" ", plain).replace("_", " ").split())


def normalise(text: str, lang: str | None = None) -> str:
    """The form both classifiers read. `lang` adds that language's abbreviations (a token
    like "m" means "mwen" in Creole but not in Spanish); without it only the common ones.

    A message that is nothing but symbols keeps its original text, so nothing becomes empty.
    """
    table = _BY_LANGUAGE.get(lang or "", {})
    words: list[str] = []
    tokens = fold(text).split()
    for index, word in enumerate(tokens):
        written = table.get(word) or _COMMON.get(word) or word
        if written == "thanks" and lang in _THANKS:
            written = _THANKS[lang]
        head, _, rest = written.partition(" ")
        if (
            rest
            and head == word
            and tokens[index + 1 : index + 1 + len(rest.split())] == rest.split()
        ):
            written = (
                word  # already written out ("c est" stays "c est"): normalising twice is a no-op
            )
        words.append(written)
    out = " ".join(words)
    if lang == "fr":
        out = _FR_PARTICIPLE.sub(r"\1 \2e", out)
    return out or text.strip()


# "La comar a refuser ma demande": the infinitive typed for the past participle after "avoir"
# (refusé folds to "refuse"), as the examples write it.
_FR_PARTICIPLE = re.compile(
    r"\b(ont|ai|avons|avez|(?:il|elle|on|comar|inm|m|l|t|nous|vous|qui) a) ([a-z]{3,})er\b"
)


SEGMENT_BREAKS = re.compile(
    # ("pale ak yon moun" is "talk with someone": that "ak" joins no second need.)
    r"[.!?;\n]+|,\s+|(?<!pale)\s(?:and also|and|also|y tambien|y ademas|tambien|y|"
    r"et aussi|et|aussi|epi|ak|e|anplis)\s",
    re.IGNORECASE,
)


def segments(text: str) -> list[str]:
    """The parts of a message that may each carry a need: sentences, and clauses joined by
    "and"/"y"/"et"/"epi"/"ak". Short pieces are kept joined to their neighbour."""
    pieces = [p.strip() for p in SEGMENT_BREAKS.split(text) if p and p.strip()]
    out: list[str] = []
    for piece in pieces:
        if out and len(piece.split()) < 2:
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


# Thanks and "another question" before a new request: "ok mesi. lot kesyon, patwon an pa peye
# m", "gracias. otra cosa, ¿cómo saco la CURP?". Rasa reads the courtesy and answers "you're
# welcome"; the request after it is what the person wants answered.
_COURTESY_FIRST = re.compile(
    r"^(?:(?:ok|okay|oki|oke|vale|bueno|dakò|dako|d accord|ah|ahh|perfecto|listo|bien)[ ,.!]+)?"
    r"(?:muchas gracias|gracias|grasias|thank you|thanks|thx|ty|merci beaucoup|merci|mesi anpil|"
    r"mesi|okay|ok|dakò|dako|d accord)[ ,.!]+"
    r"(?P<another>(?:y |and |et |epi )?(?:otra pregunta|otra cosa|una pregunta mas|"
    r"another question|one more question|something else|autre chose|autre question|"
    r"une autre question|lot kesyon|yon lot kesyon|lot bagay|yon lot bagay)[ ,.:!?]+)?"
)
COURTESY_REST = 3  # words a request after the thanks must have


def without_courtesy(text: str) -> str:
    """The request after leading thanks, when there is one of a few words or more."""
    found = _COURTESY_FIRST.match(text.strip().lower())
    if found is None:
        return text
    rest = text.strip()[found.end() :]
    # "gracias por la info, me ayudó mucho" is more thanks: only "another question" or a
    # question after the thanks is a new request.
    asks = found.group("another") is not None or "?" in rest
    return rest if asks and len(rest.split()) >= COURTESY_REST else text


def for_rasa(text: str, lang: str | None) -> str:
    """What Rasa reads: a button's payload as it is, words normalised as its data was, without
    the thanks before a new request."""
    return text if text.startswith("/") else normalise(without_courtesy(text), lang)
