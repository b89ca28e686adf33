"""The composition root: builds the services and hands them to the desktop app.

Nothing else creates long-lived objects; widgets receive what they need through constructors.
"""

from __future__ import annotations

from coopeval.services.catalogue import load_catalogue


def run_gui(*, demo: bool = False, argv: list[str] | None = None) -> int:
    """Open the desktop app. `demo` will open the demo workspace once workspaces exist (issue 4);
    until then the app opens on the framework browser either way."""
    from coopeval.ui.application import run

    return run(catalogue=load_catalogue(), argv=argv)
