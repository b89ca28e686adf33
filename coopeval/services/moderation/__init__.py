"""Moderation: settling drafts, the agreement grid, and the consensus a panel records with its reason."""
