// Package family defines what an event family (ERC-20, security tokens, ...) gives the
// pipeline: a handler per contract kind that turns logs into a batch's rows, and the store
// side (its tables, their derivation and rollback). Adding a family is one package that
// implements Family, one migration and one line in the indexer's list of families.
package family

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jackc/pgx/v5"

	"github.com/didx/didx/rpc"
	"github.com/didx/didx/store"
)

// Handler turns the logs of one kind of contract into rows of a batch. Handlers only append
// rows: derived state and rollback are computed from those rows, so a handler is idempotent
// under replay and gets exact reorg handling without code of its own.
type Handler interface {
	// Name labels the handler in metrics and in didx.undecodable_logs.
	Name() string
	// Topics are the topic0 values the handler wants from its contracts.
	Topics() []common.Hash
	// Handle appends the rows of one log to b; an error means the log did not decode.
	Handle(l *types.Log, b *store.Batch) error
}

// Family is an event family beyond ERC-20: the kinds of contract it decodes and the tables it
// derives, which the store rolls back and rebuilds with its own.
type Family interface {
	store.Family
	// Kinds are the contract kinds it decodes.
	Kinds() []string
	// Handler decodes the logs of the contracts of kind, each from its start block on.
	Handler(kind string, start map[common.Address]uint64) Handler
}

// Caller runs eth_calls at a block: what a family reads when a log does not carry all its row
// needs (a T-REX registration's country).
type Caller interface {
	CallAt(ctx context.Context, block uint64, calls []rpc.Call) ([][]byte, error)
}

// Resolver is implemented by a family's rows that must read the chain before they commit.
type Resolver interface {
	Resolve(ctx context.Context, c Caller) error
}

// Counted is implemented by a family's rows that report how many rows of which table they
// add, for didx_rows_written_total.
type Counted interface {
	Counts() map[string]int
}

// Counts adds up the rows b's families write, by table.
func Counts(b *store.Batch) map[string]int {
	out := map[string]int{}
	for _, r := range b.Exts() {
		if c, ok := r.(Counted); ok {
			for t, n := range c.Counts() {
				out[t] += n
			}
		}
	}
	return out
}

// Resolve completes every family's rows of b from the chain: the pipeline calls it before the
// batch commits.
func Resolve(ctx context.Context, c Caller, b *store.Batch) error {
	for _, r := range b.Exts() {
		if res, ok := r.(Resolver); ok {
			if err := res.Resolve(ctx, c); err != nil {
				return err
			}
		}
	}
	return nil
}

// Checker is implemented by families whose state `didx validate` holds against the chain.
type Checker interface {
	// Check compares the family's state of the chain in db (a snapshot at the checkpoint)
	// with call, which runs eth_calls at the checkpoint block, leaving out the contracts in
	// skip (their history is not all indexed). It returns the differences, each named, and
	// how many items it compared.
	Check(ctx context.Context, db Querier, chain uint64, skip map[common.Address]bool, call CallFunc) ([]Finding, int, error)
}

// Querier reads the indexed tables; {s} in sql names their schema.
type Querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
}

// CallFunc runs eth_calls at one block.
type CallFunc func(ctx context.Context, calls []rpc.Call) ([][]byte, error)

// Finding is one difference between a family's indexed state and the chain.
type Finding struct {
	// Kind names what differs, as a validate report's mismatch kind (frozen_tokens, ...).
	Kind            string
	Contract        common.Address
	Holder          common.Address
	Expected, Found string
}

// TransferTopic is topic0 of the ERC-20 `Transfer(address indexed, address indexed, uint256)`.
var TransferTopic = crypto.Keccak256Hash([]byte("Transfer(address,address,uint256)"))

// ErrNotTransfer is a log under TransferTopic that is not an ERC-20 Transfer (ERC-721's has an
// indexed token id instead of data).
var ErrNotTransfer = errors.New("not an ERC-20 Transfer")

// AppendTransfer decodes an ERC-20 Transfer into b's transfers: the only event any family
// applies to balances.
func AppendTransfer(l *types.Log, b *store.Batch) error {
	if len(l.Topics) != 3 || len(l.Data) != 32 {
		return fmt.Errorf("%w: %d topics and %d data bytes, want 3 and 32", ErrNotTransfer, len(l.Topics), len(l.Data))
	}
	from, err := TopicAddress(l.Topics[1])
	if err != nil {
		return fmt.Errorf("%w: from: %v", ErrNotTransfer, err)
	}
	to, err := TopicAddress(l.Topics[2])
	if err != nil {
		return fmt.Errorf("%w: to: %v", ErrNotTransfer, err)
	}
	b.Transfers = append(b.Transfers, store.Transfer{
		Block: l.BlockNumber, BlockHash: l.BlockHash, TxHash: l.TxHash, LogIndex: l.Index,
		Token: l.Address, From: from, To: to, Value: b.Value(l.Data),
	})
	return nil
}

// TopicAddress decodes an ABI-encoded address: 12 zero bytes then 20 address bytes.
func TopicAddress(t common.Hash) (common.Address, error) {
	for _, c := range t[:12] {
		if c != 0 {
			return common.Address{}, fmt.Errorf("%s is not an address", t.Hex())
		}
	}
	return common.BytesToAddress(t[12:]), nil
}
