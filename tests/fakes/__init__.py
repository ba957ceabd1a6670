"""Local fakes of what the tests cannot reach: Telegram's Bot API and Twilio's APIs."""
