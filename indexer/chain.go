package indexer

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/rs/zerolog"
	"github.com/sourcegraph/conc"

	"github.com/didx/didx/rpc"
	"github.com/didx/didx/store"
)

// Chain indexes one chain: it owns the chain's pipeline, its reorg repair and its status.
type Chain struct {
	cfg     ChainConfig
	rpc     *rpc.Client
	store   *store.Store
	metrics *Metrics
	log     zerolog.Logger
	label   string
	sizer   *rpc.RangeSizer
	// set is what the main cursor indexes; see loadContracts. The running pipeline's builder
	// adds to it the contracts factories announce (see join).
	set       contractSet
	factories factories
	// live is what the planner fetches new ranges for, and version the registry version the
	// pipeline's next batch is built for: the set's, plus one per batch that registers
	// announced contracts.
	live    atomic.Pointer[liveSet]
	version atomic.Int64
	// backfillSizer adapts the backfill's ranges as sizer does the main cursor's.
	backfillSizer *rpc.RangeSizer
	backfillWake  chan struct{}
	backfillLeft  atomic.Uint64
	// fence runs inside every write transaction; the lease sets it.
	fence func(context.Context, pgx.Tx) error
	// acceptViolation lets the chain repair a reorg below finality instead of halting.
	acceptViolation bool

	quorums   quorums
	finalized atomic.Uint64
	mu        sync.Mutex
	st        ChainStatus
}

// ChainStatus is what /status and `didx status` show of a chain.
type ChainStatus struct {
	ID        uint64               `json:"id"`
	Head      uint64               `json:"head"`
	Indexed   uint64               `json:"indexed"`
	Lag       uint64               `json:"lag"`
	Finalized uint64               `json:"finalized"`
	BlockTime time.Time            `json:"indexed_block_time"`
	State     string               `json:"state"`
	Reason    string               `json:"reason,omitempty"`
	LastReorg *store.Reorg         `json:"last_reorg,omitempty"`
	Violation *Violation           `json:"finality_violation,omitempty"`
	Endpoints []rpc.EndpointStatus `json:"endpoints"`
	Holder    string               `json:"holder,omitempty"`
	Epoch     int64                `json:"epoch,omitempty"`
	Writing   bool                 `json:"writing"`
	Rebuild   bool                 `json:"rebuild_running"`
	// Unproven says why the chain cannot advance: the logs of its next blocks could not be
	// proven complete (every endpoint down, lying, or without a second for a quorum).
	Unproven string `json:"unproven,omitempty"`
	// Negative counts balances this process's commits left below zero.
	Negative int `json:"negative_balances,omitempty"`
}

// ChainDeps are what a Chain is built from.
type ChainDeps struct {
	RPC     *rpc.Client
	Store   *store.Store
	Metrics *Metrics
	Log     zerolog.Logger
	// AcceptFinalityViolation repairs reorgs below finality instead of halting the chain.
	AcceptFinalityViolation bool
}

// NewChain prepares a chain for indexing; Run starts it.
func NewChain(cfg ChainConfig, d ChainDeps) *Chain {
	c := &Chain{cfg: cfg, rpc: d.RPC, store: d.Store, metrics: d.Metrics, acceptViolation: d.AcceptFinalityViolation,
		sizer:         rpc.NewRangeSizer(cfg.Fetch.Range, cfg.Fetch.MaxRange, cfg.Fetch.TargetLogs),
		backfillSizer: rpc.NewRangeSizer(cfg.Fetch.Range, cfg.Fetch.MaxRange, cfg.Fetch.TargetLogs),
		backfillWake:  make(chan struct{}, 1)}
	c.log = d.Log.With().Uint64("chain", cfg.ID).Logger()
	c.label = c.metrics.chain(cfg.ID, append([]string{KindFactory}, Kinds...))
	var err error
	if c.factories, err = newFactories(cfg); err != nil {
		c.log.Error().Err(err).Msg("factory rules do not parse: factories are not followed")
	}
	c.st = ChainStatus{ID: cfg.ID, State: "reindexing", Reason: "starting"}
	return c
}

// SetFence makes every write transaction of the chain run fence first.
func (c *Chain) SetFence(fence func(context.Context, pgx.Tx) error) { c.fence = fence }

// ID is the chain id.
func (c *Chain) ID() uint64 { return c.cfg.ID }

// Config is the chain's configuration.
func (c *Chain) Config() ChainConfig { return c.cfg }

// Run indexes the chain until ctx ends; the keeper runs it while this instance holds the
// chain's lease. Failures (database or RPC trouble) are logged and retried with backoff; only a
// finality violation stops progress, and it stays stopped.
func (c *Chain) Run(ctx context.Context) {
	// A violation latched by an earlier run is checked afresh: a rebuild may have repaired it,
	// and if not, the start-up check finds it again at once.
	c.mu.Lock()
	c.st.Violation = nil
	c.mu.Unlock()
	c.metrics.Violation.WithLabelValues(c.label).Set(0)
	var wg conc.WaitGroup
	defer wg.Wait()
	wg.Go(func() { c.backfill(ctx) })
	var backoff rpc.Backoff
	for ctx.Err() == nil {
		before := c.Status().Indexed
		err := c.cycle(ctx)
		if c.Status().Indexed != before {
			backoff.Reset()
		}
		var v *Violation
		var doubt *reproveError
		switch {
		case ctx.Err() != nil:
			return
		case errors.As(err, &v):
			c.halt(v)
			<-ctx.Done()
			return
		case errors.As(err, &doubt):
			if err = c.reprove(ctx, doubt.from); err == nil {
				backoff.Reset()
				continue
			}
			fallthrough
		case errors.Is(err, errReorg), errors.Is(err, store.ErrCheckpointMoved), errors.Is(err, errRegistryChanged):
			c.log.Info().Err(err).Msg("re-reading checkpoint")
			backoff.Reset()
			continue
		case err != nil:
			c.setReason(err.Error())
			if errors.Is(err, rpc.ErrUnproven) {
				c.mu.Lock()
				c.st.Unproven = err.Error()
				c.mu.Unlock()
			}
			c.log.Error().Err(err).Int("attempt", backoff.Attempts()+1).Msg("indexing failed")
			if backoff.Wait(ctx) != nil {
				return
			}
		}
	}
}

// cycle checks the checkpoint against the chain, repairs a reorg if there was one, then runs
// the pipeline from it.
func (c *Chain) cycle(ctx context.Context) error {
	if err := c.waitForEndpoints(ctx); err != nil {
		return err
	}
	if err := c.store.EnsureChain(ctx, c.cfg.ID); err != nil {
		return err
	}
	cp, err := c.store.Checkpoint(ctx, c.cfg.ID)
	if err != nil {
		return err
	}
	if cp != nil {
		c.restoreStatus(ctx, cp)
		if cp, err = c.ensureCanonical(ctx, cp); err != nil {
			return err
		}
	}
	if err := c.loadContracts(ctx, cp); err != nil {
		return err
	}
	c.setReason("")
	return c.index(ctx, cp)
}

// waitForEndpoints returns once some endpoint has reported a head.
func (c *Chain) waitForEndpoints(ctx context.Context) error {
	for heads := c.rpc.Heads(); c.rpc.Head() == 0; heads = c.rpc.Heads() {
		c.setReason("no RPC endpoint reachable")
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-heads:
		case <-time.After(c.cfg.PollInterval):
		}
	}
	return nil
}

// track follows the head and the finalized block and keeps lag metrics fresh.
func (c *Chain) track(ctx context.Context) {
	t := time.NewTicker(c.cfg.PollInterval)
	defer t.Stop()
	for {
		heads := c.rpc.Heads()
		head := c.rpc.Head()
		if head > 0 {
			if fin, err := c.finalizedAt(ctx); err != nil {
				c.log.Debug().Err(err).Msg("finalized block unknown")
			} else {
				c.finalized.Store(fin)
			}
			c.metrics.Head.WithLabelValues(c.label).Set(float64(head))
			c.metrics.Finalized.WithLabelValues(c.label).Set(float64(c.finalized.Load()))
			c.refresh(head)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-heads:
		}
	}
}

// finalizedAt is the newest block two endpoints hold final (see rpc.Client.Finalized). It may
// move down, when an endpoint that claimed more stops being counted.
func (c *Chain) finalizedAt(ctx context.Context) (uint64, error) {
	if c.cfg.Finality.Tag == "" {
		head := c.rpc.SupportedHead()
		if head <= c.cfg.Finality.Depth {
			return 0, nil
		}
		return head - c.cfg.Finality.Depth, nil
	}
	return c.rpc.Finalized(ctx, c.cfg.Finality.Tag)
}

// indexedAt records a new checkpoint in the status and metrics.
func (c *Chain) indexedAt(n, blockTime uint64) {
	c.mu.Lock()
	c.st.Indexed = n
	c.st.Unproven = ""
	c.st.BlockTime = time.Unix(int64(blockTime), 0).UTC()
	c.mu.Unlock()
	c.metrics.Indexed.WithLabelValues(c.label).Set(float64(n))
	c.refresh(c.rpc.Head())
}

// refresh recomputes lag and age from the newest head and checkpoint.
func (c *Chain) refresh(head uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.st.Head = max(c.st.Head, head)
	c.st.Finalized = c.finalized.Load()
	c.st.Lag = 0
	if c.st.Head > c.st.Indexed {
		c.st.Lag = c.st.Head - c.st.Indexed
	}
	c.metrics.Lag.WithLabelValues(c.label).Set(float64(c.st.Lag))
	backfill := c.backfillLeft.Load()
	if c.st.State == "reindexing" {
		backfill += c.st.Lag
	}
	c.metrics.Remaining.WithLabelValues(c.label).Set(float64(backfill))
	if !c.st.BlockTime.IsZero() {
		c.metrics.Age.WithLabelValues(c.label).Set(max(0, time.Since(c.st.BlockTime).Seconds()))
	}
}

func (c *Chain) restoreStatus(ctx context.Context, cp *store.Checkpoint) {
	c.mu.Lock()
	known := c.st.Indexed == cp.Number && !c.st.BlockTime.IsZero()
	c.mu.Unlock()
	if known {
		return
	}
	var bt uint64
	if hs, err := c.rpc.Headers(ctx, []uint64{cp.Number}); err == nil {
		bt = hs[0].Time
	}
	c.indexedAt(cp.Number, bt)
}

func (c *Chain) setHolder(holder string, epoch int64, writing bool) {
	c.mu.Lock()
	c.st.Holder, c.st.Epoch, c.st.Writing = holder, epoch, writing
	c.mu.Unlock()
}

func (c *Chain) setReason(r string) {
	c.mu.Lock()
	c.st.Reason = r
	c.mu.Unlock()
}

// Status is a snapshot of the chain's status.
func (c *Chain) Status() ChainStatus {
	c.mu.Lock()
	s := c.st
	c.mu.Unlock()
	s.Endpoints = c.rpc.Status()
	return s
}
