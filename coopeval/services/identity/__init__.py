"""People, passphrases, signing in, and the guard every service asks before it acts."""
