package store_test

import (
	"context"
	"errors"
	"math/big"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/didx/didx/internal/testenv"
	"github.com/didx/didx/store"
)

func TestMain(m *testing.M) { os.Exit(testenv.Main(m)) }

func open(t *testing.T) *store.Store {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, testenv.Database(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(st.Close)
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	return st
}

func batch(prev *store.Checkpoint, n uint64, fence *store.Lease) *store.Batch {
	b := &store.Batch{ChainID: 1, Prev: prev, Next: store.Checkpoint{Number: n, Hash: common.Hash{byte(n)}},
		Transfers: []store.Transfer{{Block: n, BlockHash: common.Hash{byte(n)}, Token: common.Address{1},
			From: common.Address{}, To: common.Address{2}, Value: big.NewInt(10)}}}
	if fence != nil {
		b.Fence = fence.Fence()
	}
	return b
}

// TestFencing: a holder whose lease expired and was taken over is refused by the database when
// it writes, whatever its own clock says, and writes nothing.
func TestFencing(t *testing.T) {
	st := open(t)
	ctx := context.Background()
	ttl := 2 * time.Second
	a, ok, err := st.AcquireLease(ctx, 1, "a", "a-token", ttl, 0)
	if err != nil || !ok || a.Epoch != 1 {
		t.Fatalf("a acquires: %+v %v %v", a, ok, err)
	}
	if _, ok, _ := st.AcquireLease(ctx, 1, "b", "b-token", ttl, 0); ok {
		t.Fatal("b took a live lease")
	}
	if err := st.Commit(ctx, batch(nil, 1, &a)); err != nil {
		t.Fatalf("holder's write: %v", err)
	}
	// a is paused past its lease (as by SIGSTOP): expire it on the database's clock.
	if _, err := st.Pool().Exec(ctx, `UPDATE didx.leases SET expires_at = clock_timestamp() - interval '1 second'`); err != nil {
		t.Fatal(err)
	}
	b, ok, err := st.AcquireLease(ctx, 1, "b", "b-token", ttl, 0)
	if err != nil || !ok || b.Epoch != 2 {
		t.Fatalf("b takes over: %+v %v %v", b, ok, err)
	}
	prev := &store.Checkpoint{Number: 1, Hash: common.Hash{1}}
	err = st.Commit(ctx, batch(prev, 2, &a))
	if !errors.Is(err, store.ErrLeaseLost) {
		t.Fatalf("stale holder's write: %v, want ErrLeaseLost", err)
	}
	if ok, _ := st.RenewLease(ctx, a, ttl); ok {
		t.Fatal("stale holder renewed")
	}
	if cp, _ := st.Checkpoint(ctx, 1); cp.Number != 1 {
		t.Fatalf("checkpoint %d after a refused write", cp.Number)
	}
	if err := st.Commit(ctx, batch(prev, 2, &b)); err != nil {
		t.Fatalf("new holder's write: %v", err)
	}
	if rows := transferRows(t, st); rows != 2 {
		t.Fatalf("%d transfer rows, want 2", rows)
	}
}

// TestCheckpointCompareAndSet: a batch built on a checkpoint that moved is refused whole.
func TestCheckpointCompareAndSet(t *testing.T) {
	st := open(t)
	ctx := context.Background()
	if err := st.Commit(ctx, batch(nil, 1, nil)); err != nil {
		t.Fatal(err)
	}
	if err := st.Commit(ctx, batch(nil, 1, nil)); !errors.Is(err, store.ErrCheckpointMoved) {
		t.Fatalf("second first batch: %v", err)
	}
	stale := &store.Checkpoint{Number: 1, Hash: common.Hash{9}}
	if err := st.Commit(ctx, batch(stale, 2, nil)); !errors.Is(err, store.ErrCheckpointMoved) {
		t.Fatalf("batch on a stale checkpoint: %v", err)
	}
	if rows := transferRows(t, st); rows != 1 {
		t.Fatalf("%d rows, want 1", rows)
	}
}

// transferRows counts the indexed transfer rows.
func transferRows(t *testing.T, st *store.Store) int {
	t.Helper()
	var n int
	if err := st.Pool().QueryRow(context.Background(), `SELECT count(*) FROM didx.erc20_transfers`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestRedactURL(t *testing.T) {
	cases := map[string]string{
		"postgres://didx:s3cret@db:5432/didx":        "postgres://didx:xxxxx@db:5432/didx",
		"connect postgres://u:p@h/db failed":         "connect postgres://u:xxxxx@h/db failed",
		"host=db user=didx password=s3cret dbname=x": "host=db user=didx password=xxxxx dbname=x",
		"postgres://didx@db/didx":                    "postgres://didx@db/didx",
	}
	for in, want := range cases {
		if got := store.RedactURL(in); got != want {
			t.Errorf("RedactURL(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestSwapKeepsRegistrations registers a contract while a rebuild runs: the swap keeps it,
// unadopted so the writer adopts and backfills it, and leaves the registry at a version no
// pipeline was built for.
func TestSwapKeepsRegistrations(t *testing.T) {
	st := open(t)
	ctx := context.Background()
	config := store.Contract{Address: common.Address{1}, Kind: "erc20", Source: "config"}
	if _, err := st.Register(ctx, 1, []store.Contract{config}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.StartRebuild(ctx, 1, "rebuild", 0); err != nil {
		t.Fatal(err)
	}
	shadow := st.In(store.Shadow)
	_, err := shadow.Register(ctx, 1, []store.Contract{config})
	if err != nil {
		t.Fatal(err)
	}
	b := batch(nil, 1, nil)
	if b.Registry, err = shadow.RegistryVersion(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if err := shadow.Commit(ctx, b); err != nil {
		t.Fatal(err)
	}
	added := store.Contract{Address: common.Address{2}, Kind: "erc20", Source: "cli"}
	if _, err := st.Register(ctx, 1, []store.Contract{added}); err != nil {
		t.Fatal(err)
	}
	before, err := st.RegistryVersion(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Swap(ctx, 1, func(context.Context, pgx.Tx) error { return nil }); err != nil {
		t.Fatal(err)
	}
	reg, err := st.Registry(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	kept := map[common.Address]bool{}
	for _, c := range reg.Contracts {
		kept[c.Address] = c.Adopted
	}
	if adopted, ok := kept[added.Address]; !ok || adopted || len(kept) != 2 {
		t.Fatalf("after the swap: %+v, want the contract added during the rebuild, not yet adopted", reg.Contracts)
	}
	if reg.Version <= before {
		t.Fatalf("registry version %d after the swap, %d before", reg.Version, before)
	}
}

// TestFirstWindowBalances: the first window of a chain inserts its balances rather than
// upserting them only when the chain holds none; a balance already there (as a contract's
// backfill may leave) is added to.
func TestFirstWindowBalances(t *testing.T) {
	cases := []struct {
		name       string
		held, want int64
	}{
		{"no balance yet", 0, 10},
		{"a balance already held", 5, 15},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			st := open(t)
			ctx := context.Background()
			if c.held != 0 {
				if _, err := st.Pool().Exec(ctx, `INSERT INTO didx.erc20_balances (chain_id, token, holder, balance) VALUES (1, $1, $2, $3)`,
					common.Address{1}.Bytes(), common.Address{2}.Bytes(), c.held); err != nil {
					t.Fatal(err)
				}
			}
			if err := st.Commit(ctx, batch(nil, 1, nil)); err != nil {
				t.Fatal(err)
			}
			var got int64
			if err := st.Pool().QueryRow(ctx, `SELECT balance FROM didx.erc20_balances WHERE chain_id = 1 AND token = $1 AND holder = $2`,
				common.Address{1}.Bytes(), common.Address{2}.Bytes()).Scan(&got); err != nil {
				t.Fatal(err)
			}
			if got != c.want {
				t.Fatalf("balance %d, want %d", got, c.want)
			}
		})
	}
}

// TestSnapshotsAfterRollback: a window's snapshots are inserted without ON CONFLICT, which holds
// because a rollback deletes the snapshots above its ancestor. A window ending where a
// rolled-back one ended, and spanning enough blocks to snapshot, commits its own.
func TestSnapshotsAfterRollback(t *testing.T) {
	st := open(t)
	ctx := context.Background()
	holder := common.Address{2}
	window := func(prev *store.Checkpoint, block uint64, v int64) {
		t.Helper()
		b := &store.Batch{ChainID: 1, Prev: prev, Next: store.Checkpoint{Number: 2000, Hash: common.Hash{byte(v)}},
			Transfers: []store.Transfer{{Block: block, BlockHash: common.Hash{byte(v)}, Token: common.Address{1},
				To: holder, Value: big.NewInt(v)}}}
		if err := st.Commit(ctx, b); err != nil {
			t.Fatal(err)
		}
		var got int64
		if err := st.Pool().QueryRow(ctx, `SELECT balance FROM didx.balance_snapshots WHERE chain_id = 1 AND holder = $1 AND block_number = 2000`,
			holder.Bytes()).Scan(&got); err != nil || got != v {
			t.Fatalf("snapshot at 2000: %d (%v), want %d", got, err, v)
		}
	}
	window(nil, 1500, 10)
	ancestor := store.Checkpoint{Number: 500, Hash: common.Hash{5}}
	if _, err := st.Rollback(ctx, 1, store.Checkpoint{Number: 2000, Hash: common.Hash{10}}, ancestor, common.Hash{7}, nil); err != nil {
		t.Fatal(err)
	}
	window(&ancestor, 1200, 7)
}
