"""What a person reads when the danger screen grades their message, Rasa up or down.

- Immediate: the lines to call for where they are and what is happening (bot.safety.lines),
  what to do right now for that harm (the first message of its danger topic), and how to stay
  safe on a watched phone (previews off, silent, delete the chat); consent for the urgent case
  already opened follows.
- Past harm: the topic for the harm (crime victims, trafficking signs, violence at home...) and
  an offer of a person; a yes opens a `high` priority case.
- Danger Rasa heard that the screen did not see: the lines, then "are you in danger right now?"
  with yes and no; only a yes opens the urgent case.

The same words come from Rasa's actions (through these responses) and from the app's own
answers while Rasa is down.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bot import messages as interface
from bot.content.topics import Topic, load_topics
from bot.i18n import gettext
from bot.nlg import menus, worries
from bot.nlg.registry import RenderContext, ResponseTable
from bot.nlg.topics import layout, relevant_page, render_followup, render_page, render_topic
from bot.reply import Button, OutMessage
from bot.safety import lines
from bot.safety import messages as m
from bot.safety.harms import HARMS
from bot.understanding.meaning.abroad import at_home_unless_abroad
from bot.understanding.meaning.deadline import refine_kind
from bot.understanding.meaning.question_words import kind_in_words

responses = ResponseTable()
DANGER_TOPICS = ("danger", "danger_us")
# Topics written for the first minutes of a harm, in Mexico and the US alike: the emergency
# reply shows their first message (others, such as trafficking signs, speak of Mexico only).
NOW_TOPICS = frozenset(
    {
        "violence_home",
        "sexual_violence",
        "kidnapping_extortion",
        "abandoned",
        "self_harm",
        "medical_emergency",
        # Made to work or to sell sex and unable to leave: the trafficking line's page (free,
        # 24 hours, by WhatsApp, psychologists and lawyers, no name needed), not the page for
        # families of the kidnapped.
        "trafficking_what_to_do",
    }
)


# Now-pages that give Mexico's lines: in the United States the US lines above them stand alone.
MEXICO_ONLY_NOW = frozenset({"trafficking_what_to_do"})


def danger_topic(place: str) -> str:
    return "danger_us" if lines.country(place) == "us" else "danger"


# Harms whose topic says what a medical emergency's says (911) and what the situation needs
# besides: bleeding after a rape, after blows at home, lost in the desert.
SITUATIONS = ("raped", "domestic_violence", "abandoned")
# Harms that say who holds a person locked in: traffickers, whose line's page comes first.
HELD_TO_WORK = ("forced_work", "forced_sex", "trafficking")


def _situation_first(harms: Iterable[str]) -> list[str]:
    """The harms in order, a medical emergency after a situation whose topic covers it."""
    said = list(harms)
    if "medical" in said and any(h in SITUATIONS for h in said):
        said.remove("medical")
        said.append("medical")
    if "trapped" in said and any(h in HELD_TO_WORK for h in said):
        # "soy victima de trata, a quien llamo": held by traffickers, not kidnappers.
        said.remove("trapped")
        said.append("trapped")
    return said


def harm_topic(
    harms: Iterable[str], among: frozenset[str] | None = None, place: str = "", text: str = ""
) -> Topic | None:
    """The follow-up topic of the most pressing harm that has one (among `among` if given); in
    the United States its topic for there if it has one (someone held by ICE: the consulates'
    line, not Mexico's rules on detention). With the message's `text`, a search for a relative
    is the search from abroad when the words place the writer abroad (`abroad`)."""
    topics = load_topics()
    in_us = lines.country(place) == "us"
    for harm in _situation_first(harms):
        info = HARMS.get(harm)
        found = [
            topics[topic_id]
            for topic_id in (info.topics if info else ())
            if topic_id in topics
            and (among is None or topic_id in among)
            and not (among is not None and in_us and topic_id in MEXICO_ONLY_NOW)
        ]
        if found:
            there = [t for t in found if t.area == "us"] if in_us else []
            chosen = (there or found)[0]
            where = at_home_unless_abroad(chosen.id, text) if text else chosen.id
            return topics.get(where, chosen) if among is None or where in among else chosen
    return None


def lines_text(lang: str, place: str, harms: Sequence[str] = ()) -> str:
    """The header and one bullet per line, numbers from the facts register."""
    said = [gettext(lang, lines.header(place))]
    for line in lines.lines_for(place, harms):
        said.append("• " + gettext(lang, line.msgid, number=line.number, **line.extra))
    return "\n".join(said)


def emergency(lang: str, place: str, harms: Sequence[str], worry: int = 0) -> list[OutMessage]:
    """Lines, what to do now, staying safe on the phone.

    `worry`: the message of the harm's topic that answers a worry the person named
    (`worry_in`), shown after the first: the emergency pill's five days after a rape."""
    out = [OutMessage(lines_text(lang, place, harms))]
    topic = harm_topic(harms, NOW_TOPICS, place=place)
    if topic is not None:
        more = Button(gettext(lang, topic.title), menus.topic_payload(topic.id))
        if 0 < worry < len(topic.messages):
            out.append(OutMessage(gettext(lang, topic.messages[0])))
            out.append(OutMessage(gettext(lang, topic.messages[worry]), (more,)))
        else:
            out.append(OutMessage(gettext(lang, topic.messages[0]), (more,)))
    safety = load_topics().get(danger_topic(place))
    if safety is not None and len(safety.messages) > 1:
        out.append(OutMessage(gettext(lang, safety.messages[1])))
    return out


def worry_in(text: str, harms: Sequence[str], place: str = "") -> int:
    """The message of the emergency topic that answers the worry `text` names, else 0."""
    topic = harm_topic(harms, NOW_TOPICS, place=place)
    return worries.answering_message(topic, text) if topic is not None else 0


def asked(topic: Topic, text: str, lang: str) -> tuple[str | None, int]:
    """What a past harm's question asks of the harm's topic: a detail the topic answers in
    writing ("me asaltaron ayer, donde pongo la denuncia?": where to report, not the whole
    crime-victims topic with its answer two pages down), else the page that answers it ("how
    long can they keep me here?" after a detention: the page with the 36 hours), else its first
    page. Returns (the detail or None, the page)."""
    kind = refine_kind(kind_in_words(text), text)
    if kind and kind in topic.followups:
        return kind, 0
    # "Je peux encore prendre la pilule du lendemain?" three days after: the page with the
    # pill's five days (`bot.nlg.worries`).
    return None, relevant_page(topic.id, kind, lang) or worries.answering_page(topic, text, lang)


def harm_page(
    lang: str,
    harms: Sequence[str],
    text: str = "",
    place: str = "",
    among: frozenset[str] | None = None,
) -> list[OutMessage]:
    """The detail of the harm's topic that was asked, or the page of it that answers, with
    "More" for the rest (no whole topic at once on a small screen); nothing when the harm has
    no topic (among `among` if given)."""
    topic = harm_topic(harms, among, place=place, text=text)
    if topic is None:
        return []
    kind, page = asked(topic, text, lang)
    return _answer(topic.id, kind, page, lang)


def _answer(topic_id: str, kind: str | None, page: int, lang: str) -> list[OutMessage]:
    """A topic's written detail `kind` if it has one, else its page `page`, with "More"."""
    return (render_followup(topic_id, kind, lang) if kind else None) or render_page(
        topic_id, lang, page, seen_start=page == 0
    )


def now_asked(
    harms: Sequence[str], text: str, lang: str, place: str = ""
) -> tuple[str, str | None, int] | None:
    """The harm's emergency topic and what the words ask of it (detail, page), if it has one:
    a harm named in a question that Rasa or the danger net read as danger."""
    now = harm_topic(harms, NOW_TOPICS, place=place, text=text)
    if now is None:
        return None
    kind, page = asked(now, text, lang)
    return now.id, kind, page


def after_harm(
    lang: str, harms: Sequence[str], text: str = "", place: str = ""
) -> list[OutMessage]:
    """The harm's page that answers (`harm_page`), then the offer of a person."""
    return [*harm_page(lang, harms, text, place), offer_person(lang)]


def offer_person(lang: str) -> OutMessage:
    return OutMessage(gettext(lang, m.OFFER_PERSON_AFTER_HARM), menus.yes_no(lang))


def _in_danger_buttons(lang: str) -> tuple[Button, Button]:
    return (
        Button(gettext(lang, m.BTN_IN_DANGER), menus.payload("affirm")),
        Button(gettext(lang, interface.BTN_NO), menus.payload("deny")),
    )


def danger_check(lang: str, place: str, harms: Sequence[str]) -> list[OutMessage]:
    """Lines first, then the question, with yes and no."""
    return [
        OutMessage(lines_text(lang, place, harms)),
        OutMessage(gettext(lang, m.CHECK_DANGER), _in_danger_buttons(lang)),
    ]


def not_in_danger(lang: str, harms: Sequence[str], shown: str = "") -> list[OutMessage]:
    """ "No" to "are you in danger right now?": the harm's topic; when its first page came with
    the question (`shown`), the pages after it, so nothing is said twice."""
    topic = harm_topic(harms)
    out = [OutMessage(gettext(lang, m.NOT_IN_DANGER))]
    if shown and shown in load_topics():
        if len(layout(shown, lang)) > 1:
            return out + render_page(shown, lang, 1)
    elif topic is not None:
        out.extend(render_topic(topic.id, lang))
        return out
    return [OutMessage(out[0].text, menus.main_menu(lang))]


def question_after(
    lang: str,
    topic_id: str,
    kind: str | None = None,
    page: int = 0,
    place: str = "",
    harms: Sequence[str] = (),
) -> list[OutMessage]:
    """A harm named in a question that Rasa read as danger ("¿qué hago si alguien se desmaya
    por el calor?", "where do they help rape victims in nogales"): what the question asks of
    the harm's emergency topic (its detail, else the page that answers, else the first page,
    which starts with 911), then the lines for the place and the harm with "are you in danger
    right now?". The question and the lines stay: they are the only answer to an emergency the
    screen did not see, and only the yes opens an urgent case."""
    question = f"{lines_text(lang, place, harms)}\n\n{gettext(lang, m.CHECK_DANGER)}"
    return [*_answer(topic_id, kind, page, lang), OutMessage(question, _in_danger_buttons(lang))]


def _args(ctx: RenderContext) -> tuple[str, list[str], int]:
    harms = ctx.args.get("harms") or []
    harms = [str(h) for h in harms] if isinstance(harms, list) else []
    return str(ctx.args.get("place") or ""), harms, int(ctx.args.get("part") or 0)


def _worry(ctx: RenderContext) -> int:
    worry = ctx.args.get("worry")
    return worry if isinstance(worry, int) else 0


def _part(parts: list[OutMessage], index: int) -> OutMessage | None:
    return parts[index] if 0 <= index < len(parts) else None


@responses("utter_emergency")
def emergency_part(ctx: RenderContext) -> OutMessage | None:
    place, harms, index = _args(ctx)
    return _part(emergency(ctx.lang, place, harms, _worry(ctx)), index)


@responses("utter_question_after")
def question_after_part(ctx: RenderContext) -> OutMessage | None:
    topic = str(ctx.args.get("topic") or "")
    if topic not in load_topics():
        return None
    kind = str(ctx.args.get("kind") or "") or None
    page = ctx.args.get("page")
    place, harms, _ = _args(ctx)
    said = question_after(ctx.lang, topic, kind, page if isinstance(page, int) else 0, place, harms)
    return _part(said, int(ctx.args.get("part") or 0))


@responses("utter_danger_check")
def danger_check_part(ctx: RenderContext) -> OutMessage | None:
    place, harms, index = _args(ctx)
    return _part(danger_check(ctx.lang, place, harms), index)


@responses("utter_offer_after_harm")
def offer_after_harm(ctx: RenderContext) -> OutMessage:
    return offer_person(ctx.lang)
