# didx: the commands a developer and CI use. `make help` lists them.
GO ?= go
BIN ?= bin/didx
PROMTOOL_VERSION ?= v0.316.0

.PHONY: help build run test lint tools contracts bench

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-10s %s\n", $$1, $$2}'

build: ## build the didx binary into bin/
	$(GO) build -buildvcs=auto -o $(BIN) ./cmd/didx

run: ## run didx on its embedded default (private PostgreSQL + dev chain), no config needed
	$(GO) run ./cmd/didx dev

test: lint tools ## vet, format check, every test, and the race detector on the concurrent packages (needs PostgreSQL binaries)
	$(GO) test -count=1 -timeout 20m ./...
	$(GO) test -race -count=1 -timeout 15m ./rpc/... ./store/... ./indexer/...

lint: ## go vet and gofmt
	$(GO) vet ./...
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

tools: bin/promtool ## install the pinned promtool the alert-rule tests run

bin/promtool:
	GOBIN=$(CURDIR)/bin $(GO) install github.com/prometheus/prometheus/cmd/promtool@$(PROMTOOL_VERSION)

bench: ## backfill, head latency, reorg and rebuild benchmarks against the raw limit (table + bench/results/*.json)
	$(GO) run ./bench/cmd/benchrun

contracts: ## recompile the Solidity contracts and regenerate ABIs, bytecode and Go bindings
	./contracts/generate.sh
