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
	if opts.From != nil {
		ch.StartBlock = *opts.From
		for i := range ch.Contracts {
			ch.Contracts[i].StartBlock = max(ch.Contracts[i].StartBlock, *opts.From)
		}
	}
	res := RebuildResult{Chain: chainID, From: ch.FirstBlock()}
	client, err := NewClient(ch, rpc.NewMetrics(nil), opts.Log)
	if err != nil {
		return res, err
	}
	defer client.Close()
	if err := client.Check(ctx); err != nil {
		return res, err
	}
	live, err := store.Open(ctx, cfg.Database.URL, store.WithIdleTxTimeout(cfg.Lease.TTL))
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
	if err := registerShadow(ctx, live, ch, opts.From); err != nil {
		return res, err
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
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		s := shadow.Status()
		caughtUp := s.Head > 0 && s.Indexed+2 >= s.Head
		if opts.Progress != nil {
			opts.Progress(s.Indexed, s.Head)
		}
		if err := st.RebuildHeartbeat(ctx, shadow.cfg.ID, caughtUp); err != nil {
			return store.Lease{}, err
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
// rebuild finds again from their factories' events. With from, nothing starts below it.
func registerShadow(ctx context.Context, live *store.Store, ch ChainConfig, from *uint64) error {
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
		if from != nil {
			c.StartBlock = max(c.StartBlock, *from)
		}
		cs = append(cs, store.Contract{Address: c.Address, Kind: c.Kind, Name: c.Name, StartBlock: c.StartBlock, Source: c.Source})
	}
	_, err = live.In(store.Shadow).Register(ctx, ch.ID, cs)
	return err
}
