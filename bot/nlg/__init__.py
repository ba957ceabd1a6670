"""Responses rendered from the catalogs in the person's language (Rasa's NLG endpoint)."""
