package synth

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/trie"
)

// gasPerTransfer is the gas each generated transaction uses: one log each.
const gasPerTransfer = 50_000

// receipts are block n's receipts on the branch of salt: one transaction per Transfer, each
// with its one log, so their root is what a receipts proof checks.
func (c *Chain) receipts(n uint64, salt uint64, hash common.Hash) types.Receipts {
	var rs types.Receipts
	if n == 0 {
		return rs
	}
	c.events(n, salt, func(i int, e *Event) {
		topics, data := c.log(e)
		l := &types.Log{Address: e.Token, Topics: topics, Data: data, BlockNumber: n, TxHash: e.TxHash, TxIndex: uint(i),
			BlockHash: hash, Index: uint(i)}
		r := &types.Receipt{Type: types.LegacyTxType, Status: types.ReceiptStatusSuccessful,
			CumulativeGasUsed: uint64(i+1) * gasPerTransfer, Logs: []*types.Log{l}, TxHash: e.TxHash,
			GasUsed: gasPerTransfer, BlockHash: hash, BlockNumber: bigOf(n), TransactionIndex: uint(i)}
		c.bloom(&r.Bloom, e)
		rs = append(rs, r)
	})
	return rs
}

// log is e's topics and data, as its receipt and eth_getLogs carry them.
func (c *Chain) log(e *Event) ([]common.Hash, []byte) {
	if e.Created != (common.Address{}) {
		return eventTopics(e), c.announcement
	}
	if e.Kind == KindAddressFrozen {
		return eventTopics(e), nil
	}
	var v [32]byte
	e.Value.FillBytes(v[:])
	return eventTopics(e), v[:]
}

// eventTopics are e's topics.
func eventTopics(e *Event) []common.Hash {
	from, to := common.BytesToHash(e.From[:]), common.BytesToHash(e.To[:])
	switch {
	case e.Created != (common.Address{}):
		return []common.Hash{CreatedTopic, from, common.BytesToHash(e.Created[:]), to}
	case e.Kind == KindTokensFrozen:
		return []common.Hash{smartTopics[e.Kind], from, to}
	case e.Kind == KindAddressFrozen:
		return []common.Hash{smartTopics[e.Kind], from, to, common.BigToHash(big.NewInt(int64(e.Value.Bit(0))))}
	case e.Kind == KindTransferCompleted:
		return []common.Hash{smartTopics[e.Kind], from, from, to}
	}
	return []common.Hash{TransferTopic, from, to}
}

// receiptsRoot is the root of block n's receipts, as its header carries it.
func (c *Chain) receiptsRoot(n uint64, salt uint64) common.Hash {
	rs := c.receipts(n, salt, common.Hash{})
	if len(rs) == 0 {
		return types.EmptyReceiptsHash
	}
	return types.DeriveSha(rs, trie.NewStackTrie(nil))
}
