# conformscan — see README.md. Two commands matter: `make demo` and `make test`.
GO      ?= go
BIN     := bin/conformscan
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
# Commit and date come from git so that two builds of one commit are identical
# (SOURCE_DATE_EPOCH also fixes the mtimes and man page dates of `make package`).
COMMIT  ?= $(shell git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)
export SOURCE_DATE_EPOCH
DATE    := $(shell date -u -d @$(SOURCE_DATE_EPOCH) +%Y-%m-%dT%H:%M:%SZ)
LDFLAGS := -s -w -X main.version=$(VERSION) -X main.commit=$(COMMIT) -X main.date=$(DATE)
PKGS    := ./...
# The nuclei engine is linked only with this tag (probes/nuclei): the product
# is built with it; `go test ./...` without it never compiles nuclei.
TAGS    := nuclei

.PHONY: all build test demo lint bench bench-tls bench-remote docs fuzz clean

all: build

build:
	$(GO) build -trimpath -tags '$(TAGS)' -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/conformscan

## demo: build, then scan the built-in lab of non-conformant servers on loopback
demo: build
	./$(BIN) demo

## test: formatting, vet, then every test (integration tests start real daemons on loopback), then the
## nuclei probe's tests (-tags nuclei: loopback consoles only)
test: lint
	$(GO) test -count=1 -timeout 14m $(PKGS)
	$(GO) test -count=1 -timeout 5m -tags '$(TAGS)' ./probes/nuclei/

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go' ':!third_party' 2>/dev/null || find . -name '*.go' -not -path './third_party/*')); \
	  if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet $(PKGS)
	$(GO) vet -tags '$(TAGS)' ./probes/nuclei/ ./probes/list/

## bench: Go benchmarks (numbers go into docs/benchmarks.md)
bench:
	$(GO) test -run '^$$' -bench . -benchmem -benchtime 20x $(PKGS)

## bench-tls: conformscan vs testssl.sh on the nginx lab, side by side
bench-tls: build
	bash scripts/bench-tls.sh

## bench-remote: conformscan vs nmap -sV on real Xvfb, x11vnc and xrdp on loopback, and a 1000-port sweep
bench-remote: build
	bash scripts/bench-remote.sh

## docs: regenerate docs/refs.md from the catalogue and docs/tls-rules.md from the TLS rule values
docs:
	$(GO) run ./cmd/conformscan refs --format markdown > docs/refs.md
	$(GO) run ./cmd/conformscan rules --family tls --format markdown > docs/tls-rules.md

## fuzz: run every fuzz target briefly
fuzz:
	@for pkg in $$($(GO) list ./...); do \
	  for f in $$($(GO) test -list 'Fuzz.*' $$pkg 2>/dev/null | grep '^Fuzz'); do \
	    echo "== $$pkg $$f"; $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $${FUZZTIME:-15s} $$pkg || exit 1; \
	  done; \
	done

clean:
	rm -rf bin conformscan-demo-report.json
