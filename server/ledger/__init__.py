"""The double-entry ledger: accounts with O(1) balance counters, immutable transfers, money movements."""
