"""Issue 21 commands: see the module's add_commands (filled in by its helper)."""

from __future__ import annotations

import argparse


def add_commands(commands: argparse._SubParsersAction) -> None:
    """Adds this module's commands (none yet)."""
