"""Every staff console string, in English; Spanish in locales/es/LC_MESSAGES/staff.po.

Templates show these through `t(m.NAME)`; codes (statuses, categories...) get their label from
LABELS, so the console never shows a raw code where a word is expected.
"""

from bot.i18n import N_

CONSOLE_TITLE = N_("Puente staff console")
SKIP = N_("Skip to content")
NAV_INBOX = N_("Inbox")
NAV_REPORTS = N_("Reports")
NAV_AUDIT = N_("Audit log")
NAV_USERS = N_("Staff accounts")
NAV_DIRECTORY = N_("Directory")
NAV_ACCOUNT = N_("My account")
LOGOUT = N_("Sign out")
CONSOLE_LANGUAGE = N_("Console language")
SIGNED_IN_AS = N_("Signed in as {name} ({role})")

LOGIN_TITLE = N_("Staff sign-in")
EMAIL = N_("E-mail")
PASSWORD = N_("Password")
LOGIN = N_("Sign in")
LOGIN_FAILED = N_("Wrong e-mail or password.")
LOGIN_LOCKED = N_("Too many failed attempts. Try again in {minutes} minutes.")
SESSION_EXPIRED = N_("Your session has expired. Please sign in again.")
CSRF_FAILED = N_("This form had expired or did not come from the console. Please try again.")
FORBIDDEN = N_("You do not have access to this page or case.")
NOT_FOUND = N_("Not found.")

INBOX_TITLE = N_("Cases")
URGENT_ALERT_ONE = N_("1 urgent case is waiting for a person.")
URGENT_ALERT_MANY = N_("{count} urgent cases are waiting for a person.")
LIVE_UPDATES = N_("This list updates itself every few seconds.")
FILTER = N_("Filter")
ANY = N_("Any")
OPEN_CASES = N_("Open")
CLOSED_CASES = N_("Closed")
ALL_CASES = N_("All")
MINE = N_("Mine")
UNASSIGNED = N_("Unassigned")
NO_CASES = N_("No cases match.")
NOBODY = N_("Nobody")
COL_CASE = N_("Case")
COL_PRIORITY = N_("Priority")
COL_CATEGORY = N_("Category")
COL_STATUS = N_("Status")
COL_CHANNEL = N_("Channel")
COL_LANGUAGE = N_("Language")
COL_WAITING = N_("Waiting")
COL_OPENED = N_("Opened")
COL_ASSIGNEE = N_("Assigned to")

CASE_TITLE = N_("Case #{id}")
BACK_TO_INBOX = N_("Back to the cases")
FIELD_SOURCE = N_("Origin")
FIELD_CONVERSATION = N_("Conversation")
FIELD_CONSENT = N_("Consent")
CONSENT_GIVEN = N_("Given on {at} (wording {version})")
CONSENT_PENDING = N_("Not given yet: the case opened at once because of danger.")
FIELD_DANGER = N_("Danger signals")
FIELD_FIRST_REPLY = N_("First reply")
FIELD_CLOSED = N_("Closed on")
FIELD_TOPIC = N_("Topic")
FIELD_OUTCOME_NOTE = N_("Closing note")
FIELD_REOPENED = N_("Times reopened")
CLOSE_REASON_DECLINED = N_("The person declined to talk to a person.")
FIELD_EXPIRY = N_("Closing for inactivity")
EXPIRY_WARNED = N_(
    "Supervisors were warned on {at}: the case closes by itself, without telling the person, "
    "unless someone acts on it."
)
CLAIM = N_("Claim this case")
ASSIGN = N_("Assign")
ASSIGN_TO = N_("Assign to")
TRANSCRIPT = N_("Conversation with the person")
TRANSCRIPT_HINT = N_("The person's messages appear here as they arrive.")
SENDER_PERSON = N_("Person")
SENDER_BOT = N_("Assistant")
SENDER_STAFF = N_("Staff")
FAILED_WINDOW = N_(
    "Not delivered: WhatsApp only accepts a free message within 24 hours of the person's last "
    "message. Wait until the person writes again."
)
WINDOW_CLOSED_WARNING = N_(
    "The person last wrote on WhatsApp more than 24 hours ago: a free reply will not be "
    "delivered unless an approved template is configured."
)
SEND_TEMPLATE = N_("Send the approved WhatsApp template")
NO_TEMPLATE_FOR_LANGUAGE = N_(
    "No approved WhatsApp template is configured for staff replies in {language}: nothing can "
    "reach the person until they write again. Ask an administrator to add one."
)
REPLY = N_("Reply to the person")
REPLY_LANGUAGE_HINT = N_("The person writes in {language}. Your reply goes out on {channel}.")
SEND = N_("Send")
CANNED = N_("Canned replies")
CANNED_LABEL_HELLO = N_("Greeting")
CANNED_LABEL_SAFE = N_("Are you safe?")
CANNED_LABEL_CITY = N_("Ask for the city")
CANNED_LABEL_SEARCHING = N_("Looking for a service")
CANNED_LABEL_REFERRAL = N_("Service found")
CANNED_LABEL_NO_DOCUMENTS = N_("No documents")
CANNED_LABEL_CLOSING = N_("Closing")
NOTES = N_("Internal notes")
NOTES_HINT = N_("Only staff see notes; they are never sent to the person.")
ADD_NOTE = N_("Add note")
NO_NOTES = N_("No notes yet.")
REFERRALS = N_("Referrals")
REFER = N_("Refer")
SERVICE_SEARCH = N_("Search the directory")
SEARCH_TEXT = N_("Name or keyword")
PLACE = N_("Place")
SEARCH = N_("Search")
SERVICE_NAME = N_("Service name (if it is not in the directory)")
REFERRAL_NOTE = N_("Note")
NO_REFERRALS = N_("No referrals yet.")
OUTCOME = N_("Outcome")
UPDATE = N_("Update")
NO_SERVICES_FOUND = N_("No services found.")
DIRECTORY_UNAVAILABLE = N_("The directory is not available here: write the service's name.")
VERIFIED = N_("verified")
CLOSE_CASE = N_("Close the case")
CLOSE_NOTE = N_("Closing note (optional)")
CLOSE = N_("Close")
REOPEN = N_("Reopen the case")

REPORTS_TITLE = N_("Reports")
FROM = N_("From")
TO = N_("To")
SHOW = N_("Show")
DOWNLOAD_CSV = N_("Download CSV")
REQUESTS_RECEIVED = N_("Requests received")
PEOPLE_CANALIZED = N_("People canalized")
PEOPLE_ATTENDED = N_("People attended directly")
CASES_OPEN = N_("Still open")
MEDIAN_FIRST_REPLY = N_("Median time to first reply")
MINUTES = N_("{minutes} min")
BY_CATEGORY = N_("By category")
BY_CHANNEL = N_("By channel")
BY_LANGUAGE = N_("By language")
BY_WEEK = N_("By week")
NO_DATA = N_("No cases in this period.")

AUDIT_TITLE = N_("Audit log")
COL_WHEN = N_("When")
COL_WHO = N_("Who")
COL_ACTION = N_("Action")
COL_DETAIL = N_("Detail")
COL_IP = N_("Address")

USERS_TITLE = N_("Staff accounts")
NAME = N_("Name")
ROLE = N_("Role")
ACTIVE = N_("Active")
CREATE_USER = N_("Create account")
SAVE = N_("Save")
NEW_PASSWORD = N_("New password (leave empty to keep it)")
COL_LAST_LOGIN = N_("Last sign-in")
YES = N_("Yes")
NO = N_("No")
PASSWORD_TOO_SHORT = N_("The password must have at least {count} characters.")
INVALID_USER = N_("Check the e-mail, the name and the role; the e-mail may already be in use.")
ADD_SERVICE = N_("Add a service")
SERVICE_ID = N_("Id")
VERIFIED_ON = N_("Verified on")
MARK_VERIFIED = N_("Mark verified today")
DIRECTORY_FORM_HINT = N_(
    "The fields are the columns of the directory's source files; lists are separated by ';'. "
    "Give either both coordinates or a city."
)
DIRECTORY_PROBLEMS = N_("The entry was not saved:")

ACCOUNT_TITLE = N_("My account")
API_TOKENS = N_("API tokens")
API_TOKENS_HINT = N_("Send a token as `Authorization: Bearer <token>` to /api/staff.")
TOKEN_NAME = N_("Token name")
CREATE_TOKEN = N_("Create token")
TOKEN_SHOWN_ONCE = N_("Copy this token now; it will not be shown again:")
REVOKE = N_("Revoke")
COL_CREATED = N_("Created")
COL_LAST_USED = N_("Last used")
NO_TOKENS = N_("No tokens.")
CHANGE_PASSWORD = N_("Change password")
CURRENT_PASSWORD = N_("Current password")
NEW_PASSWORD_PLAIN = N_("New password")
WRONG_PASSWORD = N_("The current password is wrong.")
SAVED = N_("Saved.")

ALERT_TELEGRAM = N_("Puente: new urgent case #{id} ({category}). Open the console: {url}")
ALERT_EXPIRY_TELEGRAM = N_(
    "Puente: case #{id} ({category}) has had no activity for a long time and will be closed on "
    "{date} unless someone acts on it. Open the console: {url}"
)
ERASE_TITLE = N_("Erase the person's data")
ERASE_HELP = N_(
    "Only when the person asks for it. Their messages, conversations and contact details are "
    "deleted for good; this case stays only as an anonymous count in the reports."
)
ERASE = N_("Erase for good")

# Danger grades (issue 14): the screen's grade and reasons, discretion, a safe time or code word.
FIELD_GRADE = N_("Danger grade")
FIELD_WHY = N_("Why")
COL_GRADE = N_("Grade")
FIELD_SAFE_CONTACT = N_("Safe time or code word")
SAFE_CONTACT_HINT = N_(
    "Agreed with the person: when it is safe to write to them, or a word that shows it is us. "
    "Only the team sees it."
)
QUIET_WARNING = N_(
    "The person asked us not to write first ({at}). Nothing is sent to them until they write again."
)
NEUTRAL_WORDING_REMINDER = N_(
    "The person last wrote {ago} ago, so this message reaches them first. Someone else may see "
    "their phone: use neutral words, with no mention of danger, violence, the case or Puente."
)
