package indexer

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/didx/didx/indexer/family"
	"github.com/didx/didx/store"
)

// Handler turns the logs of one kind of contract into rows of a batch.
type Handler = family.Handler

// TransferTopic is topic0 of `Transfer(address,address,uint256)`.
var TransferTopic = family.TransferTopic

// ERC20 indexes the Transfer events of registered ERC-20 contracts.
type ERC20 struct {
	start  map[common.Address]uint64
	topics []common.Hash
}

// NewERC20 handles the given contracts, each from its start block.
func NewERC20(start map[common.Address]uint64) *ERC20 {
	return &ERC20{start: start, topics: []common.Hash{TransferTopic}}
}

// Name implements Handler.
func (h *ERC20) Name() string { return "erc20" }

// Topics implements Handler.
func (h *ERC20) Topics() []common.Hash { return h.topics }

// Handle decodes a Transfer(address indexed from, address indexed to, uint256 value). A log
// under the same topic with another shape (ERC-721's, with an indexed token id) is an error.
func (h *ERC20) Handle(l *types.Log, b *store.Batch) error {
	start, ok := h.start[l.Address]
	if !ok || l.BlockNumber < start {
		return nil
	}
	return family.AppendTransfer(l, b)
}
