"""File → Portfolio…: the co-operative share of a council's awards and spend across workspaces, read only."""
