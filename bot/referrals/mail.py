"""E-mail through the SMTP server named in the settings (SMTP_HOST, SMTP_PORT, ...).

Plain text only, with STARTTLS when SMTP_STARTTLS is on and credentials when SMTP_USER is set.
The standard library's smtplib does the work, in a thread so the event loop never waits on a
slow mail server.
"""

from __future__ import annotations

import asyncio
import smtplib
from email.message import EmailMessage
from email.utils import make_msgid

from bot.settings import Settings


class MailError(Exception):
    """The message could not be handed to the SMTP server; the code says why."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def configured(settings: Settings) -> bool:
    return bool(settings.smtp_host and settings.smtp_from)


def _send(settings: Settings, to: str, subject: str, body: str) -> None:
    msg = EmailMessage()
    msg["From"] = settings.smtp_from
    msg["To"] = to
    msg["Subject"] = subject
    msg["Message-ID"] = make_msgid(domain=settings.smtp_from.rpartition("@")[2] or None)
    msg.set_content(body)
    try:
        with smtplib.SMTP(
            settings.smtp_host, settings.smtp_port, timeout=settings.smtp_timeout_seconds
        ) as smtp:
            if settings.smtp_starttls:
                smtp.starttls()
            if settings.smtp_user:
                smtp.login(settings.smtp_user, settings.smtp_password)
            smtp.send_message(msg)
    except smtplib.SMTPRecipientsRefused:
        raise MailError("recipient_refused") from None
    except smtplib.SMTPAuthenticationError:
        raise MailError("smtp_auth_failed") from None
    except (smtplib.SMTPException, OSError):
        raise MailError("smtp_unreachable") from None


async def send(settings: Settings, to: str, subject: str, body: str) -> None:
    if not configured(settings):
        raise MailError("smtp_not_configured")
    await asyncio.to_thread(_send, settings, to, subject, body)
