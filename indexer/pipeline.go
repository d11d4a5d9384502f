package indexer

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/sourcegraph/conc/pool"

	"github.com/didx/didx/indexer/family"
	"github.com/didx/didx/rpc"
	"github.com/didx/didx/store"
)

// task is one block range on its way from the planner through a fetcher to the writer.
type task struct {
	from, to uint64
	// filter is what the range is fetched for: the contracts the pipeline knew when planning
	// it, the first known of its discovered ones among them.
	filter  rpc.Filter
	known   int
	started time.Time
	done    chan struct{}
	r       *rpc.Range
	err     error
}

// factoryRanges bounds the ranges of a chain with factories, in initial ranges: sized for the
// factories' sparse logs they would grow large, and each announcement adds a contract whose
// logs the ranges already planned must then be fetched for too.
const factoryRanges = 4

// errReorg says the next range does not link to the last indexed block: the chain changed
// under the pipeline, which stops so the chain loop can check and repair.
var errReorg = errors.New("next range does not link to the indexed tip")

// index runs the pipeline from the block after cp until it fails, meets a reorg or ctx ends:
// a planner cuts ranges up to the head, fetchers fetch them concurrently, a builder decodes
// them in block order into batches, and a committer commits each batch with the checkpoint
// while the builder prepares the next. Channels bound what is in flight, so memory does not
// depend on how far behind the chain is or how slow the database is.
func (c *Chain) index(ctx context.Context, cp *store.Checkpoint) error {
	next := c.set.first
	if cp != nil {
		next = cp.Number + 1
	}
	c.live.Store(&liveSet{filter: c.set.filter})
	c.version.Store(c.set.version)
	var limit uint64
	if c.set.factories {
		limit = factoryRanges * c.cfg.Fetch.Range
	}
	c.sizer.Cap(limit)
	depth := 2 * c.cfg.Fetch.Concurrency
	work := make(chan *task)
	ordered := make(chan *task, depth)
	p := pool.New().WithContext(ctx).WithCancelOnError().WithFirstError()
	p.Go(func(ctx context.Context) error { return c.plan(ctx, next, work, ordered) })
	for i := 0; i < c.cfg.Fetch.Concurrency; i++ {
		p.Go(func(ctx context.Context) error { return c.fetch(ctx, work) })
	}
	ready, commits := make(chan struct{}), make(chan *pending)
	p.Go(func(ctx context.Context) error { return c.build(ctx, cp, ordered, ready, commits) })
	p.Go(func(ctx context.Context) error { return c.commit(ctx, ready, commits) })
	p.Go(func(ctx context.Context) error { return c.watchRegistry(ctx) })
	return p.Wait()
}

// plan emits ranges from next up to the best head, then waits for the head to move. While the
// head is below what it planned, it checks at each wake that the chain did not get shorter. A
// range that would reach from final blocks into newer ones ends at the finalized block: its
// final part is then fetched without headers, not with one per block.
func (c *Chain) plan(ctx context.Context, next uint64, work, ordered chan<- *task) error {
	tick := time.NewTicker(c.cfg.PollInterval)
	defer tick.Stop()
	for {
		heads := c.rpc.Heads()
		head := c.rpc.Head()
		if next > head {
			if next > head+1 {
				if left, err := c.leftChain(ctx, head); err != nil || left {
					return cmp.Or(err, errReorg)
				}
			}
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-heads:
			case <-tick.C:
			}
			continue
		}
		to := min(head, next+c.sizer.Size()-1)
		if fin := c.finalized.Load(); next < fin && to >= fin {
			to = fin - 1
		}
		live := c.live.Load()
		t := &task{from: next, to: to, filter: live.filter, known: len(live.found), done: make(chan struct{})}
		select {
		case ordered <- t:
		case <-ctx.Done():
			return ctx.Err()
		}
		c.metrics.QueueDepth.WithLabelValues(c.label).Set(float64(len(ordered)))
		select {
		case work <- t:
		case <-ctx.Done():
			return ctx.Err()
		}
		next = to + 1
	}
}

func (c *Chain) fetch(ctx context.Context, work <-chan *task) error {
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case t := <-work:
			t.started = time.Now()
			t.r, t.err = c.fetchRange(ctx, t.from, t.to, t.filter)
			close(t.done)
			if t.err != nil {
				return t.err
			}
		}
	}
}

// fetchRange fetches [from, to], splitting it when the endpoints refuse it as too large. A
// range below the finalized block is fetched without a header per block (rpc.FetchFinal).
func (c *Chain) fetchRange(ctx context.Context, from, to uint64, f rpc.Filter) (*rpc.Range, error) {
	r, err := c.fetchOnce(ctx, from, to, f)
	var tooLarge *rpc.RangeError
	if !errors.As(err, &tooLarge) {
		if err == nil {
			c.sizer.Observe(to-from+1, len(r.Logs))
			c.metrics.RangeSize.WithLabelValues(c.label).Set(float64(c.sizer.Size()))
		}
		return r, err
	}
	if from == to {
		return nil, fmt.Errorf("block %d alone is refused as too large: %w", from, err)
	}
	split := min(c.sizer.Refused(to-from+1, tooLarge.Max), to-from)
	c.log.Debug().Uint64("from", from).Uint64("to", to).Uint64("split", split).Msg("range refused as too large, splitting")
	a, err := c.fetchRange(ctx, from, from+split-1, f)
	if err != nil {
		return nil, err
	}
	b, err := c.fetchRange(ctx, from+split, to, f)
	if err != nil {
		return nil, err
	}
	return rpc.Join(a, b)
}

// fetchOnce fetches [from, to] in one request (and its proof).
func (c *Chain) fetchOnce(ctx context.Context, from, to uint64, f rpc.Filter) (*rpc.Range, error) {
	if to < c.finalized.Load() {
		return c.rpc.FetchFinal(ctx, from, to, f)
	}
	return c.rpc.FetchRange(ctx, from, to, f)
}

// build takes ranges in block order and decodes them into a batch, which goes to the
// committer when it is full, or when the committer is free and no fetched range is waiting.
// So a backfill commits full batches, each decoded and encoded during the previous commit,
// while a chain at its head commits every block as it comes.
func (c *Chain) build(ctx context.Context, cp *store.Checkpoint, ordered <-chan *task, ready <-chan struct{}, commits chan<- *pending) error {
	b := c.newBatch(cp)
	var t *task
	for {
		full := b.full(c.cfg.Fetch)
		if full {
			c.seal(b)
		}
		var take <-chan *task
		var fetched <-chan struct{}
		switch {
		case full:
		case t == nil:
			take = ordered
		default:
			fetched = t.done
		}
		select {
		case t = <-take:
			continue
		case <-fetched:
			if err := c.add(ctx, t, b); err != nil {
				return err
			}
			t = nil
			continue
		default:
		}
		var free <-chan struct{}
		if b.blocks > 0 {
			free = ready
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case t = <-take:
		case <-fetched:
			if err := c.add(ctx, t, b); err != nil {
				return err
			}
			t = nil
		case <-free:
			c.seal(b)
			if err := family.Resolve(ctx, c.rpc, &b.Batch); err != nil {
				return fmt.Errorf("batch %d-%d: %w", b.from, b.Next.Number, err)
			}
			select {
			case commits <- b:
			case <-ctx.Done():
				return ctx.Err()
			}
			next := b.Next
			b = c.newBatch(&next)
		}
	}
}

// link checks that r continues the chain at the batch's tip. A tip that ended a final range
// has no hash yet: a range with headers after it (the first above the finalized block) is
// linked to its hash, fetched for that.
func (c *Chain) link(ctx context.Context, b *pending, r *rpc.Range) error {
	tip := b.tip()
	if tip == nil {
		return nil
	}
	hash := tip.Hash
	if hash == (common.Hash{}) {
		if r.Final() {
			return nil
		}
		h, err := c.rpc.FinalHeader(ctx, tip.Number)
		if err != nil {
			return err
		}
		hash = h.Hash
	}
	if !r.Follows(hash) {
		return fmt.Errorf("%w: block %d has parent %s, indexed %d is %s", errReorg, r.From,
			r.Headers[0].ParentHash.TerminalString(), tip.Number, hash.TerminalString())
	}
	return nil
}

// add decodes a fetched range into the batch, after checking it links to the batch's tip.
// Contracts announced since the range was planned, before it or in it, were not in its filter:
// their logs in the range are fetched and decoded too, until no new contract is announced.
func (c *Chain) add(ctx context.Context, t *task, b *pending) error {
	if t.err != nil {
		return t.err
	}
	if err := c.link(ctx, b, t.r); err != nil {
		return err
	}
	c.quorums.add(t.r, t.started)
	if from, ok := c.quorums.doubtful(c.rpc.Caught()); ok {
		return &reproveError{from: from}
	}
	logs, known := t.r.Logs, t.known
	for {
		found := len(b.Discovered)
		c.decode(logs, b)
		c.join(b, found)
		live := c.live.Load()
		missing := live.found[known:]
		known = len(live.found)
		if len(missing) == 0 {
			break
		}
		from := t.to
		for _, ct := range missing {
			from = min(from, ct.StartBlock)
		}
		var err error
		if logs, err = c.rpc.FetchLogs(ctx, t.r, max(from, t.from), c.newSet(0, missing, fromStart).filter); err != nil {
			return fmt.Errorf("logs of %d announced contracts: %w", len(missing), err)
		}
	}
	c.close(t.r, b)
	return nil
}
