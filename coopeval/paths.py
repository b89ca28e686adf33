"""Where CoopEval finds what it ships (frameworks, resources, the user guide) and where it keeps user data.

The shipped folders live at the top level of the repository. An installed wheel carries them inside
the package (the build maps them there: pyproject.toml), a frozen build beside the executable
(packaging/coopeval.spec), and a checkout or editable install finds them beside the package. Each
place is looked for, so the same code runs in all of them.
"""

from __future__ import annotations

import sys
from pathlib import Path

from coopeval.domain.errors import CoopEvalError

APP_NAME = "CoopEval"
APP_AUTHOR = "CoopEval"
PACKAGE_DIR = Path(__file__).resolve().parent


class MissingShippedFilesError(CoopEvalError, FileNotFoundError):
    """A folder CoopEval ships is not where the installation should have put it. (Also a
    FileNotFoundError, so a caller that can do without the folder may catch just that.)"""

    def __init__(self, name: str, looked_in: list[Path]):
        self.name = name
        self.looked_in = looked_in
        places = ", ".join(str(root) for root in looked_in)
        super().__init__(
            f"CoopEval cannot find its '{name}' folder (looked in {places}); the installation is incomplete. "
            "Reinstall CoopEval: from a checkout, `make run` or `pip install .`; otherwise the installer "
            "or package you installed it from."
        )


def _roots() -> list[Path]:
    roots = [PACKAGE_DIR]  # an installed wheel: coopeval/frameworks, coopeval/resources
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.insert(0, Path(frozen))
    checkout = PACKAGE_DIR.parent
    if (checkout / "pyproject.toml").is_file():  # a checkout or editable install; never site-packages itself
        roots.append(checkout)
    roots.append(Path(sys.prefix) / "share" / "coopeval")
    return roots


def shipped(name: str) -> Path:
    """The shipped folder `name` ('frameworks', 'resources' or 'docs'); MissingShippedFilesError
    when the installation lacks it."""
    roots = _roots()
    for root in roots:
        candidate = root / name
        if candidate.is_dir():
            return candidate
    raise MissingShippedFilesError(name, roots)


def frameworks_dir() -> Path:
    return shipped("frameworks")


def resources_dir() -> Path:
    return shipped("resources")


def shipped_framework_files() -> list[Path]:
    return sorted(frameworks_dir().glob("*.toml"))


def user_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, APP_AUTHOR, ensure_exists=True)
