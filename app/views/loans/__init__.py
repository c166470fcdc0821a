"""Loan applications: the review queue, one application, its actions and documents."""
