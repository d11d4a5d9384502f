package rpc

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
)

// Call is one eth_call.
type Call struct {
	To   common.Address
	Data []byte
}

// CallAt runs the calls at block in JSON-RPC batches on one endpoint that has the block, and
// returns their results in order. A reverted call is an error.
func (c *Client) CallAt(ctx context.Context, block uint64, calls []Call) ([][]byte, error) {
	out := make([][]byte, len(calls))
	err := c.do(ctx, "eth_call", block, nil, func(ctx context.Context, e *endpoint) error {
		res := make([]hexutil.Bytes, len(calls))
		elems := make([]gethrpc.BatchElem, len(calls))
		for i, call := range calls {
			elems[i] = gethrpc.BatchElem{Method: "eth_call", Args: []any{
				map[string]any{"to": call.To, "data": hexutil.Bytes(call.Data)}, hexutil.Uint64(block)}, Result: &res[i]}
		}
		if err := c.batch(ctx, e, elems); err != nil {
			return err
		}
		for i := range res {
			out[i] = res[i]
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("eth_call at %d: %w", block, err)
	}
	return out, nil
}
