"""Records bundles for the tests: one written from the demo's signed-off tender (signed with a throwaway key, never
the user's), and a way to make a changed copy of a bundle entry by entry."""

from __future__ import annotations

import shutil
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from coopeval.services.records.bundle import write_bundle
from coopeval.services.records.views import BundleView
from coopeval.services.reports.writing import SigningKey, throwaway_signing_key
from coopeval.services.workspace import Workspace
from tests.helpers.reports import DEMO_DONE, demo_copy


@dataclass(frozen=True)
class Written:
    workspace: Path
    bundle: Path
    view: BundleView
    key: SigningKey
    cert: Path  # the certificate that verifies what `key` signs


def written_bundle(tmp_path_factory: pytest.TempPathFactory, tender: str = DEMO_DONE) -> Written:
    folder = tmp_path_factory.mktemp("bundle")
    workspace = demo_copy(tmp_path_factory, folder / "demo.coopeval")
    key, cert = throwaway_signing_key(folder / "signing", "Olu Adebayo")
    with Workspace.open(workspace) as ws:
        view = write_bundle(ws, tender, folder / "records.zip", key=key)
    return Written(workspace, folder / "records.zip", view, key, cert)


def rewrite(source: Path, target: Path, *, change: dict[str, bytes] | None = None, drop: tuple[str, ...] = (),
            add: list[tuple[zipfile.ZipInfo | str, bytes]] | None = None) -> Path:
    """A copy of the bundle at `source` with entries changed, dropped or added (duplicates allowed)."""
    change = change or {}
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename in drop:
                continue
            new.writestr(info, change.get(info.filename, old.read(info)))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # zipfile warns of a duplicate name: that is the point
            for name, data in add or []:
                new.writestr(name, data)
    return target


def copy(source: Path, target: Path) -> Path:
    shutil.copyfile(source, target)
    return target
