"""Topic answers that fit a phone: the first reply short, the rest behind "More".

A topic's messages are packed into pages of at most about 600 characters and two messages;
the first page is the first reply, and its last message carries the buttons: "More" (the next
page) while there is one, then the topic's ways forward and the main menu. A follow-up answer
("how much does it cost?") comes first when it was asked, with the topic itself one button
away. Nothing is sent as a five-message dump.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot import messages as m
from bot.content.topics import Topic, load_topics, subtopics
from bot.i18n import gettext
from bot.nlg import menus
from bot.nlg import messages as nm
from bot.nlg.registry import RenderContext, ResponseTable
from bot.reply import Button, OutMessage
from bot.understanding.text import fold

responses = ResponseTable()

MAX_BUTTONS = 6
PAGE_CHARS = 600  # a first reply fits one screen of a cheap phone
PAGE_MESSAGES = 2


def way_forward(topic: Topic, lang: str, first: Sequence[Button] = ()) -> tuple[Button, ...]:
    """`first` (e.g. "More"), the topic's next steps, the rest of its area for overviews, a
    person for topics that need one, and the main menu."""
    buttons: list[Button] = list(first)
    for step in topic.next:
        button = menus.step_button(step, lang)
        if button is not None and button not in buttons:
            buttons.append(button)
    if topic.id == topic.area:
        for sub in subtopics(topic.area):
            button = Button(gettext(lang, sub.title), menus.topic_payload(sub.id))
            if button not in buttons:
                buttons.append(button)
    human = Button(gettext(lang, m.BTN_HUMAN), menus.payload("request_human"))
    if topic.needs_person and human not in buttons:
        buttons.insert(len(first), human)
    # An overview is the area's menu: it may fill a whole WhatsApp list; a topic's own way
    # forward stays short.
    limit = menus.MAX_MENU if topic.id == topic.area else MAX_BUTTONS
    buttons = buttons[: limit - 1]
    buttons.append(menus.menu_button(lang))
    return tuple(buttons)


def pages(
    texts: Sequence[str], limit: int = PAGE_CHARS, per_page: int = PAGE_MESSAGES
) -> list[list[int]]:
    """Message indexes grouped into pages: each page at most `per_page` messages and about
    `limit` characters (a single longer message is a page of its own)."""
    out: list[list[int]] = []
    size = 0
    for index, text in enumerate(texts):
        if out and len(out[-1]) < per_page and size + len(text) <= limit:
            out[-1].append(index)
            size += len(text)
        else:
            out.append([index])
            size = len(text)
    return out


def render_topic(topic_id: str, lang: str) -> list[OutMessage]:
    """All the messages of a topic, the last one with its way forward (the danger flow shows
    the emergency numbers whole)."""
    topic = load_topics()[topic_id]
    texts = [gettext(lang, t) for t in topic.messages]
    out = [OutMessage(t) for t in texts[:-1]]
    out.append(OutMessage(texts[-1], way_forward(topic, lang)))
    return out


def more_button(topic: Topic, page: int, lang: str, title: bool = False) -> Button:
    label = gettext(lang, topic.title) if title else gettext(lang, m.BTN_MORE_INFO)
    return Button(label, menus.payload("show_more", topic=topic.id, page=str(page)))


def render_page(
    topic_id: str, lang: str, page: int = 0, seen_start: bool = True
) -> list[OutMessage]:
    """One page of a topic; its last message carries "More" while pages remain (and, when the
    page was shown first because it answers the question, "More" leads back to the start)."""
    topic = load_topics()[topic_id]
    texts = [gettext(lang, t) for t in topic.messages]
    layout = pages(texts)
    page = min(max(page, 0), len(layout) - 1)
    out = [OutMessage(texts[i]) for i in layout[page]]
    # "More" goes on to the next page; from a later page that was shown first, back to the start.
    nxt = page + 1 if page + 1 < len(layout) else (0 if page > 0 and not seen_start else None)
    first = (more_button(topic, nxt, lang),) if nxt is not None else ()
    out[-1] = OutMessage(out[-1].text, way_forward(topic, lang, first))
    return out


# Words of the English source that show a message answers one kind of follow-up, for topics
# without a written answer to it: "how long do I have to ask for asylum" opens the page that
# says "within 30 days", not the one that says what asylum is.
KIND_CUES = {
    "duration": re.compile(
        r"\b\d+\s+(working\s+)?(days?|weeks?|months?|years?|hours?)\b|\bdeadline"
    ),
    # The time left to act: "apply within 30 working days", "you have 15 days to appeal".
    "deadline": re.compile(
        r"\bwithin\b|\bdeadline|\bno later than\b|\byou have \d+|\bbefore \d+ (working )?days"
    ),
    "validity": re.compile(r"\b(valid|lasts?|expires?|renew\w*)\b"),
    "anonymity": re.compile(r"\b(anonymous\w*|your name)\b"),
    "interpreter": re.compile(r"\b(interpreters?|translators?|languages)\b"),
    # What happens if: "If you leave the state without permission, COMAR can close your case".
    "consequence": re.compile(
        r"\b(if you (leave|miss|go|move|return|do not|don t)|without permission|close\w* your"
        r" (case|file)|abandon\w*|if the review also says no|take your case to court)\b"
    ),
    "hours": re.compile(r"\b(24 hours|hours a day|every day|opening hours|weekdays)\b"),
    "cost": re.compile(r"\b(free|fees?|pay|costs?|charges?)\b"),
    # Where to go, or how to reach it: "a q numero le hablo" after a topic without a "where".
    "where": re.compile(r"\b(office|address|where|call|whatsapp)\b"),
    # What is asked of the person, or that it is not: "you do not need to report to the police
    # first" answers "¿me van a pedir denuncia?".
    "requirements": re.compile(
        r"\b(bring|documents?|requirements?|you must|(you )?do not need"
        r"|without (papers|a report))\b"
    ),
}


def answering_page(topic_id: str, kind: str | None, lang: str) -> int | None:
    """The page whose words answer `kind`, if one does."""
    if kind == "purpose":
        return 0  # what it is for: the topic's first page says what it is
    cue = KIND_CUES.get(kind or "")
    if cue is None:
        return None
    messages = load_topics()[topic_id].messages
    for number, page in enumerate(layout(topic_id, lang)):
        if any(cue.search(messages[i].lower()) for i in page):
            return number
    return None


def relevant_page(topic_id: str, kind: str | None, lang: str) -> int:
    """The page whose words answer `kind`, else the first."""
    return answering_page(topic_id, kind, lang) or 0


# The names of offices and papers in the English source: COMAR, INM, CURP, DIF, IMSS, CIAM.
_ACRONYM = re.compile(r"\b[A-Z]{3,}\b")


def named_page(topic_id: str, text: str, lang: str) -> int:
    """The one page that names an office or a paper the question names and no other page
    does ("nou gen konstans comar, nou ka jwenn curp?": the page on the temporary CURP that
    COMAR gives, not the CURP's first page), else the first."""
    asked = set(fold(text).upper().split())
    messages = load_topics()[topic_id].messages
    named = [
        {a for i in page for a in _ACRONYM.findall(messages[i])} & asked
        for page in layout(topic_id, lang)
    ]
    only = [
        number
        for number, names in enumerate(named)
        if any(sum(name in other for other in named) == 1 for name in names)
    ]
    return only[0] if len(only) == 1 else 0


def layout(topic_id: str, lang: str) -> list[list[int]]:
    """The pages of a topic as the person's language lays them out."""
    return pages([gettext(lang, t) for t in load_topics()[topic_id].messages])


def page_of(topic_id: str, message: int, lang: str) -> int:
    """The page, as the language lays the topic out, that holds one of its messages."""
    return next((n for n, page in enumerate(layout(topic_id, lang)) if message in page), 0)


def message_with(topic: Topic, phrase: str, start: int = 0) -> int | None:
    """The first of the topic's messages from `start` on whose English source says `phrase`:
    a page found by what it says, so rewording or reordering a topic cannot point at the wrong
    one (`bot.nlg.details`, `bot.nlg.worries`)."""
    return next(
        (i for i, message in enumerate(topic.messages) if i >= start and phrase in message), None
    )


def page_count(topic_id: str, lang: str) -> int:
    return len(layout(topic_id, lang))


def render_followup(
    topic_id: str, kind: str, lang: str, titled: bool = False
) -> list[OutMessage] | None:
    """The answer to one follow-up of a topic, with the topic itself one button away.
    `titled`: headed by the topic's title, when it answers for a topic the person did not name
    (the one next to the topic they asked about, which lacks the detail)."""
    topic = load_topics()[topic_id]
    texts = topic.followups.get(kind)
    if not texts:
        return None
    out = [OutMessage(gettext(lang, t)) for t in texts]
    if titled:
        out[0] = OutMessage(f"{gettext(lang, topic.title)}:\n{out[0].text}")
    more = (more_button(topic, 0, lang, title=True),)
    out[-1] = OutMessage(out[-1].text, way_forward(topic, lang, more))
    return out


def choice(options: Sequence[str], kind: str | None, lang: str) -> OutMessage:
    """ "Which of these do you mean?" with a button per option: a topic id, or an intent
    written `intent:<name>` when Rasa hesitated between two things that are not topics."""
    topics = load_topics()
    buttons: list[Button] = []
    for option in options:
        button = option_button(option, kind, lang, topics)
        if button is not None and button not in buttons:
            buttons.append(button)
    buttons.append(menus.menu_button(lang))
    return OutMessage(gettext(lang, nm.CHOOSE_TOPIC), tuple(buttons))


def option_button(
    option: str, kind: str | None, lang: str, topics: dict[str, Topic] | None = None
) -> Button | None:
    topics = load_topics() if topics is None else topics
    if option.startswith("intent:"):
        return menus.intent_button(option.removeprefix("intent:"), lang)
    topic = topics.get(option)
    if topic is None:
        return None
    if kind and kind in topic.followups:
        return Button(gettext(lang, topic.title), menus.followup_payload(kind, topic.id))
    return Button(gettext(lang, topic.title), menus.topic_payload(topic.id))


def _part(parts: list[OutMessage] | None, ctx: RenderContext) -> OutMessage | None:
    try:
        index = int(ctx.args.get("part", 0))
    except (TypeError, ValueError):
        return None
    return parts[index] if parts and 0 <= index < len(parts) else None


def _topic_arg(ctx: RenderContext) -> str | None:
    topic_id = str(ctx.args.get("topic", ""))
    return topic_id if topic_id in load_topics() else None


@responses("utter_topic")
def topic_part(ctx: RenderContext) -> OutMessage | None:
    topic_id = _topic_arg(ctx)
    return _part(render_topic(topic_id, ctx.lang), ctx) if topic_id else None


@responses("utter_topic_page")
def topic_page_part(ctx: RenderContext) -> OutMessage | None:
    topic_id = _topic_arg(ctx)
    if topic_id is None:
        return None
    try:
        page = int(ctx.args.get("page", 0))
    except (TypeError, ValueError):
        page = 0
    seen_start = not ctx.args.get("first")
    return _part(render_page(topic_id, ctx.lang, page, seen_start), ctx)


@responses("utter_followup")
def followup_part(ctx: RenderContext) -> OutMessage | None:
    topic_id = _topic_arg(ctx)
    if topic_id is None:
        return None
    kind = str(ctx.args.get("kind", ""))
    return _part(render_followup(topic_id, kind, ctx.lang, bool(ctx.args.get("titled"))), ctx)


@responses("utter_topic_choice")
def topic_choice(ctx: RenderContext) -> OutMessage | None:
    options = ctx.args.get("options")
    if not isinstance(options, list) or not options:
        return None
    kind = ctx.args.get("kind")
    return choice([str(o) for o in options], str(kind) if kind else None, ctx.lang)


@responses("utter_also_asked")
def also_asked(ctx: RenderContext) -> OutMessage | None:
    options = ctx.args.get("options")
    if not isinstance(options, list) or not options:
        return None
    buttons = [b for o in options if (b := option_button(str(o), None, ctx.lang)) is not None]
    if not buttons:
        return None
    return OutMessage(gettext(ctx.lang, nm.ALSO_ASKED), tuple(buttons))


@responses("utter_help_with")
def help_with(ctx: RenderContext) -> OutMessage:
    return OutMessage(gettext(ctx.lang, nm.HELP_WITH), menus.main_menu(ctx.lang))
