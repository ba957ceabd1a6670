"""Rasa custom actions, run in the app through rasa-sdk's executor."""
