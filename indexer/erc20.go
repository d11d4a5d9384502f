package indexer

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/didx/didx/contracts"
	"github.com/didx/didx/store"
)

// Handler turns the logs of one kind of contract into rows of a batch. Handlers only append
// rows: derived state (balances) and rollback are the store's, computed from those rows, so a
// handler is idempotent under replay and gets exact reorg handling without code of its own.
type Handler interface {
	// Name labels the handler in metrics and in didx.undecodable_logs.
	Name() string
	// Topics are the topic0 values the handler wants from its contracts.
	Topics() []common.Hash
	// Handle appends the rows of one log to b; an error means the log did not decode.
	Handle(l *types.Log, b *store.Batch) error
}

// transferEvent is the ERC-20 Transfer event as declared in the ABI.
var transferEvent = func() struct {
	id      common.Hash
	indexed int
} {
	abi, err := contracts.TokenMetaData.GetAbi()
	if err != nil {
		panic(err)
	}
	ev := abi.Events["Transfer"]
	n := 0
	for _, in := range ev.Inputs {
		if in.Indexed {
			n++
		}
	}
	return struct {
		id      common.Hash
		indexed int
	}{ev.ID, n}
}()

// TransferTopic is topic0 of `Transfer(address,address,uint256)`.
var TransferTopic = transferEvent.id

// ERC20 indexes the Transfer events of registered ERC-20 contracts.
type ERC20 struct {
	start  map[common.Address]uint64
	topics []common.Hash
}

// NewERC20 handles the given contracts, each from its start block on.
func NewERC20(start map[common.Address]uint64) *ERC20 {
	return &ERC20{start: start, topics: []common.Hash{TransferTopic}}
}

// Name implements Handler.
func (h *ERC20) Name() string { return "erc20" }

// Topics implements Handler.
func (h *ERC20) Topics() []common.Hash { return h.topics }

var errNotERC20Transfer = errors.New("not an ERC-20 Transfer")

// Handle decodes a Transfer(address indexed from, address indexed to, uint256 value). A log
// under the same topic with another shape (ERC-721's, with an indexed token id) is an error.
func (h *ERC20) Handle(l *types.Log, b *store.Batch) error {
	start, ok := h.start[l.Address]
	if !ok || l.BlockNumber < start {
		return nil
	}
	if len(l.Topics) != 1+transferEvent.indexed || len(l.Data) != 32 {
		return fmt.Errorf("%w: %d topics and %d data bytes, want 3 and 32", errNotERC20Transfer, len(l.Topics), len(l.Data))
	}
	from, err := topicAddress(l.Topics[1])
	if err != nil {
		return fmt.Errorf("%w: from: %v", errNotERC20Transfer, err)
	}
	to, err := topicAddress(l.Topics[2])
	if err != nil {
		return fmt.Errorf("%w: to: %v", errNotERC20Transfer, err)
	}
	b.Transfers = append(b.Transfers, store.Transfer{
		Block: l.BlockNumber, BlockHash: l.BlockHash, TxHash: l.TxHash, LogIndex: l.Index,
		Token: l.Address, From: from, To: to, Value: b.Value(l.Data),
	})
	return nil
}

// topicAddress decodes an ABI-encoded address: 12 zero bytes then 20 address bytes.
func topicAddress(t common.Hash) (common.Address, error) {
	for _, c := range t[:12] {
		if c != 0 {
			return common.Address{}, fmt.Errorf("%s is not an address", t.Hex())
		}
	}
	return common.BytesToAddress(t[12:]), nil
}
