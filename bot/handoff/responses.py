"""The handoff's words to the person: the consent question, the place in line, a refusal.

The action that asks passes what only it knows (the team's hours when closed, the position in
line) as arguments, so this module renders the same text for Rasa and for the app's own
staff-mode notices.
"""

from __future__ import annotations

from bot.handoff import messages as pm
from bot.i18n import gettext
from bot.nlg import menus
from bot.nlg.registry import RenderContext, ResponseTable
from bot.reply import OutMessage

responses = ResponseTable()


def position_text(lang: str, position: int, hours: str, opened: bool) -> str:
    """'You are number 3 in line', or the team's hours when it is not working now."""
    if not hours:
        return gettext(lang, pm.OPENED if opened else pm.QUEUE_NOTICE, position=position)
    if opened:
        return gettext(lang, pm.OPENED_OUT_OF_HOURS, hours=hours, position=position)
    return gettext(lang, pm.QUEUE_NOTICE_OUT_OF_HOURS, hours=hours)


@responses("utter_handoff_consent")
def consent(ctx: RenderContext) -> OutMessage:
    danger = ctx.args.get("source") == "danger"
    text = gettext(ctx.lang, pm.CONSENT_DANGER if danger else pm.CONSENT)
    hours = str(ctx.args.get("hours") or "")
    if hours:
        text = gettext(ctx.lang, pm.CONSENT_OUT_OF_HOURS, hours=hours) + "\n" + text
    return OutMessage(text, menus.yes_no(ctx.lang))


@responses("utter_handoff_opened")
def opened(ctx: RenderContext) -> OutMessage:
    position = int(ctx.args.get("position") or 1)
    text = position_text(ctx.lang, position, str(ctx.args.get("hours") or ""), True)
    return OutMessage(text + "\n" + gettext(ctx.lang, pm.SAFETY_REMINDER))


@responses("utter_handoff_declined")
def declined(ctx: RenderContext) -> OutMessage:
    return OutMessage(gettext(ctx.lang, pm.DECLINED), menus.main_menu(ctx.lang))


@responses("utter_offer_human")
def offer_human(ctx: RenderContext) -> OutMessage:
    return OutMessage(gettext(ctx.lang, pm.OFFER_HUMAN), menus.yes_no(ctx.lang))
