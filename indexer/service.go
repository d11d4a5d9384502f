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

// NewService checks every chain's endpoints (a chain whose endpoints all serve another chain
// is a configuration error), then connects to the database and applies migrations. Nothing is
// written before the checks pass.
func NewService(ctx context.Context, cfg *Config, file string, opts ServiceOptions) (*Service, error) {
	s := &Service{cfg: cfg, log: opts.Log, registry: prometheus.NewRegistry()}
	s.registry.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	s.metrics = NewMetrics(s.registry)
	rpcMetrics := rpc.NewMetrics(s.registry)
	for i, ch := range cfg.Chains {
		client, err := NewClient(ch, rpcMetrics, opts.Log)
		if err != nil {
			s.closeClients()
			return nil, &ConfigError{File: file, Key: fmt.Sprintf("chains[%d].rpc", i), Msg: err.Error()}
		}
		s.clients = append(s.clients, client)
		cctx, cancel := context.WithTimeout(ctx, 15*time.Second)
		err = client.Check(cctx)
		cancel()
		var idErr *rpc.ChainIDError
		if errors.As(err, &idErr) {
			s.closeClients()
			return nil, &ConfigError{File: file, Key: fmt.Sprintf("chains[%d].id", i), Msg: err.Error()}
		}
	}
	st, err := store.Open(ctx, cfg.Database.URL, store.WithIdleTxTimeout(cfg.Lease.TTL))
	if err != nil {
		s.closeClients()
		return nil, err
	}
	if err := st.Migrate(ctx); err != nil {
		st.Close()
		s.closeClients()
		return nil, err
	}
	s.store = st
	for i, ch := range cfg.Chains {
		s.chains = append(s.chains, NewChain(ch, ChainDeps{RPC: s.clients[i], Store: st, Metrics: s.metrics,
			Log: opts.Log, AcceptFinalityViolation: opts.AcceptFinalityViolation}))
	}
	s.health = newHealth(s.chains, st, s.metrics)
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

// Run indexes every chain and serves HTTP until ctx ends, then stops every loop: the batch in
// flight on each chain commits or rolls back as a whole.
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
	wg.Go(func() { s.health.run(ctx) })
	wg.Go(func() { s.keeper.run(ctx) })
	for i, ch := range s.chains {
		wg.Go(func() { s.clients[i].Run(ctx) })
		wg.Go(func() { ch.track(ctx) })
	}
	s.log.Info().Str("http", s.listener.Addr().String()).Int("chains", len(s.chains)).Msg("didx running")
	<-ctx.Done()
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = srv.Shutdown(shutdown)
	wg.Wait()
	s.log.Info().Msg("didx stopped")
	return nil
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
