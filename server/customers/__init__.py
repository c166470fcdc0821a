"""Customers: investors and borrowers, persons and companies, their profiles, cards and sign-in security."""
