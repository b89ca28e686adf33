"""The widgets the Panel page is built from: the members table and the conflicts register."""
