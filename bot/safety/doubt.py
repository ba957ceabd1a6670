"""A second pair of eyes for messages the patterns found calm: is this someone in danger?

The harm terms (bot.safety.lexicon*) read how danger is said, and only what someone foresaw. A
person may write "I'm on the roof, there's no way out, goodbye everyone" or "they make me see
clients all night", in words no pattern holds. So a small model, trained when the app starts
on the messages Rasa learns `report_danger` from (nlu_data/<lang>/*.yml, the danger engineer's
danger.yml among them; not the `intents_only/` subfolders, which cost it recall on the
development sets) against every other intent's examples, reads each message graded
`none`. When it is fairly sure, and nothing in the message says it is calm (a question, the
news, long ago, home, "I'm fine now", a way of speaking), the person is asked "are you in danger
right now?" with the emergency lines for where they are, as when Rasa hears danger the screen
did not (bot.handoff.danger_questions). It never opens a case by itself and never changes a
grade: only the person's yes does. Character and word n-grams carry across spelling, missing
accents and the four languages without a dictionary.

The model is trained once per process (about two seconds); the app warms it up as it starts.
"""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass
from pathlib import Path

import yaml
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion

from bot.fast_linear import FastLinear, sigmoid
from bot.safety import cues, frames, net
from bot.safety.grade import find_hits
from bot.safety.text import fold, parts, whole
from bot.settings import ROOT

log = logging.getLogger(__name__)

NLU_DIR = ROOT / "nlu_data"
DANGER_INTENT = "report_danger"
# How sure the model must be: a calm message is seldom asked (about one in a hundred in
# cross-validation on the training data), most danger the patterns miss is.
THRESHOLD = 0.7
# A question ("what do I do?") must be surer: most questions are about something else.
QUESTION_THRESHOLD = 0.85
PAST_HARM_THRESHOLD = 0.85
# A harm the patterns graded past or about people in general: the model must be very sure.
NAMED_THRESHOLD = 0.93
MIN_WORDS = 4  # "yo", "nos vemos": too short to read anything into
# "Ayúdenme", "aidez-moi", "ede m" and nothing else: a plea, maybe a cry. Asked, not alarmed
# ("ayuda" or "help" alone usually asks for the menu, and gets it).
PLEA = re.compile(
    r"^ (?:(?:por favor|porfa|please|pls|svp|s il vous plait|tanpri|souple) )?"
    r"(?:ayudame|ayudenme|ayudeme|ayudanos|(?:help|hlp|halp|hepl) (?:me|us)|aidez moi|aide moi|"
    r"aidez nous|aide nous|ede m|ed m|ede mwen|ede nou)"
    r"(?: (?:por favor|porfa|please|pls|svp|s il vous plait|tanpri|souple|urgente|urgent|ijan))* $"
)
# "Ya vienen", "ils arrivent", "yo rive" and nothing else: someone is coming for them, or a bus
# is. Too short to tell; asked with the lines, never alarmed.
_CRY = r"(?:(?:ay |oh |o )?(?:dios|dios mio|god|my god|mon dieu|bondye|jezi)|ay|oh no|mierda|shit) "
# "Pls come", "vengan rápido" before the cry.
_COME = (
    r"(?:(?:pls|plz|please|porfa|porfavor|por favor|svp|tanpri) )?"
    r"(?:(?:come|ven|vengan|venga|venez|viens|vin)"
    r"(?: (?:quick|fast|now|rapido|vite|vit|pls|plz|please|porfa|porfavor|svp|s il vous plait"
    r"|tanpri))* )?"
)
ARRIVING = re.compile(
    rf"^ (?:{_CRY})?{_COME}"
    r"(?:ya )?(?:(?:ahi |ellos )?(?:vienen|bienen|viene)(?: (?:los|las|por) (?:\w+ ){0,3}\w+)?"
    r"|ya llegaron(?: por (?:nosotros|mi|nosotras))?|estan aqui|estan afuera|ya entraron"
    r"|(?:they re|they are|theyre) (?:coming|here|outside|inside)|they came|they found us"
    r"|ils (?:arrivent|viennent|sont la|sont devant|sont entres|nous ont trouves)"
    r"|yo (?:rive|rive la|la|vini|ap vini|vin chache (?:m|mwen|nou)|devan pot la|antre|tire|ap tire"
    r"|jwenn nou))"
    r"(?: (?:ya|ahorita|ahora|now|maintenant|kounye a|kounya|ayuda|ayudenme|ayudame|auxilio"
    r"|por favor|porfa|help|help me|please|aidez moi|au secours|svp|ede m|ede nou|souple|tanpri"
    r"|hurry|apurense|rapido|vite|vit|s il vous plait|ecris seulement|ecris moi|escribeme"
    r"|solo escribe"
    r"|text only|text me|ekri m selman|no llames|appelle pas|don t call"
    r"|ayudaa+|helpp+))* $"
)
# A check-in set up with someone: "si a las 9 no te escribo avísale a la tía", "si à 22h je t'ai
# pas écrit, appelle tonton", "if I don't text by 10 call my brother". Asked, never alarmed.
CHECK_IN = re.compile(
    r" (?:si (?:a las \d+|en (?:una|\d+) (?:hora|horas|min\w*)|(?:a|para) (?:la|las) \d+)"
    r" no (?:te |les )?(?:escribo|contesto|llamo|hablo)"
    r"|si no (?:te |les )?(?:escribo|contesto) (?:a las|en|antes de) "
    r"|si (?:a|avant) \d+ ?h? (?:je )?(?:t ai|t|te|vous ai) (?:pas|ai pas) (?:ecrit|appele|repondu)"
    r"|si je (?:t ecris|te reponds|t appelle) pas (?:avant|a) "
    r"|if i (?:don t|dont|do not) (?:text|write|answer|call) (?:you )?(?:by|in|before|at) "
    r"|si (?:m|mwen) pa (?:ekri|rele|reponn) (?:ou|w) (?:a|anvan|nan) )"
    r"(?:.* )?(?:avisa\w*|llama\w*|hablale|dile|appelle|previens|call|tell|text|rele|di)"
)
# "Vengan por favor, estamos en el cruce de las vías": come, and where we are.
COME_TO_US = re.compile(
    r"^ (?:vengan|venga|venez|vini|come)"
    r"(?: (?:por favor|porfa|svp|please|pls|tanpri|vite|rapido|ya|now))*"
    r" (?:estamos|on est|nous sommes|we re|we are|were|nou) (?:en|a|au|at|in|nan|on) "
)
# A place sent as coordinates with a call to come: "vengan. 25.79,-97.52. somos 4".
LOCATION_DROP = re.compile(
    r" (?:vengan|venga|ven|venez|viens|come|vini|vin|ayuda|help|aidez|ede|auxilio|sos)"
    r" .*\d{1,3} \d{2,} \d{1,3} \d{2,}"
    r"|\d{1,3} \d{2,} \d{1,3} \d{2,}"
    r" .*(?:vengan|venez|come|vini|herido|blesse|hurt|wounded|blese|ayuda|help)"
)
_ANNOTATION = re.compile(r"\[([^\]]*)\](\([^)]*\)|\{[^}]*\})")
# A question about what would happen, asked without a question mark: "if they take me how long
# can they keep me" after the rights in detention (development journeys, round 3).
SUPPOSED = re.compile(
    r"^ (?:if|what if|si|y si|et si|e si|si jamais|en caso de que|ann ka) .{0,60}?"
    r"(?<= )(?:how long|how much|what happens|can they|could they|will they|do i have|"
    r"cuanto tiempo|que pasa|que me pasa|pueden|me pueden|combien de temps|qu est ce qui|"
    r"ils peuvent|ils ont le droit|konbyen tan|sa k ap pase|yo ka|yo gen dwa)(?= )"
)
# Signs that a message is calm, whatever its words (bot.safety.cues).
# Each is narrower than the screen's own: "me dijeron que" is a message received (often a
# threat), "chez moi" is where the person lives, "au travail" is a place, "3 edtan" a time.
CALM = (
    cues.DENIED,
    cues.RESOLVED,
    cues.INFO_FRAME,
    cues.HOME_COUNTRY,
    cues.MILD,
    cues.DATA_REQUEST,
    cues.LONG_AGO,
    cues.DAYS_AGO,
    cues.DETENTION_PLACE,
    cues.CARED,
    cues.OFFER_CHECKED,
)


@dataclass(frozen=True)
class Model:
    # The fitted features and classifier, read without scikit-learn's per-call checks.
    reader: FastLinear

    @classmethod
    def of(cls, features: FeatureUnion, classifier: LogisticRegression) -> Model:
        vectorizers = [vectorizer for _name, vectorizer in features.transformer_list]
        return cls(FastLinear(vectorizers, (classifier.coef_,), (classifier.intercept_,)))

    def probability(self, text: str) -> float:
        """The probability of danger (classes are False, True: the score is True's)."""
        return sigmoid(float(self.reader.scores(fold(text))[0]))


def examples(folder: Path = NLU_DIR) -> tuple[list[str], list[bool]]:
    """Every NLU example, folded, and whether its intent is `report_danger`."""
    texts: list[str] = []
    labels: list[bool] = []
    for path in sorted(folder.glob("*/*.yml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError):
            log.warning("danger net: %s is not readable, left out", path.name)
            continue
        blocks = data.get("nlu") if isinstance(data, dict) else None
        for block in blocks or []:
            if not isinstance(block, dict) or not isinstance(block.get("examples"), str):
                continue
            intent = block.get("intent")
            if not isinstance(intent, str):
                continue
            for line in block["examples"].splitlines():
                line = line.strip()
                if line.startswith("- "):
                    texts.append(fold(_ANNOTATION.sub(r"\1", line[2:])))
                    labels.append(intent == DANGER_INTENT)
    return texts, labels


CALM_FILE = Path(__file__).with_name("calm.yml")


def calm_examples(path: Path = CALM_FILE) -> list[str]:
    """Everyday messages said with words that also come up in danger, folded."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        log.warning("danger net: %s is not readable, left out", path.name)
        return []
    if not isinstance(data, dict):
        return []
    return [
        fold(t)
        for said in data.values()
        if isinstance(said, list)
        for t in said
        if isinstance(t, str)
    ]


def train(folder: Path = NLU_DIR, calm_file: Path = CALM_FILE) -> Model | None:
    """The model, or None when there is nothing to learn from (then nobody is asked)."""
    texts, labels = examples(folder)
    extra = calm_examples(calm_file)
    texts, labels = texts + extra, labels + [False] * len(extra)
    if not any(labels) or all(labels):
        log.warning("danger net: no report_danger examples against others; it stays off")
        return None
    features = FeatureUnion(
        [
            (
                "chars",
                TfidfVectorizer(
                    analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True
                ),
            ),
            ("words", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True)),
        ]
    )
    matrix = features.fit_transform(texts)
    classifier = LogisticRegression(C=4.0, class_weight="balanced", max_iter=3000)
    classifier.fit(matrix, labels)
    return Model.of(features, classifier)


_lock = threading.Lock()
_model: list[Model | None] = []  # empty until trained


def model() -> Model | None:
    """The process's model, trained on first use (the app warms it up at start)."""
    with _lock:
        if not _model:
            try:
                _model.append(train())
            except (ValueError, MemoryError) as exc:
                # The net is a second pair of eyes: without it the screen and Rasa still work.
                log.error("danger net: training failed (%s); it stays off", type(exc).__name__)
                _model.append(None)
        return _model[0]


def warm() -> None:
    model()


def ready() -> bool:
    """Whether the model is trained (or known to be off): reading it then takes well under a
    millisecond and needs no worker thread."""
    return bool(_model)


def calm(text: str) -> tuple[bool, bool]:
    """(calm, asks): whether a cue says the message is calm, and whether it is a question."""
    words = whole(text)
    if not words or len(words.split()) < MIN_WORDS:
        return True, False
    if any(cues.any_of(pattern, words) for pattern in CALM) or cues.phone_line_only(words):
        return True, False
    if cues.hearsay(words) and net.FIRST_PERSON_NOW.search(words) is None:
        return True, False  # the news; but "dicen que aquí se llevan a las muchachas, y a mí..."
    if any(cues.near(cues.IDIOM, words, m.start(), m.end()) for m in net.STRONG.finditer(words)):
        return True, False  # "me mata el calor jaja": a way of speaking
    split = parts(text)
    if any(hit.negated == "neg" for hit in find_hits(split, words)):
        return True, False  # "no me secuestraron, solo me perdí"
    asks = (
        any(p.question for p in split)
        or (bool(split) and net.QUESTION_START.search(split[0].text) is not None)
        or SUPPOSED.search(words) is not None
    )
    asked = asks or any(net.QUESTION_START.search(p.text) is not None for p in split)
    if asked and cues.held_by_officers(words) and cues.any_of(cues.ARRESTED, words):
        # "mon mari a été arrêté par l'INM, ils ont le droit de le garder?": a question about
        # a detention is a question of rights (told without a question, it may hide danger:
        # children left alone, an illness in the station).
        return True, False
    return False, asks and net.FIRST_PERSON_NOW.search(words) is None


# Reasons that say a past harm is over or far away: the net leaves it alone.
SETTLED = frozenset(
    {"when:long", "when:days", "when:over", "home_country", "recovered", "detention", "named"}
)
# Reasons that say a past harm goes on now ("me quitó el pasaporte y...": documents kept now).
ONGOING = frozenset({"when:now", "when:unknown", "when:recent"})


def ongoing(reasons: tuple[str, ...] | list[str]) -> bool:
    """A past-harm grade for a harm that is still going on, with nothing that says it is over
    (a robbery told is over: "on the way some police robbed us")."""
    said = set(reasons)
    harms = {r for r in said if r.startswith("harm:")}
    return bool(said & ONGOING) and not said & SETTLED and harms != {"harm:robbery"}


def _sure(text: str, threshold: float) -> bool:
    """Nothing calm in the message and the model at least this sure (questions: surer)."""
    quiet, asks = calm(text)
    found = model()
    if quiet or found is None:
        return False
    return found.probability(text) >= max(threshold, QUESTION_THRESHOLD if asks else 0.0)


# Someone acting on the writer or a child beside the procedure ("la escuela no quiere recibir a
# mi hijo y hay un señor que lo sigue todos los días, hoy intentó agarrarlo"): a second read
# found the whole message calmed by the school.
_ACTED_ON = re.compile(
    r"\b(?:sigue|siguen|siguiendo|persigue|agarr\w*|llevar\w*|se lo llev\w*|se la llev\w*|"
    r"intent\w*|"
    r"amenaz\w*|arma|pistola|cuchillo|golpe\w*|pega|follow\w*|grab\w*|tried|threat\w*|gun|knife|"
    r"hit|beat\w*|suit|suivent|menace\w*|couteau|frapp\w*|attrap\w*|swiv|menase|kouto|zam|bat|"
    r"kenbe|pran l|pran li)\b"
)


def only_a_procedure(text: str) -> bool:
    """A question about a procedure at a school, a registry or the refugee office ("la comar me
    la negaron, se puede hacer algo?"), which reads like trouble to the net, with nobody acting
    on anyone beside it."""
    words = whole(text)
    return cues.any_of(cues.PROCEDURE_ASKED, words) and _ACTED_ON.search(words) is None


def doubtful(text: str, grade: str, reasons: tuple[str, ...] | list[str] = ()) -> bool:
    """Ask "are you in danger right now?": a message graded `none`, or graded past harm that
    is still going on, that reads like danger now."""
    if not text.strip() or text.lstrip().startswith("/"):
        return False
    if grade == "past_harm":
        if not ongoing(reasons):
            return False
        # Documents kept or a debt are past harm; held by them, with a threat, is danger: the
        # net must be surer here than for a message with no harm named at all, and surer still
        # when nothing is happening or about to ("ce soir", "tomorrow", "ahorita").
        words = whole(text)
        soon = cues.any_of(cues.DEADLINE, words) or cues.any_of(cues.NOW, words)
        return _sure(text, PAST_HARM_THRESHOLD if soon else NAMED_THRESHOLD)
    if grade == "information" and ("house_rule" in reasons or "relayed" in reasons):
        # A shelter's night hours asked about, or blows at home a friend asks about: never an
        # urgent case, but the person is asked "are you in danger right now?" (a lock-in told
        # as a rule, or a friend's "qué hago", may be more: a second read found injuries,
        # "orita", "hoy" and a gun in slang beside them).
        return True
    if grade == "information":
        # Only "people in general" ("en la colonia andan levantando gente"): a question, the
        # news or a hypothesis stays information.
        return "general" in reasons and _sure(text, NAMED_THRESHOLD)
    if grade != "none":
        return False
    words = whole(text)
    if PLEA.search(words) or ARRIVING.search(words) or frames.unsure(text):
        return True
    if CHECK_IN.search(words) or LOCATION_DROP.search(words) or COME_TO_US.search(words):
        return True
    if only_a_procedure(text):
        return False  # only a question about a procedure ("la comar me la negaron, qué hago?")
    found = model()
    if found is None:
        return False
    # The model first: it is the cheaper reading, and most messages end there.
    probability = found.probability(text)
    if probability < THRESHOLD:
        return False
    quiet, asks = calm(text)
    return not quiet and probability >= (QUESTION_THRESHOLD if asks else THRESHOLD)
