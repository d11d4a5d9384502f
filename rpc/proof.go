package rpc

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
)

// Verify is how a range's logs are proven complete before they are committed. Whatever the
// policy, a header counts only when its fields hash to its hash, and a block whose verified
// bloom filter admits no (address, topic) of the filter is proven empty by that alone.
type Verify string

const (
	// VerifyAuto proves by quorum while two trusted endpoints can serve, by receipts otherwise,
	// for every block the quorum disputes, and for the answers of an endpoint caught lying.
	VerifyAuto Verify = "auto"
	// VerifyQuorum proves by the agreement of two endpoints; receipts settle a disagreement and
	// the answers of an endpoint caught lying. With one endpoint the chain waits.
	VerifyQuorum Verify = "quorum"
	// VerifyReceipts proves every block the bloom filter admits by its receipts.
	VerifyReceipts Verify = "receipts"
	// VerifyNone takes one endpoint's answer as it is: the operator accepts that a lying or
	// broken endpoint loses events.
	VerifyNone Verify = "none"
)

// Policies are the valid values of Verify.
var Policies = []Verify{VerifyAuto, VerifyQuorum, VerifyReceipts, VerifyNone}

// ErrUnproven is returned for a range whose logs could not be proven complete: nothing of it may
// be committed, and the chain waits until a proof can be had.
var ErrUnproven = errors.New("cannot prove complete the logs of blocks")

// errNoSecond says no second trusted endpoint could answer for a quorum.
var errNoSecond = errors.New("no second trusted endpoint answered for a quorum")

// prove makes r's logs proven complete, or fails. a is the endpoint that answered r.
func (c *Client) prove(ctx context.Context, r *Range, a *endpoint, f Filter) error {
	if r.Final() {
		return c.proveFinal(ctx, r, a, f)
	}
	var admitted []uint64
	for _, h := range r.Headers {
		if f.admits(&h.Bloom) {
			admitted = append(admitted, h.Number)
		}
	}
	if len(admitted) == 0 {
		return nil
	}
	policy := c.opts.Verify
	if policy == VerifyNone {
		c.opts.Metrics.provenBlocks(c.opts.ChainID, "unverified", len(admitted))
		return nil
	}
	doubt := admitted
	var second []types.Log
	var b *endpoint
	if (policy == VerifyQuorum || policy == VerifyAuto) && a.trusted(time.Now()) {
		var err error
		second, b, err = c.second(ctx, r, a, f)
		switch {
		case err == nil:
			doubt = disputed(r, second, admitted)
			c.opts.Metrics.provenBlocks(c.opts.ChainID, "quorum", len(admitted)-len(doubt))
			if len(doubt) == 0 {
				r.Quorum = []string{a.name, b.name}
				return nil
			}
		case policy == VerifyQuorum:
			return err
		}
	}
	proven, err := c.receiptLogs(ctx, r, doubt, f)
	if err != nil {
		return err
	}
	c.opts.Metrics.provenBlocks(c.opts.ChainID, "receipts", len(doubt))
	if !sameLogs(blockLogs(r.Logs, doubt), proven) {
		c.contradicted(r, a)
	}
	if b != nil && !sameLogs(blockLogs(second, doubt), proven) {
		c.contradicted(r, b)
	}
	r.Logs = slices.DeleteFunc(r.Logs, func(l types.Log) bool { _, ok := slices.BinarySearch(doubt, l.BlockNumber); return ok })
	r.Logs = append(r.Logs, proven...)
	slices.SortFunc(r.Logs, logOrder)
	return nil
}

// contradicted records that e's answer for r was shown false: it is counted, scored down and
// kept out of quorums for a while, and Caught names it so that what it helped prove before is
// proven again.
func (c *Client) contradicted(r *Range, e *endpoint) {
	c.opts.Metrics.contradiction(c.opts.ChainID, e.name)
	e.failed(errGarbage)
	e.distrust(time.Now())
	c.opts.Log.Warn().Str("endpoint", e.name).Uint64("from", r.From).Uint64("to", r.To).
		Msg("endpoint contradicted by the blocks' receipts: its logs were false or incomplete; not trusted for quorums for 10m")
}

// Caught names the endpoints a proof caught answering falsely in the last ten minutes, with
// the time each was caught. A range proven by a quorum that includes one of them, fetched
// before that time, may hold the same lie twice and must be proven again.
func (c *Client) Caught() map[string]time.Time {
	now := time.Now()
	var out map[string]time.Time
	for _, e := range c.eps {
		if at, ok := e.caughtAt(now); ok {
			if out == nil {
				out = map[string]time.Time{}
			}
			out[e.name] = at
		}
	}
	return out
}

// second asks another trusted endpoint than a for r's logs, once per candidate, for a quorum.
// Its logs must belong to r's verified blocks: an endpoint that answers from another branch is
// passed over, not taken for a liar.
func (c *Client) second(ctx context.Context, r *Range, a *endpoint, f Filter) ([]types.Log, *endpoint, error) {
	errs := []error{errNoSecond}
	for e := range c.others(a, r.To) {
		var logs []types.Log
		err := c.attempt(ctx, "eth_getLogs", e, func(ctx context.Context, e *endpoint) error {
			var err error
			logs, err = c.logsOn(ctx, e, r.From, r.To, f, r.Logs)
			return err
		})
		if ctx.Err() != nil {
			return nil, nil, ctx.Err()
		}
		if err == nil && !same(logs, r.Logs) {
			err = checkLogs(r, logs, f)
		}
		if err == nil {
			return logs, e, nil
		}
		errs = append(errs, fmt.Errorf("%s: %w", e.name, err))
	}
	return nil, nil, errors.Join(errs...)
}

// others yields the trusted endpoints other than a that hold block n, best first, each once:
// the candidates for a second opinion on a's answer.
func (c *Client) others(a *endpoint, n uint64) iter.Seq[*endpoint] {
	return func(yield func(*endpoint) bool) {
		skip := map[*endpoint]bool{a: true}
		now := time.Now()
		for _, e := range c.eps {
			if !e.trusted(now) {
				skip[e] = true
			}
		}
		for e := c.pick(n, skip); e != nil; e = c.pick(n, skip) {
			skip[e] = true
			if !yield(e) {
				return
			}
		}
	}
}

// logsOn fetches the logs of [from, to] from e alone, in one batch of address chunks.
//
// With want set (the logs another endpoint gave, sorted), each answer is compared with want's
// logs of its addresses as it is read: when all agree, logsOn returns want itself, so that a
// quorum's second answer costs no decoding into logs of its own.
func (c *Client) logsOn(ctx context.Context, e *endpoint, from, to uint64, f Filter, want []types.Log) ([]types.Log, error) {
	chunks := chunk(f.Addresses, c.opts.MaxAddresses)
	checks := make([]logCheck, len(chunks))
	elems := make([]gethrpc.BatchElem, len(chunks))
	for i, addrs := range chunks {
		var result any = &checks[i].logList
		if want != nil {
			checks[i].want = want
			if len(chunks) > 1 {
				checks[i].want = logsOf(want, addrs)
			}
			result = &checks[i]
		}
		elems[i] = gethrpc.BatchElem{Method: "eth_getLogs", Args: []any{logQuery(from, to, addrs, f.Topics)}, Result: result}
	}
	if err := c.batch(ctx, e, elems); err != nil {
		return nil, err
	}
	agreed := want != nil
	for _, l := range checks {
		if !l.set {
			return nil, garbage("eth_getLogs %d-%d: null or no answer", from, to)
		}
		agreed = agreed && l.same
	}
	if agreed {
		return want, nil
	}
	var logs []types.Log
	for _, l := range checks {
		if l.same {
			logs = append(logs, l.want...)
		} else {
			logs = append(logs, l.logs...)
		}
	}
	slices.SortFunc(logs, logOrder)
	return logs, nil
}

// logsOf is the part of logs emitted by one of addrs.
func logsOf(logs []types.Log, addrs []common.Address) []types.Log {
	in := make(map[common.Address]bool, len(addrs))
	for _, a := range addrs {
		in[a] = true
	}
	out := []types.Log{}
	for _, l := range logs {
		if in[l.Address] {
			out = append(out, l)
		}
	}
	return out
}

// same says whether a and b are one slice: logsOn's answer when it agreed with what it was
// given, which needs no checking or comparing beyond what that had.
func same(a, b []types.Log) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// disputed lists the blocks of admitted whose logs differ between r and other.
func disputed(r *Range, other []types.Log, admitted []uint64) []uint64 {
	if same(other, r.Logs) {
		return nil
	}
	var out []uint64
	for _, n := range admitted {
		if !sameLogs(blockLogs(r.Logs, []uint64{n}), blockLogs(other, []uint64{n})) {
			out = append(out, n)
		}
	}
	return out
}

// blockLogs is the part of logs (sorted) that lies in the blocks of ns (sorted).
func blockLogs(logs []types.Log, ns []uint64) []types.Log {
	var out []types.Log
	for _, n := range ns {
		lo, _ := slices.BinarySearchFunc(logs, n, func(l types.Log, n uint64) int { return cmpU64(l.BlockNumber, n) })
		hi, _ := slices.BinarySearchFunc(logs, n+1, func(l types.Log, n uint64) int { return cmpU64(l.BlockNumber, n) })
		out = append(out, logs[lo:hi]...)
	}
	return out
}

func cmpU64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// sameLogs compares what a proof covers of two log lists: position, block hash, address,
// topics, data and transaction.
func sameLogs(a, b []types.Log) bool {
	return same(a, b) || slices.EqualFunc(a, b, func(x, y types.Log) bool { return sameLog(&x, &y) })
}

func sameLog(x, y *types.Log) bool {
	return x.BlockNumber == y.BlockNumber && x.Index == y.Index && x.BlockHash == y.BlockHash &&
		x.Address == y.Address && x.TxHash == y.TxHash && slices.Equal(x.Topics, y.Topics) && slices.Equal(x.Data, y.Data)
}
