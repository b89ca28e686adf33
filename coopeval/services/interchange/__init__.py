"""The tender JSON format: export, schema, checks, and the all-or-nothing import."""
