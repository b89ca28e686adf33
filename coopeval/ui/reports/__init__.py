"""The Report page's dialogs."""
