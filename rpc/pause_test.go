package rpc

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/didx/didx/internal/simchain"
	"github.com/didx/didx/internal/testenv"
)

// TestPausedIsASlowDown holds the only endpoint out of reach for longer than a call may wait:
// when a 429 paused it (as other callers' 429s keep it paused in a storm), the call waits as for
// any slow-down, and says so when its context ends, instead of counting rounds towards giving
// up on an endpoint that never failed; when a failure did, the call reports no endpoint.
func TestPausedIsASlowDown(t *testing.T) {
	chain := testenv.Chain(t, 2)
	chain.Commit()
	cases := []struct {
		name   string
		kind   errKind
		paused bool
	}{
		{"paused by a 429", errRateLimited, true},
		{"down after a failure", errTransient, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cl, err := New(Options{ChainID: simchain.ChainID, Endpoints: []EndpointConfig{{URL: chain.URL}},
				PollInterval: time.Hour, Verify: VerifyNone, Log: zerolog.Nop()})
			if err != nil {
				t.Fatal(err)
			}
			defer cl.Close()
			if err := cl.Check(context.Background()); err != nil {
				t.Fatal(err)
			}
			e := cl.eps[0]
			e.failed(c.kind)
			e.mu.Lock()
			e.downUntil = time.Now().Add(time.Hour)
			e.mu.Unlock()
			ctx, cancel := context.WithTimeout(context.Background(), time.Second)
			defer cancel()
			_, err = cl.Headers(ctx, []uint64{1})
			if err == nil {
				t.Fatal("a call succeeded on an endpoint out of reach")
			}
			if got := strings.Contains(err.Error(), errPaused.Error()); got != c.paused {
				t.Fatalf("error %q: says paused %v, want %v", err, got, c.paused)
			}
		})
	}
}
