"""Widgets and dialogs shared by every area."""
