"""A non-editable install (`pip install .`) carries what CoopEval ships: the wheel holds frameworks/,
resources/ and the user guide inside the package, where coopeval.paths finds them; an installation
missing one of them says so and what to do, never with a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from coopeval import paths
from coopeval.domain.errors import CoopEvalError

REPO = Path(__file__).resolve().parents[2]


def test_the_wheel_carries_the_shipped_folders_inside_the_package(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--quiet", "-w", str(tmp_path), str(REPO)],
        capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    (wheel,) = tmp_path.glob("coopeval-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    fonts = {f"coopeval/resources/fonts/{p.name}" for p in (REPO / "resources" / "fonts").glob("*.ttf")}
    assert len(fonts) >= 4
    expected = {"coopeval/frameworks/coop-values.toml", "coopeval/resources/scales.toml",
                "coopeval/resources/icons/coopeval-256.png", "coopeval/resources/demo/community-meals.toml",
                "coopeval/docs/guide.md", "coopeval/paths.py",
                # Alembic loads these from disk: they must ship as files, too.
                "coopeval/storage/migrations/env.py", "coopeval/storage/migrations/script.py.mako"} | fonts
    assert expected <= names, sorted(expected - names)
    # Every shipped file goes in, and nothing lands outside the package and its metadata.
    for folder in ("frameworks", "resources"):
        for file in (REPO / folder).rglob("*"):
            if file.is_file():
                assert f"coopeval/{file.relative_to(REPO).as_posix()}" in names
    assert {name.split("/", 1)[0] for name in names} == {"coopeval", wheel.name.split("-py3")[0] + ".dist-info"}


def test_an_installed_package_finds_its_folders_inside_itself(tmp_path, monkeypatch):
    package = tmp_path / "site-packages" / "coopeval"
    for name in ("frameworks", "resources"):
        (package / name).mkdir(parents=True)
    (tmp_path / "site-packages" / "resources").mkdir()  # another package's folder: never taken
    monkeypatch.setattr(paths, "PACKAGE_DIR", package)
    assert paths.resources_dir() == package / "resources"
    assert paths.frameworks_dir() == package / "frameworks"


def test_a_checkout_finds_the_top_level_folders():
    assert paths.frameworks_dir() == REPO / "frameworks"
    assert (paths.resources_dir() / "scales.toml").is_file()


def test_a_missing_folder_is_a_clear_error(tmp_path, monkeypatch):
    package = tmp_path / "site-packages" / "coopeval"
    package.mkdir(parents=True)
    (tmp_path / "site-packages" / "resources").mkdir()  # not ours: site-packages is no checkout
    monkeypatch.setattr(paths, "PACKAGE_DIR", package)
    monkeypatch.setattr(sys, "prefix", str(tmp_path))
    with pytest.raises(CoopEvalError) as caught:
        paths.resources_dir()
    message = str(caught.value)
    assert "'resources' folder" in message and "installation is incomplete" in message
    assert "Reinstall CoopEval" in message and str(package) in message
    assert isinstance(caught.value, FileNotFoundError)  # callers that can do without it still catch it


@pytest.mark.parametrize("argv", [[], ["demo", "demo.coopeval"]], ids=["app", "cli"])
def test_starting_without_resources_explains_without_a_traceback(tmp_path, argv):
    script = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        import coopeval.paths
        coopeval.paths.PACKAGE_DIR = Path({str(tmp_path / "coopeval")!r})
        sys.prefix = {str(tmp_path)!r}
        from coopeval.__main__ import main
        sys.exit(main({argv!r}))
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                            cwd=tmp_path, env=env)
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert "coopeval: CoopEval cannot find its '" in result.stderr and "Reinstall CoopEval" in result.stderr
