package store

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
)

// Block is an indexed block: its hash is what reorg detection compares with the chain.
type Block struct {
	Number     uint64
	Hash       common.Hash
	ParentHash common.Hash
	Time       uint64
}

// Checkpoint is the newest block of a chain whose effects are all committed.
type Checkpoint struct {
	Number uint64
	Hash   common.Hash
}

// Transfer is one ERC-20 Transfer log, as stored in didx.erc20_transfers.
type Transfer struct {
	Block     uint64
	BlockHash common.Hash
	TxHash    common.Hash
	LogIndex  uint
	Token     common.Address
	From, To  common.Address
	Value     *big.Int
}

// BadLog is a log that a handler could not decode, kept in didx.undecodable_logs.
type BadLog struct {
	Block     uint64
	BlockHash common.Hash
	TxHash    common.Hash
	LogIndex  uint
	Address   common.Address
	Topics    []common.Hash
	Data      []byte
	Handler   string
	Err       string
}

// Batch is the effect of a run of consecutive blocks, committed atomically with the checkpoint.
type Batch struct {
	ChainID uint64
	// Prev is the checkpoint the batch builds on; nil when the chain has none yet.
	Prev *Checkpoint
	// Next becomes the checkpoint.
	Next Checkpoint
	// Blocks are recorded for reorg detection: those above the finalized block.
	Blocks []Block
	// Finalized is the newest block known canonical and final; recorded blocks below it are
	// pruned.
	Finalized uint64
	Transfers []Transfer
	Bad       []BadLog
	// Fence, when set, runs first inside the transaction and aborts it by returning an error.
	Fence func(context.Context, pgx.Tx) error
}

// Commit writes the batch and moves the checkpoint from Prev to Next in one transaction. It
// returns ErrCheckpointMoved, writing nothing, when the checkpoint is no longer Prev.
func (s *Store) Commit(ctx context.Context, b *Batch) error {
	return txDo(ctx, s.pool, func(tx pgx.Tx) error {
		if b.Fence != nil {
			if err := b.Fence(ctx, tx); err != nil {
				return err
			}
		}
		if err := moveCheckpoint(ctx, tx, s.sch, b.ChainID, b.Prev, b.Next); err != nil {
			return err
		}
		if len(b.Transfers) > 0 {
			if _, err := tx.CopyFrom(ctx, pgx.Identifier{string(s.sch), "erc20_transfers"}, transferColumns,
				&transferRows{chain: int64(b.ChainID), rows: b.Transfers, i: -1}); err != nil {
				return fmt.Errorf("copy %d transfers: %w", len(b.Transfers), err)
			}
		}
		q := &pgx.Batch{}
		queueBalances(q, s.sch, b.ChainID, BalanceDeltas(b.Transfers, 1))
		queueBlocks(q, s.sch, b.ChainID, b.Blocks, b.Finalized)
		queueBadLogs(q, s.sch, b.ChainID, b.Bad)
		if q.Len() > 0 {
			if err := tx.SendBatch(ctx, q).Close(); err != nil {
				return fmt.Errorf("write batch %d-%d: %w", firstBlock(b), b.Next.Number, err)
			}
		}
		return nil
	})
}

func firstBlock(b *Batch) uint64 {
	if b.Prev == nil {
		return 0
	}
	return b.Prev.Number + 1
}

// moveCheckpoint sets the checkpoint to next if it is still prev, else returns
// ErrCheckpointMoved. The row lock it takes serialises concurrent writers of a chain.
func moveCheckpoint(ctx context.Context, tx pgx.Tx, sch schema, chain uint64, prev *Checkpoint, next Checkpoint) error {
	var tag interface{ RowsAffected() int64 }
	var err error
	if prev == nil {
		tag, err = tx.Exec(ctx, sch.q(`INSERT INTO {s}.checkpoints (chain_id, block_number, block_hash, updated_at)
			VALUES ($1, $2, $3, now()) ON CONFLICT (chain_id) DO NOTHING`),
			int64(chain), int64(next.Number), next.Hash.Bytes())
	} else {
		tag, err = tx.Exec(ctx, sch.q(`UPDATE {s}.checkpoints SET block_number = $2, block_hash = $3, updated_at = now()
			WHERE chain_id = $1 AND block_number = $4 AND block_hash = $5`),
			int64(chain), int64(next.Number), next.Hash.Bytes(), int64(prev.Number), prev.Hash.Bytes())
	}
	if err != nil {
		return fmt.Errorf("move checkpoint to %d: %w", next.Number, err)
	}
	if tag.RowsAffected() != 1 {
		return ErrCheckpointMoved
	}
	return nil
}

var transferColumns = []string{"chain_id", "block_number", "block_hash", "tx_hash", "log_index",
	"token", "from_address", "to_address", "value"}

// transferRows feeds transfers to COPY without building a [][]any; pgx encodes each row
// before asking for the next, so one values slice serves every row.
type transferRows struct {
	chain int64
	rows  []Transfer
	i     int
	vals  [9]any
}

func (r *transferRows) Next() bool { r.i++; return r.i < len(r.rows) }
func (r *transferRows) Err() error { return nil }

func (r *transferRows) Values() ([]any, error) {
	t := &r.rows[r.i]
	r.vals = [9]any{r.chain, int64(t.Block), t.BlockHash[:], t.TxHash[:], int32(t.LogIndex),
		t.Token[:], t.From[:], t.To[:], pgtype.Numeric{Int: t.Value, Valid: true}}
	return r.vals[:], nil
}

func queueBlocks(q *pgx.Batch, sch schema, chain uint64, blocks []Block, finalized uint64) {
	if len(blocks) > 0 {
		nums := make([]int64, len(blocks))
		hashes := make([][]byte, len(blocks))
		parents := make([][]byte, len(blocks))
		times := make([]time.Time, len(blocks))
		for i, b := range blocks {
			nums[i], hashes[i], parents[i], times[i] = int64(b.Number), b.Hash.Bytes(), b.ParentHash.Bytes(), time.Unix(int64(b.Time), 0)
		}
		q.Queue(sch.q(`INSERT INTO {s}.blocks (chain_id, block_number, block_hash, parent_hash, block_time)
			SELECT $1, * FROM unnest($2::bigint[], $3::bytea[], $4::bytea[], $5::timestamptz[])
			ON CONFLICT (chain_id, block_number) DO UPDATE SET block_hash = excluded.block_hash,
				parent_hash = excluded.parent_hash, block_time = excluded.block_time`),
			int64(chain), nums, hashes, parents, times)
	}
	if finalized > 0 {
		q.Queue(sch.q(`DELETE FROM {s}.blocks WHERE chain_id = $1 AND block_number < $2`), int64(chain), int64(finalized))
	}
}

func queueBadLogs(q *pgx.Batch, sch schema, chain uint64, bad []BadLog) {
	for _, l := range bad {
		topics := make([][]byte, len(l.Topics))
		for i, t := range l.Topics {
			topics[i] = t.Bytes()
		}
		q.Queue(sch.q(`INSERT INTO {s}.undecodable_logs (chain_id, block_number, block_hash, tx_hash, log_index,
				address, handler, topics, data, error) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`),
			int64(chain), int64(l.Block), l.BlockHash.Bytes(), l.TxHash.Bytes(), int32(l.LogIndex),
			l.Address.Bytes(), l.Handler, topics, l.Data, l.Err)
	}
}
