"""The platform's periodic jobs, run by the server itself (see runner.py)."""
