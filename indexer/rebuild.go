package indexer

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"
	"github.com/sourcegraph/conc"

	"github.com/didx/didx/rpc"
	"github.com/didx/didx/store"
)

// RebuildOptions tune Rebuild.
type RebuildOptions struct {
	// From, when set, re-indexes from this block instead of the contracts' start blocks.
	From *uint64
	// Progress is called about once a second with the rebuilt and the target block.
	Progress func(indexed, head uint64)
	Log      zerolog.Logger
}

// RebuildResult describes a finished rebuild.
type RebuildResult struct {
	Chain      uint64        `json:"chain"`
	From       uint64        `json:"from"`
	Checkpoint uint64        `json:"checkpoint"`
	Resumed    bool          `json:"resumed"`
	Rows       int64         `json:"rows_swapped"`
	Took       time.Duration `json:"took"`
}

// Rebuild re-indexes a chain from the chain into the shadow schema while readers (and a
// running sidecar) keep using the live tables, then swaps the rebuilt state in atomically: it
// catches up, asks for the chain's write lease (a sidecar holding it gives it up), indexes the
// last blocks, stops at a committed checkpoint and swaps in one transaction fenced by the
// lease. An interrupted rebuild is resumed from its shadow checkpoint by running it again.
func Rebuild(ctx context.Context, cfg *Config, chainID uint64, opts RebuildOptions) (RebuildResult, error) {
	start := time.Now()
	var ch ChainConfig
	found := false
	for _, c := range cfg.Chains {
		if c.ID == chainID {
			ch, found = c, true
		}
	}
	if !found {
		return RebuildResult{}, fmt.Errorf("chain %d is not configured", chainID)
	}
	res := RebuildResult{Chain: chainID, From: ch.FirstBlock()}
	if opts.From != nil && *opts.From > 0 {
		res.From = *opts.From
	}
	client, err := NewClient(ch, rpc.NewMetrics(nil), opts.Log)
	if err != nil {
		return res, err
	}
	defer client.Close()
	if err := client.Check(ctx); err != nil {
		return res, err
	}
	live, err := store.Open(ctx, cfg.Database.URL, store.WithIdleTxTimeout(cfg.Lease.TTL), storeFamilies())
	if err != nil {
		return res, err
	}
	defer live.Close()
	if err := live.Migrate(ctx); err != nil {
		return res, err
	}
	unlock, err := live.LockRebuild(ctx, chainID)
	if err != nil {
		return res, err
	}
	defer unlock()
	if res.Resumed, err = live.StartRebuild(ctx, chainID, cfg.Instance, res.From); err != nil {
		return res, err
	}
	switch {
	case res.Resumed:
	case opts.From != nil && *opts.From > 0:
		if err := seedShadow(ctx, live, client, chainID, *opts.From, opts.Log); err != nil {
			return res, err
		}
	default:
		if err := registerShadow(ctx, live, ch); err != nil {
			return res, err
		}
	}
	opts.Log.Info().Uint64("chain", chainID).Uint64("from", res.From).Bool("resumed", res.Resumed).Msg("rebuild started")

	rctx, cancel := context.WithCancel(ctx)
	shadow := NewChain(ch, ChainDeps{RPC: client, Store: live.In(store.Shadow), Metrics: NewMetrics(nil), Log: opts.Log})
	var wg conc.WaitGroup
	defer func() {
		cancel()
		wg.Wait()
	}()
	wg.Go(func() { client.Run(rctx) })
	wg.Go(func() { shadow.track(rctx) })
	building, stopBuilding := context.WithCancel(rctx)
	defer stopBuilding()
	built := make(chan struct{})
	wg.Go(func() {
		defer close(built)
		shadow.Run(building)
	})

	lease, err := rebuildLease(ctx, live, shadow, cfg, opts)
	if err != nil {
		return res, err
	}
	renewed, stopRenewing := context.WithCancel(rctx)
	defer stopRenewing()
	wg.Go(func() { keepLease(renewed, live, lease, cfg.Lease.TTL) })

	// Holding the lease, nobody writes the live chain: finish to the live checkpoint at least,
	// and to the head, then stop at a committed checkpoint and swap.
	liveCP, err := live.Checkpoint(ctx, chainID)
	if err != nil {
		return res, err
	}
	target := client.Head()
	if liveCP != nil {
		target = max(target, liveCP.Number)
	}
	if err := waitShadow(ctx, live, shadow, target, opts); err != nil {
		return res, err
	}
	stopBuilding()
	<-built
	cp, err := live.In(store.Shadow).Checkpoint(ctx, chainID)
	if err != nil || cp == nil {
		return res, fmt.Errorf("read rebuilt checkpoint: %v", err)
	}
	res.Checkpoint = cp.Number
	if res.Rows, err = live.Swap(ctx, chainID, lease.Fence()); err != nil {
		return res, err
	}
	stopRenewing()
	release, cancelRelease := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Second)
	defer cancelRelease()
	_ = live.ReleaseLease(release, lease)
	res.Took = time.Since(start)
	opts.Log.Info().Uint64("chain", chainID).Uint64("checkpoint", cp.Number).Int64("rows", res.Rows).
		Dur("took", res.Took).Msg("rebuild swapped in")
	return res, nil
}

// rebuildLease waits until the shadow has nearly caught up with the head, then asks for the
// chain's write lease and waits for it, keeping the rebuild's registration fresh meanwhile.
func rebuildLease(ctx context.Context, st *store.Store, shadow *Chain, cfg *Config, opts RebuildOptions) (store.Lease, error) {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	holder := "rebuild@" + cfg.Instance
	token := holder + "/" + hex.EncodeToString(b)
	// The shadow is looked at every 100 ms, so the lease is asked for as soon as it catches up;
	// the registration is refreshed every second, and at once when the lease is first wanted.
	t := time.NewTicker(100 * time.Millisecond)
	defer t.Stop()
	var beat time.Time
	wanted := false
	for {
		s := shadow.Status()
		caughtUp := s.Head > 0 && s.Indexed+2 >= s.Head
		if opts.Progress != nil {
			opts.Progress(s.Indexed, s.Head)
		}
		if time.Since(beat) >= time.Second || caughtUp && !wanted {
			if err := st.RebuildHeartbeat(ctx, shadow.cfg.ID, caughtUp); err != nil {
				return store.Lease{}, err
			}
			beat, wanted = time.Now(), wanted || caughtUp
		}
		if caughtUp {
			l, ok, err := st.AcquireLease(ctx, shadow.cfg.ID, holder, token, cfg.Lease.TTL, 0)
			if err != nil {
				return store.Lease{}, err
			}
			if ok {
				return l, nil
			}
		}
		select {
		case <-ctx.Done():
			return store.Lease{}, ctx.Err()
		case <-t.C:
		}
	}
}

// keepLease renews the rebuild's lease until ctx ends.
func keepLease(ctx context.Context, st *store.Store, l store.Lease, ttl time.Duration) {
	t := time.NewTicker(ttl / 3)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			_, _ = st.RenewLease(ctx, l, ttl)
			_ = st.RebuildHeartbeat(ctx, l.Chain, true)
		}
	}
}

// waitShadow waits until the shadow checkpoint reaches target.
func waitShadow(ctx context.Context, st *store.Store, shadow *Chain, target uint64, opts RebuildOptions) error {
	t := time.NewTicker(100 * time.Millisecond)
	defer t.Stop()
	for {
		cp, err := st.In(store.Shadow).Checkpoint(ctx, shadow.cfg.ID)
		if err != nil {
			return err
		}
		if cp != nil && cp.Number >= target {
			return nil
		}
		if opts.Progress != nil && cp != nil {
			opts.Progress(cp.Number, target)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// registerShadow registers in the shadow what the rebuild indexes: the configured contracts and
// every contract registered in the live registry except those factories announced, which the
// rebuild finds again from their factories' events.
func registerShadow(ctx context.Context, live *store.Store, ch ChainConfig) error {
	reg, err := live.Registry(ctx, ch.ID)
	if err != nil {
		return err
	}
	seen := map[common.Address]bool{}
	var cs []store.Contract
	for _, c := range append(configContracts(ch), reg.Contracts...) {
		if seen[c.Address] || strings.HasPrefix(c.Source, "factory:") {
			continue
		}
		seen[c.Address] = true
		cs = append(cs, store.Contract{Address: c.Address, Kind: c.Kind, Name: c.Name, StartBlock: c.StartBlock, Source: c.Source})
	}
	_, err = live.In(store.Shadow).Register(ctx, ch.ID, cs)
	return err
}

// seedShadow starts a rebuild from block from with the live state below it: the blocks of the
// live rows below from are checked canonical against the chain, a page at a time, then the
// shadow takes those rows, the balances they imply and the registry, checkpointed at from-1.
// Only blocks from on are fetched again.
func seedShadow(ctx context.Context, live *store.Store, client *rpc.Client, chain, from uint64, log zerolog.Logger) error {
	checked := 0
	for hi := from; ; {
		page, err := live.RowBlocks(ctx, chain, hi, 500)
		if err != nil {
			return err
		}
		if len(page) == 0 {
			break
		}
		nums := make([]uint64, len(page))
		for i, b := range page {
			nums[i] = b.Number
		}
		hs, err := client.Headers(ctx, nums)
		if err != nil {
			return fmt.Errorf("check the rows below %d: %w", from, err)
		}
		for i, b := range page {
			if hs[i].Hash != b.Hash {
				return fmt.Errorf("the indexed rows of block %d are not on the canonical chain (%s, the chain has %s): rebuild without --from",
					b.Number, b.Hash.Hex(), hs[i].Hash.Hex())
			}
		}
		checked += len(page)
		hi = page[len(page)-1].Number
	}
	hs, err := client.Headers(ctx, []uint64{from - 1})
	if err != nil {
		return err
	}
	rows, err := live.SeedShadow(ctx, chain, from, store.Checkpoint{Number: from - 1, Hash: hs[0].Hash})
	if err != nil {
		return err
	}
	log.Info().Uint64("chain", chain).Uint64("below", from).Int("blocks_checked", checked).Int64("rows", rows).
		Msg("rebuild keeps the indexed state below its first block")
	return nil
}
