"""What waits for each user's decision."""
