"""The home screen's figures: what the signed-in user's work looks like today."""
