"""Customers (客户): search, the customer view, customer-service actions and phone-change approvals."""
