# The Makefile only bootstraps .venv and hands over to the invoke tasks in tasks.py,
# so people and CI run the same tasks. Run `make help` for the list.
PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed-$(shell cat requirements.txt | cksum | cut -d' ' -f1)
INVOKE := $(VENV)/bin/invoke

.PHONY: help serve build check test audit bench bench-scale lint clean publish translations new-post new-page new-event
help:
	@echo "make serve   build and serve the site at http://127.0.0.1:8000 with live reload"
	@echo "make test    run every test and quality gate (installs what it needs)"
	@echo "make audit   Lighthouse reports into reports/lighthouse/ (fails below the thresholds)"
	@echo "make build   production build into output/ (SITEURL=https://... make build)"
	@echo "make check   validate content and data without building"
	@echo "make bench-scale   build speed at ~1,000/3,000/10,000 pages vs plain Pelican into bench/RESULTS.md (SIZES=1000)"
	@echo "make clean   remove output/ and caches"
	@echo 'make new-post TITLE="Otsikko"   new draft post (also new-page, new-event; LANG=sv, AUTHOR="Etunimi Sukunimi")'

$(STAMP): requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

serve: $(STAMP)
	$(INVOKE) serve
build: $(STAMP)
	$(INVOKE) build
check: $(STAMP)
	$(INVOKE) check
test: $(STAMP)
	$(INVOKE) test
audit: $(STAMP)
	$(INVOKE) audit
bench: $(STAMP)
	$(INVOKE) bench
# Build speed at national size into bench/RESULTS.md; a subset: make bench-scale SIZES=1000
SIZES ?= 1000,3000,10000
RUNS ?= 1
bench-scale: $(STAMP)
	$(INVOKE) bench-scale --sizes $(SIZES) --runs $(RUNS)
lint: $(STAMP)
	$(INVOKE) lint
clean: $(STAMP)
	$(INVOKE) clean
publish: $(STAMP)
	$(INVOKE) publish
translations: $(STAMP)
	$(INVOKE) translations

# New content for writers: make new-post TITLE="Nuorten digituki alkaa" [LANG=sv] [AUTHOR="Etunimi Sukunimi"].
# LANG counts only when given on the command line (the environment's LANG is the locale).
CONTENT_LANG := $(if $(filter command line,$(origin LANG)),$(LANG),fi)
quote = '$(subst ','"'"',$(1))'
new-post new-page new-event: $(STAMP)
	@$(INVOKE) $@ --title $(call quote,$(TITLE)) --lang $(call quote,$(CONTENT_LANG)) --author $(call quote,$(AUTHOR))
