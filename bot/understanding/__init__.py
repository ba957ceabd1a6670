"""Understanding what people write: one written form for their words (`text`, on the ground
floor, so the Rasa project can prepare its training data with it) and what a message means
(`meaning`: which topic, which follow-up, which needs; above the content it reads)."""
