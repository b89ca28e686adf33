"""The Moderation page's parts: the grid, one item, the consensus editor, the drafts to settle,
meeting mode and an item's history."""
