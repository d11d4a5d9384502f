package indexer_test

import (
	"context"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"

	"github.com/didx/didx/internal/simchain"
	"github.com/didx/didx/internal/testenv"
)

// seed is a random seed for a test's faults, printed so a failure can be replayed.
func seed(t *testing.T) uint64 {
	s := rand.Uint64()
	t.Logf("fault seed %d", s)
	return s
}

// TestSoleMisbehavingEndpoint indexes through endpoints that lie, with no honest endpoint to
// fall back on: each run must end exact and caught up, backlog and live blocks alike. The
// subtests under verify: none guard rules that must hold without any proof (a null result or
// a duplicate answer is garbage, not "no logs").
func TestSoleMisbehavingEndpoint(t *testing.T) {
	lying := 0.5
	cases := []struct {
		name   string
		lies   testenv.Lies
		verify string
		// dead adds an endpoint that never answers.
		dead bool
	}{
		{name: "empties, thins and cuts eth_getLogs", lies: testenv.Lies{Logs: lying}},
		{name: "lies beside a dead endpoint", lies: testenv.Lies{Logs: lying}, dead: true},
		{name: "lies, and headers without logsBloom", lies: testenv.Lies{Logs: lying, NoBloom: 0.05}},
		{name: "lies, without eth_getBlockReceipts", lies: testenv.Lies{Logs: lying, NoBlockReceipts: true}},
		{name: "lies, and receipts that do not match", lies: testenv.Lies{Logs: lying, Receipts: 0.05}},
		{name: "null results", lies: testenv.Lies{NullLogs: lying}, verify: "none"},
		{name: "duplicate batch ids", lies: testenv.Lies{DuplicateID: lying}, verify: "none"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, 3)
			ctx := context.Background()
			if err := h.act.Blocks(ctx, 60, 6); err != nil {
				t.Fatal(err)
			}
			liar := testenv.NewProxy(t, h.chain.URL)
			c.lies.Seed = seed(t)
			liar.Set(testenv.Fault{Lies: c.lies})
			h.endpoints = []string{liar.URL}
			if c.dead {
				dead := testenv.NewProxy(t, h.chain.URL)
				dead.Set(testenv.Fault{Down: true})
				h.endpoints = append(h.endpoints, dead.URL)
			}
			extra := "    fetch:\n      range: 5\n      max_range: 10\n"
			if c.verify != "" {
				extra += "    verify: " + c.verify + "\n"
			}
			h.run(h.config(extra))
			h.waitSynced(90 * time.Second)
			if err := testenv.Every(ctx, 50*time.Millisecond, 20, func(int) error { return h.act.Blocks(ctx, 1, 6) }); err != nil {
				t.Fatal(err)
			}
			h.waitSynced(90 * time.Second)
		})
	}
}

// TestOneOfTwoEndpointsLies checks a quorum with a liar in it: the state is exact, the liar is
// caught and counted, the honest endpoint is not.
func TestOneOfTwoEndpointsLies(t *testing.T) {
	h := newHarness(t, 3)
	ctx := context.Background()
	if err := h.act.Blocks(ctx, 60, 6); err != nil {
		t.Fatal(err)
	}
	liar, honest := testenv.NewProxy(t, h.chain.URL), testenv.NewProxy(t, h.chain.URL)
	liar.Set(testenv.Fault{Lies: testenv.Lies{Seed: seed(t), Logs: 0.5}})
	h.endpoints = []string{liar.URL, honest.URL}
	svc, _ := h.run(h.config("    fetch:\n      range: 5\n      max_range: 10\n"))
	h.waitSynced(90 * time.Second)
	if err := testenv.Every(ctx, 50*time.Millisecond, 20, func(int) error { return h.act.Blocks(ctx, 1, 6) }); err != nil {
		t.Fatal(err)
	}
	h.waitSynced(90 * time.Second)
	_, body := get(t, svc, "/metrics")
	if n := series(body, `didx_rpc_contradictions_total{chain="1337",endpoint="ep0"}`); n == 0 {
		t.Fatalf("the liar was never caught:\n%s", grep(body, "contradictions"))
	}
	if n := series(body, `didx_rpc_contradictions_total{chain="1337",endpoint="ep1"}`); n != 0 {
		t.Fatalf("the honest endpoint was counted %v times", n)
	}
}

// TestQuorumOfTwoLiars gives the chain two endpoints that tell the same lies, as two names of
// one faulty backend would: their quorum passes and false rows are committed. Once one of them
// is honest again, the other is caught, and every recent range the pair proved is indexed
// again, so the state ends exact.
func TestQuorumOfTwoLiars(t *testing.T) {
	h := newHarness(t, 3)
	ctx := context.Background()
	if err := h.act.Blocks(ctx, 30, 6); err != nil {
		t.Fatal(err)
	}
	a, b := testenv.NewProxy(t, h.chain.URL), testenv.NewProxy(t, h.chain.URL)
	lies := testenv.Fault{Lies: testenv.Lies{Seed: seed(t), Logs: 1, Always: true}}
	a.Set(lies)
	b.Set(lies)
	h.endpoints = []string{a.URL, b.URL}
	svc, _ := h.run(h.config("    fetch:\n      range: 5\n      max_range: 10\n"))
	h.waitHead(60 * time.Second)
	if testenv.StateError(h.db, h.chain, simchain.ChainID, h.tokens) == nil {
		t.Fatal("two agreeing liars left the state exact: the test cannot tell a re-proof from none")
	}
	b.Set(testenv.Fault{})
	if err := h.act.Blocks(ctx, 5, 6); err != nil {
		t.Fatal(err)
	}
	h.waitSynced(90 * time.Second)
	_, body := get(t, svc, "/metrics")
	if n := series(body, `didx_reproven_blocks_total{chain="1337"}`); n == 0 {
		t.Fatalf("no block was indexed again:\n%s", grep(body, "reproven"))
	}
}

// TestUnprovableBlockIsNotCommitted gives the chain one endpoint that lies on every eth_getLogs
// answer with logs and on every receipts answer: nothing can prove the first block with logs,
// so the checkpoint stays below it, /readyz says why, and what was committed is exact.
func TestUnprovableBlockIsNotCommitted(t *testing.T) {
	h := newHarness(t, 2)
	ctx := context.Background()
	if err := h.act.Blocks(ctx, 20, 3); err != nil {
		t.Fatal(err)
	}
	first, err := h.chain.Client().FilterLogs(ctx, ethereum.FilterQuery{Addresses: h.tokens})
	if err != nil || len(first) == 0 {
		t.Fatalf("no transfer on the chain: %v", err)
	}
	block := first[0].BlockNumber
	liar := testenv.NewProxy(t, h.chain.URL)
	liar.Set(testenv.Fault{Lies: testenv.Lies{Seed: seed(t), Logs: 1, Receipts: 1, Always: true}})
	h.endpoints = []string{liar.URL}
	svc, _ := h.run(h.config("    readiness_lag: 1000\n"))
	waitReady(t, svc, "/readyz?lag=1", 503, "cannot prove complete the logs of blocks")
	n, _, ok := testenv.Checkpoint(t, h.db, simchain.ChainID)
	if ok && n >= block {
		t.Fatalf("checkpoint %d, but block %d cannot be proven", n, block)
	}
	if ok {
		testenv.CheckState(t, h.db, h.chain, simchain.ChainID, h.tokens)
	}
	if rows := countRows(t, h.db, "erc20_transfers"); rows != 0 {
		t.Fatalf("%d transfers committed below the first block with transfers", rows)
	}
	liar.Set(testenv.Fault{})
	h.waitSynced(60 * time.Second)
	waitReady(t, svc, "/readyz?lag=1", 200, `"ready": true`)
}

// TestNegativeBalanceIsReported tampers with the indexed balances, as a lost log would: the
// next transfers drive them below zero, which is counted and makes the chain degraded.
func TestNegativeBalanceIsReported(t *testing.T) {
	h := newHarness(t, 2)
	ctx := context.Background()
	if err := h.act.Blocks(ctx, 10, 6); err != nil {
		t.Fatal(err)
	}
	svc, _ := h.run(h.config(""))
	h.waitSynced(30 * time.Second)
	conn := testenv.Conn(t, h.db)
	if _, err := conn.Exec(ctx, `UPDATE didx.erc20_balances SET balance = 0`); err != nil {
		t.Fatal(err)
	}
	conn.Close(ctx)
	if err := h.act.Blocks(ctx, 3, 6); err != nil {
		t.Fatal(err)
	}
	h.waitHead(30 * time.Second)
	waitReady(t, svc, "/readyz?lag=1", 200, "went negative (a lost log?): run didx validate")
	_, body := get(t, svc, "/metrics")
	if n := series(body, `didx_negative_balances_total{chain="1337"}`); n == 0 {
		t.Fatalf("no negative balance counted:\n%s", grep(body, "negative"))
	}
	if st := svc.Chains()[0].Status(); st.State != "degraded" {
		t.Fatalf("state %q, want degraded", st.State)
	}
}

// series is the value of the line of a /metrics body that starts with name and labels, 0
// when there is none.
func series(body, name string) float64 {
	for _, l := range strings.Split(body, "\n") {
		if v, ok := strings.CutPrefix(l, name+" "); ok {
			f, err := strconv.ParseFloat(v, 64)
			if err == nil {
				return f
			}
		}
	}
	return 0
}

// TestFinalBlocksWithoutHeaders backfills through two honest endpoints: blocks below the
// finalized one are fetched without headers, proven by the endpoints' identical answers, a
// header asked only for the last block of a commit window, and the state is exact; the newest
// blocks still come with every header.
func TestFinalBlocksWithoutHeaders(t *testing.T) {
	h := newHarness(t, 2)
	ctx := context.Background()
	if err := h.act.Blocks(ctx, 150, 3); err != nil {
		t.Fatal(err)
	}
	a, b := testenv.NewProxy(t, h.chain.URL), testenv.NewProxy(t, h.chain.URL)
	h.endpoints = []string{a.URL, b.URL}
	svc, _ := h.run(h.config("    fetch:\n      range: 10\n      max_range: 10\n"))
	cp := h.waitSynced(90 * time.Second)
	headers := a.Count("eth_getBlockByNumber") + b.Count("eth_getBlockByNumber")
	_, body := get(t, svc, "/metrics")
	fin := series(body, `didx_finalized_block{chain="1337"}`)
	t.Logf("%d blocks, finalized %v: %d header calls", cp, fin, headers)
	if fin < 50 {
		t.Fatalf("finalized block %v: too few final blocks for the test to prove anything", fin)
	}
	if finalRanges := fin / 10; float64(headers) >= float64(cp)-fin+finalRanges {
		t.Fatalf("%d header calls for %d blocks, %v of them final in %v ranges: more than one per final range", headers, cp, fin, finalRanges)
	}
}
