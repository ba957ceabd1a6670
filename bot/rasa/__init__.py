"""Talking to the Rasa server: the REST channel client, action and NLG endpoints."""
