"""Responses of the erasure flow."""

from __future__ import annotations

from bot.i18n import gettext
from bot.nlg import menus
from bot.nlg.registry import RenderContext, ResponseTable
from bot.privacy import messages as m
from bot.reply import Button, OutMessage

responses = ResponseTable()


@responses("utter_delete_confirm")
def delete_confirm(ctx: RenderContext) -> OutMessage:
    buttons = (
        Button(gettext(ctx.lang, m.BTN_DELETE), menus.payload("affirm")),
        Button(gettext(ctx.lang, m.BTN_KEEP), menus.payload("deny")),
    )
    return OutMessage(gettext(ctx.lang, m.DELETE_CONFIRM), buttons)


@responses("utter_data_deleted")
def data_deleted(ctx: RenderContext) -> OutMessage:
    return OutMessage(gettext(ctx.lang, m.DATA_DELETED), (menus.menu_button(ctx.lang),))


@responses("utter_delete_cancelled")
def delete_cancelled(ctx: RenderContext) -> OutMessage:
    return OutMessage(gettext(ctx.lang, m.DELETE_CANCELLED), menus.main_menu(ctx.lang))


@responses("utter_privacy_answer")
def who_sees(ctx: RenderContext) -> OutMessage:
    """The answer to "do you pass my data to migration?" (`bot.privacy.question`)."""
    return OutMessage(gettext(ctx.lang, m.WHO_SEES), (menus.menu_button(ctx.lang),))
