"""Offline evaluator packs: export for one member, scoring inside the pack, return, and import."""
