package indexer_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/didx/didx/indexer"
	"github.com/didx/didx/internal/testenv"
)

// reorg replaces the newest depth blocks with depth+1 new blocks carrying other transfers, and
// checks that the simulated chain grew by one block, so a chain that lost blocks is not taken
// for an indexer that failed to follow it.
func (h *harness) reorg(depth int, perBlock int) {
	h.t.Helper()
	ctx := context.Background()
	before := h.head()
	if err := h.chain.Reorg(ctx, uint64(depth)); err != nil {
		h.t.Fatal(err)
	}
	if err := h.act.Blocks(ctx, depth+1, perBlock); err != nil {
		h.t.Fatal(err)
	}
	if after := h.head(); after != before+1 {
		h.t.Fatalf("the simulated chain is at %d after a reorg of depth %d at %d and %d new blocks", after, depth, before, depth+1)
	}
}

func reorgCount(t *testing.T, db string) (n int, minDepth, maxDepth int64) {
	t.Helper()
	ctx := context.Background()
	conn := testenv.Conn(t, db)
	defer conn.Close(context.Background())
	if err := conn.QueryRow(ctx, `SELECT count(*), coalesce(min(depth), 0), coalesce(max(depth), 0) FROM didx.reorgs`).
		Scan(&n, &minDepth, &maxDepth); err != nil {
		t.Fatal(err)
	}
	return n, minDepth, maxDepth
}

func TestReorgsAtTip(t *testing.T) {
	h := newHarness(t, 2)
	ctx := context.Background()
	if err := h.act.Blocks(ctx, 25, 3); err != nil {
		t.Fatal(err)
	}
	svc, _ := h.run(h.config(""))
	h.waitSynced(30 * time.Second)
	for depth := 1; depth <= 20; depth++ {
		h.reorg(depth, 3)
		h.waitSynced(30 * time.Second)
		if r := svc.Chains()[0].Status().LastReorg; r != nil && depth%5 == 0 {
			t.Logf("depth %d: repaired to ancestor %d in %.2f ms, %d rows removed", r.Depth, r.Ancestor, r.RepairMS, r.RowsRemoved)
		}
	}
	n, lo, hi := reorgCount(t, h.db)
	if n < 20 {
		t.Fatalf("%d reorgs repaired, want 20", n)
	}
	t.Logf("%d reorgs repaired, depth %d to %d", n, lo, hi)
}

func TestReorgDuringCatchUp(t *testing.T) {
	h := newHarness(t, 2)
	ctx := context.Background()
	if err := h.act.Blocks(ctx, 120, 4); err != nil {
		t.Fatal(err)
	}
	h.run(h.config("    fetch:\n      range: 4\n      max_range: 8\n      batch_blocks: 8\n"))
	_ = testenv.Every(ctx, 40*time.Millisecond, 6, func(i int) error { h.reorg(3+2*i, 4); return nil })
	h.waitSynced(60 * time.Second)
}

// TestReorgToShorterChain replaces the tip with fewer blocks and mines nothing more: the indexed
// tip is above every endpoint's head, and only a check of the block at the head shows that the
// rows above it left the chain.
func TestReorgToShorterChain(t *testing.T) {
	h := newHarness(t, 2)
	ctx := context.Background()
	if err := h.act.Blocks(ctx, 20, 3); err != nil {
		t.Fatal(err)
	}
	h.run(h.config(""))
	h.waitSynced(30 * time.Second)
	if err := h.chain.Reorg(ctx, 5); err != nil {
		t.Fatal(err)
	}
	if err := h.act.Blocks(ctx, 2, 2); err != nil {
		t.Fatal(err)
	}
	h.waitSynced(30 * time.Second)
	if n, lo, _ := reorgCount(t, h.db); n != 1 || lo < 2 {
		t.Fatalf("%d reorgs of depth %d, want one of depth at least 2", n, lo)
	}
}

// TestRandomizedReorgs interleaves 100 reorgs of random depth with transfers, mints
// and burns while didx follows the chain; at the end the tables equal the canonical chain. The
// reorgs stay above the simulated beacon's finalized block (simchain.ReorgRoom).
func TestRandomizedReorgs(t *testing.T) {
	h := newHarness(t, 3)
	ctx := context.Background()
	if err := h.act.Blocks(ctx, 30, 3); err != nil {
		t.Fatal(err)
	}
	h.run(h.config(""))
	seed := uint64(time.Now().UnixNano())
	rng := rand.New(rand.NewPCG(seed, 3))
	applied, lo, hi := 0, 1<<30, 0
	for applied < 100 {
		room, err := h.chain.ReorgRoom(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if room == 0 {
			if err := h.act.Blocks(ctx, 1, 2); err != nil {
				t.Fatal(err)
			}
			continue
		}
		depth := 1 + rng.IntN(min(12, int(room)))
		h.reorg(depth, 1+rng.IntN(3))
		applied++
		lo, hi = min(lo, depth), max(hi, depth)
		if extra := rng.IntN(3); extra > 0 {
			if err := h.act.Blocks(ctx, extra, 2); err != nil {
				t.Fatal(err)
			}
		}
		switch {
		case applied%25 == 0:
			h.waitSynced(30 * time.Second)
		case rng.IntN(3) > 0:
			h.waitHead(30 * time.Second)
		}
	}
	h.waitSynced(60 * time.Second)
	n, _, _ := reorgCount(t, h.db)
	t.Logf("seed %d: applied %d reorgs of depth %d to %d; didx detected and repaired %d (reorgs that landed between two polls merge)",
		seed, applied, lo, hi, n)
}

func TestReorgWhileStopped(t *testing.T) {
	h := newHarness(t, 2)
	ctx := context.Background()
	if err := h.act.Blocks(ctx, 20, 4); err != nil {
		t.Fatal(err)
	}
	_, stop := h.run(h.config(""))
	h.waitSynced(30 * time.Second)
	stop()
	h.reorg(6, 4)
	if n, _, _ := reorgCount(t, h.db); n != 0 {
		t.Fatalf("%d reorgs before restart", n)
	}
	h.run(h.config(""))
	h.waitSynced(30 * time.Second)
	if n, lo, _ := reorgCount(t, h.db); n != 1 || lo != 6 {
		t.Fatalf("after restart: %d reorgs of depth %d, want one of depth 6", n, lo)
	}
}

func TestFinalityViolationHalts(t *testing.T) {
	h := newHarness(t, 2)
	ctx := context.Background()
	if err := h.act.Blocks(ctx, 20, 3); err != nil {
		t.Fatal(err)
	}
	extra := "    finality:\n      depth: 3\n"
	svc, stop := h.run(h.config(extra))
	before := h.waitSynced(30 * time.Second)
	transfers := countRows(t, h.db, "erc20_transfers")

	h.reorg(8, 3)
	testenv.Eventually(t, 30*time.Second, func() error {
		if v := testutil.ToFloat64(svc.Metrics().Violation.WithLabelValues("1337")); v != 1 {
			return fmt.Errorf("didx_finality_violation = %v", v)
		}
		return nil
	})
	st := svc.Chains()[0].Status()
	if st.State != "halted" || st.Violation == nil || st.Violation.Stored == st.Violation.Canonical {
		t.Fatalf("status after violation: %+v", st)
	}
	resp, err := http.Get(fmt.Sprintf("http://%s/readyz?lag=1", svc.Addr()))
	if err != nil {
		t.Fatal(err)
	}
	var body map[string]any
	_ = json.NewDecoder(resp.Body).Decode(&body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable {
		t.Fatalf("/readyz = %d %v, want 503", resp.StatusCode, body)
	}
	if err := h.act.Blocks(ctx, 3, 2); err != nil {
		t.Fatal(err)
	}
	// Once the halted chain has seen the new head, it still writes nothing.
	testenv.Eventually(t, 10*time.Second, func() error {
		if st := svc.Chains()[0].Status(); st.Head < h.head() {
			return fmt.Errorf("head %d not seen yet", h.head())
		}
		return nil
	})
	if n, _, _ := testenv.Checkpoint(t, h.db, 1337); n != before || countRows(t, h.db, "erc20_transfers") != transfers {
		t.Fatalf("halted chain wrote: checkpoint %d (was %d)", n, before)
	}
	stop()

	// An operator who accepts the violation restarts with the flag: the chain is repaired exactly.
	h.run(h.config(extra), func(o *indexer.ServiceOptions) { o.AcceptFinalityViolation = true })
	h.waitSynced(30 * time.Second)
}

// TestReorgToTheFinalizedBlock replaces every block above the finalized one: the ancestor is
// the finalized block itself, which the recorded window must hold for the repair.
func TestReorgToTheFinalizedBlock(t *testing.T) {
	h := newHarness(t, 2)
	ctx := context.Background()
	if err := h.act.Blocks(ctx, 20, 3); err != nil {
		t.Fatal(err)
	}
	svc, _ := h.run(h.config("    finality:\n      depth: 3\n"))
	h.waitSynced(30 * time.Second)
	testenv.Eventually(t, 10*time.Second, func() error {
		if f, head := svc.Chains()[0].Status().Finalized, h.head(); f != head-3 {
			return fmt.Errorf("finalized %d, want %d", f, head-3)
		}
		return nil
	})
	h.reorg(3, 3)
	h.waitSynced(30 * time.Second)
	if n, lo, _ := reorgCount(t, h.db); n != 1 || lo != 3 {
		t.Fatalf("%d reorgs of depth %d repaired, want one of depth 3", n, lo)
	}
}

// TestBogusFinalized gives the chain two endpoints, one of which calls its newest block
// final: finality follows the honest one, so a reorg above the real finalized block is
// repaired, not taken for a finality violation.
func TestBogusFinalized(t *testing.T) {
	h := newHarness(t, 1)
	ctx := context.Background()
	if err := h.act.Blocks(ctx, 45, 2); err != nil {
		t.Fatal(err)
	}
	bogus, honest := testenv.NewProxy(t, h.chain.URL), testenv.NewProxy(t, h.chain.URL)
	bogus.Set(testenv.Fault{FinalizedIsLatest: true})
	h.endpoints = []string{bogus.URL, honest.URL}
	svc, _ := h.run(h.config("    finality:\n      tag: finalized\n"))
	h.waitSynced(30 * time.Second)
	testenv.Eventually(t, 10*time.Second, func() error {
		if f := svc.Chains()[0].Status().Finalized; f != 32 {
			return fmt.Errorf("finalized %d, want the honest 32", f)
		}
		return nil
	})
	h.reorg(4, 2)
	h.waitSynced(30 * time.Second)
	if n, _, _ := reorgCount(t, h.db); n != 1 {
		t.Fatalf("%d reorgs repaired, want 1", n)
	}
}

func countRows(t *testing.T, db, table string) int {
	t.Helper()
	ctx := context.Background()
	conn := testenv.Conn(t, db)
	defer conn.Close(context.Background())
	var n int
	if err := conn.QueryRow(ctx, "SELECT count(*) FROM didx."+table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestFinalizedTag(t *testing.T) {
	h := newHarness(t, 1)
	ctx := context.Background()
	if err := h.act.Blocks(ctx, 45, 2); err != nil {
		t.Fatal(err)
	}
	svc, _ := h.run(h.config("    finality:\n      tag: finalized\n"))
	h.waitSynced(30 * time.Second)
	testenv.Eventually(t, 10*time.Second, func() error {
		// The simulated beacon finalizes in epochs of 32 blocks.
		if f := svc.Chains()[0].Status().Finalized; f != 32 {
			return fmt.Errorf("finalized %d, want 32", f)
		}
		return nil
	})
	h.reorg(4, 2)
	h.waitSynced(30 * time.Second)
	if n, _, _ := reorgCount(t, h.db); n != 1 {
		t.Fatalf("%d reorgs repaired, want 1", n)
	}
}
