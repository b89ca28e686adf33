"""Evaluator packs in the app: the Panel page's export and import actions."""
