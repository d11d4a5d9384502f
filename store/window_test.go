package store_test

import (
	"context"
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/didx/didx/store"
)

// TestWindows commits random transfers in batches grouped into windows of random sizes, some
// of them rolled back and redone, one cut short by a batch on a moved checkpoint, and checks
// after every step that readers see exactly the committed windows: the checkpoint, the
// transfer rows and every balance, against sums kept in Go. A third of the batches end
// without their last block's hash, as after a final range: the window commits with it.
func TestWindows(t *testing.T) {
	st := open(t)
	ctx := context.Background()
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 15))
	holders := []common.Address{{}, {1}, {2}, {3}, {4}, {5}}
	tokens := []common.Address{{0xa}, {0xb}}
	mint := func(b *store.Batch, n uint64, tok, to common.Address, v int64) {
		b.Transfers = append(b.Transfers, store.Transfer{Block: n, BlockHash: common.Hash{byte(n), byte(n >> 8)},
			LogIndex: uint(len(b.Transfers)), Token: tok, To: to, Value: big.NewInt(v)})
	}
	type key struct{ tok, holder common.Address }
	committed := map[key]int64{}
	rows := 0
	// cp is the committed checkpoint; base is what the next batch builds on: cp, or cp without
	// its hash when the batch before ended on a final block whose hash was fetched only for
	// the commit.
	var cp, base *store.Checkpoint
	next := uint64(1)
	// build makes a batch of a few blocks on top of prev, moving balances between holders
	// without ever taking one below zero, as a token would.
	build := func(prev *store.Checkpoint, bal map[key]int64) *store.Batch {
		to := next + uint64(rng.IntN(3))
		b := &store.Batch{ChainID: 1, Prev: prev, Next: store.Checkpoint{Number: to, Hash: hashOf(to)}}
		if rng.IntN(3) == 0 {
			b.Next.Hash = common.Hash{}
		}
		for n := next; n <= to; n++ {
			for range rng.IntN(6) {
				tok := tokens[rng.IntN(len(tokens))]
				from, dest := holders[rng.IntN(len(holders))], holders[rng.IntN(len(holders))]
				v := int64(1 + rng.IntN(100))
				if from != (common.Address{}) {
					v = min(v, bal[key{tok, from}])
				}
				mint(b, n, tok, dest, v)
				b.Transfers[len(b.Transfers)-1].From = from
				if from != (common.Address{}) {
					bal[key{tok, from}] -= v
				}
				if dest != (common.Address{}) {
					bal[key{tok, dest}] += v
				}
			}
		}
		next = to + 1
		return b
	}
	check := func(step string) {
		t.Helper()
		got, err := st.Checkpoint(ctx, 1)
		if err != nil || (cp == nil) != (got == nil) || (cp != nil && *got != *cp) {
			t.Fatalf("%s: checkpoint %+v (%v), want %+v", step, got, err, cp)
		}
		if n := transferRows(t, st); n != rows {
			t.Fatalf("%s: %d transfer rows, want %d", step, n, rows)
		}
		stored := map[key]int64{}
		r, err := st.Pool().Query(ctx, `SELECT token, holder, balance::bigint FROM didx.erc20_balances WHERE chain_id = 1`)
		if err != nil {
			t.Fatal(err)
		}
		for r.Next() {
			var tok, h []byte
			var v int64
			if err := r.Scan(&tok, &h, &v); err != nil {
				t.Fatal(err)
			}
			stored[key{common.BytesToAddress(tok), common.BytesToAddress(h)}] = v
		}
		if err := r.Err(); err != nil {
			t.Fatal(err)
		}
		for k, v := range committed {
			if v != 0 && stored[k] != v {
				t.Fatalf("%s: balance of %x at %x is %d, want %d", step, k.holder[:1], k.tok[:1], stored[k], v)
			}
			delete(stored, k)
		}
		for k, v := range stored {
			t.Fatalf("%s: balance of %x at %x is %d, want none", step, k.holder[:1], k.tok[:1], v)
		}
	}
	for round := 0; round < 40; round++ {
		w, err := st.Begin(ctx, 1)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { w.Rollback(ctx) })
		bal := map[key]int64{}
		for k, v := range committed {
			bal[k] = v
		}
		prev, start, added := base, next, 0
		for range 1 + rng.IntN(5) {
			b := build(prev, bal)
			added += len(b.Transfers)
			if err := w.Add(ctx, b); err != nil {
				t.Fatalf("round %d: add: %v", round, err)
			}
			prev = &b.Next
			check("before the window commits")
		}
		switch p := rng.IntN(10); {
		case p < 2:
			w.Rollback(ctx)
			next = start
			check("after a rollback")
			continue
		case p < 3:
			stale := &store.Checkpoint{Number: prev.Number + 7}
			if err := w.Add(ctx, &store.Batch{ChainID: 1, Prev: stale, Next: store.Checkpoint{Number: prev.Number + 8}}); !errors.Is(err, store.ErrCheckpointMoved) {
				t.Fatalf("round %d: a batch on a moved checkpoint: %v", round, err)
			}
		}
		tip := *prev
		if _, err := w.Commit(ctx, hashOf(tip.Number)); err != nil {
			t.Fatalf("round %d: commit: %v", round, err)
		}
		tip.Hash = hashOf(tip.Number)
		committed, cp, base, rows = bal, &tip, prev, rows+added
		check("after the commit")
	}
	w, err := st.Begin(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	b := build(base, map[key]int64{})
	b.Next.Hash = common.Hash{}
	if err := w.Add(ctx, b); err != nil {
		t.Fatal(err)
	}
	if _, err := w.Commit(ctx, common.Hash{}); err == nil {
		t.Fatal("a checkpoint without a block hash was committed")
	}
	check("after a commit refused for want of the checkpoint's hash")
}

// hashOf is the hash TestWindows gives block n.
func hashOf(n uint64) common.Hash { return common.Hash{byte(n), byte(n >> 8)} }
