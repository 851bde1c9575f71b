# doingoai — two commands: `make run` (the site on http://127.0.0.1:8000/) and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint install serve

$(BIN)/python:
	$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "doingoai needs Python 3.11, not " + sys.version.split()[0]'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# `make run` installs what serving needs; `make test` adds the dev extras (pytest, Playwright, ruff).
$(VENV)/.served: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet .
	touch $@

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet '.[dev]'
	touch $(VENV)/.served $@

install: $(VENV)/.installed

# The served site runs with DEBUG off (Vietnamese 404/500 pages, no technical page listing the
# URLs) and a secret generated once into .secret_key (git-ignored). DJANGO_DEBUG=true and
# DJANGO_SECRET_KEY, when set, win.
.secret_key: | $(BIN)/python
	$(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))' > $@
	chmod 600 $@

SERVE_ENV = DJANGO_DEBUG=$${DJANGO_DEBUG:-false} DJANGO_SECRET_KEY=$${DJANGO_SECRET_KEY:-$$(cat .secret_key)}

run: $(VENV)/.served .secret_key
	$(SERVE_ENV) $(BIN)/python manage.py migrate --noinput
	$(SERVE_ENV) $(BIN)/python manage.py ingest --if-empty data/sample
	$(SERVE_ENV) $(BIN)/python manage.py collectstatic --noinput --verbosity 0
	@echo "doingoai is serving on http://$(HOST):$(PORT)/ (admin: http://$(HOST):$(PORT)/admin/, create a user with: $(BIN)/python manage.py createsuperuser)"
	$(SERVE_ENV) exec $(BIN)/gunicorn config.wsgi --bind $(HOST):$(PORT) --workers 2 --access-logfile -

lint: install
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/python manage.py makemigrations --check --dry-run

test: lint
	$(BIN)/python -m pytest
