"""Imports every module that defines tables, so metadata and migrations see them all."""

from bot.channels import journal  # noqa: F401
from bot.channels.whatsapp import models as whatsapp_models  # noqa: F401
from bot.core import turns  # noqa: F401
from bot.db import models  # noqa: F401
from bot.directory import models as directory_models  # noqa: F401
from bot.handoff import models as handoff_models  # noqa: F401
from bot.outbox import models as outbox_models  # noqa: F401
from bot.referrals import models as referral_models  # noqa: F401
from bot.staff import models as staff_models  # noqa: F401
