"""Puente: a Rasa-driven messaging assistant for migrants."""

__version__ = "0.1.0"
