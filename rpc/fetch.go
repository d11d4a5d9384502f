package rpc

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
)

// Header is the part of a block header the indexer needs.
type Header struct {
	Number     uint64
	Hash       common.Hash
	ParentHash common.Hash
	Time       uint64
	Bloom      types.Bloom
}

type rawHeader struct {
	Number     hexutil.Uint64 `json:"number"`
	Hash       common.Hash    `json:"hash"`
	ParentHash common.Hash    `json:"parentHash"`
	Time       hexutil.Uint64 `json:"timestamp"`
	Bloom      types.Bloom    `json:"logsBloom"`
}

func (h *rawHeader) header() Header {
	return Header{Number: uint64(h.Number), Hash: h.Hash, ParentHash: h.ParentHash, Time: uint64(h.Time), Bloom: h.Bloom}
}

// Filter selects the logs to fetch: any of Addresses, with topic0 any of Topics.
type Filter struct {
	Addresses []common.Address
	Topics    []common.Hash
}

// Range is a verified answer for blocks [From, To]: every header, linked by parent hash, and
// the matching logs in block and index order, each carrying the hash of its block's header.
type Range struct {
	From, To uint64
	Headers  []Header
	Logs     []types.Log
	// Endpoint is the safe name of the endpoint that answered.
	Endpoint string
	// Refetched counts blocks whose empty answer the bloom filter contradicted and that were
	// asked again.
	Refetched int
}

// FetchRange fetches logs and headers of [from, to] from one endpoint in one batch, verifies
// them, and cross-checks blocks whose bloom filter promises logs that the answer lacks.
func (c *Client) FetchRange(ctx context.Context, from, to uint64, f Filter) (*Range, error) {
	var r *Range
	var answered *endpoint
	err := c.do(ctx, "eth_getLogs", to, nil, func(ctx context.Context, e *endpoint) error {
		got, err := c.fetchOn(ctx, e, from, to, f)
		if err != nil {
			return err
		}
		r, answered = got, e
		return nil
	})
	if err != nil {
		if classify(err) == errTooMuch {
			_, max := tooMuch(err.Error())
			return nil, &RangeError{From: from, To: to, Max: max, Err: err}
		}
		return nil, fmt.Errorf("fetch %d-%d: %w", from, to, err)
	}
	if err := c.confirmEmpty(ctx, r, answered, f); err != nil {
		return nil, fmt.Errorf("fetch %d-%d: %w", from, to, err)
	}
	return r, nil
}

func (c *Client) fetchOn(ctx context.Context, e *endpoint, from, to uint64, f Filter) (*Range, error) {
	chunks := chunk(f.Addresses, c.opts.MaxAddresses)
	n := int(to - from + 1)
	lists := make([]logList, len(chunks))
	hdrs := make([]*rawHeader, n)
	elems := make([]gethrpc.BatchElem, 0, len(chunks)+n)
	for i, addrs := range chunks {
		elems = append(elems, gethrpc.BatchElem{Method: "eth_getLogs", Args: []any{logQuery(from, to, addrs, f.Topics)}, Result: &lists[i]})
	}
	for i := range hdrs {
		elems = append(elems, gethrpc.BatchElem{Method: "eth_getBlockByNumber",
			Args: []any{hexutil.Uint64(from + uint64(i)), false}, Result: &hdrs[i]})
	}
	if err := c.batch(ctx, e, elems); err != nil {
		return nil, err
	}
	r := &Range{From: from, To: to, Headers: make([]Header, n), Endpoint: e.name}
	for i, h := range hdrs {
		if h == nil {
			return nil, fmt.Errorf("block %d not found (endpoint behind)", from+uint64(i))
		}
		r.Headers[i] = h.header()
	}
	for _, l := range lists {
		if !l.set {
			return nil, garbage("eth_getLogs %d-%d: no answer", from, to)
		}
		if r.Logs == nil {
			r.Logs = l.logs
		} else {
			r.Logs = append(r.Logs, l.logs...)
		}
	}
	if len(chunks) > 1 {
		slices.SortFunc(r.Logs, logOrder)
	}
	if err := verify(r, f); err != nil {
		return nil, err
	}
	return r, nil
}

// verify checks that the answer is one consistent view of the chain.
func verify(r *Range, f Filter) error {
	for i, h := range r.Headers {
		if h.Number != r.From+uint64(i) {
			return garbage("asked block %d, got %d", r.From+uint64(i), h.Number)
		}
		if i > 0 && h.ParentHash != r.Headers[i-1].Hash {
			return fmt.Errorf("block %d does not link to %d: the endpoint answered from two views of the chain", h.Number, h.Number-1)
		}
	}
	for i := range r.Logs {
		l := &r.Logs[i]
		if l.BlockNumber < r.From || l.BlockNumber > r.To {
			return garbage("log of block %d outside %d-%d", l.BlockNumber, r.From, r.To)
		}
		if l.Removed {
			return fmt.Errorf("log %d/%d marked removed", l.BlockNumber, l.Index)
		}
		if h := r.Headers[l.BlockNumber-r.From]; l.BlockHash != h.Hash {
			return fmt.Errorf("log %d/%d has block hash %s, header %s: the endpoint answered from two views of the chain",
				l.BlockNumber, l.Index, l.BlockHash.TerminalString(), h.Hash.TerminalString())
		}
		if !matches(l, f) {
			return garbage("log %d/%d does not match the filter", l.BlockNumber, l.Index)
		}
		if i > 0 {
			p := &r.Logs[i-1]
			if p.BlockNumber > l.BlockNumber || (p.BlockNumber == l.BlockNumber && p.Index >= l.Index) {
				return garbage("logs out of order at %d/%d", l.BlockNumber, l.Index)
			}
		}
	}
	return nil
}

func matches(l *types.Log, f Filter) bool {
	if len(l.Topics) == 0 || (len(f.Topics) > 0 && !slices.Contains(f.Topics, l.Topics[0])) {
		return false
	}
	return len(f.Addresses) == 0 || slices.Contains(f.Addresses, l.Address)
}

// confirmEmpty asks again, preferably of another endpoint, for the logs of every block whose
// bloom filter says a registered address emitted a wanted topic while the answer has no log of
// that address there. An endpoint that silently drops logs is the classic way indexers lose
// events; a bloom false positive costs one extra request.
func (c *Client) confirmEmpty(ctx context.Context, r *Range, answered *endpoint, f Filter) error {
	suspects := suspectBlocks(r, f)
	if len(suspects) == 0 {
		return nil
	}
	elems := make([]gethrpc.BatchElem, len(suspects))
	lists := make([]logList, len(suspects))
	for i, n := range suspects {
		h := r.Headers[n-r.From].Hash
		elems[i] = gethrpc.BatchElem{Method: "eth_getLogs", Args: []any{map[string]any{
			"blockHash": h, "address": f.Addresses, "topics": [][]common.Hash{f.Topics}}}, Result: &lists[i]}
	}
	var found []types.Log
	err := c.do(ctx, "eth_getLogs", r.To, answered, func(ctx context.Context, e *endpoint) error {
		found = found[:0]
		clear(lists)
		if err := c.batch(ctx, e, elems); err != nil {
			return err
		}
		for i, list := range lists {
			if !list.set {
				return garbage("eth_getLogs by hash: no answer")
			}
			for _, l := range list.logs {
				if l.BlockNumber != suspects[i] || l.BlockHash != r.Headers[suspects[i]-r.From].Hash || !matches(&l, f) {
					return garbage("eth_getLogs by hash returned a log of another block")
				}
			}
			found = append(found, list.logs...)
		}
		return nil
	})
	if err != nil {
		return err
	}
	r.Refetched = len(suspects)
	type at struct {
		block uint64
		index uint
	}
	have := make(map[at]bool, len(r.Logs))
	for _, l := range r.Logs {
		have[at{l.BlockNumber, l.Index}] = true
	}
	missing := slices.DeleteFunc(found, func(l types.Log) bool { return have[at{l.BlockNumber, l.Index}] })
	if len(missing) == 0 {
		return nil
	}
	answered.failed(errGarbage)
	c.opts.Metrics.request(c.opts.ChainID, answered.name, "eth_getLogs", errGarbage.String(), 0)
	c.opts.Log.Warn().Str("endpoint", answered.name).Uint64("from", r.From).Uint64("to", r.To).Int("missing", len(missing)).
		Msg("endpoint omitted logs that its blocks' bloom filters promise; using another answer")
	r.Logs = append(r.Logs, missing...)
	slices.SortFunc(r.Logs, logOrder)
	return nil
}

// suspectBlocks lists blocks whose bloom matches (address, topic) for some filter address that
// has no log in the answer for that block.
func suspectBlocks(r *Range, f Filter) []uint64 {
	topics := make([]types.Bloom, len(f.Topics))
	for i, t := range f.Topics {
		topics[i].Add(t[:])
	}
	addrs := make([]types.Bloom, len(f.Addresses))
	index := make(map[common.Address]int, len(f.Addresses))
	for i, a := range f.Addresses {
		addrs[i].Add(a[:])
		index[a] = i
	}
	var out []uint64
	// present[i] is one more than the last block with a log of address i.
	present := make([]uint64, len(f.Addresses))
	li := 0
	for _, h := range r.Headers {
		for li < len(r.Logs) && r.Logs[li].BlockNumber == h.Number {
			if i, ok := index[r.Logs[li].Address]; ok {
				present[i] = h.Number + 1
			}
			li++
		}
		if len(topics) > 0 && !slices.ContainsFunc(topics, func(t types.Bloom) bool { return bloomHas(&h.Bloom, &t) }) {
			continue
		}
		for i := range addrs {
			if present[i] != h.Number+1 && bloomHas(&h.Bloom, &addrs[i]) {
				out = append(out, h.Number)
				break
			}
		}
	}
	return out
}

// bloomHas reports whether every bit of probe, the bloom of one value, is set in b: what
// types.BloomLookup tells, without hashing the value again for every block.
func bloomHas(b, probe *types.Bloom) bool {
	for i := range probe {
		if b[i]&probe[i] != probe[i] {
			return false
		}
	}
	return true
}

func logOrder(a, b types.Log) int {
	if c := cmp.Compare(a.BlockNumber, b.BlockNumber); c != 0 {
		return c
	}
	return cmp.Compare(a.Index, b.Index)
}

func logQuery(from, to uint64, addrs []common.Address, topics []common.Hash) map[string]any {
	q := map[string]any{"fromBlock": hexutil.Uint64(from), "toBlock": hexutil.Uint64(to)}
	if len(addrs) > 0 {
		q["address"] = addrs
	}
	if len(topics) > 0 {
		q["topics"] = [][]common.Hash{topics}
	}
	return q
}

func chunk(addrs []common.Address, n int) [][]common.Address {
	if len(addrs) == 0 {
		return [][]common.Address{nil}
	}
	var out [][]common.Address
	for len(addrs) > n {
		out = append(out, addrs[:n])
		addrs = addrs[n:]
	}
	return append(out, addrs)
}

// Headers fetches the headers of the given blocks in one batch from one endpoint.
func (c *Client) Headers(ctx context.Context, numbers []uint64) ([]Header, error) {
	if len(numbers) == 0 {
		return nil, nil
	}
	out := make([]Header, len(numbers))
	err := c.do(ctx, "eth_getBlockByNumber", slices.Max(numbers), nil, func(ctx context.Context, e *endpoint) error {
		hdrs := make([]*rawHeader, len(numbers))
		elems := make([]gethrpc.BatchElem, len(numbers))
		for i, n := range numbers {
			elems[i] = gethrpc.BatchElem{Method: "eth_getBlockByNumber", Args: []any{hexutil.Uint64(n), false}, Result: &hdrs[i]}
		}
		if err := c.batch(ctx, e, elems); err != nil {
			return err
		}
		for i, h := range hdrs {
			if h == nil {
				return fmt.Errorf("block %d not found (endpoint behind)", numbers[i])
			}
			if uint64(h.Number) != numbers[i] {
				return garbage("asked block %d, got %d", numbers[i], h.Number)
			}
			out[i] = h.header()
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("headers: %w", err)
	}
	return out, nil
}

// Finalized is the number of the block the endpoints tag as tag ("finalized" or "safe").
func (c *Client) Finalized(ctx context.Context, tag string) (uint64, error) {
	var h *rawHeader
	err := c.do(ctx, "eth_getBlockByNumber", 0, nil, func(ctx context.Context, e *endpoint) error {
		h = nil
		return c.batch(ctx, e, []gethrpc.BatchElem{{Method: "eth_getBlockByNumber", Args: []any{tag, false}, Result: &h}})
	})
	if err != nil {
		return 0, fmt.Errorf("%s block: %w", tag, err)
	}
	if h == nil {
		return 0, nil
	}
	return uint64(h.Number), nil
}
