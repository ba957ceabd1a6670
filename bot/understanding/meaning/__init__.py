"""Which topic a message is about, which follow-up it asks, and what to answer first."""
