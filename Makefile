# Developer shortcuts. `./dev` sets the machine up; these targets use its .venv.
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: package

# The one-folder bundle in dist/clubdesk/ (PyInstaller; see docs/packaging.md).
package:
	@test -x $(PY) || { echo "No $(VENV): run ./dev test (or ./dev run) first." >&2; exit 1; }
	@$(PY) -c "import PyInstaller" 2>/dev/null || $(PY) -m pip install -q -e '.[package]'
	@mkdir -p build && touch build/package-started
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/clubdesk.spec
	@# The bundle holds the sources as they were when the build started (tests/packaging).
	@touch -r build/package-started dist/clubdesk/.sources-as-of
	@du -sh dist/clubdesk

.PHONY: translations

# resources/translations/*.qm from the committed .ts (packaging/translations.py; the bundle
# ships them, so `make package` builds them first).
translations:
	@test -x $(PY) || { echo "No $(VENV): run ./dev test (or ./dev run) first." >&2; exit 1; }
	$(PY) packaging/translations.py release

package: translations
