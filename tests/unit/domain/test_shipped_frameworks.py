"""Every framework file we ship validates, and none carries National TOMs material."""

from __future__ import annotations

import re

import pytest

from coopeval.domain.framework_loader import load_framework
from coopeval.paths import shipped_framework_files

FILES = shipped_framework_files()


def test_frameworks_are_shipped():
    assert any(p.name == "example-local-measures.toml" for p in FILES)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_shipped_framework_validates(path):
    fw = load_framework(path)
    assert fw.info.licence.strip() and fw.info.source.strip()
    assert len(fw.measures()) >= 1


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_national_toms_codes(path):
    text = path.read_text(encoding="utf-8")
    assert not re.search(r"\bNT\s?\d+", text), "National TOMs codes must never ship"
