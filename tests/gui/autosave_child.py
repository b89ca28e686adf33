"""Run by test_scoring_page in a child process: open a workspace in the real main window, type into
the Scoring page's rationale, pause past the autosave delay, type again, and kill the process at
once, as a crash or a power cut would. The parent then checks what reached the file.

Usage: autosave_child.py WORKSPACE MEMBER_ID FIRST_TEXT LAST_TEXT
"""

from __future__ import annotations

import os
import signal
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from coopeval.services.catalogue import load_catalogue
from coopeval.services.identity import people, seats
from coopeval.ui.application import build_window
from coopeval.ui.settings import Settings


def main() -> None:
    path, member_id, first, last = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
    app = QApplication([])  # noqa: F841 - kept alive for the window
    settings_file = Path(tempfile.mkdtemp()) / "settings.ini"
    window = build_window(load_catalogue(), settings=Settings(QSettings(str(settings_file), QSettings.Format.IniFormat)))
    window.show()
    assert window.file_actions.open_path(path)
    # A real process acts for nobody until someone signs in: the member sets their first passphrase.
    holder = window.controller.read(seats.seat_holder, member_id)
    assert window.controller.op(people.set_passphrase, holder.person_name, "autosave child passphrase").ok
    page = window.select_page("Scoring")
    page.ui.member.setCurrentIndex(page.ui.member.findData(member_id))
    assert page.current_item is not None, "the member sees no items"
    QTest.keyClicks(page.ui.editor.rationale, first)
    QTest.qWait(1000)  # a second's pause: the autosave has had its chance
    QTest.keyClicks(page.ui.editor.rationale, last)  # typed in the last second: may be lost
    print("typed", flush=True)
    os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))


if __name__ == "__main__":
    main()
