"""The packaging files name the same app id, icon and file types everywhere, and pass the
freedesktop validators when those are installed (Debian: desktop-file-utils, appstream,
shared-mime-info). The pure-Python checks always run, so this file asserts something on any machine."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import struct
import subprocess
import tomllib
from pathlib import Path, PureWindowsPath

import pytest
from defusedxml import ElementTree

from coopeval import __version__

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "packaging" / "linux"
ICONS = REPO / "resources" / "icons"
APP_ID = "org.coopeval.CoopEval"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.mime.xml"
ISS = REPO / "packaging" / "windows" / "coopeval.iss"
SPEC = REPO / "packaging" / "coopeval.spec"
WORKSPACE_TYPE, PACK_TYPE = "application/x-coopeval-workspace", "application/x-coopeval-pack"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = {16, 24, 32, 48, 64, 128, 256}


def desktop_entry() -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read_string(DESKTOP.read_text(encoding="utf-8"))
    return dict(parser["Desktop Entry"])


DEBIAN_PACKAGE = {"desktop-file-validate": "desktop-file-utils", "appstreamcli": "appstream"}


def run_validator(*command: str) -> subprocess.CompletedProcess:
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed (Debian package: {DEBIAN_PACKAGE[command[0]]})")
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


# --- Linux: the desktop entry, AppStream metadata and MIME types ------------------------------------

def test_the_desktop_entry_opens_both_file_types_with_our_icon():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "CoopEval"
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split() == ["coopeval", "%f"]  # one file per window: `coopeval FILE`
    assert entry["Terminal"] == "false"
    assert set(filter(None, entry["MimeType"].split(";"))) == {WORKSPACE_TYPE, PACK_TYPE}
    assert "Office" in entry["Categories"].split(";")


def test_the_metainfo_describes_this_app_and_version():
    root = ElementTree.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name
    assert root.findtext("project_license") == "AGPL-3.0-or-later"
    assert {m.text for m in root.iter("mediatype")} == {WORKSPACE_TYPE, PACK_TYPE}
    assert root.findtext("provides/binary") == "coopeval"
    releases = [r.get("version") for r in root.iter("release")]
    assert releases[0] == __version__, "add a <release> for the new version to the metainfo"


def test_the_mime_types_match_the_file_names_and_both_are_sqlite():
    root = ElementTree.parse(MIME).getroot()
    assert root.tag == f"{MIME_NS}mime-info"
    types = {t.get("type"): t for t in root.iter(f"{MIME_NS}mime-type")}
    assert set(types) == {WORKSPACE_TYPE, PACK_TYPE}
    globs = {name: [g.get("pattern") for g in t.iter(f"{MIME_NS}glob")] for name, t in types.items()}
    assert globs == {WORKSPACE_TYPE: ["*.coopeval"], PACK_TYPE: ["*.coopeval-pack"]}
    for kind in types.values():  # a pack is a workspace file too (coopeval/services/packs/common.py)
        assert [p.get("type") for p in kind.iter(f"{MIME_NS}sub-class-of")] == ["application/vnd.sqlite3"]
    assert all(t.findtext(f"{MIME_NS}comment") for t in types.values())


def test_desktop_file_validate_passes():
    result = run_validator("desktop-file-validate", str(DESKTOP))
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_appstreamcli_validate_passes():
    result = run_validator("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr
    assert not re.search(r"^[EW]: ", result.stdout, re.MULTILINE), result.stdout


def test_the_mime_database_takes_our_types(tmp_path: Path):
    if shutil.which("update-mime-database") is None:
        pytest.skip("update-mime-database is not installed (Debian package: shared-mime-info)")
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME, packages / f"{APP_ID}.xml")
    env = {**os.environ, "XDG_DATA_DIRS": str(tmp_path)}  # else it notes the folder is not searched
    result = subprocess.run(["update-mime-database", str(tmp_path / "mime")], capture_output=True, text=True,
                            timeout=60, env=env)
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")
    assert f"{WORKSPACE_TYPE}:*.coopeval\n" in globs and f"{PACK_TYPE}:*.coopeval-pack\n" in globs


# --- the icon ---------------------------------------------------------------------------------------

def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


def test_the_icon_is_drawn_as_svg_and_rendered_at_every_size_the_platforms_need():
    svg = ElementTree.parse(ICONS / "coopeval.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg" and svg.get("viewBox") == "0 0 256 256"
    for size in PNG_SIZES:
        assert png_size(ICONS / f"coopeval-{size}.png") == (size, size)


def test_the_windows_icon_holds_each_size_up_to_256():
    data = (ICONS / "coopeval.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}  # a width of 0 means 256
    assert sizes == ICO_SIZES


# --- Windows installer and the build -----------------------------------------------------------------

def iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = None
    for line in ISS.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith(";"):
            continue
        if re.fullmatch(r"\[\w+\]", line):
            current = sections.setdefault(line[1:-1], [])
        elif current is not None:
            current.append(line)
    return sections


def test_the_installer_is_per_machine_with_a_start_menu_entry():
    sections = iss_sections()
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["PrivilegesRequired"] == "admin"
    assert setup["DefaultDirName"].startswith("{autopf}")
    assert setup["ChangesAssociations"] == "yes"
    assert (ISS.parent / PureWindowsPath(setup["SetupIconFile"]).as_posix()).resolve() == ICONS / "coopeval.ico"
    assert any(line.startswith('Name: "{autoprograms}\\') for line in sections["Icons"])
    assert '#define BuildDir "..\\..\\dist\\CoopEval"' in ISS.read_text(encoding="utf-8")


@pytest.mark.parametrize(("extension", "progid"), [(".coopeval", "CoopEval.Workspace"),
                                                   (".coopeval-pack", "CoopEval.Pack")])
def test_the_installer_registers_each_file_type_to_open_in_coopeval(extension: str, progid: str):
    registry = "\n".join(iss_sections()["Registry"])
    assert f'Subkey: "Software\\Classes\\{extension}"; ValueType: string; ValueName: ""; ValueData: "{progid}"' in registry
    assert f'Subkey: "Software\\Classes\\{extension}\\OpenWithProgids"; ValueType: string; ValueName: "{progid}"' in registry
    assert (f'Subkey: "Software\\Classes\\{progid}\\shell\\open\\command"; ValueType: string; ValueName: ""; '
            f'ValueData: """{{app}}\\{{#AppExe}}"" ""%1"""') in registry


def test_the_installer_and_the_build_agree_on_the_executable():
    assert '#define AppExe "coopeval.exe"' in ISS.read_text(encoding="utf-8")
    spec = SPEC.read_text(encoding="utf-8")
    assert 'executable("coopeval", ' in spec and 'name="CoopEval"' in spec


def test_the_build_ships_the_data_the_app_looks_for():
    spec = SPEC.read_text(encoding="utf-8")
    for shipped in ('"frameworks"), "frameworks")', '"resources"), "resources")',
                    '"coopeval/storage/migrations/versions"', '(str(MIGRATIONS / "env.py")'):
        assert shipped in spec
    assert "onefile" not in spec and "upx=False" in spec


def test_make_dist_installs_pyinstaller_builds_one_folder_and_runs_its_self_test():
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert any(req.startswith("pyinstaller") for req in config["project"]["optional-dependencies"]["dist"])
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\ndist: ", 1)[1].split("\n\n", 1)[0]
    assert "packaging/coopeval.spec" in recipe
    assert "QT_QPA_PLATFORM=offscreen dist/CoopEval/coopeval --selftest" in recipe
