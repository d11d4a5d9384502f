package rpc

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/sourcegraph/conc"
)

// Finalized is the newest block that endpoints tag as tag ("finalized" or "safe") and that two
// of them support: the second highest of their answers, or the only answer when one endpoint
// answers. One endpoint's bogus answer can then neither empty the window of blocks kept for
// reorg repair nor make a later reorg look like a finality violation.
func (c *Client) Finalized(ctx context.Context, tag string) (uint64, error) {
	now := time.Now()
	var usable []*endpoint
	for _, e := range c.eps {
		if e.usable(now, 0) {
			usable = append(usable, e)
		}
	}
	if len(usable) == 0 {
		return 0, fmt.Errorf("%s block: %w", tag, ErrNoEndpoint)
	}
	got := make([]uint64, len(usable))
	errs := make([]error, len(usable))
	var wg conc.WaitGroup
	for i, e := range usable {
		wg.Go(func() {
			errs[i] = c.attempt(ctx, "eth_getBlockByNumber", e, func(ctx context.Context, e *endpoint) error {
				var h *rawHeader
				if err := c.batch(ctx, e, []gethrpc.BatchElem{{Method: "eth_getBlockByNumber", Args: []any{tag, false}, Result: &h}}); err != nil {
					return err
				}
				if h != nil {
					got[i] = h.Number
				}
				return nil
			})
		})
	}
	wg.Wait()
	var answers []uint64
	for i, err := range errs {
		if err == nil {
			answers = append(answers, got[i])
		}
	}
	if len(answers) == 0 {
		return 0, fmt.Errorf("%s block: %w", tag, errors.Join(errs...))
	}
	return supported(answers), nil
}

// SupportedHead is the newest head two endpoints report (the only one's, with one): what a
// finality depth counts down from, so one endpoint claiming a far-away head cannot declare
// blocks final.
func (c *Client) SupportedHead() uint64 {
	var heads []uint64
	for _, e := range c.eps {
		e.mu.Lock()
		if e.chainOK && e.refused == nil && e.head > 0 {
			heads = append(heads, e.head)
		}
		e.mu.Unlock()
	}
	if len(heads) == 0 {
		return 0
	}
	return supported(heads)
}

// supported is the second highest value, or the only one.
func supported(vs []uint64) uint64 {
	slices.Sort(vs)
	if len(vs) == 1 {
		return vs[0]
	}
	return vs[len(vs)-2]
}
