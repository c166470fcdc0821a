"""Reports: the record of every report generated, printed or saved, and the figures reports need that no
other area serves (the month's disclosure metrics, the day's withdrawal decisions, staff and permissions)."""
