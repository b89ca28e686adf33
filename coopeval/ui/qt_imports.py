"""Keep PySide6's import hook from holding every later module's source in memory.

Once PySide6 is imported, its `__feature__` support looks at each module imported afterwards to see whether the module
mentions PySide6 (so that a module may opt in to features such as `snake_case`). It does so with
`inspect.getsource`, which reads the whole file into Python's line cache and keeps it there: after start-up that is
about a thousand files and 37 MB that nothing ever reads again. CoopEval uses no `__feature__`, so the same test is
made here on the file's bytes, which are let go at once. If a PySide6 release moves or renames the hook, nothing is
replaced and the app works as before (with the memory).
"""

from __future__ import annotations

from types import ModuleType


def _mentions_pyside(module: ModuleType) -> bool:
    path = getattr(module, "__file__", None)
    if not path or not str(path).endswith(".py"):
        return False
    try:
        with open(path, "rb") as fh:
            return b"PySide6" in fh.read()
    except OSError:
        return False


def keep_feature_scan_light() -> bool:
    """Replace the hook's source reading; True when it was found and replaced."""
    try:
        import PySide6  # noqa: F401 - installs the hook (shibokensupport lives inside it)
        import shibokensupport.feature as feature  # type: ignore[import-not-found]  # PySide6's own package
    except ImportError:
        return False
    if not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _mentions_pyside  # noqa: SLF001 - the one place PySide6 offers no setting for
    return True
