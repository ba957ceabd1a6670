"""From harm terms in context to one grade: immediate, past_harm, information or none.

Every harm term found is read in its place (bot.safety.context) and in its message (bot.safety
.cues), and gets a grade of its own (bot.safety.rules); the message takes the most pressing one.
Two rules look at the message as a whole: signs of forced labour together with a debt are debt
bondage (immediate), and a strong danger word that nothing calms is caught by the last net
(bot.safety.net).

"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from bot.safety import banter, cues, frames, net
from bot.safety.context import by_writer, hypothetical, negation
from bot.safety.lexicon import TERMS
from bot.safety.person import person_of
from bot.safety.rules import Hit, Message, Verdict, judge
from bot.safety.tense import form_of
from bot.safety.terms import HYPO, NOUN, Term
from bot.safety.text import Part

GRADES = ("immediate", "past_harm", "information", "none")
# Reasons that say a message is calm: the last net (bot.safety.net) leaves it alone.
CALMING = frozenset(
    {
        "asked",
        "general",
        "named",
        "news",
        "profession",
        "question",
        "home_country",
        "when:long",
        "when:days",
        "when:over",
        "mild",
        "panic",
    }
)
RANK = {g: i for i, g in enumerate(GRADES)}
# Signs of forced labour that together mean debt bondage (ILO indicators).
SIGNS = frozenset({"debt", "documents_taken", "wage_theft", "exploited"})
# The harms "X will kill me if I'm late" reads as: a threat, one that holds someone at work, one
# from a parent (a partner's is never a jest: bot.safety.banter).
JEST = frozenset({"threatened", "forced_work", "domestic_violence"})
__all__ = ["GRADES", "Verdict", "find_hits", "grade"]
# Terms are tried in blocks: one search of a block's alternation in C tells whether any of its
# terms can match, so a calm message skips most of the 1,100 terms' Python loop (about 0.7 ms
# of the app's CPU per message before). Blocks keep the lexicon's order, so hits do too.
BLOCK = 64


def _blocks(terms: tuple[Term, ...]) -> tuple[tuple[re.Pattern[str], tuple[Term, ...]], ...]:
    out = []
    for at in range(0, len(terms), BLOCK):
        block = terms[at : at + BLOCK]
        # Every term is `(?<= )regex(?= )` (bot.safety.terms): the block's search starts at a
        # literal space, which re finds quickly, instead of testing the look-behind everywhere.
        either = " (?:" + "|".join(f"(?:{_inner(t)})" for t in block) + ")(?= )"
        out.append((re.compile(either, block[0].pattern.flags), block))
    if any(t.pattern.flags != terms[0].pattern.flags for t in terms):
        raise ValueError("harm terms with different regex flags cannot share a block")
    return tuple(out)


def _inner(term: Term) -> str:
    pattern = term.pattern.pattern
    if not (pattern.startswith("(?<= )(?:") and pattern.endswith(")(?= )")):
        raise ValueError(f"harm term not framed by spaces: {pattern!r}")
    return pattern[len("(?<= )") : -len("(?= )")]  # the term's own "(?:...)" kept


BLOCKS = _blocks(TERMS)


def find_hits(parts: Sequence[Part], words: str) -> list[Hit]:
    """Every harm term in every part, read in its place; overlapping terms of one harm once."""
    return list(_find_hits(tuple(parts), words))


@lru_cache(maxsize=64)
def _find_hits(parts: tuple[Part, ...], words: str) -> tuple[Hit, ...]:
    """Kept for the last few messages: the danger net reads a calm message's hits again."""
    hits: list[Hit] = []
    for index, part in enumerate(parts):
        text = part.text
        found: list[tuple[int, int, Term, str]] = []
        for either, block in BLOCKS:
            if either.search(text) is None:
                continue
            for term in block:
                if term.needs is not None and term.needs.search(words) is None:
                    continue
                for match in term.pattern.finditer(text):
                    found.append((match.start(), match.end(), term, match.group(0)))
        # The longest phrasing of a harm wins ("tried to take my life" over "take my life").
        # Of two readings of the same words, a lived one beats a hypothesis or a bare name.
        found.sort(key=lambda f: (f[2].form == NOUN, f[2].form == HYPO, f[0] - f[1]))
        taken: list[tuple[int, int, str]] = []
        for start, end, term, matched in found:
            if any(s < end and start < e and h == term.harm for s, e, h in taken):
                continue
            if cues.everyday_at(term.harm, text, end):
                continue  # "i took all my pills for today", "se nos acabó el agua en el albergue"
            taken.append((start, end, term.harm))
            hits.append(_read(term, part, index, start, end, matched))
    return tuple(hits)


def _read(term: Term, part: Part, index: int, start: int, end: int, matched: str) -> Hit:
    text = part.text
    return Hit(
        harm=term.harm,
        form=form_of(term.lang, term.form, text, start, end, matched),
        person=person_of(term.lang, term.person, text, start, end, matched),
        part=index,
        start=start,
        negated=negation(term.lang, text, start, end, matched),
        asked=_asked(hypothetical(term.lang, text, start), part),
        verbless=matched.split()[0] in VERBLESS or _after_agent(text, start),
        by_writer=by_writer(term.lang, text, start),
    )


def _asked(found: str | None, part: Part) -> str | None:
    """A risk asked about ("si je traverse, je risque de me noyer?") is a hypothesis; a risk
    said ("je risque de me noyer, le courant est trop fort") is no question at all."""
    if found == "risk":
        return "if" if part.question else None
    return found


# Words that open a harm named without a verb of its own ("con pistola", "at gunpoint").
VERBLESS = frozenset("con a at with avec ak anba sous under sin without sans san".split())
# "Taken by armed men in 2014": who did it, named after "by", takes the time of the verb.
AGENT = frozenset("by por par".split())


def _after_agent(text: str, start: int) -> bool:
    before = text[:start].rsplit(None, 1)
    return bool(before) and before[-1] in AGENT


def _dated(words: str) -> bool:
    """A story dated a year or more back, or to a month gone by ("eso fue en 2021")."""
    return cues.any_of(cues.IN_A_YEAR, words) or cues.any_of(cues.DATED_STORY, words)


def grade(
    parts: Sequence[Part], words: str, loud_sos: bool, loud: bool = False, laughing: bool = False
) -> tuple[str, list[Verdict]]:
    """The message's grade and the verdicts of its harm terms, most pressing first."""
    message = Message.read(parts, words)
    hits = find_hits(parts, words)
    message.hits = hits
    threatened = any(h.harm == "threatened" and h.negated is None for h in hits)
    verdicts = [v for v in (judge(h, message, threatened) for h in hits) if v is not None]
    if loud_sos or cues.only_a_cry(words, loud):
        verdicts.append(Verdict("immediate", "help_now", ("harm:help_now", "cry_for_help")))
    sure = [found for found in frames.read(parts, words) if found.sure]
    # A frame told as a story of long ago ("el coyote nos abandonó en el desierto en 2022") is
    # graded by its terms, not by the frame.
    # Unless the one who did it is at the door now ("je l'ai quitté il y a 2 ans, il est devant
    # chez moi et il dit qu'il va me tuer").
    if sure and (not _dated(words) or frames.at_the_door(words)):
        verdicts += [Verdict("immediate", found.harm, found.reasons) for found in sure]
    if not verdicts and frames.official_threat(words):
        # "An immigration officer took 200 dollars and said if I complain they'll deport me".
        verdicts.append(Verdict("past_harm", "extortion", ("harm:extortion", "official_threat")))
    jest = banter.joking(words, laughing) and all(v.harm in JEST for v in verdicts)
    if jest:
        verdicts = []  # "mi jefa me mata si llego tarde jaja": a way of speaking
    signs = {v.harm for v in verdicts if v.grade == "past_harm"} & SIGNS
    if "debt" in signs and len(signs) > 1:
        verdicts.append(Verdict("immediate", "forced_work", ("harm:forced_work", "debt_bondage")))
    calmed = jest or any(r in CALMING for v in verdicts for r in v.reasons)
    if not calmed and not any(v.grade == "immediate" for v in verdicts):
        caught = net.catch(parts, words)
        if caught is not None:
            verdicts.append(Verdict("immediate", caught, (f"harm:{caught}", "danger_words")))
    verdicts.sort(key=lambda v: RANK[v.grade])
    best = verdicts[0].grade if verdicts else "none"
    return best, verdicts
