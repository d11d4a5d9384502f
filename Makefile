# didx: the commands a developer and CI use. `make help` lists them.
GO ?= go
BIN ?= bin/didx

.PHONY: help build image run test lint contracts bench

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-10s %s\n", $$1, $$2}'

build: ## build the didx binary into bin/
	$(GO) build -buildvcs=auto -o $(BIN) ./cmd/didx

image: ## build the production binary (no embedded dev environment) into bin/didx, as the Dockerfile does
	CGO_ENABLED=0 $(GO) build -buildvcs=auto -tags nodev -trimpath -ldflags "-s -w" -o $(BIN) ./cmd/didx

run: ## run didx on its embedded default (private PostgreSQL + dev chain), no config needed
	$(GO) run ./cmd/didx dev

# The concurrent packages run once, under the race detector, beside the others.
RACE_PKGS = ./rpc/... ./store/... ./indexer/...

test: lint ## vet, format check, every test against PostgreSQL and a real EVM; the concurrent packages under the race detector
	@$(GO) test -race -count=1 -timeout 20m $(RACE_PKGS) & race=$$!; \
	$(GO) test -count=1 -timeout 20m $$($(GO) list ./... | grep -v -e '/rpc$$' -e '/store$$' -e '/indexer$$'); plain=$$?; \
	wait $$race; raced=$$?; \
	[ $$plain -eq 0 ] && [ $$raced -eq 0 ]

lint: ## go vet and gofmt
	$(GO) vet ./...
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

bench: ## backfill, head latency, reorg and rebuild benchmarks against the raw limit (table + bench/results/*.json)
	$(GO) run ./bench/cmd/benchrun

contracts: ## recompile the Solidity contracts and regenerate ABIs, bytecode and Go bindings
	./contracts/generate.sh
