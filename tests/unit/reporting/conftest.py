"""The reporting tests' fixtures, from tests/helpers/reports.py: `demo` and `welsh` (a copy of each
workspace per test) and `run` (`coopeval ...` in-process)."""

from __future__ import annotations

from tests.helpers.reports import demo, run, welsh

__all__ = ["demo", "run", "welsh"]
