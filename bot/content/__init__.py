"""Reviewed topic content: loading, rendering and review checks."""
