"""Issue 16: the Set-up page reads the workspace's frameworks and the shipped files' headers each time it
loads; each is parsed once while its text is unchanged, and afresh when the text changes."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from coopeval.services.setup import frameworks
from coopeval.services.setup.shipped import shipped_frameworks
from coopeval.services.workspace import Workspace
from tests.helpers.workspaces import EXAMPLE_FRAMEWORK, FRAMEWORK_ID


def test_a_stored_framework_is_parsed_once_and_again_when_its_text_changes(tmp_path: Path):
    path = tmp_path / "w.coopeval"
    with Workspace.create(path, actor="grace") as ws:
        frameworks.import_framework(ws, EXAMPLE_FRAMEWORK)
        first = frameworks.get_framework(ws, FRAMEWORK_ID)
        assert frameworks.get_framework(ws, FRAMEWORK_ID) is first  # kept
        original = first.info.name
    con = sqlite3.connect(path)  # the stored text changes behind the service's back
    with con:
        con.execute("UPDATE framework SET content = replace(content, ?, ?) WHERE framework_id = ?",
                    (f'name = "{original}"', 'name = "Renamed measures"', FRAMEWORK_ID))
    con.close()
    with Workspace.open(path, actor="grace") as ws:
        again = frameworks.get_framework(ws, FRAMEWORK_ID)
    assert again is not first and again.info.name == "Renamed measures"  # read from the text as it now is


def test_a_shipped_files_header_is_read_again_when_the_file_changes(tmp_path: Path):
    path = tmp_path / "shipped.toml"
    path.write_text('[framework]\nid = "one"\nversion = "1.0.0"\nname = "One"\n', encoding="utf-8")
    (found,) = shipped_frameworks([path])
    assert (found.framework_id, found.version, found.name) == ("one", "1.0.0", "One")
    assert shipped_frameworks([path])[0] is found  # kept while the file is unchanged
    path.write_text('[framework]\nid = "one"\nversion = "1.1.0"\nname = "One, revised"\n', encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))  # a later modification time, whatever the clock
    (changed,) = shipped_frameworks([path])
    assert (changed.version, changed.name) == ("1.1.0", "One, revised")
    path.unlink()
    (gone,) = shipped_frameworks([path])
    assert (gone.framework_id, gone.version, gone.name) == ("shipped", "", "shipped")  # unreadable: named by its file
