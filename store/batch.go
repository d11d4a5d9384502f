package store

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"math/bits"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
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

// MarshalJSON writes the checkpoint as {"number","hash"}, and again under the capitalised keys
// "Number" and "Hash" that validate reports carried before, for scripts that read those.
func (c Checkpoint) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Number       uint64      `json:"number"`
		Hash         common.Hash `json:"hash"`
		LegacyNumber uint64      `json:"Number"`
		LegacyHash   common.Hash `json:"Hash"`
	}{c.Number, c.Hash, c.Number, c.Hash})
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
	// Fence, when set, runs inside the transaction just before it commits, and aborts it by
	// returning an error.
	Fence func(context.Context, pgx.Tx) error
	// Discovered are contracts factories announced in the batch's blocks, whose logs from their
	// announcement's block on the batch holds: Commit registers them as indexed from there.
	Discovered []Contract
	// Registry is the version of the chain's registry the batch was built for: Commit writes
	// nothing and returns ErrCheckpointMoved once another registration has bumped it. A batch
	// that registers contracts bumps it by one.
	Registry int64
	// Backfilling are the tokens whose history is still being backfilled: their balances may
	// dip below zero until it is done, so they are not counted in Committed.Negative.
	Backfilling map[common.Address]bool

	ext      map[string]Rows
	extOrder []string
	enc      *encoded
	values   []big.Int
	words    []big.Word
}

// valueChunk is how many values Value carves from one allocation.
const valueChunk = 1024

// Value returns data as an unsigned integer that lives as long as the batch. Handlers take
// transfer values from here: a batch's values then cost a few allocations rather than two each.
func (b *Batch) Value(data []byte) *big.Int {
	const words = 256 / bits.UintSize
	if len(data) > 32 {
		return new(big.Int).SetBytes(data)
	}
	if len(b.values) == cap(b.values) {
		b.values = make([]big.Int, 0, valueChunk)
		b.words = make([]big.Word, words*valueChunk)
	}
	n := len(b.values)
	b.values = b.values[:n+1]
	v := &b.values[n]
	v.SetBits(b.words[words*n : words*n : words*(n+1)])
	return v.SetBytes(data)
}

// encoded is a sealed batch's rows in the form Commit sends them.
type encoded struct {
	transfers *CopyStream
	balances  *sums[BalanceKey]
	supply    *sums[common.Address]
	// err is why the rows cannot be summed, which Window.Add returns.
	err error
}

// Seal encodes the batch's rows and sums the balance changes they imply, so that a Window
// only ships bytes and adds sums: a pipeline seals one batch while the previous one commits.
// The encoding replaces the rows, which Seal lets go of (Transfers is nil afterwards) so that
// a sealed batch waiting for its commit holds half the memory. Window.Add seals a batch that
// is not sealed yet.
func (b *Batch) Seal() {
	balances, supply, err := sumTransfers(b.Transfers, 1)
	b.enc = &encoded{transfers: encodeTransfers(b.ChainID, b.Transfers), balances: balances, supply: supply, err: err}
	b.Transfers, b.values, b.words = nil, nil, nil
}

// Sealed reports whether Seal has run.
func (b *Batch) Sealed() bool { return b.enc != nil }

// Rows is the number of transfer rows the batch writes, before or after Seal.
func (b *Batch) Rows() int {
	if b.enc != nil {
		return b.enc.transfers.Rows()
	}
	return len(b.Transfers)
}

// Commit writes the batch and moves the checkpoint from Prev to Next in one transaction: a
// window of one batch. It returns ErrCheckpointMoved, writing nothing, when the checkpoint is
// no longer Prev.
func (s *Store) Commit(ctx context.Context, b *Batch) error {
	w, err := s.Begin(ctx, b.ChainID)
	if err != nil {
		return err
	}
	if err := w.Add(ctx, b); err != nil {
		w.Rollback(ctx)
		return err
	}
	_, err = w.Commit(ctx, common.Hash{})
	return err
}

func firstBlock(b *Batch) uint64 {
	if b.Prev == nil {
		return 0
	}
	return b.Prev.Number + 1
}

// anyRegistry skips moveCheckpoint's registry check: a rollback undoes blocks whatever the
// registry holds.
const anyRegistry = -1

// moveCheckpoint sets the checkpoint to next if it is still prev and the chain's registry is
// still at version registry (unless anyRegistry), else returns ErrCheckpointMoved: either way
// the writer must re-read what it builds on. A prev without a hash is a final block whose hash
// the writer had not fetched (see Window.Commit): its number alone must match, as a final
// block has one hash. The row lock it takes serialises concurrent writers of a chain.
func moveCheckpoint(ctx context.Context, tx pgx.Tx, sch Schema, chain uint64, prev *Checkpoint, next Checkpoint, registry int64) error {
	var tag interface{ RowsAffected() int64 }
	var err error
	const current = `($4::bigint < 0 OR coalesce((SELECT version FROM {s}.registry WHERE chain_id = $1), 0) = $4)`
	if prev == nil {
		tag, err = tx.Exec(ctx, sch.Q(`INSERT INTO {s}.checkpoints (chain_id, block_number, block_hash, updated_at)
			SELECT $1, $2, $3, now() WHERE `+current+` ON CONFLICT (chain_id) DO NOTHING`),
			int64(chain), int64(next.Number), next.Hash.Bytes(), registry)
	} else {
		tag, err = tx.Exec(ctx, sch.Q(`UPDATE {s}.checkpoints SET block_number = $2, block_hash = $3, updated_at = now()
			WHERE chain_id = $1 AND block_number = $5 AND (block_hash = $6 OR $6 = $7) AND `+current),
			int64(chain), int64(next.Number), next.Hash.Bytes(), registry, int64(prev.Number), prev.Hash.Bytes(), common.Hash{}.Bytes())
	}
	if err != nil {
		return fmt.Errorf("move checkpoint to %d: %w", next.Number, err)
	}
	if tag.RowsAffected() != 1 {
		return ErrCheckpointMoved
	}
	return nil
}

// transferColumns are the columns of didx.erc20_transfers that encodeTransfers writes.
var transferColumns = []string{"chain_id", "block_number", "block_hash", "tx_hash", "log_index", "token", "from_address", "to_address", "value"}

// encodeTransfers is a COPY stream of the rows of transfers, in transferColumns. It appends to
// the stream's buffer held in a local rather than through CopyStream's methods, which store
// the buffer back at every field: a backfill encodes every transfer, and that cost a fifth
// more per row.
func encodeTransfers(chain uint64, transfers []Transfer) *CopyStream {
	const rowSize = 2 + 3*(4+8) + 2*(4+32) + 3*(4+20) + 4 + 8 + 2*10
	cs := NewCopyStream(rowSize * len(transfers))
	b := cs.b
	for i := range transfers {
		t := &transfers[i]
		b = appendInt16(b, int16(len(transferColumns)))
		b = appendInt8Field(b, int64(chain))
		b = appendInt8Field(b, int64(t.Block))
		b = appendBytesField(b, t.BlockHash[:])
		b = appendBytesField(b, t.TxHash[:])
		b = appendInt4Field(b, int32(t.LogIndex))
		b = appendBytesField(b, t.Token[:])
		b = appendBytesField(b, t.From[:])
		b = appendBytesField(b, t.To[:])
		b = appendNumericField(b, t.Value)
	}
	cs.b, cs.rows = b, len(transfers)
	return cs
}

func queueBlocks(q *pgx.Batch, sch Schema, chain uint64, blocks []Block, finalized uint64) {
	if len(blocks) > 0 {
		nums := make([]int64, len(blocks))
		hashes := make([][]byte, len(blocks))
		parents := make([][]byte, len(blocks))
		times := make([]time.Time, len(blocks))
		for i, b := range blocks {
			nums[i], hashes[i], parents[i], times[i] = int64(b.Number), b.Hash.Bytes(), b.ParentHash.Bytes(), time.Unix(int64(b.Time), 0)
		}
		q.Queue(sch.Q(`INSERT INTO {s}.blocks (chain_id, block_number, block_hash, parent_hash, block_time)
			SELECT $1, * FROM unnest($2::bigint[], $3::bytea[], $4::bytea[], $5::timestamptz[])
			ON CONFLICT (chain_id, block_number) DO UPDATE SET block_hash = excluded.block_hash,
				parent_hash = excluded.parent_hash, block_time = excluded.block_time`),
			int64(chain), nums, hashes, parents, times)
	}
	if finalized > 0 {
		q.Queue(sch.Q(`DELETE FROM {s}.blocks WHERE chain_id = $1 AND block_number < $2`), int64(chain), int64(finalized))
	}
}

func queueBadLogs(q *pgx.Batch, sch Schema, chain uint64, bad []BadLog) {
	for _, l := range bad {
		topics := make([][]byte, len(l.Topics))
		for i, t := range l.Topics {
			topics[i] = t.Bytes()
		}
		q.Queue(sch.Q(`INSERT INTO {s}.undecodable_logs (chain_id, block_number, block_hash, tx_hash, log_index,
				address, handler, topics, data, error) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`),
			int64(chain), int64(l.Block), l.BlockHash.Bytes(), l.TxHash.Bytes(), int32(l.LogIndex),
			l.Address.Bytes(), l.Handler, topics, l.Data, l.Err)
	}
}
