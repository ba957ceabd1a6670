"""The console's words for keeping the directory true (catalog: staff-directory.po)."""

from bot.i18n import N_

NAV_PROPOSALS = N_("Changes proposed by services")
PROPOSALS_WAITING = N_("Changes proposed by services, waiting for review: {count}")
NO_PROPOSALS = N_("No proposed changes are waiting.")
PROPOSED_AT = N_("Proposed")
FIELD = N_("Field")
NOW_SAYS = N_("The directory says")
PROPOSED_VALUE = N_("The service proposes")
SERVICE_NOTE = N_("Note from the service")
APPROVE = N_("Approve and publish")
REJECT = N_("Reject")
NOT_APPLIED = N_("The change was not applied:")
COL_STATUS = N_("Status")
COL_TONIGHT = N_("Tonight")
COL_CONTACT = N_("Contact for updates")
STATUS_CONFIRMED = N_("Confirmed in the period")
STATUS_STALE = N_("Not confirmed recently")
STATUS_LEFT_OUT = N_("Left out of answers")
STATUS_UNPLACED = N_("No position: people cannot find it")
KEPT_UNTIL = N_("Kept until {date}")
KEEP = N_("Keep showing it")
STOP_KEEPING = N_("Stop keeping it")
FRESHNESS_HINT = N_(
    "Each service's contact is asked every {every} days whether its entry is still right. An "
    "entry nobody confirmed for {stale} days is shown to people as not confirmed recently; "
    "after {hide} days it is left out of answers unless you keep it."
)
