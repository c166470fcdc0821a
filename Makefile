# The two commands a newcomer needs: `make run` and `make test`. Everything else is set up on demand.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: messages run test server translations bench selfcheck manual-images package clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c constraints.txt -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) main.py

# After the suite, the tests marked `clock` (they read today or now) run again under libfaketime (Debian package
# faketime) in its advancing form ('@' starts the clock there and lets it run; a frozen clock hangs waits and
# one-time codes): at 2026-12-31 16:00:30 UTC, already 2027 in Shanghai while the computer's date is the old
# year's last day (another day, month and year than the computer's); and on the real time in
# America/Los_Angeles. Each starts clear of midnight in Shanghai: the reruns take minutes, and a test whose demo
# was made for "yesterday" before midnight and is read after it asks about another day. A date taken from the
# computer instead of Shanghai's business day fails there. A third rerun at 2026-12-02 16:30 UTC (00:30 on the
# 3rd in Shanghai) was left out to keep the whole suite within 15 minutes on two cores (it cost three): a date
# taken from the computer fails at the year's end too, where Shanghai's day, month and year all differ from it.
# The reruns collect only the files that carry the marker and leave out the PostgreSQL variants
# (-k 'not postgresql': the same clocks are read as on SQLite, and a second backend would double their time). They too run on both cores, a file to a worker (TEST_WORKERS): the
# workers are the faked process's children and, with FAKETIME_DONT_RESET, go on from its time.
# FAKETIME_DONT_FAKE_MONOTONIC: libfaketime 0.9.10 (Debian 12) would shift the monotonic clock too, and Python's
# timed waits (sem_clockwait, which it does not intercept) would never end; tests/conftest.py mends time.sleep,
# whose absolute monotonic deadline it then refuses. FAKETIME_DONT_RESET: a child process (python -m server run)
# goes on from its parent's time instead of starting again at the given one.
# The suite runs on both cores (pytest-xdist), a file's tests on one worker (its module fixtures made once); each
# worker starts its own PostgreSQL cluster and seeds its own template databases. TEST_WORKERS= runs it in one process.
# Files are handed out in the order tests/conftest.py puts them (the longest first), not by their number of tests.
TEST_WORKERS  ?= -n 2 --dist loadfile --no-loadscope-reorder
CLOCK_TESTS    = $(PY) -m pytest -q -p no:cacheprovider $(TEST_WORKERS) -m clock -k 'not postgresql' \
	               $$(grep -rlE 'mark\.clock' tests --include='test_*.py' | sort)
UNDER_FAKETIME = QT_QPA_PLATFORM=offscreen TZ=UTC FAKETIME_DONT_FAKE_MONOTONIC=1 FAKETIME_DONT_RESET=1 faketime -f

test: $(STAMP)
	@command -v faketime >/dev/null || { echo "make test reruns the date-sensitive tests under libfaketime:" \
		"install the Debian package faketime (apt-get install faketime)." >&2; exit 1; }
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider $(TEST_WORKERS) $(PYTEST_ARGS)
	@echo; echo "=== tests marked clock, again at 2026-12-31 16:00:30 UTC (2027-01-01 00:00:30 in Shanghai), TZ=UTC, libfaketime ==="
	$(UNDER_FAKETIME) '@2026-12-31 16:00:30' $(CLOCK_TESTS)
	@echo; echo "=== tests marked clock, again in TZ=America/Los_Angeles on the real time ==="
	QT_QPA_PLATFORM=offscreen TZ=America/Los_Angeles $(CLOCK_TESTS)

# The platform API alone, on loopback, with the default SQLite database.
server: $(STAMP)
	$(PY) -m server migrate && $(PY) -m server run

# The server's messages: extract the texts marked _() into server.pot, merge them into the Chinese catalog (new ones
# untranslated: fill them in, then run this again) and compile it to the .mo the server reads (Babel).
MESSAGES = server/messages
messages: $(STAMP)
	$(VENV)/bin/pybabel extract --no-default-keywords -k _ --no-location --omit-header --sort-output \
		-o $(MESSAGES)/server.pot server
	$(VENV)/bin/pybabel update -i $(MESSAGES)/server.pot -d $(MESSAGES)/locale -D server -l zh_CN \
		--no-fuzzy-matching --width 120
	$(VENV)/bin/pybabel compile -d $(MESSAGES)/locale -D server --statistics

# Regenerate the .ts sources from the code and compile them to .qm (never edit source strings by hand).
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find app main.py -name '*.py') -ts resources/translations/p2p_zh_CN.ts resources/translations/p2p_en.ts
	$(VENV)/bin/pyside6-lrelease resources/translations/p2p_zh_CN.ts resources/translations/p2p_en.ts

selfcheck: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) main.py --self-check --screenshots screenshots

# The manual's screenshots (resources/manual/images), taken by the self-check from the screens as they are.
manual-images: $(STAMP)
	rm -rf build/manual-shots
	QT_QPA_PLATFORM=offscreen $(PY) main.py --self-check --screenshots build/manual-shots
	QT_QPA_PLATFORM=offscreen $(PY) -m app.services.manual_images build/manual-shots

bench: $(STAMP)
	$(PY) -m pip install -q -c constraints.txt -e '.[test,bench]'
	$(PY) bench/audit_listing.py
	$(PY) bench/loan_queue.py
	$(PY) bench/ledger_throughput.py
	$(PY) bench/reconciliation.py
	$(PY) bench/recon_store.py
	$(PY) bench/recon_store.py --floor
	$(PY) bench/recharge_floor.py
	$(PY) bench/upload_memory.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/report_generation.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/report_preview_client.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/client_startup.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/loan_queue_client.py

# The Linux one-folder bundle and its .tar.gz in dist/ (PyInstaller; see installers/README.md).
package:
	PYTHON=$(PYTHON) VENV=$(VENV) bash installers/linux/build.sh

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
