"""The evaluation panel: its members and roles, and the conflicts-of-interest register."""
