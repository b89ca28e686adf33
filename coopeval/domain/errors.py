"""Errors a user can cause, each with a message the user can act on.

The CLI prints `str(error)` and exits non-zero; the UI shows it in a dialog. Nothing here may
carry a traceback to the user.
"""

from __future__ import annotations

from dataclasses import dataclass

from coopeval.i18n import _


class CoopEvalError(Exception):
    """Base of every error a user can cause and correct."""


@dataclass(frozen=True)
class Problem:
    """One problem in a file: where it is and what is wrong."""

    file: str
    location: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = _(" (line {line})").format(line=self.line) if self.line else ""
        return f"{self.file}: {self.location}: {self.message}{where}"


class InvalidFileError(CoopEvalError):
    """A file failed validation; `problems` lists every problem found, not just the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
