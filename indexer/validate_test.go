package indexer_test

import (
	"context"
	"testing"
	"time"

	"github.com/sourcegraph/conc"

	"github.com/didx/didx/indexer"
	"github.com/didx/didx/internal/testenv"
)

// TestValidateBesideAWritingSidecar validates while the sidecar commits ten blocks a second
// with transfers in each: every validation reads one snapshot and finds the state valid.
func TestValidateBesideAWritingSidecar(t *testing.T) {
	h := newHarness(t, 3)
	ctx := context.Background()
	if err := h.act.Blocks(ctx, 40, 6); err != nil {
		t.Fatal(err)
	}
	cfg := h.config("")
	h.run(cfg)
	h.waitSynced(30 * time.Second)
	wctx, stop := context.WithCancel(ctx)
	var wg conc.WaitGroup
	defer wg.Wait()
	defer stop()
	wg.Go(func() {
		_ = testenv.Every(wctx, 100*time.Millisecond, 0, func(int) error { return h.act.Blocks(wctx, 1, 6) })
	})
	for i := 0; i < 5; i++ {
		rep, err := indexer.Validate(ctx, cfg, 1337, indexer.ValidateOptions{Log: testLog(t)})
		if err != nil {
			t.Fatal(err)
		}
		if !rep.Valid {
			t.Fatalf("validation %d beside a writing sidecar at checkpoint %d: %+v", i, rep.Checkpoint.Number, rep.Mismatches)
		}
		t.Logf("validation %d valid at checkpoint %d", i, rep.Checkpoint.Number)
	}
}
