package indexer

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/didx/didx/store"
)

// hysteresis is how many consecutive samples must agree before a chain's state changes, so a
// probe does not flap on one slow poll.
const hysteresis = 3

// sampleEvery is the readiness sampling period.
const sampleEvery = time.Second

// stallAfter is how long the sampler may go without a sample before /healthz calls the
// process stuck: a sample takes each chain's lock, so a wedged chain stops it too.
const stallAfter = 30 * time.Second

// Readiness modes (http.readiness): what /readyz gates on.
const (
	// ReadyProcess: this process can serve (started, database connection, loops alive). Lag,
	// halts and unproven blocks are facts of the shared database: they go to /status, metrics
	// and alerts, not to every sidecar's readiness at once.
	ReadyProcess = "process"
	// ReadyLag: as ReadyProcess, and every chain within readiness_lag and not halted.
	ReadyLag = "lag"
)

// health samples every chain and the database, keeps each chain's state with hysteresis, and
// answers the liveness and readiness probes.
type health struct {
	chains  []*Chain
	store   *store.Store
	metrics *Metrics
	mode    string

	mu      sync.Mutex
	phase   string
	dbOK    bool
	dbErr   string
	pending map[uint64]candidate
	running bool
	beat    time.Time
	stopped []string
}

type candidate struct {
	state string
	seen  int
}

func newHealth(chains []*Chain, st *store.Store, m *Metrics, mode string) *health {
	return &health{chains: chains, store: st, metrics: m, mode: mode, phase: "starting",
		pending: map[uint64]candidate{}}
}

// starting names the start-up step the process is on; "" once it runs.
func (h *health) starting(phase string) {
	h.mu.Lock()
	h.phase = phase
	h.mu.Unlock()
}

// exited records a loop that returned before shutdown.
func (h *health) exited(loop string) {
	h.mu.Lock()
	h.stopped = append(h.stopped, loop)
	h.mu.Unlock()
}

// alive says whether /healthz should answer 200: no loop has stopped and the sampler keeps
// sampling. A process still starting (waiting for its database, say) is alive: restarting it
// would not help.
func (h *health) alive() (bool, map[string]any) {
	h.mu.Lock()
	defer h.mu.Unlock()
	out := map[string]any{"alive": true}
	switch {
	case len(h.stopped) > 0:
		out["alive"], out["reason"] = false, "stopped: "+strings.Join(h.stopped, ", ")
	case h.phase != "":
		out["starting"] = h.phase
	case time.Since(h.beat) > stallAfter:
		out["alive"], out["reason"] = false, fmt.Sprintf("no health sample for %s", time.Since(h.beat).Round(time.Second))
	}
	return out["alive"] == true, out
}

func (h *health) run(ctx context.Context) {
	h.mu.Lock()
	h.running = true
	h.beat = time.Now()
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
		h.mu.Lock()
		h.beat = time.Now()
		h.mu.Unlock()
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

// ready says whether /readyz should answer 200, and why not: in ReadyProcess mode when this
// process has started, reaches its database and its loops are alive; in ReadyLag mode (or
// when lagGated) also when every chain is healthy or degraded. The body always carries every
// chain's state, so a reader of the shared facts finds them here too.
func (h *health) ready(lagGated bool) (bool, map[string]any) {
	alive, _ := h.alive()
	h.mu.Lock()
	phase, dbOK, dbErr, running := h.phase, h.dbOK, h.dbErr, h.running
	h.mu.Unlock()
	mode := h.mode
	if lagGated {
		mode = ReadyLag
	}
	ok := phase == "" && dbOK && running && alive
	chains := []map[string]any{}
	for _, c := range h.chains {
		s := c.Status()
		chainOK := s.State == "healthy" || s.State == "degraded"
		if mode == ReadyLag {
			ok = ok && chainOK
		}
		chains = append(chains, map[string]any{"id": s.ID, "ready": chainOK, "state": s.State, "reason": s.Reason,
			"lag": s.Lag, "readiness_lag": c.cfg.ReadinessLag})
	}
	out := map[string]any{"ready": ok, "readiness": mode, "database": map[string]any{"ok": dbOK, "error": dbErr},
		"chains": chains}
	if phase != "" {
		out["starting"] = phase
	}
	return ok, out
}
