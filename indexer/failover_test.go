package indexer_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/didx/didx/internal/pgcluster"
	"github.com/didx/didx/internal/testenv"
)

// TestDatabaseFailover indexes against a real primary with an asynchronous streaming replica,
// stops the primary, promotes the replica and points the same address at it: didx rides out
// the outage, resumes from the checkpoint the replica has (which may be older), and ends exact.
func TestDatabaseFailover(t *testing.T) {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "didx-failover-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	primary, err := pgcluster.Start(ctx, pgcluster.Options{Dir: filepath.Join(dir, "primary"), Fast: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { primary.Stop() })
	conn, err := pgx.Connect(ctx, primary.URL("postgres"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Exec(ctx, "CREATE DATABASE didx"); err != nil {
		t.Fatal(err)
	}
	conn.Close(ctx)
	stream := testenv.NewTCPProxy(t, fmt.Sprintf("127.0.0.1:%d", primary.Port()))
	replica, err := primary.Replicate(ctx, filepath.Join(dir, "replica"), stream.Addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { replica.Stop() })

	h := newHarness(t, 2)
	proxy := testenv.NewTCPProxy(t, fmt.Sprintf("127.0.0.1:%d", primary.Port()))
	h.db = fmt.Sprintf("postgres://didx@%s/didx?sslmode=disable", proxy.Addr)
	if err := h.act.Blocks(ctx, 40, 4); err != nil {
		t.Fatal(err)
	}
	h.run(h.config("", nil...))
	h.waitSynced(30 * time.Second)

	// The chain keeps moving through the failover.
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			case <-time.After(50 * time.Millisecond):
				if err := h.act.Blocks(ctx, 1, 3); err != nil {
					t.Error(err)
					return
				}
			}
		}
	}()
	replicaDB := fmt.Sprintf("postgres://didx@127.0.0.1:%d/didx?sslmode=disable", replica.Port())
	testenv.Eventually(t, 30*time.Second, func() error {
		if n, _, _ := testenv.Checkpoint(t, replicaDB, 1337); n < 40 {
			return fmt.Errorf("replica at checkpoint %d: %s", n, replica.Log())
		}
		return nil
	})
	// Replication is cut a second before the outage, so the promoted replica's checkpoint is
	// older than the one didx last committed: didx must re-read it and index the gap again.
	stream.Down()
	cut, _, _ := testenv.Checkpoint(t, h.db, 1337)
	testenv.WaitCheckpoint(t, h.db, 1337, cut+10, 30*time.Second)
	before, _, _ := testenv.Checkpoint(t, h.db, 1337)
	outage := time.Now()
	proxy.Down()
	if err := primary.Stop(); err != nil {
		t.Fatal(err)
	}
	if err := replica.Promote(ctx); err != nil {
		t.Fatal(err)
	}
	proxy.Up(t, fmt.Sprintf("127.0.0.1:%d", replica.Port()))
	promoted, _, _ := testenv.Checkpoint(t, h.db, 1337)
	t.Logf("checkpoint %d on the primary when it stopped, %d on the promoted replica (failover took %s)",
		before, promoted, time.Since(outage).Round(time.Millisecond))
	if promoted >= before {
		t.Fatalf("the promoted replica is not behind (%d, primary %d): the test proves nothing", promoted, before)
	}
	testenv.Eventually(t, 60*time.Second, func() error {
		if n, _, _ := testenv.Checkpoint(t, h.db, 1337); n <= promoted {
			return fmt.Errorf("checkpoint %d on the new primary", n)
		}
		return nil
	})
	t.Logf("indexing resumed on the new primary %s after the outage began", time.Since(outage).Round(time.Millisecond))
	close(stop)
	wg.Wait()
	cp := h.waitSynced(60 * time.Second)
	t.Logf("caught up to %d on the new primary", cp)
}
