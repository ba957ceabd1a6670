"""Sending one plain-text e-mail through the SMTP server the settings name.

`smtplib` from the standard library, run in a thread so the event loop never waits on a mail
server. No SMTP_HOST, no e-mail: the caller records why nothing went out.
"""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage

import anyio

from bot.settings import Settings

TIMEOUT = 20


class MailError(RuntimeError):
    """The message did not go out; the text is a short code, never the server's words."""


def configured(settings: Settings) -> bool:
    return bool(settings.smtp_host and settings.smtp_from)


def _send(settings: Settings, message: EmailMessage) -> None:
    context = ssl.create_default_context()
    try:
        if settings.smtp_security == "tls":
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                settings.smtp_host, settings.smtp_port, timeout=TIMEOUT, context=context
            )
        else:
            client = smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=TIMEOUT)
        with client:
            if settings.smtp_security == "starttls":
                client.starttls(context=context)
            if settings.smtp_user:
                client.login(settings.smtp_user, settings.smtp_password)
            client.send_message(message)
    except smtplib.SMTPRecipientsRefused:
        raise MailError("smtp_recipient_refused") from None
    except (smtplib.SMTPException, OSError) as exc:
        raise MailError(f"smtp_{type(exc).__name__}") from None


async def send(settings: Settings, to: str, subject: str, body: str) -> None:
    if not configured(settings):
        raise MailError("smtp_not_configured")
    message = EmailMessage()
    message["From"] = settings.smtp_from
    message["To"] = to
    message["Subject"] = subject
    message.set_content(body)
    await anyio.to_thread.run_sync(_send, settings, message)
