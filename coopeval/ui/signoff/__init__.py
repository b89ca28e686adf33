"""The Sign-off page's parts: the checklist with links to where each item is fixed, and the signatures."""
