"""Human handoff: cases, the staff console at /staff, its JSON API, alerts and reports.

The app, not Rasa, decides whether a person or the bot is in charge of a conversation: a case
opens with the person's consent (at once on danger), pauses the bot and resumes it on closing.
"""
