package indexer

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/rs/zerolog"
	"github.com/sourcegraph/conc"

	"github.com/didx/didx/store"
)

// keeper holds this instance's write leases: a chain is indexed only while its lease is held,
// and each instance takes at most its fair share of the chains (more only when a chain has been
// left free), so chains spread across the live instances.
type keeper struct {
	store  *store.Store
	name   string
	token  string
	ttl    time.Duration
	total  int
	chains []*Chain
	writes func(chain uint64) bool
	log    zerolog.Logger

	live atomic.Int64
	held atomic.Int64
}

func newKeeper(st *store.Store, cfg *Config, chains []*Chain, log zerolog.Logger) *keeper {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	total := 0
	for _, ch := range cfg.Chains {
		if cfg.Writes(ch.ID) {
			total++
		}
	}
	k := &keeper{store: st, name: cfg.Instance, token: cfg.Instance + "/" + hex.EncodeToString(b), ttl: cfg.Lease.TTL,
		total: total, chains: chains, writes: cfg.Writes, log: log}
	k.live.Store(1)
	return k
}

func (k *keeper) run(ctx context.Context) {
	var wg conc.WaitGroup
	wg.Go(func() { k.heartbeat(ctx) })
	for _, c := range k.chains {
		wg.Go(func() { k.hold(ctx, c) })
	}
	wg.Wait()
	leave, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Second)
	defer cancel()
	_ = k.store.Leave(leave, k.token)
}

func (k *keeper) heartbeat(ctx context.Context) {
	t := time.NewTicker(k.ttl / 5)
	defer t.Stop()
	for {
		if n, err := k.store.Heartbeat(ctx, k.name, k.token, k.ttl); err == nil {
			k.live.Store(int64(max(n, 1)))
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// share is how many chains this instance should hold.
func (k *keeper) share() int64 {
	live := max(k.live.Load(), 1)
	return (int64(k.total) + live - 1) / live
}

// hold runs one chain: standby until its lease can be taken, then index it while the lease is
// renewed, and back to standby when the lease is lost, released or fenced.
func (k *keeper) hold(ctx context.Context, c *Chain) {
	for ctx.Err() == nil {
		if !k.writes(c.cfg.ID) || k.rebuildWants(ctx, c) {
			k.standby(ctx, c)
			continue
		}
		// Below its share an instance takes a free lease at once; at or above it, only one
		// that nobody else has taken for half a TTL.
		var wait time.Duration
		if k.held.Load() >= k.share() {
			wait = k.ttl / 2
		}
		l, ok, err := k.store.AcquireLease(ctx, c.cfg.ID, k.name, k.token, k.ttl, wait)
		if err != nil {
			c.log.Debug().Err(err).Msg("lease not acquired")
		}
		if !ok {
			k.standby(ctx, c)
			continue
		}
		k.index(ctx, c, l)
	}
}

// standby keeps a chain's status fresh from the database while another instance writes it,
// then waits a poll period (a fifth of the TTL) before the next try.
func (k *keeper) standby(ctx context.Context, c *Chain) {
	defer func() {
		select {
		case <-ctx.Done():
		case <-time.After(k.ttl / 5):
		}
	}()
	if leases, err := k.store.Leases(ctx); err == nil {
		if li, ok := leases[c.cfg.ID]; ok {
			c.setHolder(li.Holder, li.Epoch, false)
		}
	}
	if cp, err := k.store.Checkpoint(ctx, c.cfg.ID); err == nil && cp != nil {
		c.restoreStatus(ctx, cp)
	}
}

// rebuildWants says whether a running rebuild of the chain asks for its lease, and records in
// the chain's status whether one runs and in didx_rebuild_remaining_blocks how far its shadow
// checkpoint is from the head (the rebuild runs in another process: the sidecars report it).
func (k *keeper) rebuildWants(ctx context.Context, c *Chain) bool {
	rbs, err := k.store.Rebuilds(ctx)
	if err != nil {
		return false
	}
	rb, running := rbs[c.cfg.ID]
	c.mu.Lock()
	c.st.Rebuild = running
	head := c.st.Head
	c.mu.Unlock()
	remaining := uint64(0)
	if running {
		done := c.cfg.FirstBlock()
		if cp, err := k.store.In(store.Shadow).Checkpoint(ctx, c.cfg.ID); err == nil && cp != nil {
			done = cp.Number
		}
		if head > done {
			remaining = head - done
		}
	}
	c.metrics.Rebuild.WithLabelValues(c.label).Set(float64(remaining))
	return running && rb.WantsLease
}

// errLeaseLost cancels a chain's indexing when its lease is lost.
var errLeaseLost = errors.New("lease lost")

// index runs the chain under lease l until the lease is lost or released.
func (k *keeper) index(ctx context.Context, c *Chain, l store.Lease) {
	k.held.Add(1)
	defer k.held.Add(-1)
	c.setHolder(l.Holder, l.Epoch, true)
	c.metrics.LeaseHeld.WithLabelValues(c.label).Set(1)
	c.log.Info().Int64("epoch", l.Epoch).Str("holder", l.Holder).Msg("lease acquired: writing the chain")
	lctx, cancel := context.WithCancelCause(ctx)
	fence := l.Fence()
	c.SetFence(func(ctx context.Context, tx pgx.Tx) error {
		err := fence(ctx, tx)
		if errors.Is(err, store.ErrLeaseLost) {
			c.log.Warn().Int64("epoch", l.Epoch).Msg("write refused by fencing: another instance holds the lease")
			cancel(errLeaseLost)
		}
		return err
	})
	done := make(chan struct{})
	go func() {
		defer close(done)
		c.Run(lctx)
	}()
	reason := k.renew(lctx, c, l)
	cancel(errLeaseLost)
	<-done
	c.SetFence(nil)
	c.metrics.LeaseHeld.WithLabelValues(c.label).Set(0)
	c.setHolder("", 0, false)
	if ctx.Err() != nil {
		release, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Second)
		defer cancel()
		_ = k.store.ReleaseLease(release, l)
		return
	}
	if cause := context.Cause(lctx); cause != nil && reason == "" {
		reason = cause.Error()
	}
	c.log.Warn().Int64("epoch", l.Epoch).Str("reason", reason).Msg("lease given up: standing by")
}

// renew extends the lease every ttl/3 until ctx ends, the lease is lost, renewal has failed for
// a whole TTL, or this instance holds more than its share; it says why it stopped.
func (k *keeper) renew(ctx context.Context, c *Chain, l store.Lease) string {
	t := time.NewTicker(k.ttl / 3)
	defer t.Stop()
	lastOK, since := time.Now(), time.Now()
	for {
		select {
		case <-ctx.Done():
			return ""
		case <-t.C:
		}
		ok, err := k.store.RenewLease(ctx, l, k.ttl)
		switch {
		case err == nil && !ok:
			return "lease expired or taken over"
		case err != nil && time.Since(lastOK) > k.ttl:
			return "could not renew for a whole TTL: " + err.Error()
		case err == nil:
			lastOK = time.Now()
		}
		if k.rebuildWants(ctx, c) {
			if err := k.store.ReleaseLease(ctx, l); err == nil {
				return "released to a rebuild of the chain"
			}
		}
		if k.held.Load() > k.share() && time.Since(since) > 3*k.ttl {
			if err := k.store.ReleaseLease(ctx, l); err == nil {
				return "released to spread chains across instances"
			}
		}
	}
}
