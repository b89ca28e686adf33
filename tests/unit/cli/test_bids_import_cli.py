"""`coopeval bids import WORKSPACE --tender REF FILE.xlsx … [--dry-run]` (issue 18): a line per file saying the bid it
creates or updates, every response or change; problems one per line as `FILE: Sheet!CELL: message` with exit 1 and
nothing written; a dry run writes nothing and, reading only, needs no --as."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest

from coopeval import cli
from coopeval.cli import common
from coopeval.services.bids import entry
from coopeval.services.identity.sessions import sign_in
from coopeval.services.workspace import Workspace
from tests.helpers.returns import FIXTURE_ANSWERS, fill, publishable, template_bytes
from tests.helpers.workspaces import create_workspace

ABOUT = FIXTURE_ANSWERS["about"]


def run(*argv: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main([str(a) for a in argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture()
def returned(tmp_path: Path) -> tuple[Path, Path, bytes]:
    """A workspace with the publishable draft tender T1, a filled return for a new bidder, and the template."""
    path = tmp_path / "w.coopeval"
    with create_workspace(path) as ws:
        publishable(ws)
        template = template_bytes(ws, "T1", tmp_path)
    filled = fill(template, tmp_path / "bwyd-da.xlsx", about=ABOUT, responses=FIXTURE_ANSWERS["responses"])
    return path, filled, template


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def identifiers(path: Path) -> list[str]:
    with Workspace.open(path) as ws:
        return [b.identifier for b in entry.list_bids(ws, "T1")]


def test_import_shows_each_return_then_imports_it(returned) -> None:
    path, filled, _ = returned
    code, out, err = run("bids", "import", path, "--tender", "T1", filled)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("bwyd-da.xlsx: new bid Cwmni Bwyd Ŵyn a Ŷd Cyf (IP99999R), SHA-256 ")
    assert "  LOC-01: Byddwn yn cyflogi pobl leol. We will hire locally: ŵ ŷ é ü 🌱; quantity 12 FTE" in lines
    assert "  LOC-04: A qualitative answer, with “quotes” and an apostrophe’s curl." in lines
    assert lines[-1] == "Imported 1 of 1 return(s) into tender T1; each is kept in the workspace with its SHA-256."
    assert identifiers(path) == ["IP000", "IP001", "IP99999R"]


def test_importing_the_same_return_again_says_there_is_nothing_to_change(returned) -> None:
    path, filled, _ = returned
    assert run("bids", "import", path, "--tender", "T1", filled)[0] == 0
    before = digest(path)
    code, out, _ = run("bids", "import", path, "--tender", "T1", filled)
    assert code == 0
    assert "  nothing to change" in out.splitlines()
    assert out.splitlines()[-1].startswith("Nothing to change: every return matches what the workspace holds")
    assert digest(path) == before


def test_a_changed_return_lists_every_change(returned, tmp_path: Path) -> None:
    path, filled, template = returned
    run("bids", "import", path, "--tender", "T1", filled)
    responses = dict(FIXTURE_ANSWERS["responses"], **{"LOC-03": ("Volunteering hours\n\nacross two sites.", 300,
                                                                "pp. 4-5")})
    changed = fill(template, tmp_path / "bwyd-da-2.xlsx", about=dict(ABOUT, email="post@bwydda.example"),
                   responses=responses)
    code, out, _ = run("bids", "import", path, "--tender", "T1", changed, "--dry-run")
    assert code == 0
    assert out.splitlines()[1:] == [
        "  Contact email: tendrau@bwydda.example → post@bwydda.example",
        "  LOC-03 quantity: 250 → 300",
        "Dry run: 1 of 1 return(s) would change the tender; nothing was written."]


def test_a_dry_run_writes_nothing(returned) -> None:
    path, filled, _ = returned
    before = digest(path)
    code, out, err = run("bids", "import", path, "--tender", "T1", filled, "--dry-run")
    assert code == 0, err
    assert out.splitlines()[-1] == "Dry run: 1 of 1 return(s) would change the tender; nothing was written."
    assert digest(path) == before


def test_problems_are_listed_one_per_line_and_nothing_is_written(returned, tmp_path: Path) -> None:
    path, filled, template = returned
    bad = fill(template, tmp_path / "bad.xlsx", about=dict(ABOUT, identifier="OTHER", legal_name=None),
               responses=dict(FIXTURE_ANSWERS["responses"], **{"LOC-02": ("Weeks.", "twelve", "")}))
    before = digest(path)
    code, out, err = run("bids", "import", path, "--tender", "T1", filled, bad)
    assert code == 1 and out == ""
    assert err.splitlines() == [
        "bad.xlsx: About you!C5: Legal name is required; the bidder left it empty",
        "bad.xlsx: Responses!G6: the quantity for LOC-02 must be a number; 'twelve' is not one",
        "coopeval: 2 problem(s) in the returns; nothing was written."]
    assert digest(path) == before


def test_a_folder_with_no_returns_is_refused(returned, tmp_path: Path) -> None:
    path = returned[0]
    (tmp_path / "empty").mkdir()
    code, _, err = run("bids", "import", path, "--tender", "T1", tmp_path / "empty")
    assert code == 1 and err.startswith("coopeval: no .xlsx returns found in ")


OFFICER, OFFICER_PASS = "Olu Officer", "copper kettle meadow"


@pytest.mark.identity
def test_a_dry_run_needs_no_sign_in_but_an_import_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(common, "_interactive", lambda: False)
    monkeypatch.delenv(common.PASSPHRASE_ENV, raising=False)
    path = tmp_path / "council.coopeval"
    monkeypatch.setenv(common.PASSPHRASE_ENV, OFFICER_PASS)
    assert run("init", path, "--as", OFFICER)[0] == 0
    monkeypatch.delenv(common.PASSPHRASE_ENV)
    from coopeval.services.setup import frameworks
    from tests.helpers.workspaces import EXAMPLE_FRAMEWORK

    with Workspace.open(path) as ws:
        sign_in(ws, OFFICER, OFFICER_PASS)
        frameworks.import_framework(ws, EXAMPLE_FRAMEWORK)
        publishable(ws)
        template = template_bytes(ws, "T1", tmp_path)
    filled = fill(template, tmp_path / "r.xlsx", about=ABOUT, responses=FIXTURE_ANSWERS["responses"])
    code, out, err = run("bids", "import", path, "--tender", "T1", filled, "--dry-run")
    assert code == 0, err
    code, _, err = run("bids", "import", path, "--tender", "T1", filled)
    assert code == 1 and "--as NAME" in err
    monkeypatch.setenv(common.PASSPHRASE_ENV, OFFICER_PASS)
    code, out, err = run("bids", "import", path, "--tender", "T1", filled, "--as", OFFICER)
    assert code == 0, err
    assert identifiers(path)[-1] == "IP99999R"
