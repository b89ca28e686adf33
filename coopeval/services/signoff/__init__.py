"""Sign-off: the checklist, each member's statement, the chair's finalise and the officer's reopen."""
