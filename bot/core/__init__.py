"""The conversation core: channel-independent handling of every message."""
