"""Messages to customers and staff: SMS and e-mail gateways, queued and retried (shared with alerts)."""
