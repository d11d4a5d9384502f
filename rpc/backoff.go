package rpc

import (
	"context"
	"math/rand/v2"
	"time"
)

// Backoff is the one retry schedule of didx: waits that double from Min up to Max, each
// jittered over [d/2, d) so sidecars and endpoints retried together do not retry in lockstep.
// The zero value waits 1s then up to 10s.
type Backoff struct {
	Min, Max time.Duration
	n        int
}

// Next is the next wait, one step longer than the last.
func (b *Backoff) Next() time.Duration {
	lo, hi := b.Min, b.Max
	if lo <= 0 {
		lo = time.Second
	}
	if hi < lo {
		hi = max(lo, 10*time.Second)
	}
	d := hi
	if b.n < 32 && lo<<b.n < hi && lo<<b.n > 0 {
		d = lo << b.n
	}
	b.n++
	return jitter(d)
}

// Wait sleeps for Next, or returns ctx's error if it ends first.
func (b *Backoff) Wait(ctx context.Context) error {
	t := time.NewTimer(b.Next())
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// Reset starts the schedule again from Min, after a success.
func (b *Backoff) Reset() { b.n = 0 }

// Attempts is how many waits were taken since the last Reset.
func (b *Backoff) Attempts() int { return b.n }

// jitter spreads d over [d/2, d).
func jitter(d time.Duration) time.Duration {
	if d <= 1 {
		return d
	}
	return d/2 + rand.N(d/2)
}
