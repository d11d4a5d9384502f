package indexer

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/didx/didx/store"
)

// Violation is a reorg that replaced a block didx had seen final, or one deeper than the
// recorded window. didx does not repair it silently: the chain halts until an operator
// rebuilds it or restarts with --accept-finality-violation.
type Violation struct {
	At        time.Time   `json:"at"`
	Block     uint64      `json:"block"`
	Stored    common.Hash `json:"stored_hash"`
	Canonical common.Hash `json:"canonical_hash"`
	Finalized uint64      `json:"finalized"`
	Reason    string      `json:"reason"`
}

func (v *Violation) Error() string {
	return fmt.Sprintf("finality violation at block %d (%s): stored %s, chain has %s, finalized %d",
		v.Block, v.Reason, v.Stored.Hex(), v.Canonical.Hex(), v.Finalized)
}

// ancestorBatch is how many stored hashes are compared with the chain per request.
const ancestorBatch = 64

// ensureCanonical checks that the checkpoint block is still on the canonical chain and, when
// it is not, rolls the chain back to the newest common ancestor in one transaction. When every
// endpoint's head is below the checkpoint, the endpoints lag or a reorg made the chain shorter:
// the stored block at the head tells which.
func (c *Chain) ensureCanonical(ctx context.Context, cp *store.Checkpoint) (*store.Checkpoint, error) {
	at, stored := cp.Number, cp.Hash
	if head := c.rpc.Head(); head < at {
		b, err := c.store.Blocks(ctx, c.cfg.ID, head, head)
		if err != nil || len(b) == 0 {
			return cp, err
		}
		at, stored = head, b[0].Hash
	}
	hs, err := c.rpc.Headers(ctx, []uint64{at})
	if err != nil {
		return nil, err
	}
	if hs[0].Hash == stored {
		return cp, nil
	}
	canonical := hs[0].Hash
	if at < cp.Number {
		canonical = common.Hash{}
	}
	start := time.Now()
	fin := c.finalized.Load()
	v := &Violation{At: time.Now().UTC(), Block: at, Stored: stored, Canonical: hs[0].Hash, Finalized: fin}
	anc, err := c.findAncestor(ctx, at, v)
	if err != nil {
		return nil, err
	}
	removed, err := c.store.Rollback(ctx, c.cfg.ID, *cp, anc, canonical, c.fence)
	if err != nil {
		return nil, fmt.Errorf("roll back to %d: %w", anc.Number, err)
	}
	depth := cp.Number - anc.Number
	took := time.Since(start)
	c.metrics.Reorgs.WithLabelValues(c.label).Inc()
	c.metrics.ReorgDepth.WithLabelValues(c.label).Observe(float64(depth))
	c.metrics.RepairTime.WithLabelValues(c.label).Observe(took.Seconds())
	c.mu.Lock()
	c.st.LastReorg = &store.Reorg{At: time.Now().UTC(), OldBlock: cp.Number, Ancestor: anc.Number, Depth: depth,
		RowsRemoved: int64(removed), RepairMS: float64(took.Microseconds()) / 1000}
	c.mu.Unlock()
	c.indexedAt(anc.Number, 0)
	c.log.Warn().Uint64("checkpoint", cp.Number).Uint64("compared", at).Str("stored", stored.Hex()).Str("canonical", hs[0].Hash.Hex()).
		Uint64("ancestor", anc.Number).Uint64("depth", depth).Int("rows_removed", removed).Dur("took", took).
		Msg("reorg repaired")
	return &anc, nil
}

// leftChain says whether the stored block at head, below the indexed tip, has left the chain:
// a reorg made the chain shorter than what was indexed, and no new block will show it soon.
func (c *Chain) leftChain(ctx context.Context, head uint64) (bool, error) {
	b, err := c.store.Blocks(ctx, c.cfg.ID, head, head)
	if err != nil || len(b) == 0 {
		return false, err
	}
	hs, err := c.rpc.Headers(ctx, []uint64{head})
	if err != nil {
		return false, err
	}
	return hs[0].Hash != b[0].Hash, nil
}

// findAncestor walks the recorded hashes below block hi, newest first and a batch at a time,
// until one equals the chain's. The recorded window holds every indexed block not yet known to
// be both canonical and final, so a reorg whose ancestor lies in it is repaired, while one that
// reaches below it replaced a block didx had seen final: a Violation, unless accepted.
func (c *Chain) findAncestor(ctx context.Context, hi uint64, v *Violation) (store.Checkpoint, error) {
	match, low, err := c.searchDown(ctx, hi, func(hi uint64) ([]store.Block, error) {
		if hi == 0 {
			return nil, nil
		}
		return c.store.Blocks(ctx, c.cfg.ID, hi-min(hi, ancestorBatch), hi-1)
	})
	if err != nil {
		return store.Checkpoint{}, err
	}
	switch {
	case match != nil:
		return *match, nil
	case !c.acceptViolation:
		v.Reason = "the reorg replaced blocks below the recorded window of unfinalized blocks"
		return store.Checkpoint{}, v
	}
	c.log.Warn().Str("violation", v.Error()).Msg("accepting finality violation: searching indexed rows for the common ancestor")
	return c.deepAncestor(ctx, low)
}

// searchDown pages through stored blocks below hi (page returns them newest first, empty when
// there are no more) and returns the newest canonical one, or nil, and the lowest block seen.
func (c *Chain) searchDown(ctx context.Context, hi uint64, page func(hi uint64) ([]store.Block, error)) (*store.Checkpoint, uint64, error) {
	for {
		stored, err := page(hi)
		if err != nil || len(stored) == 0 {
			return nil, hi, err
		}
		nums := make([]uint64, len(stored))
		for i, b := range stored {
			nums[i] = b.Number
		}
		canon, err := c.rpc.Headers(ctx, nums)
		if err != nil {
			return nil, hi, err
		}
		for i, b := range stored {
			if canon[i].Hash == b.Hash {
				return &store.Checkpoint{Number: b.Number, Hash: b.Hash}, hi, nil
			}
		}
		hi = stored[len(stored)-1].Number
	}
}

// deepAncestor finds, below block hi, the newest block whose indexed rows carry a canonical
// block hash; rolling back to it and re-indexing from there is exact, because blocks in between
// have no rows to undo. With none, the chain is rolled back to before its first block (or to
// genesis, which has no logs).
func (c *Chain) deepAncestor(ctx context.Context, hi uint64) (store.Checkpoint, error) {
	match, _, err := c.searchDown(ctx, hi, func(hi uint64) ([]store.Block, error) {
		return c.store.RowBlocks(ctx, c.cfg.ID, hi, ancestorBatch)
	})
	if err != nil {
		return store.Checkpoint{}, err
	}
	if match != nil {
		return *match, nil
	}
	base := c.cfg.FirstBlock()
	if c.set.handlers != nil {
		base = min(base, c.set.first)
	}
	if base > 0 {
		base--
	}
	hs, err := c.rpc.Headers(ctx, []uint64{base})
	if err != nil {
		return store.Checkpoint{}, err
	}
	return store.Checkpoint{Number: base, Hash: hs[0].Hash}, nil
}

// halt latches a finality violation: the chain stops advancing and says why until restarted.
func (c *Chain) halt(v *Violation) {
	c.mu.Lock()
	c.st.Violation = v
	c.st.State = "halted"
	c.st.Reason = v.Error()
	c.mu.Unlock()
	c.metrics.Violation.WithLabelValues(c.label).Set(1)
	c.log.Error().Uint64("block", v.Block).Str("stored_hash", v.Stored.Hex()).Str("canonical_hash", v.Canonical.Hex()).
		Uint64("finalized", v.Finalized).Str("reason", v.Reason).
		Msg("finality violation: chain halted; run `didx rebuild` or restart with --accept-finality-violation")
}
