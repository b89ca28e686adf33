# The two commands a newcomer needs: `make run` and `make test`. Each sets itself up on a fresh clone.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench screenshots setup clean translations

setup: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "CoopEval needs Python 3.11 or newer; found " + sys.version.split()[0])'
	@test -x $(PY) || { echo "Setting up $(VENV) (first run only; about a minute)…"; $(PYTHON) -m venv $(VENV); }
	@echo "Installing CoopEval and its libraries into $(VENV) (pip, quietly)…"
	@$(PY) -m pip install --quiet --upgrade pip
	@$(PY) -m pip install --quiet -e '.[test]'
	@echo "Set up done."
	@touch $(STAMP)

# The compiled catalogues (issue 22): built from the committed .ts and .po, never committed themselves.
QM := resources/i18n/coopeval_cy.qm
$(QM): resources/i18n/coopeval_cy.ts resources/i18n/cy/LC_MESSAGES/coopeval.po $(STAMP)
	@$(PY) packaging/translations.py compile --quiet

# `make translations`: extract every marked string into the catalogues (keeping their translations), then compile.
translations: $(STAMP)
	$(PY) packaging/translations.py update
	$(PY) packaging/translations.py compile
	$(PY) packaging/translations.py status

run: $(STAMP) $(QM)
	$(VENV)/bin/coopeval --demo

# The linters first: ruff (style and likely bugs), mypy (types), import-linter (the layers).
test: $(STAMP) $(QM)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: $(STAMP)
	@for b in benchmarks/bench_*.py; do echo "== $$b"; PYTHONPATH=. QT_QPA_PLATFORM=offscreen $(PY) $$b || exit 1; done

screenshots: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m coopeval.ui.screenshots docs/screenshots
	QT_QPA_PLATFORM=offscreen $(PY) -m coopeval.ui.screenshots --welsh docs/screenshots
	COOPEVAL_SCREENSHOTS=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q tests/gui -k screenshot
	# a page of each questionnaire format (needs pdftoppm, and LibreOffice's soffice for the DOCX)
	$(PY) -m tests.helpers.questionnaire_pages docs/screenshots

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache .mypy_cache

# --- the desktop build (packaging/README.md) ---------------------------------------------------------
# `make dist`: a one-folder build in dist/CoopEval/ with PyInstaller, then its self-test run in place.
.PHONY: dist icons desktop-check
DIST_STAMP := $(VENV)/.installed-dist

$(DIST_STAMP): pyproject.toml $(STAMP)
	$(PY) -m pip install --quiet -e '.[dist]'
	@touch $(DIST_STAMP)

dist: $(DIST_STAMP) $(QM)
	rm -rf dist/CoopEval build/pyinstaller
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/coopeval.spec
	QT_QPA_PLATFORM=offscreen dist/CoopEval/coopeval --selftest

# Regenerate resources/icons/*.png and coopeval.ico from coopeval.svg (needs rsvg-convert).
icons: $(STAMP)
	$(PY) packaging/icons.py

# The Linux desktop entry, AppStream metadata and MIME types, with the freedesktop validators.
desktop-check:
	desktop-file-validate packaging/linux/org.coopeval.CoopEval.desktop
	appstreamcli validate --no-net packaging/linux/org.coopeval.CoopEval.metainfo.xml
