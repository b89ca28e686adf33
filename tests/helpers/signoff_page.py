"""Signing off through the Sign-off page's widgets."""

from __future__ import annotations

from tests.helpers.widgets import choose, press

STATEMENT = "I confirm that I scored each bid independently and that the consensus recorded is the panel's."


def sign_as(qtbot, page, member_id: int, statement: str) -> None:
    choose(qtbot, page.member, member_id)
    page.statement.setFocus()
    page.statement.clear()
    if statement:
        qtbot.keyClicks(page.statement, statement)
    press(qtbot, page.sign_button)
