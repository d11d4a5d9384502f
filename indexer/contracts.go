package indexer

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/didx/didx/indexer/family"
	"github.com/didx/didx/indexer/smart"
	"github.com/didx/didx/rpc"
	"github.com/didx/didx/store"
)

// families are the event families beyond ERC-20: each decodes its kinds of contract and owns
// its tables. Adding one is a line here.
var families = []family.Family{smart.New()}

// Kinds are the contract kinds a chain can index, each with its handler.
var Kinds = func() []string {
	kinds := []string{"erc20"}
	for _, f := range families {
		kinds = append(kinds, f.Kinds()...)
	}
	return kinds
}()

// storeFamilies are the families as the store rolls back and rebuilds them.
func storeFamilies() store.Option {
	fs := make([]store.Family, len(families))
	for i, f := range families {
		fs[i] = f
	}
	return store.WithFamilies(fs...)
}

// isToken says whether contracts of kind are tokens, with balances and a supply.
func isToken(kind string) bool {
	if kind == "erc20" {
		return true
	}
	f := familyOf(kind)
	return f != nil && slices.Contains(f.TokenKinds(), kind)
}

// familyOf is the family that decodes kind.
func familyOf(kind string) family.Family {
	for _, f := range families {
		if slices.Contains(f.Kinds(), kind) {
			return f
		}
	}
	return nil
}

// contractSet is what the main cursor indexes, read from the registry at the start of a cycle.
// It is replaced only between cycles, while no pipeline runs.
type contractSet struct {
	version  int64
	handlers map[common.Address]Handler
	filter   rpc.Filter
	// first is the lowest start block: a chain without a checkpoint starts there.
	first uint64
	// backfilling are the tokens whose history is still being backfilled.
	backfilling map[common.Address]bool
	// factories says whether any contract announces others.
	factories bool
}

// errRegistryChanged stops a cycle whose contract set is no longer the registry's.
var errRegistryChanged = errors.New("the registered contracts changed")

// configContracts are the chain's configured contracts, and the factories its rules name by
// address, as registry rows.
func configContracts(cfg ChainConfig) []store.Contract {
	var out []store.Contract
	for _, ct := range cfg.Contracts {
		out = append(out, store.Contract{Address: common.HexToAddress(ct.Address), Kind: ct.Kind, Name: ct.Name,
			StartBlock: max(ct.StartBlock, cfg.StartBlock), Source: "config"})
	}
	return append(out, factoryContracts(cfg)...)
}

// loadContracts adopts the contracts registered since the last cycle at checkpoint cp (the
// main cursor takes them over from the next block, the backfill below), then reads the
// registry into the set the next pipeline indexes. A contract registered between the two is
// adopted in another round, so the set never leaves one waiting at a current version.
func (c *Chain) loadContracts(ctx context.Context, cp *store.Checkpoint) error {
	for {
		if n, err := c.store.Adopt(ctx, c.cfg.ID, cp, c.fence); err != nil {
			return err
		} else if n > 0 {
			c.log.Info().Int64("contracts", n).Msg("new contracts registered: the head follows them, their history is backfilled")
			c.wakeBackfill()
		}
		reg, err := c.store.Registry(ctx, c.cfg.ID)
		if err != nil {
			return err
		}
		if !slices.ContainsFunc(reg.Contracts, func(ct store.Contract) bool { return !ct.Adopted }) {
			c.useContracts(reg.Version, reg.Contracts)
			return nil
		}
	}
}

// useContracts makes the adopted contracts of cs, at registry version, what the chain's main
// cursor indexes, each from where the main cursor took it over.
func (c *Chain) useContracts(version int64, cs []store.Contract) {
	c.set = c.newSet(version, cs, func(ct store.Contract) (uint64, bool) {
		return max(ct.StartBlock, ct.MainFrom), ct.Adopted
	})
}

// newSet builds the handlers and the log filter for the contracts of cs that from accepts, each
// indexed from the block from returns: one handler per kind for its contracts, a factory
// handler with its rules for each factory.
func (c *Chain) newSet(version int64, cs []store.Contract, from func(store.Contract) (uint64, bool)) contractSet {
	set := contractSet{version: version, handlers: map[common.Address]Handler{}, backfilling: map[common.Address]bool{}}
	byKind := map[string]map[common.Address]uint64{}
	var addrs []common.Address
	var topics []common.Hash
	for _, ct := range cs {
		start, ok := from(ct)
		if !ok {
			continue
		}
		addrs = append(addrs, ct.Address)
		if ct.Pending() {
			set.backfilling[ct.Address] = true
		}
		if len(addrs) == 1 || ct.StartBlock < set.first {
			set.first = ct.StartBlock
		}
		if ct.Kind == KindFactory {
			set.factories = true
			h := newFactoryHandler(c.factories.rulesOf(ct), start)
			set.handlers[ct.Address] = h
			for _, t := range h.Topics() {
				if !slices.Contains(topics, t) {
					topics = append(topics, t)
				}
			}
			continue
		}
		if byKind[ct.Kind] == nil {
			byKind[ct.Kind] = map[common.Address]uint64{}
		}
		byKind[ct.Kind][ct.Address] = start
	}
	for _, kind := range Kinds {
		start := byKind[kind]
		if len(start) == 0 {
			continue
		}
		var h Handler = NewERC20(start)
		if f := familyOf(kind); f != nil {
			h = f.Handler(kind, start)
		}
		for a := range start {
			set.handlers[a] = h
		}
		for _, t := range h.Topics() {
			if !slices.Contains(topics, t) {
				topics = append(topics, t)
			}
		}
	}
	set.filter = rpc.NewFilter(addrs, topics)
	return set
}

// liveSet is what the running pipeline fetches new ranges for: the set's filter grown by the
// contracts factories announced since it started, which found lists in order.
type liveSet struct {
	filter rpc.Filter
	found  []store.Contract
}

// fromStart indexes a contract from its start block.
func fromStart(ct store.Contract) (uint64, bool) { return ct.StartBlock, true }

// join makes the contracts announced in the batch since its found'th discovery part of the
// running pipeline: their handlers decode from now on, the planner fetches their logs in new
// ranges, and add fetches them in ranges planned before. An announcement of a contract already
// known is dropped; the rest are registered by the batch's commit as indexed from their start.
func (c *Chain) join(p *pending, found int) {
	live := c.live.Load()
	var kids []store.Contract
	for _, ct := range p.Discovered[found:] {
		if _, known := c.set.handlers[ct.Address]; !known && !slices.ContainsFunc(kids, func(k store.Contract) bool { return k.Address == ct.Address }) {
			kids = append(kids, ct)
		}
	}
	p.Discovered = append(p.Discovered[:found], kids...)
	if len(kids) == 0 {
		return
	}
	set := c.newSet(0, kids, fromStart)
	for a, h := range set.handlers {
		c.set.handlers[a] = h
	}
	topics := live.filter.Topics
	for _, t := range set.filter.Topics {
		if !slices.Contains(topics, t) {
			topics = append(slices.Clip(topics), t)
		}
	}
	c.live.Store(&liveSet{
		filter: rpc.NewFilter(append(slices.Clip(live.filter.Addresses), set.filter.Addresses...), topics),
		found:  append(slices.Clip(live.found), kids...),
	})
}

// watchRegistry returns errRegistryChanged once the registry's version moves past the one the
// running pipeline builds for, so a contract registered anywhere is followed within a poll.
func (c *Chain) watchRegistry(ctx context.Context) error {
	t := time.NewTicker(registryPoll)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
		reg, err := c.store.RegistryVersion(ctx, c.cfg.ID)
		if err == nil && reg > c.version.Load() {
			return errRegistryChanged
		}
	}
}

// registryPoll is how often a writer looks for newly registered contracts.
const registryPoll = time.Second

// wakeBackfill tells the backfill loop that there may be work.
func (c *Chain) wakeBackfill() {
	select {
	case c.backfillWake <- struct{}{}:
	default:
	}
}

// backfill indexes the history of joining contracts below the main cursor while the head is
// followed, until ctx ends: every contract with history left shares one pass over the chain.
func (c *Chain) backfill(ctx context.Context) {
	var wait rpc.Backoff
	for ctx.Err() == nil {
		idle, err := c.backfillStep(ctx)
		switch {
		case ctx.Err() != nil:
			return
		case errors.Is(err, store.ErrBackfillMoved):
			continue
		case err != nil:
			c.log.Warn().Err(err).Int("attempt", wait.Attempts()+1).Msg("backfill failed")
			if wait.Wait(ctx) != nil {
				return
			}
			continue
		}
		wait.Reset()
		if idle {
			c.idle(ctx)
		}
	}
}

// idle waits until the backfill may have work: a wake-up from an adoption, or a change of the
// registry's version (a registration, a discovery, a rollback), which it polls cheaply.
func (c *Chain) idle(ctx context.Context) {
	seen, err := c.store.RegistryVersion(ctx, c.cfg.ID)
	t := time.NewTicker(registryPoll)
	defer t.Stop()
	for err == nil {
		select {
		case <-ctx.Done():
			return
		case <-c.backfillWake:
			return
		case <-t.C:
		}
		var v int64
		if v, err = c.store.RegistryVersion(ctx, c.cfg.ID); v != seen {
			return
		}
	}
}

// backfillStep fetches and commits one range of the pending contracts' history, from the
// lowest block any of them still lacks; it reports idle when none has history left.
func (c *Chain) backfillStep(ctx context.Context) (idle bool, err error) {
	reg, err := c.store.Registry(ctx, c.cfg.ID)
	if err != nil {
		return false, err
	}
	type todo struct {
		store.Contract
		from uint64
	}
	var work []todo
	var lo, hi, remaining uint64
	for _, ct := range reg.Contracts {
		from := max(ct.BackfillNext, ct.StartBlock)
		if !ct.Adopted || from >= ct.MainFrom {
			continue
		}
		if len(work) == 0 || from < lo {
			lo = from
		}
		hi = max(hi, ct.MainFrom-1)
		remaining += ct.MainFrom - from
		work = append(work, todo{ct, from})
	}
	c.backfillLeft.Store(remaining)
	if len(work) == 0 {
		return true, nil
	}
	to := min(hi, lo+c.backfillSizer.Size()-1)
	var cs []store.Contract
	var steps []store.BackfillStep
	mainFrom := map[common.Address]uint64{}
	for _, w := range work {
		if w.from <= to {
			cs = append(cs, w.Contract)
			mainFrom[w.Address] = w.MainFrom
			steps = append(steps, store.BackfillStep{Address: w.Address, Next: w.BackfillNext, To: min(to+1, w.MainFrom)})
		}
	}
	set := c.newSet(0, cs, func(ct store.Contract) (uint64, bool) { return max(ct.BackfillNext, ct.StartBlock), true })
	r, err := c.fetchOnce(ctx, lo, to, set.filter)
	var tooLarge *rpc.RangeError
	if errors.As(err, &tooLarge) {
		c.backfillSizer.Refused(to-lo+1, tooLarge.Max)
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("backfill %d-%d: %w", lo, to, err)
	}
	c.backfillSizer.Observe(to-lo+1, len(r.Logs))
	var b store.Batch
	for i := range r.Logs {
		l := &r.Logs[i]
		h := set.handlers[l.Address]
		if l.BlockNumber >= mainFrom[l.Address] || h == nil || len(l.Topics) == 0 || !slices.Contains(h.Topics(), l.Topics[0]) {
			continue
		}
		c.handle(h, l, &b)
	}
	if err := family.Resolve(ctx, c.rpc, &b); err != nil {
		return false, fmt.Errorf("backfill %d-%d: %w", lo, to, err)
	}
	if err := c.store.CommitBackfill(ctx, c.cfg.ID, &b, steps, c.fence); err != nil {
		return false, err
	}
	if len(b.Discovered) > 0 {
		c.log.Info().Int("contracts", len(b.Discovered)).Uint64("from", lo).Uint64("to", to).Msg("the backfill found announced contracts")
	}
	c.metrics.Rows.WithLabelValues(c.label, "erc20_transfers").Add(float64(len(b.Transfers)))
	for t, n := range family.Counts(&b) {
		c.metrics.Rows.WithLabelValues(c.label, t).Add(float64(n))
	}
	c.log.Debug().Uint64("from", lo).Uint64("to", to).Int("contracts", len(steps)).Int("transfers", len(b.Transfers)).
		Msg("backfilled")
	return false, nil
}
