"""P2P Back Office platform API. Conventions: see README.md beside this file."""

__version__ = "0.1.0"
