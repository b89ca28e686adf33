"""The path of an action is one thing: in coopeval/ui only the controller holds the workspace,
announces changes and runs work off the main thread, and only ui/ops.py builds a progress dialog."""

from __future__ import annotations

import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "coopeval" / "ui"


def sources() -> dict[str, str]:
    return {str(p.relative_to(UI)): p.read_text(encoding="utf-8") for p in UI.rglob("*.py")}


def offenders(pattern: str, allowed: set[str]) -> list[str]:
    found = re.compile(pattern)
    return sorted(name for name, text in sources().items() if name not in allowed and found.search(text))


def test_only_the_controller_holds_the_workspace():
    assert offenders(r"(?<!services)\.workspace\b(?!_)", {"controller.py"}) == []


def test_only_the_controller_announces_changes():
    assert offenders(r"data_changed\.emit", {"controller.py"}) == []


def test_only_the_runner_builds_a_progress_dialog_or_a_thread():
    assert offenders(r"QProgressDialog\(", {"ops.py"}) == []
    assert offenders(r"TaskRunner\(|QThreadPool|threading\.", {"tasks.py", "application.py", "ops.py"}) == []


def test_no_widget_looks_its_dependencies_up_on_a_parent():
    assert offenders(r"getattr\((parent|self\.window\(\)|self\.parent\(\)|window)\b", set()) == []
    assert offenders(r"ImmediateTaskRunner", set()) == []


def test_no_widget_calls_a_service_around_the_runner():
    assert offenders(r"controller\.(query|mutate)\(", set()) == []
