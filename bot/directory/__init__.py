"""The service directory: shelters, legal clinics and health services near the person.

Source files in `directory/*.csv` are validated whole and upserted by id; search runs the same
Python distance math on SQLite and PostgreSQL over a bounding-box prefilter.
"""
