"""告警 Alerts: the alert list, its handling, and the monitoring settings."""
