"""Tools: small windows the Tools menu opens (the demo outbox)."""
