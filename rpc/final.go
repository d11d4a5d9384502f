package rpc

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// FetchFinal fetches [from, to], a range below the finalized block, without headers: a
// provider bills a header per block, and a backfill of blocks this deep needs none. Such blocks
// are not reorganized, so the range needs no header to link to the one before it, and two
// trusted endpoints that answer it identically (the same logs, with the same block hashes)
// prove it complete without a bloom filter per block. The caller that records the range's
// last block asks for its hash with FinalHeader, once for many ranges. When no quorum can be
// had (one trusted endpoint, verify: receipts, or two that disagree), the range is fetched
// and proven as FetchRange does.
func (c *Client) FetchFinal(ctx context.Context, from, to uint64, f Filter) (*Range, error) {
	if from == to || c.opts.Verify == VerifyReceipts || (c.opts.Verify != VerifyNone && c.trustedFor(to) < 2) {
		return c.FetchRange(ctx, from, to, f)
	}
	r, err := c.fetch(ctx, from, to, to+1, f)
	if errors.Is(err, ErrUnproven) && ctx.Err() == nil {
		c.opts.Log.Debug().Uint64("from", from).Uint64("to", to).Err(err).Msg("final range not proven by a quorum; fetching its headers")
		return c.FetchRange(ctx, from, to, f)
	}
	return r, err
}

// FinalHeader is the header of final block n, which a range fetched by FetchFinal does not
// hold: asked of one endpoint and, unless verify is none, confirmed by a second trusted one
// when one answers, so that one endpoint's invented header does not become a checkpoint. When
// they disagree, the other trusted endpoints are asked until two agree; when none do, it fails
// with ErrUnproven: nothing tells which one lies, and the chain waits, as for a range no proof
// can settle.
func (c *Client) FinalHeader(ctx context.Context, n uint64) (Header, error) {
	var h Header
	var a *endpoint
	err := c.do(ctx, "eth_getBlockByNumber", n, nil, func(ctx context.Context, e *endpoint) error {
		got, err := c.headersOn(ctx, e, []uint64{n})
		if err != nil {
			return err
		}
		h, a = got[0], e
		return nil
	})
	if err != nil {
		return Header{}, fmt.Errorf("header of final block %d: %w", n, err)
	}
	if c.opts.Verify == VerifyNone || !a.trusted(time.Now()) {
		return h, nil
	}
	seen := map[common.Hash]int{h.Hash: 1}
	var claims []string
	for e := range c.others(a, n) {
		var got []Header
		err := c.attempt(ctx, "eth_getBlockByNumber", e, func(ctx context.Context, e *endpoint) error {
			var err error
			got, err = c.headersOn(ctx, e, []uint64{n})
			return err
		})
		if ctx.Err() != nil {
			return Header{}, ctx.Err()
		}
		if err != nil {
			continue
		}
		if seen[got[0].Hash]++; seen[got[0].Hash] == 2 {
			return got[0], nil
		}
		claims = append(claims, fmt.Sprintf("%s on %s", got[0].Hash.TerminalString(), e.name))
	}
	if len(claims) == 0 {
		return h, nil
	}
	return Header{}, fmt.Errorf("%w %d-%d: final block %d is %s on %s, %s", ErrUnproven, n, n, n,
		h.Hash.TerminalString(), a.name, strings.Join(claims, ", "))
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
	second, b, err := c.second(ctx, r, a, f)
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

// first is the first block whose header r holds: r.From, but for a final range the first of
// the last blocks it holds headers of, or r.To+1 when it holds none.
func (r *Range) first() uint64 { return r.To + 1 - uint64(len(r.Headers)) }

// Final says r holds the headers of its last blocks only, or none: its blocks were final when
// fetched (see FetchFinal).
func (r *Range) Final() bool { return r.first() > r.From }

// Tip is the header of r's last block, when r holds it (a final range may not: see
// FetchFinal).
func (r *Range) Tip() (Header, bool) {
	if h := r.header(r.To); h != nil {
		return *h, true
	}
	return Header{}, false
}

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
	return r.Final() || r.Headers[0].ParentHash == parent
}

// Join appends b, the range after a, to a; both must come from one view of the chain, which
// is checked where a holds its last header.
func Join(a, b *Range) (*Range, error) {
	if tip, ok := a.Tip(); ok && !b.Follows(tip.Hash) {
		return nil, fmt.Errorf("fetch %d-%d: halves answered from two views of the chain", a.From, b.To)
	}
	if b.Final() {
		a.Headers = b.Headers
	} else {
		a.Headers = append(a.Headers, b.Headers...)
	}
	a.To = b.To
	a.Logs = append(a.Logs, b.Logs...)
	a.Quorum = append(a.Quorum, b.Quorum...)
	return a, nil
}
