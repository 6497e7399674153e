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

.PHONY: all build release test demo lint bench bench-tls bench-remote docs fuzz clean package package-host

all: build

build:
	$(GO) build -trimpath -tags '$(TAGS)' -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/conformscan

## release: the six OS/architecture binaries with the nuclei engine, static (no cgo), into dist/
## (conformscan_<os>_<arch>[.exe]), then `make package` (archives, .deb/.rpm, OCI image, SBOMs, signed
## SHA256SUMS). A cold cross-build of nuclei takes ~10 minutes per target on a small machine; a subset:
## `make release RELEASE_TARGETS="linux/amd64 windows/amd64"` (the packages need this machine's platform).
RELEASE_TARGETS ?= linux/amd64 linux/arm64 windows/amd64 windows/arm64 darwin/amd64 darwin/arm64
release:
	rm -rf dist && mkdir -p dist
	@set -e; for t in $(RELEASE_TARGETS); do \
	  os=$${t%/*}; arch=$${t#*/}; ext=; if [ "$$os" = windows ]; then ext=.exe; fi; \
	  out=dist/conformscan_$${os}_$${arch}$$ext; echo "== $$out"; \
	  CGO_ENABLED=0 GOOS=$$os GOARCH=$$arch $(GO) build -trimpath -tags '$(TAGS)' -ldflags '$(LDFLAGS)' -o $$out ./cmd/conformscan; \
	done
	$(MAKE) package

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

## package: from the binaries in dist/ (conformscan_<os>_<arch>[.exe], cross-built by `make release`), write
## the archives, .deb/.rpm, OCI image archive, SBOMs and the signed SHA256SUMS into dist/ (scripts/release,
## its own Go module). Signed with RELEASE_KEY ('conformscan keygen'; made on first use if absent).
RELEASE_KEY ?= bin/release-key
# A static busybox (Debian's busybox-static) gives the image its /bin/sh; for another arch's image add
# BUSYBOX_MORE='-busybox arm64=/path/to/busybox' (without, that image has no shell).
BUSYBOX     ?= $(firstword $(wildcard /bin/busybox))
BUSYBOX_MORE ?=
HOSTBIN      = dist/conformscan_$(shell $(GO) env GOOS)_$(shell $(GO) env GOARCH)
package:
	@test -x $(HOSTBIN) || { echo "$(HOSTBIN) missing: run 'make release' or 'make package-host'"; exit 1; }
	@test -e $(RELEASE_KEY) || { mkdir -p $(dir $(RELEASE_KEY)) && ./$(HOSTBIN) keygen -o $(RELEASE_KEY); }
	$(GO) -C scripts/release run . -dist $(CURDIR)/dist -root $(CURDIR) -version $(VERSION) \
	  -key $(abspath $(RELEASE_KEY)) -busybox '$(BUSYBOX)' $(BUSYBOX_MORE)

## package-host: package this machine's platform only, built without the nuclei engine (quick: CI, local tests);
## static (CGO_ENABLED=0) like the release builds: the image has no libc
package-host:
	rm -rf dist && mkdir -p dist
	CGO_ENABLED=0 $(MAKE) build TAGS= BIN=$(HOSTBIN)
	$(MAKE) package

clean:
	rm -rf bin dist conformscan-demo-report.json
