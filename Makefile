# conformscan — see README.md. Two commands matter: `make demo` and `make test`.
GO      ?= go
BIN     := bin/conformscan
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -s -w -X main.version=$(VERSION)
PKGS    := ./...
# The nuclei engine is linked only with this tag (probes/nuclei): the product
# is built with it; `go test ./...` without it never compiles nuclei.
TAGS    := nuclei

.PHONY: all build release test demo lint bench bench-tls bench-remote docs fuzz clean

all: build

build:
	$(GO) build -trimpath -tags '$(TAGS)' -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/conformscan

## release: the six OS/architecture binaries with the nuclei engine, static (no cgo), into dist/ with
## SHA256SUMS. A cold cross-build of nuclei takes ~10 minutes per target on a small machine; one target:
## `make release RELEASE_TARGETS=windows/amd64`.
RELEASE_TARGETS ?= linux/amd64 linux/arm64 windows/amd64 windows/arm64 darwin/amd64 darwin/arm64
release:
	@mkdir -p dist
	@set -e; for t in $(RELEASE_TARGETS); do \
	  os=$${t%/*}; arch=$${t#*/}; ext=; if [ "$$os" = windows ]; then ext=.exe; fi; \
	  out=dist/conformscan-$(VERSION)-$$os-$$arch$$ext; echo "== $$out"; \
	  CGO_ENABLED=0 GOOS=$$os GOARCH=$$arch $(GO) build -trimpath -tags '$(TAGS)' -ldflags '$(LDFLAGS)' -o $$out ./cmd/conformscan; \
	done
	@cd dist && if command -v sha256sum >/dev/null; then sha256sum conformscan-$(VERSION)-*; \
	  else shasum -a 256 conformscan-$(VERSION)-*; fi > SHA256SUMS-$(VERSION) && cat SHA256SUMS-$(VERSION)

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
	rm -rf bin dist conformscan-demo-report.json
