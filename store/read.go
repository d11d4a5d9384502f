package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
)

// Checkpoint reads a chain's checkpoint; nil when the chain has none yet.
func (s *Store) Checkpoint(ctx context.Context, chain uint64) (*Checkpoint, error) {
	return readCheckpoint(ctx, s.pool, s.sch, chain)
}

func readCheckpoint(ctx context.Context, q interface {
	QueryRow(context.Context, string, ...any) pgx.Row
}, sch Schema, chain uint64) (*Checkpoint, error) {
	var n int64
	var h []byte
	err := q.QueryRow(ctx, sch.Q(`SELECT block_number, block_hash FROM {s}.checkpoints WHERE chain_id = $1`),
		int64(chain)).Scan(&n, &h)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read checkpoint of chain %d: %w", chain, err)
	}
	return &Checkpoint{Number: uint64(n), Hash: common.BytesToHash(h)}, nil
}

// Blocks reads the recorded blocks of a chain in [from, to], newest first.
func (s *Store) Blocks(ctx context.Context, chain, from, to uint64) ([]Block, error) {
	rows, err := s.pool.Query(ctx, s.sch.Q(`SELECT block_number, block_hash, parent_hash, block_time FROM {s}.blocks
		WHERE chain_id = $1 AND block_number BETWEEN $2 AND $3 ORDER BY block_number DESC`),
		int64(chain), int64(from), int64(to))
	if err != nil {
		return nil, fmt.Errorf("read blocks %d-%d of chain %d: %w", from, to, chain, err)
	}
	var out []Block
	for rows.Next() {
		var n int64
		var h, p []byte
		var t time.Time
		if err := rows.Scan(&n, &h, &p, &t); err != nil {
			return nil, err
		}
		out = append(out, Block{Number: uint64(n), Hash: common.BytesToHash(h), ParentHash: common.BytesToHash(p), Time: uint64(t.Unix())})
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read blocks %d-%d of chain %d: %w", from, to, chain, err)
	}
	return out, nil
}

// OldestBlock is the lowest recorded block of a chain: the bottom of its unfinalized window.
func (s *Store) OldestBlock(ctx context.Context, chain uint64) (uint64, bool, error) {
	var n *int64
	if err := s.pool.QueryRow(ctx, s.sch.Q(`SELECT min(block_number) FROM {s}.blocks WHERE chain_id = $1`), int64(chain)).Scan(&n); err != nil {
		return 0, false, fmt.Errorf("read window of chain %d: %w", chain, err)
	}
	if n == nil {
		return 0, false, nil
	}
	return uint64(*n), true, nil
}

// RowBlocks lists, newest first, up to limit distinct blocks below hi that indexed rows of a
// chain carry, with the hash those rows recorded: the evidence for a reorg search below the
// recorded window.
func (s *Store) RowBlocks(ctx context.Context, chain, hi uint64, limit int) ([]Block, error) {
	rows, err := s.pool.Query(ctx, s.sch.Q(`SELECT block_number, block_hash FROM (
			SELECT block_number, block_hash FROM {s}.erc20_transfers WHERE chain_id = $1 AND block_number < $2
			UNION SELECT block_number, block_hash FROM {s}.undecodable_logs WHERE chain_id = $1 AND block_number < $2
		) b GROUP BY block_number, block_hash ORDER BY block_number DESC LIMIT $3`), int64(chain), int64(hi), limit)
	if err != nil {
		return nil, fmt.Errorf("read indexed blocks of chain %d below %d: %w", chain, hi, err)
	}
	var out []Block
	for rows.Next() {
		var n int64
		var h []byte
		if err := rows.Scan(&n, &h); err != nil {
			return nil, err
		}
		out = append(out, Block{Number: uint64(n), Hash: common.BytesToHash(h)})
	}
	return out, rows.Err()
}

// Reorg is a repaired reorg as recorded in didx.reorgs.
type Reorg struct {
	At          time.Time `json:"at"`
	OldBlock    uint64    `json:"old_block"`
	Ancestor    uint64    `json:"ancestor"`
	Depth       uint64    `json:"depth"`
	RowsRemoved int64     `json:"rows_removed"`
	// RepairMS is known only to the process that repaired the reorg.
	RepairMS float64 `json:"repair_ms,omitempty"`
}

// LastReorg is the newest recorded reorg of a chain, or nil.
func (s *Store) LastReorg(ctx context.Context, chain uint64) (*Reorg, error) {
	var r Reorg
	var old, anc, depth int64
	err := s.pool.QueryRow(ctx, s.sch.Q(`SELECT detected_at, old_block, ancestor, depth, rows_removed FROM {s}.reorgs
		WHERE chain_id = $1 ORDER BY detected_at DESC LIMIT 1`), int64(chain)).Scan(&r.At, &old, &anc, &depth, &r.RowsRemoved)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read last reorg of chain %d: %w", chain, err)
	}
	r.OldBlock, r.Ancestor, r.Depth = uint64(old), uint64(anc), uint64(depth)
	return &r, nil
}
