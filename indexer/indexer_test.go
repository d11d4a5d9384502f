package indexer_test

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/didx/didx/internal/testenv"
)

func TestIndexesTransfersAndBalances(t *testing.T) {
	h := newHarness(t, 3)
	ctx := context.Background()
	rogueAddr, rogue, err := h.chain.DeployRogue(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := h.act.Blocks(ctx, 150, 6); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		if _, err := rogue.EmitNFTTransfer(h.chain.Transactor(2, 200_000), h.chain.Accounts[1], h.chain.Accounts[2], big.NewInt(int64(i))); err != nil {
			t.Fatal(err)
		}
	}
	h.chain.Commit()

	_, _ = h.run(h.config("    fetch:\n      range: 7\n      batch_blocks: 20\n", rogueAddr))
	cp := h.waitSynced(60 * time.Second)
	t.Logf("caught up to block %d", cp)

	// Live: blocks mined while didx follows the head are indexed.
	if err := testenv.Every(ctx, 30*time.Millisecond, 20, func(int) error { return h.act.Blocks(ctx, 1, 4) }); err != nil {
		t.Fatal(err)
	}
	cp2 := h.waitSynced(30 * time.Second)
	if cp2 < cp+20 {
		t.Fatalf("checkpoint %d after 20 live blocks on top of %d", cp2, cp)
	}

	conn := testenv.Conn(t, h.db)
	var bad int
	var handler, reason string
	if err := conn.QueryRow(ctx, `SELECT count(*), min(handler), min(error) FROM didx.undecodable_logs WHERE address = $1`,
		rogueAddr.Bytes()).Scan(&bad, &handler, &reason); err != nil {
		t.Fatal(err)
	}
	if bad != 3 || handler != "erc20" {
		t.Fatalf("undecodable logs: %d by %q (%s), want 3 by erc20", bad, handler, reason)
	}
}

func TestUndecodableLogsAreCounted(t *testing.T) {
	h := newHarness(t, 1)
	ctx := context.Background()
	rogueAddr, rogue, err := h.chain.DeployRogue(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := rogue.EmitNFTTransfer(h.chain.Transactor(2, 200_000), h.chain.Accounts[1], h.chain.Accounts[2], big.NewInt(7)); err != nil {
		t.Fatal(err)
	}
	if err := h.act.Blocks(ctx, 5, 3); err != nil {
		t.Fatal(err)
	}
	svc, _ := h.run(h.config("", rogueAddr))
	h.waitSynced(30 * time.Second)
	got := testutil.ToFloat64(svc.Metrics().HandlerErrs.WithLabelValues(fmt.Sprint(1337), "erc20"))
	if got != 1 {
		t.Fatalf("didx_handler_errors_total = %v, want 1", got)
	}
}
