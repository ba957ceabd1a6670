"""E-mail through the SMTP server named in the settings (SMTP_HOST, SMTP_PORT, ...).

Plain text only; SMTP_SECURITY says how the connection is protected (`starttls`, `tls` from
the first byte, or `none` for a relay on the same machine) and SMTP_USER, when set, logs in.
The standard library's smtplib does the work, in a thread so the event loop never waits on a
slow mail server. Failures come back as short codes, never the server's words.
"""

from __future__ import annotations

import asyncio
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import make_msgid

from bot.settings import Settings

TIMEOUT = 20


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
    context = ssl.create_default_context()
    try:
        if settings.smtp_security == "tls":
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                settings.smtp_host, settings.smtp_port, timeout=TIMEOUT, context=context
            )
        else:
            client = smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=TIMEOUT)
        with client as smtp:
            if settings.smtp_security == "starttls":
                smtp.starttls(context=context)
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
