"""The parts of the Scoring page: the item shown, the score editor, autosave and the declaration prompt."""
