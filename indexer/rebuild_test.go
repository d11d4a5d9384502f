package indexer_test

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/didx/didx/indexer"
	"github.com/didx/didx/internal/testenv"
)

// consistent checks, in one snapshot, that the live tables of chain 1337 agree with each other:
// every balance equals what the transfers imply, and no row lies above the checkpoint. A reader
// that saw a half-swapped state would fail it.
func consistent(ctx context.Context, conn *pgx.Conn) error {
	tx, err := conn.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	var cp, maxBlock, bad, transfers int64
	err = tx.QueryRow(ctx, `SELECT
		(SELECT coalesce(max(block_number), -1) FROM didx.checkpoints WHERE chain_id = 1337),
		(SELECT coalesce(max(block_number), -1) FROM didx.erc20_transfers WHERE chain_id = 1337),
		(SELECT count(*) FROM didx.erc20_transfers WHERE chain_id = 1337),
		(SELECT count(*) FROM (
			SELECT token, holder, sum(v) AS v FROM (
				SELECT token, to_address AS holder, value AS v FROM didx.erc20_transfers WHERE chain_id = 1337
				UNION ALL SELECT token, from_address, -value FROM didx.erc20_transfers WHERE chain_id = 1337) d
			WHERE holder <> '\x0000000000000000000000000000000000000000'::bytea GROUP BY token, holder) c
			FULL JOIN (SELECT token, holder, balance FROM didx.erc20_balances WHERE chain_id = 1337) b
			USING (token, holder)
			WHERE coalesce(c.v, 0) <> coalesce(b.balance, 0))`).Scan(&cp, &maxBlock, &transfers, &bad)
	if err != nil {
		return err
	}
	if transfers == 0 || maxBlock > cp || bad > 0 {
		return fmt.Errorf("partial state: checkpoint %d, newest transfer block %d, %d transfers, %d balances off", cp, maxBlock, transfers, bad)
	}
	return nil
}

// TestRebuildWhileSidecarRuns corrupts the indexed state (consistently, so readers see a
// consistent but wrong state), rebuilds the chain while the sidecar runs and a reader checks
// the state in a loop: the reader never sees a partial state, the rebuilt state equals the
// chain, and the sidecar indexes on from it.
func TestRebuildWhileSidecarRuns(t *testing.T) {
	h := newHarness(t, 3)
	ctx := context.Background()
	if err := h.act.Blocks(ctx, 80, 5); err != nil {
		t.Fatal(err)
	}
	cfg := h.config("    fetch:\n      range: 10\n      max_range: 10\n")
	cfg.Lease.TTL = time.Second
	svc, _ := h.run(cfg)
	h.waitSynced(30 * time.Second)

	conn := testenv.Conn(t, h.db)
	// Lose block 40's transfers and their balance effects.
	if _, err := conn.Exec(ctx, `WITH gone AS (DELETE FROM didx.erc20_transfers WHERE chain_id = 1337 AND block_number = 40
			RETURNING token, from_address, to_address, value),
		d AS (SELECT token, to_address AS holder, -value AS v FROM gone UNION ALL SELECT token, from_address, value FROM gone)
		UPDATE didx.erc20_balances b SET balance = b.balance + x.v
		FROM (SELECT token, holder, sum(v) AS v FROM d GROUP BY token, holder) x
		WHERE b.chain_id = 1337 AND b.token = x.token AND b.holder = x.holder`); err != nil {
		t.Fatal(err)
	}
	if err := testenv.StateError(h.db, h.chain, 1337, h.tokens); err == nil {
		t.Fatal("the corruption did not take")
	}

	readerCtx, stopReader := context.WithCancel(ctx)
	var reads atomic.Int64
	var readErr error
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		rc, err := pgx.Connect(ctx, h.db)
		if err != nil {
			readErr = err
			return
		}
		defer rc.Close(ctx)
		for readerCtx.Err() == nil {
			if err := consistent(readerCtx, rc); err != nil && readerCtx.Err() == nil {
				readErr = err
				return
			}
			reads.Add(1)
		}
	}()
	producing, stopProducing := context.WithCancel(ctx)
	wg.Add(1)
	go func() {
		defer wg.Done()
		_ = testenv.Every(producing, 50*time.Millisecond, 0, func(int) error { return h.act.Blocks(ctx, 1, 2) })
	}()

	var reported atomic.Int64
	wg.Add(1)
	go func() {
		defer wg.Done()
		_ = testenv.Every(readerCtx, 10*time.Millisecond, 0, func(int) error {
			reported.Store(max(reported.Load(), int64(testutil.ToFloat64(svc.Metrics().Rebuild.WithLabelValues("1337")))))
			return nil
		})
	}()
	// The rebuild reads the chain through a proxy that holds each answer back, so that it runs
	// over several of the sidecar's lease renewals, each of which reports it.
	slow := testenv.NewProxy(t, h.chain.URL)
	slow.Set(testenv.Fault{Delay: 20 * time.Millisecond})
	h.endpoints = []string{slow.URL}
	rcfg := h.config("    fetch:\n      range: 10\n      max_range: 10\n")
	rcfg.Lease.TTL = cfg.Lease.TTL
	res, err := indexer.Rebuild(ctx, rcfg, 1337, indexer.RebuildOptions{Log: testLog(t)})
	stopProducing()
	stopReader()
	wg.Wait()
	if reported.Load() == 0 {
		t.Error("the sidecar never reported the running rebuild in didx_rebuild_remaining_blocks")
	}
	if err != nil {
		t.Fatal(err)
	}
	if readErr != nil {
		t.Fatalf("a reader saw: %v", readErr)
	}
	t.Logf("rebuilt to %d (%d rows) in %s; the reader checked %d snapshots", res.Checkpoint, res.Rows, res.Took.Round(time.Millisecond), reads.Load())
	if err := h.act.Blocks(ctx, 5, 3); err != nil {
		t.Fatal(err)
	}
	cp := h.waitSynced(30 * time.Second)
	if cp <= res.Checkpoint {
		t.Fatalf("sidecar did not index on from the rebuilt state: %d", cp)
	}
	if st := svc.Chains()[0].Status(); !st.Writing {
		t.Fatalf("sidecar is not writing after the rebuild: %+v", st)
	}
	if v := testutil.ToFloat64(svc.Metrics().Rebuild.WithLabelValues("1337")); v != 0 {
		t.Fatalf("didx_rebuild_remaining_blocks = %v after the rebuild", v)
	}
}
