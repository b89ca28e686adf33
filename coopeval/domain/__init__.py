"""Pure-Python core: frameworks, scales, scoring and moderation arithmetic. No Qt, no SQL."""
