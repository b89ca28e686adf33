"""What the tests share: builders of workspaces, tenders, frameworks, reports and packs, fakes for the
app's seams, and ways of driving the GUI. Test modules import from here, never from each other.

Fixtures defined here are registered by a conftest.py: `tests/conftest.py` (`pytest_plugins`, for
fixtures both suites use), `tests/gui/conftest.py` and `tests/unit/reporting/conftest.py`.

`widgets` imports PySide6, and `bids_page` and `signoff_page` import it through `widgets`: they are
for the GUI tests only, and nothing under tests/unit may import them (nor `moderation_demo`, which
drives the main window).
"""
