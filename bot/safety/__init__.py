"""The danger screen: runs in the app before routing, with or without Rasa."""
