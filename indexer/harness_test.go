package indexer_test

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/didx/didx/contracts"
	"github.com/didx/didx/indexer"
	"github.com/didx/didx/internal/simchain"
	"github.com/didx/didx/internal/testenv"
)

func TestMain(m *testing.M) { os.Exit(testenv.Main(m)) }

// harness is a chain with deployed tokens, a fresh database and a way to run the sidecar.
type harness struct {
	t      *testing.T
	chain  *simchain.Chain
	db     string
	tokens []common.Address
	toks   []*contracts.Token
	act    *simchain.Activity
	// endpoints are the RPC URLs the configuration lists; the chain's own by default.
	endpoints []string
}

func newHarness(t *testing.T, ntokens int) *harness {
	t.Helper()
	h := &harness{t: t, chain: testenv.Chain(t, 10), db: testenv.Database(t)}
	ctx := context.Background()
	for i := 0; i < ntokens; i++ {
		addr, tok, err := h.chain.DeployToken(ctx, fmt.Sprintf("Token %d", i), fmt.Sprintf("T%d", i))
		if err != nil {
			t.Fatal(err)
		}
		h.tokens = append(h.tokens, addr)
		h.toks = append(h.toks, tok)
	}
	h.act = h.chain.NewActivity(h.toks, 42)
	h.endpoints = []string{h.chain.URL}
	return h
}

// yaml is a configuration for the harness's chain; extra is appended to the chain's keys
// (indented by four spaces) and contracts to its contracts.
func (h *harness) yaml(extra string, contracts ...common.Address) string {
	var b strings.Builder
	fmt.Fprintf(&b, "database:\n  url: %s\nhttp:\n  listen: 127.0.0.1:0\nchains:\n  - id: %d\n    poll_interval: 50ms\n    rpc:\n",
		h.db, simchain.ChainID)
	for i, u := range h.endpoints {
		fmt.Fprintf(&b, "      - url: %s\n        name: ep%d\n", u, i)
	}
	if extra != "" {
		b.WriteString(extra)
	}
	b.WriteString("    contracts:\n")
	for i, a := range append(append([]common.Address{}, h.tokens...), contracts...) {
		fmt.Fprintf(&b, "      - name: c%d\n        kind: erc20\n        address: \"%s\"\n", i, a.Hex())
	}
	return b.String()
}

func (h *harness) config(extra string, contracts ...common.Address) *indexer.Config {
	h.t.Helper()
	cfg, err := indexer.ParseConfig("test.yaml", []byte(h.yaml(extra, contracts...)), func(string) string { return "" })
	if err != nil {
		h.t.Fatal(err)
	}
	return cfg
}

func testLog(t *testing.T) zerolog.Logger {
	return zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.InfoLevel)
}

// run starts the sidecar; the returned stop ends it and waits for it to exit.
func (h *harness) run(cfg *indexer.Config, opts ...func(*indexer.ServiceOptions)) (*indexer.Service, func()) {
	h.t.Helper()
	o := indexer.ServiceOptions{Log: testLog(h.t)}
	for _, f := range opts {
		f(&o)
	}
	ctx, cancel := context.WithCancel(context.Background())
	svc, err := indexer.NewService(ctx, cfg, "test.yaml", o)
	if err != nil {
		cancel()
		h.t.Fatal(err)
	}
	if _, err := svc.Listen(); err != nil {
		cancel()
		h.t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- svc.Run(ctx) }()
	stopped := false
	stop := func() {
		if stopped {
			return
		}
		stopped = true
		cancel()
		if err := <-done; err != nil {
			h.t.Errorf("service: %v", err)
		}
	}
	h.t.Cleanup(stop)
	return svc, stop
}

func (h *harness) head() uint64 {
	h.t.Helper()
	n, err := h.chain.Head(context.Background())
	if err != nil {
		h.t.Fatal(err)
	}
	return n
}

// waitHead waits until the checkpoint reaches the chain's head.
func (h *harness) waitHead(timeout time.Duration) {
	h.t.Helper()
	testenv.Eventually(h.t, timeout, func() error {
		n, _, _ := testenv.Checkpoint(h.t, h.db, simchain.ChainID)
		if head := h.head(); n < head {
			return fmt.Errorf("checkpoint %d, head %d", n, head)
		}
		return nil
	})
}

// waitSynced waits until the checkpoint reaches the chain's head and the state matches it.
func (h *harness) waitSynced(timeout time.Duration) uint64 {
	h.t.Helper()
	testenv.Eventually(h.t, timeout, func() error {
		n, _, ok := testenv.Checkpoint(h.t, h.db, simchain.ChainID)
		if head := h.head(); !ok || n < head {
			return fmt.Errorf("checkpoint %d, head %d", n, head)
		}
		return testenv.StateError(h.db, h.chain, simchain.ChainID, h.tokens)
	})
	return testenv.CheckState(h.t, h.db, h.chain, simchain.ChainID, h.tokens)
}
