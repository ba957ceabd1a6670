"""Greeting, menus, language, fallback and feedback responses."""

from __future__ import annotations

from bot import messages as m
from bot.i18n import gettext
from bot.nlg import menus
from bot.nlg import messages as nm
from bot.nlg.registry import RenderContext, ResponseTable
from bot.reply import Button, OutMessage

responses = ResponseTable()


def _say(ctx: RenderContext, msgid: str, buttons: tuple[Button, ...] = ()) -> OutMessage:
    return OutMessage(gettext(ctx.lang, msgid), buttons)


@responses("utter_greet")
def greet(ctx: RenderContext) -> OutMessage:
    return _say(ctx, m.GREETING, menus.main_menu(ctx.lang))


@responses("utter_help_menu")
def help_menu(ctx: RenderContext) -> OutMessage:
    menu = str(ctx.args.get("menu") or "")
    if menu == "more":
        return _say(ctx, m.MORE_MENU_INTRO, menus.more_menu(ctx.lang))
    area = menus.area_menu(menu, ctx.lang) if menu else None
    if area is not None:  # the topics of an area without an overview
        return _say(ctx, nm.AREA_MENU_INTRO, area)
    return _say(ctx, m.MENU_INTRO, menus.main_menu(ctx.lang))


@responses("utter_goodbye")
def goodbye(ctx: RenderContext) -> OutMessage:
    return _say(ctx, m.GOODBYE, (menus.menu_button(ctx.lang),))


@responses("utter_thank")
def thank(ctx: RenderContext) -> OutMessage:
    return _say(ctx, m.THANKS_REPLY, menus.main_menu(ctx.lang))


@responses("utter_ask_language")
def ask_language(ctx: RenderContext) -> OutMessage:
    return _say(ctx, m.ASK_LANGUAGE, menus.language_buttons())


@responses("utter_language_changed")
def language_changed(ctx: RenderContext) -> OutMessage:
    return _say(ctx, m.LANGUAGE_CHANGED, menus.main_menu(ctx.lang))


@responses("utter_fallback")
def fallback(ctx: RenderContext) -> OutMessage:
    return _say(ctx, m.FALLBACK, menus.main_menu(ctx.lang))


@responses("utter_fallback_offer_human")
def fallback_offer_human(ctx: RenderContext) -> OutMessage:
    return _say(ctx, m.FALLBACK_OFFER_HUMAN, menus.yes_no(ctx.lang))


@responses("utter_out_of_scope")
def out_of_scope(ctx: RenderContext) -> OutMessage:
    return _say(ctx, m.OUT_OF_SCOPE, menus.main_menu(ctx.lang))


@responses("utter_degraded")
def degraded(ctx: RenderContext) -> OutMessage:
    return _say(ctx, m.DEGRADED, menus.main_menu(ctx.lang))


@responses("utter_feedback_ask")
def feedback_ask(ctx: RenderContext) -> OutMessage:
    return _say(ctx, m.FEEDBACK_ASK, menus.yes_no(ctx.lang))


@responses("utter_feedback_thanks")
def feedback_thanks(ctx: RenderContext) -> OutMessage:
    return _say(ctx, m.FEEDBACK_THANKS, menus.main_menu(ctx.lang))


@responses("utter_followup_unknown")
def followup_unknown(ctx: RenderContext) -> OutMessage:
    return _say(
        ctx,
        m.FOLLOWUP_UNKNOWN,
        (
            Button(gettext(ctx.lang, m.BTN_HUMAN), "/request_human"),
            menus.menu_button(ctx.lang),
        ),
    )


@responses("utter_followup_no_topic")
def followup_no_topic(ctx: RenderContext) -> OutMessage:
    return _say(ctx, m.FOLLOWUP_NO_TOPIC, menus.main_menu(ctx.lang))
