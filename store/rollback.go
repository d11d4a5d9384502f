package store

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
)

// Rollback undoes every block of a chain above ancestor in one transaction: it deletes their
// rows, reverses the balance effects of the deleted transfers exactly (the same derivation as
// the forward path, with the sign flipped), drops their block hashes and moves the checkpoint
// from prev to ancestor, recording the reorg in didx.reorgs. canonical is the chain's hash at
// prev's height. It returns ErrCheckpointMoved when the checkpoint is no longer prev.
func (s *Store) Rollback(ctx context.Context, chain uint64, prev, ancestor Checkpoint, canonical common.Hash,
	fence func(context.Context, pgx.Tx) error) (removed int, err error) {
	err = txDo(ctx, s.pool, func(tx pgx.Tx) error {
		if removed, err = s.undo(ctx, tx, chain, prev, ancestor, fence); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, s.sch.Q(`INSERT INTO {s}.reorgs (chain_id, old_block, old_hash, canonical_hash, ancestor, depth, rows_removed)
			VALUES ($1, $2, $3, $4, $5, $6, $7)`), int64(chain), int64(prev.Number), prev.Hash.Bytes(), canonical.Bytes(),
			int64(ancestor.Number), int64(prev.Number-ancestor.Number), int64(removed))
		if err != nil {
			return fmt.Errorf("record reorg of chain %d to %d: %w", chain, ancestor.Number, err)
		}
		return nil
	})
	return removed, err
}

// Rewind undoes every block of a chain above to, as Rollback does, for blocks that are still
// canonical but whose indexed rows are in doubt: they are indexed again from the chain. It
// records no reorg.
func (s *Store) Rewind(ctx context.Context, chain uint64, prev, to Checkpoint,
	fence func(context.Context, pgx.Tx) error) (removed int, err error) {
	err = txDo(ctx, s.pool, func(tx pgx.Tx) error {
		removed, err = s.undo(ctx, tx, chain, prev, to, fence)
		return err
	})
	return removed, err
}

// undo moves the checkpoint from prev down to ancestor and removes what lies above it.
func (s *Store) undo(ctx context.Context, tx pgx.Tx, chain uint64, prev, ancestor Checkpoint,
	fence func(context.Context, pgx.Tx) error) (int, error) {
	if fence != nil {
		if err := fence(ctx, tx); err != nil {
			return 0, err
		}
	}
	if err := moveCheckpoint(ctx, tx, s.sch, chain, &prev, ancestor, anyRegistry); err != nil {
		return 0, err
	}
	reg := &pgx.Batch{}
	queueRegistryUndo(reg, s.sch, chain, ancestor.Number)
	if err := tx.SendBatch(ctx, reg).Close(); err != nil {
		return 0, fmt.Errorf("roll back the registry of chain %d to %d: %w", chain, ancestor.Number, err)
	}
	gone, err := deleteTransfers(ctx, tx, s.sch, chain, ancestor.Number)
	if err != nil {
		return 0, err
	}
	if err := applyTransfers(ctx, tx, s.sch, chain, gone, -1, nil); err != nil {
		return 0, err
	}
	if err := s.undoFamilies(ctx, tx, chain, ancestor.Number); err != nil {
		return 0, err
	}
	q := &pgx.Batch{}
	q.Queue(s.sch.Q(`DELETE FROM {s}.balance_snapshots WHERE chain_id = $1 AND block_number > $2`), int64(chain), int64(ancestor.Number))
	q.Queue(s.sch.Q(`DELETE FROM {s}.undecodable_logs WHERE chain_id = $1 AND block_number > $2`), int64(chain), int64(ancestor.Number))
	q.Queue(s.sch.Q(`DELETE FROM {s}.blocks WHERE chain_id = $1 AND block_number > $2`), int64(chain), int64(ancestor.Number))
	if err := tx.SendBatch(ctx, q).Close(); err != nil {
		return 0, fmt.Errorf("roll back chain %d to %d: %w", chain, ancestor.Number, err)
	}
	return len(gone), nil
}

func deleteTransfers(ctx context.Context, tx pgx.Tx, sch Schema, chain, above uint64) ([]Transfer, error) {
	rows, err := tx.Query(ctx, sch.Q(`DELETE FROM {s}.erc20_transfers WHERE chain_id = $1 AND block_number > $2
		RETURNING token, from_address, to_address, value`), int64(chain), int64(above))
	if err != nil {
		return nil, fmt.Errorf("delete transfers of chain %d above %d: %w", chain, above, err)
	}
	var out []Transfer
	for rows.Next() {
		var token, from, to []byte
		var v pgtype.Numeric
		if err := rows.Scan(&token, &from, &to, &v); err != nil {
			return nil, err
		}
		out = append(out, Transfer{Token: common.BytesToAddress(token), From: common.BytesToAddress(from),
			To: common.BytesToAddress(to), Value: numericInt(v)})
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("delete transfers of chain %d above %d: %w", chain, above, err)
	}
	return out, nil
}

// queueRegistryUndo makes the registry agree with a chain cut back to ancestor (before the
// balances are touched, in the order a backfill commit locks them): contracts that
// factories announced above it are unregistered (their rows, and their didx.tokens rows, are
// gone with their blocks), and
// every contract whose main cursor or backfill had passed it is pulled back to it, so the main
// cursor indexes them again from the block after. The version moves, so writers re-read it.
func queueRegistryUndo(q *pgx.Batch, sch Schema, chain, ancestor uint64) {
	q.Queue(sch.Q(`DELETE FROM {s}.contracts WHERE chain_id = $1 AND start_block > $2 AND source LIKE 'factory:%'`),
		int64(chain), int64(ancestor))
	q.Queue(sch.Q(`DELETE FROM {s}.tokens t WHERE chain_id = $1
		AND NOT EXISTS (SELECT FROM {s}.contracts c WHERE c.chain_id = t.chain_id AND c.address = t.token)`), int64(chain))
	q.Queue(sch.Q(`UPDATE {s}.contracts SET main_from = least(main_from, $2), backfill_next = least(backfill_next, $2)
		WHERE chain_id = $1 AND main_from > $2`), int64(chain), int64(ancestor+1))
	q.Queue(sch.Q(`UPDATE {s}.registry SET version = version + 1 WHERE chain_id = $1`), int64(chain))
}
