package indexer

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/didx/didx/store"
)

// hysteresis is how many consecutive samples must agree before a chain's state changes, so a
// probe does not flap on one slow poll.
const hysteresis = 3

// sampleEvery is the readiness sampling period.
const sampleEvery = time.Second

// health samples every chain and the database and keeps each chain's state with hysteresis.
type health struct {
	chains  []*Chain
	store   *store.Store
	metrics *Metrics

	mu      sync.Mutex
	dbOK    bool
	dbErr   string
	pending map[uint64]candidate
	running bool
}

type candidate struct {
	state string
	seen  int
}

func newHealth(chains []*Chain, st *store.Store, m *Metrics) *health {
	return &health{chains: chains, store: st, metrics: m, pending: map[uint64]candidate{}}
}

func (h *health) run(ctx context.Context) {
	h.mu.Lock()
	h.running = true
	h.mu.Unlock()
	defer func() {
		h.mu.Lock()
		h.running = false
		h.mu.Unlock()
	}()
	t := time.NewTicker(sampleEvery)
	defer t.Stop()
	for {
		h.sample(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (h *health) sample(ctx context.Context) {
	pctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	err := h.store.Ping(pctx)
	cancel()
	h.mu.Lock()
	h.dbOK = err == nil
	h.dbErr = ""
	if err != nil {
		h.dbErr = store.RedactURL(err.Error())
	}
	dbOK := h.dbOK
	h.mu.Unlock()
	for _, c := range h.chains {
		state, reason := c.observe(dbOK)
		h.settle(c, state, reason)
	}
}

// settle moves the chain to state once it has been observed hysteresis times in a row; a
// halted chain changes at once.
func (h *health) settle(c *Chain, state, reason string) {
	h.mu.Lock()
	cand := h.pending[c.cfg.ID]
	if cand.state == state {
		cand.seen++
	} else {
		cand = candidate{state: state, seen: 1}
	}
	h.pending[c.cfg.ID] = cand
	h.mu.Unlock()
	c.mu.Lock()
	if state == "halted" || cand.seen >= hysteresis || c.st.State == "" {
		c.st.State = state
		if reason != "" || state == "healthy" {
			c.st.Reason = reason
		}
	}
	current := c.st.State
	c.mu.Unlock()
	for _, s := range States {
		v := 0.0
		if s == current {
			v = 1
		}
		c.metrics.Status.WithLabelValues(c.label, s).Set(v)
	}
}

// observe classifies the chain now, before hysteresis.
func (c *Chain) observe(dbOK bool) (state, reason string) {
	c.refresh(c.rpc.Head())
	s := c.Status()
	up := 0
	for _, e := range s.Endpoints {
		if e.Up {
			up++
		}
	}
	switch {
	case s.Violation != nil:
		return "halted", s.Violation.Error()
	case !dbOK:
		return "critical", "database unreachable"
	case up == 0:
		return "critical", "no RPC endpoint reachable"
	case s.Unproven != "":
		return "critical", s.Unproven
	case s.Lag > c.cfg.ReadinessLag && s.State == "reindexing":
		return "reindexing", "catching up"
	case s.Lag > c.cfg.ReadinessLag:
		return "critical", "lag above readiness_lag"
	case up < len(s.Endpoints):
		return "degraded", "some RPC endpoints are down"
	case s.Negative > 0:
		return "degraded", fmt.Sprintf("%d balances went negative (a lost log?): run didx validate", s.Negative)
	}
	return "healthy", ""
}

// ready says whether /readyz should answer 200, and why not.
func (h *health) ready() (bool, map[string]any) {
	h.mu.Lock()
	dbOK, dbErr, running := h.dbOK, h.dbErr, h.running
	h.mu.Unlock()
	ok := dbOK && running
	chains := []map[string]any{}
	for _, c := range h.chains {
		s := c.Status()
		chainOK := s.State == "healthy" || s.State == "degraded"
		ok = ok && chainOK
		chains = append(chains, map[string]any{"id": s.ID, "ready": chainOK, "state": s.State, "reason": s.Reason,
			"lag": s.Lag, "readiness_lag": c.cfg.ReadinessLag})
	}
	out := map[string]any{"ready": ok, "database": map[string]any{"ok": dbOK, "error": dbErr}, "chains": chains}
	return ok, out
}
