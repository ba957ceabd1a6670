"""The danger screen: every inbound message graded before routing, in four languages.

It runs on every message before anything else and needs nothing but this package, so a person
in danger gets the emergency numbers even when Rasa or the network to it is down. The grade is
one of:

- `immediate`: danger now or about to happen (held, kidnapped, beaten, threatened with death,
  sexual violence, a medical emergency, self-harm, a child taken, abandoned without water,
  forced to work or to sell sex, extortion with a threat or a deadline, a cry for help): the
  emergency lines at once and an urgent case;
- `past_harm`: harm done or going on without immediate danger (robbed last week, documents kept
  by an employer, a debt that grows, violence in the past): the matching topic and an offer of a
  person, no alarm;
- `information`: frightening words about others, the news, a question or a definition: the
  topic, no case;
- `none`: nothing of the kind.

`danger` stays true for `immediate` only, so code that reads `found.danger` keeps meaning "open
an urgent case now". `categories` are the harms that make it immediate (the case's danger tags);
`harms` are every harm named, most pressing first, for the follow-up topic; `reasons` say why, in
codes staff read in the console (bot/staff/labels.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.safety import banter, place
from bot.safety.grade import grade
from bot.safety.harms import pressing_first
from bot.safety.text import parts, whole

GRADES = ("immediate", "past_harm", "information", "none")
# "SOS" in capitals is a cry for help; "sos" is also "you are" in Central American Spanish.
_LOUD_SOS = re.compile(r"(?<![A-Za-z])S\.?O\.?S(?![A-Za-z])")
_LOUD_US = re.compile(
    r"(?<![A-Za-z])(?:USA|U\.S\.A?\.?|EEUU|EE\.UU\.)(?![A-Za-z])|\b(?:in|the) US\b"
)
MAX_SCREENED_CHARS = 4000


@dataclass(frozen=True)
class ScreenResult:
    categories: tuple[str, ...]
    in_us: bool
    grade: str = ""
    reasons: tuple[str, ...] = ()
    harms: tuple[str, ...] = ()
    place: str = ""
    # Graded `none`, yet the danger net (bot.safety.doubt) reads danger in it: the person is
    # asked "are you in danger right now?" with the lines; nothing opens without their yes.
    doubt: bool = False

    def __post_init__(self) -> None:
        # Older callers build ScreenResult(categories, in_us): categories mean immediate danger.
        if not self.grade:
            object.__setattr__(self, "grade", "immediate" if self.categories else "none")
        if not self.place and self.in_us:
            object.__setattr__(self, "place", "us")

    @property
    def danger(self) -> bool:
        """Open an urgent case now: the grade is immediate."""
        return self.grade == "immediate"

    @property
    def harm(self) -> str | None:
        """The most pressing harm named, for the follow-up topic."""
        return self.harms[0] if self.harms else None


NOTHING = ScreenResult((), False, "none")
DANGER_PAYLOAD = "/report_danger"
PRESSED = ScreenResult(("help_now",), False, "immediate", ("pressed_danger",), ("help_now",))
_SHOUT = re.compile(r"!!|(?:[A-Z]{2,}\s*){1,}|([a-zA-Z])\1\1")


def _loud(text: str) -> bool:
    """Shouted: capitals, "!!" or a letter held down ("ayudaaa")."""
    return bool(_SHOUT.search(text))


def screen(text: str) -> ScreenResult:
    """The grade of one message, its reasons, the harms it names and where the writer is."""
    if text.strip().startswith(DANGER_PAYLOAD):
        return PRESSED  # the person pressed a button that says they are in danger
    if not text or not text.strip() or text.lstrip().startswith("/"):
        return NOTHING
    text = text[:MAX_SCREENED_CHARS]
    split = parts(text)
    words = whole(text)
    if not split:
        return NOTHING
    laughing = banter.LAUGHING_FACE.search(text) is not None
    result, verdicts = grade(split, words, bool(_LOUD_SOS.search(text)), _loud(text), laughing)
    where = place.named(words) or ("us" if _LOUD_US.search(text) else "")
    named = pressing_first([v.harm for v in verdicts if v.grade != "none"])
    if result == "none":
        return ScreenResult((), where == "us", "none", (), (), where)
    deciding = [v for v in verdicts if v.grade == result]
    reasons: list[str] = []
    for verdict in deciding:
        for reason in verdict.reasons:
            if reason not in reasons:
                reasons.append(reason)
    if where:
        reasons.append(f"place:{where}")
    categories = pressing_first([v.harm for v in deciding]) if result == "immediate" else ()
    return ScreenResult(categories, where == "us", result, tuple(reasons), named, where)
