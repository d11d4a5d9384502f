# didx: the commands a developer and CI use. `make help` lists them.
GO ?= go
BIN ?= bin/didx

.PHONY: help build image run test lint contracts bench

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-10s %s\n", $$1, $$2}'

# Binaries are built without cgo, as the production image is: the command tests then run the
# build the image ships, and `make run`, `make build` and the tests share one compile.
NOCGO = CGO_ENABLED=0

build: ## build the didx binary into bin/
	$(NOCGO) $(GO) build -buildvcs=auto -o $(BIN) ./cmd/didx

image: ## build the production binary (no embedded dev environment) into bin/didx, as the Dockerfile does
	$(NOCGO) $(GO) build -buildvcs=auto -tags nodev -trimpath -ldflags "-s -w" -o $(BIN) ./cmd/didx

run: ## run didx on its embedded default (private PostgreSQL + dev chain), no config needed
	$(NOCGO) $(GO) run ./cmd/didx dev

# The tests are built once, with the race detector and without the embedded dev environment
# (-tags nodev); the test chain (simnode), the binary the command tests run and the dev build are
# built once, without the detector and without cgo, as the image is: the simulated backend, most
# of the compile, is then compiled once, and the detector examines didx's code in the indexer,
# rpc and store tests. lint has vetted every package with the same flags, so go test does not
# vet them again.
SIMNODE = $(CURDIR)/bin/simnode

test: lint ## vet, format check, every test against PostgreSQL and a real EVM, under the race detector
	$(NOCGO) $(GO) build -o $(SIMNODE) ./internal/cmd/simnode
	DIDX_SIMNODE=$(SIMNODE) $(GO) test -race -tags nodev -count=1 -vet=off -timeout 25m ./...

lint: ## go vet and gofmt
	$(GO) vet -race -tags nodev ./...
	$(NOCGO) $(GO) vet ./cmd/didx ./internal/devenv ./internal/simnode ./internal/cmd/simnode
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

bench: ## backfill, head latency, reorg and rebuild benchmarks against the fetch and ingest limits (table + bench/results/*.json)
	$(GO) run ./bench/cmd/benchrun

contracts: ## recompile the Solidity contracts and regenerate ABIs, bytecode and Go bindings
	./contracts/generate.sh
