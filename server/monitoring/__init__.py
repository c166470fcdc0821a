"""7×24 monitoring: rules evaluated every minute against the platform's own records, alerts folded by subject,
escalated when unacknowledged, delivered through the notification channels, and callbacks that protect at once."""
