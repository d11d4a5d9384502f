package indexer

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/rs/zerolog"
	"github.com/sourcegraph/conc"

	"github.com/didx/didx/rpc"
	"github.com/didx/didx/store"
)

// Service is the sidecar: every configured chain, the RPC pools they read through, the store
// they write to and the HTTP endpoints operators watch.
type Service struct {
	cfg      *Config
	file     string
	store    *store.Store
	chains   []*Chain
	clients  []*rpc.Client
	registry *prometheus.Registry
	metrics  *Metrics
	health   *health
	keeper   *keeper
	log      zerolog.Logger
	listener net.Listener
}

// ServiceOptions are the sidecar's run-time choices that are not configuration.
type ServiceOptions struct {
	Log zerolog.Logger
	// AcceptFinalityViolation repairs reorgs below finality instead of halting (an operator's
	// explicit decision after a violation was reported).
	AcceptFinalityViolation bool
}

// NewService builds the sidecar from its configuration without touching the network: an
// endpoint that cannot be configured is a configuration error now, and everything that needs
// an answer (endpoint checks, the database, migrations) happens in Run, after the HTTP listener
// is up, so probes answer from the first second.
func NewService(ctx context.Context, cfg *Config, file string, opts ServiceOptions) (*Service, error) {
	s := &Service{cfg: cfg, file: file, log: opts.Log, registry: prometheus.NewRegistry()}
	s.registry.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	s.metrics = NewMetrics(s.registry)
	rpcMetrics := rpc.NewMetrics(s.registry)
	for i, ch := range cfg.Chains {
		client, err := NewClient(ch, rpcMetrics, opts.Log)
		if err != nil {
			s.closeClients()
			return nil, cfg.located(&ConfigError{File: file, Key: fmt.Sprintf("chains[%d].rpc", i), Msg: err.Error()})
		}
		s.clients = append(s.clients, client)
	}
	st, err := store.Open(ctx, cfg.Database.URL, store.WithIdleTxTimeout(cfg.Lease.TTL), storeFamilies())
	if err != nil {
		s.closeClients()
		return nil, err
	}
	s.store = st
	for i, ch := range cfg.Chains {
		s.chains = append(s.chains, NewChain(ch, ChainDeps{RPC: s.clients[i], Store: st, Metrics: s.metrics,
			Log: opts.Log, AcceptFinalityViolation: opts.AcceptFinalityViolation}))
	}
	s.health = newHealth(s.chains, st, s.metrics, cfg.HTTP.Readiness)
	s.keeper = newKeeper(st, cfg, s.chains, opts.Log)
	return s, nil
}

// NewClient builds a chain's RPC pool from its configuration.
func NewClient(ch ChainConfig, m *rpc.Metrics, log zerolog.Logger) (*rpc.Client, error) {
	eps := make([]rpc.EndpointConfig, len(ch.RPC))
	for i, e := range ch.RPC {
		eps[i] = rpc.EndpointConfig{URL: e.URL, Name: e.Name, Weight: e.Weight, RPS: e.RPS, MaxInFlight: e.MaxInFlight, Headers: e.Headers}
	}
	return rpc.New(rpc.Options{ChainID: ch.ID, Endpoints: eps, Timeout: ch.Fetch.Timeout, MaxBatch: ch.Fetch.MaxBatch,
		MaxAddresses: ch.Fetch.MaxAddresses, PollInterval: ch.PollInterval, Verify: ch.Verify, Metrics: m,
		Log: log.With().Uint64("chain", ch.ID).Logger()})
}

func (s *Service) closeClients() {
	for _, c := range s.clients {
		c.Close()
	}
}

// Listen binds the HTTP listener now, so a caller learns of a taken port before Run.
func (s *Service) Listen() (net.Addr, error) {
	l, err := net.Listen("tcp", s.cfg.HTTP.Listen)
	if err != nil {
		return nil, fmt.Errorf("http.listen %s: %w", s.cfg.HTTP.Listen, err)
	}
	s.listener = l
	return l.Addr(), nil
}

// Run serves HTTP at once, then starts (see start) and indexes every chain until ctx ends,
// then stops every loop: the batch in flight on each chain commits or rolls back as a whole.
// It returns an error only for what no retry can mend (an endpoint serving another chain, a
// migration that fails on a reachable database); ctx ending during start-up is a clean exit.
func (s *Service) Run(ctx context.Context) error {
	defer s.store.Close()
	defer s.closeClients()
	if s.listener == nil {
		if _, err := s.Listen(); err != nil {
			return err
		}
	}
	srv := &http.Server{Handler: s.Handler(), ReadHeaderTimeout: 5 * time.Second}
	var wg conc.WaitGroup
	wg.Go(func() {
		if err := srv.Serve(s.listener); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Error().Err(err).Msg("http server stopped")
		}
	})
	s.log.Info().Str("http", s.listener.Addr().String()).Int("chains", len(s.chains)).Msg("didx starting")
	err := s.start(ctx)
	if err == nil && ctx.Err() == nil {
		s.loop(ctx, &wg, "health", s.health.run)
		s.loop(ctx, &wg, "lease", s.keeper.run)
		for i, ch := range s.chains {
			s.loop(ctx, &wg, fmt.Sprintf("chain %d rpc", ch.ID()), s.clients[i].Run)
			s.loop(ctx, &wg, fmt.Sprintf("chain %d head", ch.ID()), ch.track)
		}
		s.log.Info().Msg("didx running")
		<-ctx.Done()
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = srv.Shutdown(shutdown)
	wg.Wait()
	s.log.Info().Msg("didx stopped")
	return err
}

// loop runs fn on wg and tells the health check if it returns before ctx ends: /healthz then
// fails, and the orchestrator restarts the process.
func (s *Service) loop(ctx context.Context, wg *conc.WaitGroup, name string, fn func(context.Context)) {
	wg.Go(func() {
		fn(ctx)
		if ctx.Err() == nil {
			s.health.exited(name)
			s.log.Error().Str("loop", name).Msg("loop stopped before shutdown")
		}
	})
}

// start checks every chain's endpoints (one that serves another chain is a configuration
// error; one that does not answer is only waited for), then waits for the database, retrying
// with backoff for as long as it takes, and applies the migrations. /readyz says which step it
// is on.
func (s *Service) start(ctx context.Context) error {
	s.health.starting("checking RPC endpoints")
	errs := make([]error, len(s.chains))
	var wg conc.WaitGroup
	for i := range s.chains {
		wg.Go(func() {
			cctx, cancel := context.WithTimeout(ctx, 15*time.Second)
			defer cancel()
			var idErr *rpc.ChainIDError
			if err := s.clients[i].Check(cctx); errors.As(err, &idErr) {
				errs[i] = s.cfg.located(&ConfigError{File: s.file, Key: fmt.Sprintf("chains[%d].id", i), Msg: err.Error()})
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return err
	}
	wait := rpc.Backoff{Min: time.Second, Max: 30 * time.Second}
	for {
		err := s.connect(ctx)
		if err == nil {
			s.health.starting("")
			return nil
		}
		var fatal *migrationError
		var cfgErr *ConfigError
		if errors.As(err, &fatal) || errors.As(err, &cfgErr) {
			return err
		}
		msg := "waiting for the database: " + store.RedactURL(err.Error())
		s.health.starting(msg)
		s.log.Warn().Str("reason", msg).Int("attempt", wait.Attempts()+1).Msg("database not reachable at start")
		if wait.Wait(ctx) != nil {
			return nil
		}
	}
}

// register registers every chain's configured contracts: a restart with a contract added to
// the file is the same as `didx contracts add`. One registered before with another kind or
// start block is a configuration error.
func (s *Service) register(ctx context.Context) error {
	for i, ch := range s.cfg.Chains {
		added, err := s.store.Register(ctx, ch.ID, configContracts(ch))
		if errors.Is(err, store.ErrRegisteredDifferently) {
			return s.cfg.located(&ConfigError{File: s.file, Key: fmt.Sprintf("chains[%d].contracts", i), Msg: err.Error()})
		}
		if err != nil {
			return err
		}
		if len(added) > 0 {
			s.log.Info().Uint64("chain", ch.ID).Int("contracts", len(added)).Msg("configured contracts registered")
		}
	}
	return nil
}

// migrationError is a migration that failed on a database that answers: retrying cannot mend it.
type migrationError struct{ err error }

func (e *migrationError) Error() string { return e.err.Error() }
func (e *migrationError) Unwrap() error { return e.err }

// connect pings the database, applies the migrations and registers the configured contracts.
func (s *Service) connect(ctx context.Context) error {
	pctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	err := s.store.Ping(pctx)
	cancel()
	if err != nil {
		return err
	}
	if err := s.store.Migrate(ctx); err != nil {
		pctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		defer cancel()
		if s.store.Ping(pctx) != nil {
			return err
		}
		return &migrationError{err}
	}
	return s.register(ctx)
}

// Addr is the HTTP listener's address, once Listen or Run has bound it.
func (s *Service) Addr() net.Addr {
	if s.listener == nil {
		return nil
	}
	return s.listener.Addr()
}

// Chains are the service's chains.
func (s *Service) Chains() []*Chain { return s.chains }

// Metrics are the service's indexer metrics.
func (s *Service) Metrics() *Metrics { return s.metrics }

// Store is the service's store.
func (s *Service) Store() *store.Store { return s.store }
