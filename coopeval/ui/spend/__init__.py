"""File → Spend and registers…: the council's spend files and the registers of co-operative and democratic
businesses, the review queue of suppliers whose match waits for a person, and the list of suppliers with what is
known of each. Every action goes through the controller (imports in the background, with progress)."""

from __future__ import annotations

from coopeval.ui.spend.window import SpendWindow, open_spend_window, ownership_models

__all__ = ["SpendWindow", "open_spend_window", "ownership_models"]
