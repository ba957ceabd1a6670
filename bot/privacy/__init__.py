"""Privacy: erasure on request, retention, key rotation, the first-contact notice."""
