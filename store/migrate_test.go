package store_test

import (
	"context"
	"sync"
	"testing"

	"github.com/didx/didx/internal/testenv"
	"github.com/didx/didx/store"
)

// TestConcurrentMigrate starts several sidecars' migrations at once on fresh databases, as a
// hot-hot deployment's first start does: every one must succeed.
func TestConcurrentMigrate(t *testing.T) {
	ctx := context.Background()
	for round := 0; round < 5; round++ {
		db := testenv.Database(t)
		const n = 4
		stores := make([]*store.Store, n)
		for i := range stores {
			st, err := store.Open(ctx, db)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			stores[i] = st
		}
		start := make(chan struct{})
		errs := make([]error, n)
		var wg sync.WaitGroup
		for i, st := range stores {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				errs[i] = st.Migrate(ctx)
			}()
		}
		close(start)
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Fatalf("round %d, sidecar %d: %v", round, i, err)
			}
		}
	}
}
