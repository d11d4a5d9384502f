package store

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
)

// Window is one transaction that commits a run of consecutive batches. Each batch's rows go
// into the open transaction as it is added (its transfers by COPY) and the checkpoint moves
// with it; the balance and supply changes of all of them are summed in memory and applied
// once, at Commit. A backfill then updates each (token, holder) once per window rather than
// once per batch, which is most of what its commits cost the database, while its memory holds
// the sums, not the rows. Nothing of a window is visible, or survives a crash, before Commit
// returns: a kill at any moment leaves the checkpoint and every row where the last committed
// window left them.
type Window struct {
	s     *Store
	tx    pgx.Tx
	chain uint64
	fence func(context.Context, pgx.Tx) error
	first uint64
	next  Checkpoint
	added int
	// starts is whether the window's first batch starts the chain: its balances may then
	// all be new (see balanceParams.fresh).
	starts bool
	deltas *sums[BalanceKey]
	supply *sums[common.Address]
	exempt map[common.Address]bool
}

// Begin opens a window on the chain's tables.
func (s *Store) Begin(ctx context.Context, chain uint64) (*Window, error) {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return nil, fmt.Errorf("begin a commit of chain %d: %w", chain, err)
	}
	return &Window{s: s, tx: tx, chain: chain, exempt: map[common.Address]bool{}}, nil
}

// Add writes b into the window: it moves the checkpoint from b.Prev to b.Next, copies the
// transfers and writes every other row, and adds the balance and supply changes to the
// window's sums. It returns ErrCheckpointMoved, having written nothing of b, when the
// checkpoint is no longer b.Prev or the registry moved past b.Registry; the batches added
// before it can still be committed. Any other error leaves the window fit only for Rollback.
func (w *Window) Add(ctx context.Context, b *Batch) error {
	if b.enc == nil {
		b.Seal()
	}
	if b.enc.err != nil {
		return fmt.Errorf("batch %d-%d: %w", firstBlock(b), b.Next.Number, b.enc.err)
	}
	if err := moveCheckpoint(ctx, w.tx, w.s.sch, b.ChainID, b.Prev, b.Next, b.Registry); err != nil {
		return err
	}
	if w.added == 0 {
		w.first, w.starts = firstBlock(b), b.Prev == nil
	}
	w.added++
	w.next = b.Next
	if b.Fence != nil {
		w.fence = b.Fence
	}
	for t := range b.Backfilling {
		w.exempt[t] = true
	}
	if b.enc.transfers.Rows() > 0 {
		if err := b.enc.transfers.Copy(ctx, w.tx, w.s.sch, "erc20_transfers", transferColumns); err != nil {
			return err
		}
	}
	w.deltas = w.deltas.merge(b.enc.balances)
	w.supply = w.supply.merge(b.enc.supply)
	if err := w.s.discover(ctx, w.tx, b.ChainID, b.Discovered, true); err != nil {
		return err
	}
	if err := writeExts(ctx, w.tx, w.s.sch, b.ChainID, b.Exts()); err != nil {
		return err
	}
	q := &pgx.Batch{}
	queueBlocks(q, w.s.sch, b.ChainID, b.Blocks, b.Finalized)
	queueBadLogs(q, w.s.sch, b.ChainID, b.Bad)
	if q.Len() > 0 {
		if err := w.tx.SendBatch(ctx, q).Close(); err != nil {
			return fmt.Errorf("write batch %d-%d: %w", firstBlock(b), b.Next.Number, err)
		}
	}
	return nil
}

// Batches is how many batches the window holds.
func (w *Window) Batches() int { return w.added }

// Keys is how many (token, holder) balances the window changes: what its memory and its
// Commit's work grow with.
func (w *Window) Keys() int { return w.deltas.len() }

// Committed is what a window's Commit did.
type Committed struct {
	// Balances is the number of balance rows it wrote.
	Balances int
	// Negative is how many balances it left below zero, leaving out tokens still backfilling.
	Negative int
}

// Commit applies the window's balance and supply changes, runs the fence of its batches last
// (so the lease row is locked only for the commit itself, never for the window's lifetime)
// and commits. tipHash is the hash of the checkpoint's block, needed when the last batch's
// Next left it out (a final block whose hash the writer had not fetched). A window with no
// batch is rolled back.
func (w *Window) Commit(ctx context.Context, tipHash common.Hash) (Committed, error) {
	var c Committed
	if w.added == 0 {
		w.Rollback(ctx)
		return c, nil
	}
	err := func() error {
		if err := w.setTipHash(ctx, tipHash); err != nil {
			return err
		}
		p := encodeBalances(w.deltas)
		c.Balances = p.n
		if w.starts && p.n > 0 {
			if err := w.tx.QueryRow(ctx, w.s.sch.Q(`SELECT NOT EXISTS (SELECT FROM {s}.erc20_balances WHERE chain_id = $1)`),
				int64(w.chain)).Scan(&p.fresh); err != nil {
				return fmt.Errorf("balances of chain %d: %w", w.chain, err)
			}
		}
		var err error
		if c.Negative, err = applyBalances(ctx, w.tx, w.s.sch, w.chain, p, w.exempt, int64(w.next.Number), int64(w.next.Number-w.first+1)); err != nil {
			return err
		}
		if err := applySupply(ctx, w.tx, w.s.sch, w.chain, encodeSupply(w.supply)); err != nil {
			return err
		}
		if w.fence != nil {
			if err := w.fence(ctx, w.tx); err != nil {
				return err
			}
		}
		return w.tx.Commit(ctx)
	}()
	if err != nil {
		w.Rollback(ctx)
		return Committed{}, fmt.Errorf("commit %d-%d: %w", w.first, w.next.Number, err)
	}
	return c, nil
}

// Rollback discards the window. Its error is not worth returning: a transaction that does not
// roll back cleanly is on a connection the pool then closes, which ends it just the same.
func (w *Window) Rollback(ctx context.Context) {
	_ = w.tx.Rollback(context.WithoutCancel(ctx))
}

// setTipHash records hash as the checkpoint block's when the batches left it out; a
// checkpoint is never committed without one.
func (w *Window) setTipHash(ctx context.Context, hash common.Hash) error {
	if w.next.Hash != (common.Hash{}) {
		return nil
	}
	if hash == (common.Hash{}) {
		return fmt.Errorf("checkpoint %d has no block hash", w.next.Number)
	}
	if _, err := w.tx.Exec(ctx, w.s.sch.Q(`UPDATE {s}.checkpoints SET block_hash = $3 WHERE chain_id = $1 AND block_number = $2`),
		int64(w.chain), int64(w.next.Number), hash.Bytes()); err != nil {
		return fmt.Errorf("checkpoint %d hash: %w", w.next.Number, err)
	}
	w.next.Hash = hash
	return nil
}
