# The two commands a newcomer needs: `make run` and `make test`. Everything else is set up on demand.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test server translations bench selfcheck package clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c constraints.txt -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) main.py

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider $(PYTEST_ARGS)

# The platform API alone, on loopback, with the default SQLite database.
server: $(STAMP)
	$(PY) -m server migrate && $(PY) -m server run

# Regenerate the .ts sources from the code and compile them to .qm (never edit source strings by hand).
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find app main.py -name '*.py') -ts resources/translations/p2p_zh_CN.ts resources/translations/p2p_en.ts
	$(VENV)/bin/pyside6-lrelease resources/translations/p2p_zh_CN.ts resources/translations/p2p_en.ts

selfcheck: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) main.py --self-check --screenshots screenshots

bench: $(STAMP)
	$(PY) -m pip install -q -c constraints.txt -e '.[test,bench]'
	$(PY) bench/audit_listing.py
	$(PY) bench/loan_queue.py
	$(PY) bench/ledger_throughput.py
	$(PY) bench/reconciliation.py
	$(PY) bench/recon_store.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/report_generation.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/report_preview_client.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/client_startup.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/loan_queue_client.py

# The Linux one-folder bundle and its .tar.gz in dist/ (PyInstaller; see installers/README.md).
package:
	PYTHON=$(PYTHON) VENV=$(VENV) bash installers/linux/build.sh

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
