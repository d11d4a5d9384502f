package indexer

import (
	"context"
	"errors"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/didx/didx/indexer/family"
	"github.com/didx/didx/rpc"
	"github.com/didx/didx/store"
)

// commitTimeout bounds a commit that goes on after shutdown began, so the window in flight
// commits or rolls back as a whole rather than being cut off.
const commitTimeout = 30 * time.Second

// windowIdle is how long an open window waits for the builder's next batch before it commits:
// a backfill bound by its commits hands batches over back to back, so a pause means the
// fetchers are behind, and a transaction idle for long would hold its connection for nothing
// (and meet the server's idle_in_transaction_session_timeout, the lease's TTL).
const windowIdle = 200 * time.Millisecond

// windowKeys bounds the (token, holder) sums a window keeps, about 150 bytes each.
const windowKeys = 250_000

// window is the commit window the committer is filling, and what its batches add up to for
// the metrics once it commits.
type window struct {
	w        *store.Window
	opened   time.Time
	from     uint64
	last     rpc.Header
	blocks   int
	rows     map[string]int
	discover bool
	// busy is the time the database took for the window, for didx_commit_seconds.
	busy time.Duration
}

// commit commits the batches the builder hands over. Consecutive batches share one commit
// window (one transaction, balances applied once) until it is fetch.commit_window old, holds
// windowKeys balances, reaches the head, registers a discovered contract, or waits windowIdle
// for the next batch: a backfill bound by its database then updates each balance once per
// window, while a chain at its head commits every batch as it comes. On shutdown the open
// window commits, bounded by commitTimeout.
func (c *Chain) commit(ctx context.Context, ready chan<- struct{}, commits <-chan *pending) (err error) {
	var w *window
	// flush commits the open window, if there is one, and forgets it.
	flush := func(ctx context.Context) error {
		if w == nil {
			return nil
		}
		defer func() { w = nil }()
		return c.commitWindow(ctx, w)
	}
	defer func() {
		cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), commitTimeout)
		defer cancel()
		if ferr := flush(cctx); ferr != nil && !errors.Is(err, store.ErrCheckpointMoved) {
			err = ferr
		}
	}()
	for {
		select {
		case ready <- struct{}{}:
		case <-c.closeAt(w):
			if err := flush(ctx); err != nil {
				return err
			}
			continue
		case <-ctx.Done():
			return ctx.Err()
		}
		var b *pending
		for b == nil {
			select {
			case b = <-commits:
			case <-c.closeAt(w):
				if err := flush(ctx); err != nil {
					return err
				}
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		if w == nil {
			if w, err = c.openWindow(ctx); err != nil {
				return err
			}
		}
		if err := c.addTo(ctx, w, b); err != nil {
			if !errors.Is(err, store.ErrCheckpointMoved) {
				w.w.Rollback(ctx)
				w = nil
			}
			return err
		}
		if w.discover || w.w.Keys() >= windowKeys || b.Next.Number >= c.rpc.Head() ||
			time.Since(w.opened) >= c.cfg.Fetch.CommitWindow {
			if err := flush(ctx); err != nil {
				return err
			}
		}
	}
}

// closeAt fires when the open window must commit without another batch; never without one.
func (c *Chain) closeAt(w *window) <-chan time.Time {
	if w == nil {
		return nil
	}
	return time.After(max(0, min(windowIdle, time.Until(w.opened.Add(c.cfg.Fetch.CommitWindow)))))
}

func (c *Chain) openWindow(ctx context.Context) (*window, error) {
	sw, err := c.store.Begin(ctx, c.cfg.ID)
	if err != nil {
		return nil, err
	}
	return &window{w: sw, opened: time.Now(), rows: map[string]int{}}, nil
}

// addTo writes a sealed batch into the window.
func (c *Chain) addTo(ctx context.Context, w *window, p *pending) error {
	start := time.Now()
	if err := w.w.Add(ctx, &p.Batch); err != nil {
		return err
	}
	w.busy += time.Since(start)
	if w.blocks == 0 {
		w.from = p.from
	}
	w.blocks += p.blocks
	w.last = p.last
	w.discover = w.discover || len(p.Discovered) > 0
	w.rows["erc20_transfers"] += p.Rows()
	w.rows["undecodable_logs"] += len(p.Bad)
	for t, n := range family.Counts(&p.Batch) {
		w.rows[t] += n
	}
	return nil
}

// commitWindow commits the window and reports what it wrote. A window that ends on a final
// range commits with its last block's header, fetched now: one header for the window's ranges.
// A window whose only batch was refused (the checkpoint moved) holds nothing and reports
// nothing.
func (c *Chain) commitWindow(ctx context.Context, w *window) error {
	start := time.Now()
	if w.blocks > 0 && w.last.Hash == (common.Hash{}) {
		h, err := c.rpc.FinalHeader(ctx, w.last.Number)
		if err != nil {
			w.w.Rollback(ctx)
			return err
		}
		w.last = h
	}
	done, err := w.w.Commit(ctx, w.last.Hash)
	if err != nil || w.blocks == 0 {
		return err
	}
	c.metrics.CommitTime.WithLabelValues(c.label).Observe((w.busy + time.Since(start)).Seconds())
	w.rows["erc20_balances"] += done.Balances
	for t, n := range w.rows {
		c.metrics.Rows.WithLabelValues(c.label, t).Add(float64(n))
	}
	c.metrics.Blocks.WithLabelValues(c.label).Add(float64(w.blocks))
	if done.Negative > 0 {
		c.metrics.Negative.WithLabelValues(c.label).Add(float64(done.Negative))
		c.mu.Lock()
		c.st.Negative += done.Negative
		c.mu.Unlock()
		c.log.Error().Int("balances", done.Negative).Uint64("from", w.from).Uint64("to", w.last.Number).
			Msg("balances went negative: a log was lost or a token breaks ERC-20; run didx validate")
	}
	c.indexedAt(w.last.Number, w.last.Time)
	return nil
}
