# Developer entry points. `make run` and `make test` are the README's two commands.
PY ?= python3
VENV ?= .venv
VPY := $(VENV)/bin/python

.PHONY: run test bench bundle smoke venv

$(VPY):
	bash scripts/bootstrap.sh app
	$(PY) -m venv $(VENV)
	$(VPY) -m pip install -q --upgrade pip

venv: $(VPY)
	$(VPY) -m pip install -q -e '.[test,postgres]'

run: venv
	$(VENV)/bin/incidentdesk

test:  # scripts/test.sh installs Debian packages (python3-venv too) before it makes the venv
	bash scripts/test.sh

bench: venv
	$(VPY) bench/run.py

bundle: venv
	bash packaging/build.sh

smoke:
	bash packaging/smoke_test.sh
