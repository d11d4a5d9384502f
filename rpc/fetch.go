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

// Filter selects the logs to fetch: any of Addresses, with topic0 any of Topics. Build it with
// NewFilter, which computes once the bloom probes every proof uses; the zero Filter selects
// every log.
type Filter struct {
	Addresses []common.Address
	Topics    []common.Hash
	// addrProbes and topicProbes are the bloom bits of each address and topic.
	addrProbes, topicProbes []probe
}

// NewFilter is the filter for logs of addrs with topic0 any of topics.
func NewFilter(addrs []common.Address, topics []common.Hash) Filter {
	f := Filter{Addresses: addrs, Topics: topics, addrProbes: make([]probe, len(addrs)), topicProbes: make([]probe, len(topics))}
	for i, a := range addrs {
		f.addrProbes[i] = newProbe(a[:])
	}
	for i, t := range topics {
		f.topicProbes[i] = newProbe(t[:])
	}
	return f
}

// admits says whether bloom b allows a log of the filter: some topic and some address are in
// it. A block it does not admit has no such log, whatever an endpoint says.
func (f *Filter) admits(b *types.Bloom) bool {
	return anyIn(f.topicProbes, b) && anyIn(f.addrProbes, b)
}

// anyIn says whether b admits one of probes; no probes means no condition.
func anyIn(probes []probe, b *types.Bloom) bool {
	if len(probes) == 0 {
		return true
	}
	for i := range probes {
		if probes[i].in(b) {
			return true
		}
	}
	return false
}

// Range is a verified answer for blocks [From, To]: the headers of its last blocks (every
// block's, except for a final range, which may hold none: see FetchFinal), hashed and linked
// by parent hash, and the matching logs in block and index order, each carrying the hash of
// its block's header where the range holds it, proven complete as the client's Verify policy
// asks.
type Range struct {
	From, To uint64
	Headers  []Header
	Logs     []types.Log
	// Endpoint is the safe name of the endpoint that answered.
	Endpoint string
	// Quorum names the two endpoints whose agreement proved the range, when it was proven so.
	Quorum []string
}

// FetchRange fetches logs and headers of [from, to] from one endpoint in one batch, verifies
// that they are one view of the chain, and proves the logs complete (see Verify) before it
// returns them. A range that cannot be proven is an error: the caller waits and asks again,
// and never commits it.
func (c *Client) FetchRange(ctx context.Context, from, to uint64, f Filter) (*Range, error) {
	return c.fetch(ctx, from, to, from, f)
}

// fetch fetches [from, to] with the headers of blocks first to to, and proves it.
func (c *Client) fetch(ctx context.Context, from, to, first uint64, f Filter) (*Range, error) {
	var r *Range
	var answered *endpoint
	err := c.do(ctx, "eth_getLogs", to, nil, func(ctx context.Context, e *endpoint) error {
		got, err := c.fetchOn(ctx, e, from, to, first, f)
		if err != nil {
			return err
		}
		r, answered = got, e
		return nil
	})
	if err != nil {
		return nil, fetchError(from, to, err)
	}
	if err := c.prove(ctx, r, answered, f); err != nil {
		return nil, fmt.Errorf("%w %d-%d: %w", ErrUnproven, from, to, err)
	}
	return r, nil
}

// FetchLogs fetches the logs of f in r's verified blocks from block from on, and proves them
// complete as FetchRange does: what a fetched range lacks when contracts join its filter after
// it was asked for.
func (c *Client) FetchLogs(ctx context.Context, r *Range, from uint64, f Filter) ([]types.Log, error) {
	sub := &Range{From: from, To: r.To, Headers: r.Headers[max(from, r.first())-r.first():]}
	var answered *endpoint
	err := c.do(ctx, "eth_getLogs", r.To, nil, func(ctx context.Context, e *endpoint) error {
		logs, err := c.logsOn(ctx, e, from, r.To, f, nil)
		if err == nil {
			err = checkLogs(sub, logs, f)
		}
		if err != nil {
			return err
		}
		sub.Logs, answered = logs, e
		return nil
	})
	if err != nil {
		return nil, fetchError(from, r.To, err)
	}
	if err := c.prove(ctx, sub, answered, f); err != nil {
		if !sub.Final() || ctx.Err() != nil {
			return nil, fmt.Errorf("%w %d-%d: %w", ErrUnproven, from, r.To, err)
		}
		full, err := c.FetchRange(ctx, from, r.To, f)
		if err != nil {
			return nil, err
		}
		if tip, ok := r.Tip(); ok && full.Headers[len(full.Headers)-1].Hash != tip.Hash {
			return nil, fmt.Errorf("logs %d-%d: answered from another view of the chain than block %d's", from, r.To, r.To)
		}
		return full.Logs, nil
	}
	return sub.Logs, nil
}

// fetchError is what a fetch of [from, to] that every endpoint failed returns: a RangeError
// when they refused it as too large, so the caller splits it.
func fetchError(from, to uint64, err error) error {
	if classify(err) == errTooMuch {
		_, max := tooMuch(err.Error())
		return &RangeError{From: from, To: to, Max: max, Err: err}
	}
	return fmt.Errorf("fetch %d-%d: %w", from, to, err)
}

func (c *Client) fetchOn(ctx context.Context, e *endpoint, from, to, first uint64, f Filter) (*Range, error) {
	chunks := chunk(f.Addresses, c.opts.MaxAddresses)
	n := int(to + 1 - first)
	lists := make([]logList, len(chunks))
	hdrs := make([]*rawHeader, n)
	elems := make([]gethrpc.BatchElem, 0, len(chunks)+n)
	for i, addrs := range chunks {
		elems = append(elems, gethrpc.BatchElem{Method: "eth_getLogs", Args: []any{logQuery(from, to, addrs, f.Topics)}, Result: &lists[i]})
	}
	for i := range hdrs {
		elems = append(elems, gethrpc.BatchElem{Method: "eth_getBlockByNumber",
			Args: []any{hexutil.Uint64(first + uint64(i)), false}, Result: &hdrs[i]})
	}
	if err := c.batch(ctx, e, elems); err != nil {
		return nil, err
	}
	r := &Range{From: from, To: to, Headers: make([]Header, n), Endpoint: e.name}
	for i, h := range hdrs {
		var err error
		if r.Headers[i], err = headerOf(h, first+uint64(i)); err != nil {
			return nil, err
		}
	}
	for _, l := range lists {
		if !l.set {
			return nil, garbage("eth_getLogs %d-%d: null or no answer", from, to)
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

// verify checks that the answer is one consistent view of the chain: headers linked by parent
// hash, and logs that could answer the filter from those blocks (see checkLogs).
func verify(r *Range, f Filter) error {
	for i, h := range r.Headers {
		if i > 0 && h.ParentHash != r.Headers[i-1].Hash {
			return fmt.Errorf("block %d does not link to %d: the endpoint answered from two views of the chain", h.Number, h.Number-1)
		}
	}
	return checkLogs(r, r.Logs, f)
}

// checkLogs checks that logs could answer r's filter from r's verified blocks: inside the
// range, not removed, matching, in order, and, in a block whose header the range holds,
// carrying its hash and not ruled out by its bloom.
func checkLogs(r *Range, logs []types.Log, f Filter) error {
	for i := range logs {
		l := &logs[i]
		if l.BlockNumber < r.From || l.BlockNumber > r.To {
			return garbage("log of block %d outside %d-%d", l.BlockNumber, r.From, r.To)
		}
		if l.Removed {
			return fmt.Errorf("log %d/%d marked removed", l.BlockNumber, l.Index)
		}
		if !matches(l, f) {
			return garbage("log %d/%d does not match the filter", l.BlockNumber, l.Index)
		}
		if h := r.header(l.BlockNumber); h != nil {
			if l.BlockHash != h.Hash {
				return fmt.Errorf("log %d/%d has block hash %s, header %s: the endpoint answered from two views of the chain",
					l.BlockNumber, l.Index, l.BlockHash.TerminalString(), h.Hash.TerminalString())
			}
			if !f.admits(&h.Bloom) {
				return garbage("log %d/%d in a block whose bloom filter rules it out", l.BlockNumber, l.Index)
			}
		}
		if i > 0 && logOrder(logs[i-1], *l) >= 0 {
			return garbage("logs out of order at %d/%d", l.BlockNumber, l.Index)
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

// probe is the bits one value sets in a bloom, as (byte, mask) pairs: testing a block's bloom
// for it is what types.BloomLookup tells, in three byte tests, without hashing the value again
// for every block.
type probe struct {
	n    int
	at   [3]uint8
	mask [3]byte
}

func newProbe(value []byte) probe {
	var b types.Bloom
	b.Add(value)
	var p probe
	for i, v := range b {
		if v != 0 {
			p.at[p.n], p.mask[p.n] = uint8(i), v
			p.n++
		}
	}
	return p
}

// in says whether every bit of the probe is set in b.
func (p *probe) in(b *types.Bloom) bool {
	for k := 0; k < p.n; k++ {
		if b[p.at[k]]&p.mask[k] != p.mask[k] {
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
	var out []Header
	err := c.do(ctx, "eth_getBlockByNumber", slices.Max(numbers), nil, func(ctx context.Context, e *endpoint) error {
		var err error
		out, err = c.headersOn(ctx, e, numbers)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("headers: %w", err)
	}
	return out, nil
}

// headersOn fetches and checks the headers of blocks numbers from e alone, in one batch.
func (c *Client) headersOn(ctx context.Context, e *endpoint, numbers []uint64) ([]Header, error) {
	hdrs := make([]*rawHeader, len(numbers))
	elems := make([]gethrpc.BatchElem, len(numbers))
	for i, n := range numbers {
		elems[i] = gethrpc.BatchElem{Method: "eth_getBlockByNumber", Args: []any{hexutil.Uint64(n), false}, Result: &hdrs[i]}
	}
	if err := c.batch(ctx, e, elems); err != nil {
		return nil, err
	}
	out := make([]Header, len(numbers))
	for i, h := range hdrs {
		var err error
		if out[i], err = headerOf(h, numbers[i]); err != nil {
			return nil, err
		}
	}
	return out, nil
}
