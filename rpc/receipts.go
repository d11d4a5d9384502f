package rpc

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/ethereum/go-ethereum/trie"
)

// receiptLogs proves the logs of blocks (sorted, within r) by their receipts: the receipts
// must hash to the verified header's receiptsRoot, and the logs matching f are then taken from
// them, indexed by their position in the block. Any endpoint may serve the receipts: the root
// decides, not the endpoint.
func (c *Client) receiptLogs(ctx context.Context, r *Range, blocks []uint64, f Filter) ([]types.Log, error) {
	var out []types.Log
	err := c.do(ctx, "eth_getBlockReceipts", r.To, nil, func(ctx context.Context, e *endpoint) error {
		out = out[:0]
		hs := make([]*Header, len(blocks))
		for i, n := range blocks {
			hs[i] = r.header(n)
		}
		all, err := c.receipts(ctx, e, hs)
		if err != nil {
			return err
		}
		for i, h := range hs {
			rs := all[i]
			if root := types.DeriveSha(types.Receipts(rs), trie.NewStackTrie(nil)); root != h.ReceiptsRoot {
				return garbage("receipts of block %d hash to %s, its header says %s", h.Number, root.TerminalString(), h.ReceiptsRoot.TerminalString())
			}
			var index uint
			for _, rc := range rs {
				for _, l := range rc.Logs {
					proven := types.Log{Address: l.Address, Topics: l.Topics, Data: l.Data, BlockNumber: h.Number,
						TxHash: rc.TxHash, TxIndex: rc.TransactionIndex, BlockHash: h.Hash, Index: index}
					index++
					if matches(&proven, f) {
						out = append(out, proven)
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("receipts proof: %w", err)
	}
	return out, nil
}

// receipts fetches the receipts of the blocks with headers hs from e: eth_getBlockReceipts in
// one batch, or, where the endpoint lacks that method, each block's transactions and a receipt
// for each.
func (c *Client) receipts(ctx context.Context, e *endpoint, hs []*Header) ([][]*types.Receipt, error) {
	out := make([][]*types.Receipt, len(hs))
	if !e.lacksBlockReceipts.Load() {
		lists := make([]receiptList, len(hs))
		elems := make([]gethrpc.BatchElem, len(hs))
		for i, h := range hs {
			elems[i] = gethrpc.BatchElem{Method: "eth_getBlockReceipts", Args: []any{h.Hash}, Result: &lists[i]}
		}
		err := c.batch(ctx, e, elems)
		if !methodMissing(err) {
			if err != nil {
				return nil, err
			}
			for i, l := range lists {
				if !l.set {
					return nil, fmt.Errorf("receipts of block %d (%s) not found: the endpoint is behind or on another branch",
						hs[i].Number, hs[i].Hash.TerminalString())
				}
				out[i] = l.rs
			}
			return out, nil
		}
		e.lacksBlockReceipts.Store(true)
	}
	for i, h := range hs {
		rs, err := c.txReceipts(ctx, e, h)
		if err != nil {
			return nil, err
		}
		out[i] = rs
	}
	return out, nil
}

// txReceipts fetches the receipts of a block one transaction at a time, for endpoints without
// eth_getBlockReceipts.
func (c *Client) txReceipts(ctx context.Context, e *endpoint, h *Header) ([]*types.Receipt, error) {
	var block *struct {
		Transactions []common.Hash `json:"transactions"`
	}
	if err := c.batch(ctx, e, []gethrpc.BatchElem{{Method: "eth_getBlockByHash", Args: []any{h.Hash, false}, Result: &block}}); err != nil {
		return nil, err
	}
	if block == nil {
		return nil, fmt.Errorf("block %d (%s) not found: the endpoint is behind or on another branch", h.Number, h.Hash.TerminalString())
	}
	rs := make([]*types.Receipt, len(block.Transactions))
	elems := make([]gethrpc.BatchElem, len(rs))
	for i, tx := range block.Transactions {
		elems[i] = gethrpc.BatchElem{Method: "eth_getTransactionReceipt", Args: []any{tx}, Result: &rs[i]}
	}
	if err := c.batch(ctx, e, elems); err != nil {
		return nil, err
	}
	for i, rc := range rs {
		if rc == nil {
			return nil, fmt.Errorf("receipt of transaction %d of block %d not found", i, h.Number)
		}
	}
	return rs, nil
}

// methodMissing says whether err is the JSON-RPC answer "method not found".
func methodMissing(err error) bool {
	var re gethrpc.Error
	return errors.As(err, &re) && re.ErrorCode() == -32601
}

// receiptList is an eth_getBlockReceipts result; set tells the receipts of an empty block from
// null, a block the endpoint does not know.
type receiptList struct {
	rs  []*types.Receipt
	set bool
}

// UnmarshalJSON implements json.Unmarshaler.
func (l *receiptList) UnmarshalJSON(raw []byte) error {
	if bytes.Equal(bytes.TrimSpace(raw), []byte("null")) {
		return nil
	}
	if err := json.Unmarshal(raw, &l.rs); err != nil {
		return garbage("eth_getBlockReceipts: %v", err)
	}
	for _, rc := range l.rs {
		if rc == nil {
			return garbage("eth_getBlockReceipts: null receipt")
		}
	}
	l.set = true
	return nil
}
