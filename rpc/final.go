package rpc

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// FetchFinal fetches [from, to], a range below the finalized block, with the header of its
// last block only: a provider bills a header per block, and a backfill of blocks this deep does
// not need one. Such blocks are not reorganized, so the range needs no header to link to the
// one before it, and two trusted endpoints that answer it identically (the same logs, with the
// same block hashes, and the same hash for its last block) prove it complete without a bloom
// filter per block. When that cannot be had (one trusted endpoint, verify: receipts, or two
// that disagree), the range is fetched and proven as FetchRange does.
func (c *Client) FetchFinal(ctx context.Context, from, to uint64, f Filter) (*Range, error) {
	if from == to || c.opts.Verify == VerifyReceipts || (c.opts.Verify != VerifyNone && c.trustedFor(to) < 2) {
		return c.FetchRange(ctx, from, to, f)
	}
	r, err := c.fetch(ctx, from, to, to, f)
	if errors.Is(err, ErrUnproven) && ctx.Err() == nil {
		c.opts.Log.Debug().Uint64("from", from).Uint64("to", to).Err(err).Msg("final range not proven by a quorum; fetching its headers")
		return c.FetchRange(ctx, from, to, f)
	}
	return r, err
}

// trustedFor counts the endpoints that could take part in a quorum on blocks up to n: trusted,
// on the chain, holding block n and not failing, whether or not a 429 paused them this moment.
func (c *Client) trustedFor(n uint64) int {
	now := time.Now()
	count := 0
	for _, e := range c.eps {
		e.mu.Lock()
		ok := e.chainOK && e.refused == nil && e.head >= n && e.failures == 0
		e.mu.Unlock()
		if ok && e.trusted(now) {
			count++
		}
	}
	return count
}

// proveFinal proves a final range by a second trusted endpoint's identical answer.
func (c *Client) proveFinal(ctx context.Context, r *Range, a *endpoint, f Filter) error {
	if c.opts.Verify == VerifyNone {
		c.opts.Metrics.provenBlocks(c.opts.ChainID, "unverified", blocksWithLogs(r))
		return nil
	}
	if c.opts.Verify == VerifyReceipts || !a.trusted(time.Now()) {
		return errNoSecond
	}
	last := r.Headers[len(r.Headers)-1]
	second, b, err := c.second(ctx, r, a, f, func(ctx context.Context, e *endpoint) ([]types.Log, error) {
		got, err := c.fetchOn(ctx, e, r.From, r.To, r.To, f)
		if err != nil {
			return nil, err
		}
		if got.Headers[0].Hash != last.Hash {
			return nil, fmt.Errorf("block %d is %s, not %s: another view of the chain", r.To, got.Headers[0].Hash.TerminalString(), last.Hash.TerminalString())
		}
		return got.Logs, nil
	})
	if err != nil {
		return err
	}
	if !sameLogs(r.Logs, second) {
		return fmt.Errorf("%s and %s disagree on the logs of final blocks %d-%d", a.name, b.name, r.From, r.To)
	}
	c.opts.Metrics.provenBlocks(c.opts.ChainID, "quorum", blocksWithLogs(r))
	r.Quorum = []string{a.name, b.name}
	return nil
}

// blocksWithLogs counts the blocks of r that hold a log.
func blocksWithLogs(r *Range) int {
	n := 0
	for i := range r.Logs {
		if i == 0 || r.Logs[i].BlockNumber != r.Logs[i-1].BlockNumber {
			n++
		}
	}
	return n
}

// first is the first block whose header r holds: r.From, but for a final range r.To.
func (r *Range) first() uint64 { return r.To + 1 - uint64(len(r.Headers)) }

// final says r holds the headers of its last blocks only.
func (r *Range) final() bool { return r.first() > r.From }

// header is block n's header, or nil when r does not hold it.
func (r *Range) header(n uint64) *Header {
	if n < r.first() || n > r.To {
		return nil
	}
	return &r.Headers[n-r.first()]
}

// Follows says whether r continues the chain at the block with hash parent: its first block's
// parent. A final range holds no header for its first block and is taken to follow: its blocks
// are final, and its last block's hash was agreed by its quorum.
func (r *Range) Follows(parent common.Hash) bool {
	return r.final() || r.Headers[0].ParentHash == parent
}

// Join appends b, the range after a, to a; both must come from one view of the chain.
func Join(a, b *Range) (*Range, error) {
	if !b.Follows(a.Headers[len(a.Headers)-1].Hash) {
		return nil, fmt.Errorf("fetch %d-%d: halves answered from two views of the chain", a.From, b.To)
	}
	if b.final() {
		a.Headers = b.Headers
	} else {
		a.Headers = append(a.Headers, b.Headers...)
	}
	a.To = b.To
	a.Logs = append(a.Logs, b.Logs...)
	a.Quorum = append(a.Quorum, b.Quorum...)
	return a, nil
}
