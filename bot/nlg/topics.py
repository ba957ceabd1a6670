"""Topic answers, part by part, ending with a way forward."""

from __future__ import annotations

from bot.content.topics import Topic, load_topics, subtopics
from bot.i18n import gettext
from bot.nlg import menus
from bot.nlg.registry import RenderContext, ResponseTable
from bot.reply import Button, OutMessage

responses = ResponseTable()

MAX_BUTTONS = 6


def way_forward(topic: Topic, lang: str) -> tuple[Button, ...]:
    """Next steps of the topic, the rest of its area for overviews, and the main menu."""
    buttons: list[Button] = []
    for step in topic.next:
        button = menus.step_button(step, lang)
        if button is not None and button not in buttons:
            buttons.append(button)
    if topic.id == topic.area:
        for sub in subtopics(topic.area):
            button = Button(gettext(lang, sub.title), menus.topic_payload(sub.id))
            if button not in buttons:
                buttons.append(button)
    buttons = buttons[: MAX_BUTTONS - 1]
    buttons.append(menus.menu_button(lang))
    return tuple(buttons)


def render_topic(topic_id: str, lang: str) -> list[OutMessage]:
    """All the messages of a topic, the last one with its way forward."""
    topic = load_topics()[topic_id]
    texts = [gettext(lang, t) for t in topic.messages]
    out = [OutMessage(t) for t in texts[:-1]]
    out.append(OutMessage(texts[-1], way_forward(topic, lang)))
    return out


def render_followup(topic_id: str, kind: str, lang: str) -> list[OutMessage] | None:
    topic = load_topics()[topic_id]
    texts = topic.followups.get(kind)
    if not texts:
        return None
    out = [OutMessage(gettext(lang, t)) for t in texts[:-1]]
    out.append(OutMessage(gettext(lang, texts[-1]), way_forward(topic, lang)))
    return out


@responses("utter_topic")
def topic_part(ctx: RenderContext) -> OutMessage | None:
    topic_id = str(ctx.args.get("topic", ""))
    if topic_id not in load_topics():
        return None
    parts = render_topic(topic_id, ctx.lang)
    index = int(ctx.args.get("part", 0))
    return parts[index] if 0 <= index < len(parts) else None


@responses("utter_followup")
def followup_part(ctx: RenderContext) -> OutMessage | None:
    topic_id = str(ctx.args.get("topic", ""))
    if topic_id not in load_topics():
        return None
    parts = render_followup(topic_id, str(ctx.args.get("kind", "")), ctx.lang) or []
    index = int(ctx.args.get("part", 0))
    return parts[index] if 0 <= index < len(parts) else None
