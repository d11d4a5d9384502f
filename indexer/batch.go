package indexer

import (
	"context"
	"slices"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/didx/didx/rpc"
	"github.com/didx/didx/store"
)

// pending is the batch the builder is filling: consecutive blocks not yet committed, from
// from on, with the headers its ranges hold (a final range holds none) and the header of its
// last block, of which only the number is known when the batch ends with a final range: its
// hash is fetched once, for the window that commits it (see commitWindow).
type pending struct {
	store.Batch
	from    uint64
	blocks  int
	headers []rpc.Header
	last    rpc.Header
	logs    int
}

func (c *Chain) newBatch(cp *store.Checkpoint) *pending {
	return &pending{Batch: store.Batch{ChainID: c.cfg.ID, Prev: cp}}
}

// tip is the newest block the batch builds to: its own last block, else the checkpoint.
func (p *pending) tip() *store.Checkpoint {
	if p.blocks > 0 {
		return &p.Next
	}
	return p.Prev
}

func (p *pending) full(f FetchConfig) bool {
	return uint64(p.blocks) >= f.BatchBlocks || p.logs >= f.BatchLogs
}

// apply decodes a fetched range into the batch. A log that does not decode is counted, logged
// with its location and kept in didx.undecodable_logs; it never stops the chain.
func (c *Chain) apply(r *rpc.Range, p *pending) {
	c.decode(r.Logs, p)
	c.close(r, p)
}

// decode decodes logs into the batch with the handlers of their contracts.
func (c *Chain) decode(logs []types.Log, p *pending) {
	p.Transfers = slices.Grow(p.Transfers, len(logs))
	for i := range logs {
		l := &logs[i]
		h := c.set.handlers[l.Address]
		if h == nil || !slices.Contains(h.Topics(), l.Topics[0]) {
			continue
		}
		c.handle(h, l, &p.Batch)
	}
	p.logs += len(logs)
}

// close ends the batch at r's last block.
func (c *Chain) close(r *rpc.Range, p *pending) {
	if p.blocks == 0 {
		p.from = r.From
	}
	p.blocks += int(r.To - r.From + 1)
	p.headers = append(p.headers, r.Headers...)
	var ok bool
	if p.last, ok = r.Tip(); !ok {
		p.last = rpc.Header{Number: r.To}
	}
	p.Next = store.Checkpoint{Number: p.last.Number, Hash: p.last.Hash}
}

// handle decodes one log into b; one that does not decode is counted, logged and kept.
func (c *Chain) handle(h Handler, l *types.Log, b *store.Batch) {
	if err := h.Handle(l, b); err != nil {
		c.metrics.HandlerErrs.WithLabelValues(c.label, h.Name()).Inc()
		c.log.Warn().Str("handler", h.Name()).Uint64("block", l.BlockNumber).Uint("log_index", l.Index).
			Str("tx", l.TxHash.Hex()).Str("address", l.Address.Hex()).Err(err).Msg("log did not decode; recorded in didx.undecodable_logs")
		b.Bad = append(b.Bad, store.BadLog{Block: l.BlockNumber, BlockHash: l.BlockHash, TxHash: l.TxHash,
			LogIndex: l.Index, Address: l.Address, Topics: l.Topics, Data: l.Data, Handler: h.Name(), Err: err.Error()})
	}
}

// seal readies the batch for its commit: the block hashes it records, the pruning point and
// the encoded rows. Nothing may be added to it afterwards.
func (c *Chain) seal(p *pending) {
	if p.Sealed() {
		return
	}
	fin := c.finalized.Load()
	// The new checkpoint links to every block below it, so blocks under both it and the
	// finalized block are canonical and final: only those leave the recorded window. The
	// finalized block itself stays, as the ancestor a reorg just above it rolls back to.
	p.Finalized = min(fin, p.Next.Number)
	p.Blocks = p.Blocks[:0]
	for _, h := range p.headers {
		if h.Number >= fin {
			p.Blocks = append(p.Blocks, store.Block{Number: h.Number, Hash: h.Hash, ParentHash: h.ParentHash, Time: h.Time})
		}
	}
	p.Fence = c.fence
	p.Registry = c.version.Load()
	if len(p.Discovered) > 0 {
		c.version.Add(1)
	}
	p.Backfilling = c.set.backfilling
	p.Seal()
}

// transfersIn fetches [from, to] from the chain and decodes it as the pipeline does, returning
// the transfers: what the indexed rows of that range must equal.
func (c *Chain) transfersIn(ctx context.Context, from, to uint64) ([]store.Transfer, error) {
	var out []store.Transfer
	for lo := from; lo <= to; {
		hi := min(to, lo+c.sizer.Size()-1)
		r, err := c.fetchRange(ctx, lo, hi, c.set.filter)
		if err != nil {
			return nil, err
		}
		p := c.newBatch(nil)
		c.apply(r, p)
		out = append(out, p.Transfers...)
		lo = hi + 1
	}
	return out, nil
}
