package indexer

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/didx/didx/rpc"
	"github.com/didx/didx/store"
)

// quorums remembers which endpoints proved the chain's recent ranges by agreeing. Two
// endpoints that tell the same lie (one backend behind two names, one buggy release) pass a
// quorum; once a proof catches one of them, every recent range it helped prove is in doubt and
// is indexed again. The pipeline's builder owns it.
type quorums struct {
	ranges []quorum
}

// quorum is the range from from on, proven by the agreement of by, fetched from started on.
type quorum struct {
	from    uint64
	by      []string
	started time.Time
}

// keepQuorums bounds how many proven ranges are remembered; ranges older than the time an
// endpoint stays distrusted are dropped first.
const (
	keepQuorums = 4096
	quorumAge   = 10 * time.Minute
)

// add remembers r, proven by a quorum when r.Quorum is set, and forgets ranges from r's first
// block on: they are being indexed again.
func (q *quorums) add(r *rpc.Range, started time.Time) {
	q.ranges = slices.DeleteFunc(q.ranges, func(p quorum) bool {
		return p.from >= r.From || time.Since(p.started) > quorumAge
	})
	if len(r.Quorum) == 0 {
		return
	}
	if len(q.ranges) == keepQuorums {
		q.ranges = q.ranges[1:]
	}
	q.ranges = append(q.ranges, quorum{from: r.From, by: r.Quorum, started: started})
}

// doubtful returns the first block of the lowest remembered range whose quorum includes an
// endpoint caught lying after the range was fetched.
func (q *quorums) doubtful(caught map[string]time.Time) (uint64, bool) {
	if len(caught) == 0 {
		return 0, false
	}
	for _, p := range q.ranges {
		for _, name := range p.by {
			if at, ok := caught[name]; ok && p.started.Before(at) {
				return p.from, true
			}
		}
	}
	return 0, false
}

// reproveError stops the pipeline so that the blocks from from on are indexed again.
type reproveError struct{ from uint64 }

func (e *reproveError) Error() string {
	return fmt.Sprintf("blocks from %d were proven by an endpoint since caught lying", e.from)
}

// reprove rewinds the chain to the block before from when it has committed from, so that the
// pipeline fetches and proves those blocks again without the endpoint caught lying.
func (c *Chain) reprove(ctx context.Context, from uint64) error {
	from = max(from, 1) // a genesis block has no logs
	cp, err := c.store.Checkpoint(ctx, c.cfg.ID)
	if err != nil || cp == nil || cp.Number < from {
		return err
	}
	hs, err := c.rpc.Headers(ctx, []uint64{from - 1})
	if err != nil {
		return fmt.Errorf("re-prove from %d: %w", from, err)
	}
	to := store.Checkpoint{Number: from - 1, Hash: hs[0].Hash}
	removed, err := c.store.Rewind(ctx, c.cfg.ID, *cp, to, c.fence)
	if err != nil {
		return fmt.Errorf("re-prove from %d: %w", from, err)
	}
	c.metrics.Reproven.WithLabelValues(c.label).Add(float64(cp.Number - to.Number))
	c.indexedAt(to.Number, 0)
	c.log.Warn().Uint64("from", from).Uint64("checkpoint", cp.Number).Int("rows_removed", removed).
		Msg("blocks proven by an endpoint since caught lying are indexed again")
	return nil
}
