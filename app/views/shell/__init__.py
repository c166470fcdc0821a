"""The main window and what it hosts: navigation, screens, the lock, settings."""
