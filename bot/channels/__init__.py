"""Channels: thin adapters between messaging platforms and the conversation core."""
