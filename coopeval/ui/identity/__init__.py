"""Signing in: the first officer, the sign-in dialog, one-time and recovery codes, the People
dialog, and the session (who is signed in, switch user, lock, idle time-out)."""
