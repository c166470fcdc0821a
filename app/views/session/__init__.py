"""Signing in, step-up and one-time codes, server profiles."""
