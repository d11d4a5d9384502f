// Package rpc reads a chain through several JSON-RPC endpoints: each request goes to the
// healthiest endpoint that has the blocks it needs, fails over on error, and is retried with
// backoff; endpoints that answer with another chain id are refused, and an endpoint is only ever
// shown by a name that cannot leak an API key.
package rpc

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/rs/zerolog"
	"github.com/sourcegraph/conc"
)

// Options configure a Client.
type Options struct {
	ChainID   uint64
	Endpoints []EndpointConfig
	// Timeout bounds one request (a batch counts as one); default 20s.
	Timeout time.Duration
	// MaxBatch caps the calls in one JSON-RPC batch; larger batches are split. Default 500.
	MaxBatch int
	// MaxAddresses caps the addresses in one eth_getLogs filter. Default 500.
	MaxAddresses int
	// PollInterval is how often endpoint heads are polled. Default 500ms.
	PollInterval time.Duration
	// MaxAnswer bounds the bytes of one HTTP answer; a larger one is refused like a provider's
	// "too many results", so the range splits. Default 256 MiB.
	MaxAnswer int64
	// Verify is how a range's logs are proven complete; default VerifyAuto.
	Verify  Verify
	Metrics *Metrics
	Log     zerolog.Logger
}

// Client is a chain's endpoint pool.
type Client struct {
	opts Options
	eps  []*endpoint

	hmu   sync.Mutex
	heads chan struct{} // closed and replaced at each new best head
}

// ErrNoEndpoint is returned while no endpoint can serve a request.
var ErrNoEndpoint = errors.New("no usable RPC endpoint")

// errPaused says no endpoint can serve a request yet because those that could are pausing as
// their HTTP 429 asked: a slow-down, not a failure.
var errPaused = fmt.Errorf("%w: pausing after HTTP 429", ErrNoEndpoint)

// New dials every endpoint. Dialling HTTP does not connect; Check and Run find out which
// endpoints answer.
func New(opts Options) (*Client, error) {
	if opts.Timeout <= 0 {
		opts.Timeout = 20 * time.Second
	}
	if opts.MaxBatch <= 0 {
		opts.MaxBatch = 500
	}
	if opts.MaxAddresses <= 0 {
		opts.MaxAddresses = 500
	}
	if opts.PollInterval <= 0 {
		opts.PollInterval = 500 * time.Millisecond
	}
	if opts.MaxAnswer <= 0 {
		opts.MaxAnswer = 256 << 20
	}
	if opts.Verify == "" {
		opts.Verify = VerifyAuto
	}
	if opts.Metrics == nil {
		opts.Metrics = NewMetrics(nil)
	}
	httpClient := &http.Client{Transport: &http.Transport{
		Proxy:               http.ProxyFromEnvironment,
		MaxIdleConnsPerHost: 64,
		IdleConnTimeout:     90 * time.Second,
	}}
	c := &Client{opts: opts, heads: make(chan struct{})}
	bodies := make(chan *bytes.Buffer, keptBodies)
	for _, ec := range opts.Endpoints {
		e, err := newEndpoint(ec, httpClient, opts.MaxAnswer, bodies)
		if err != nil {
			return nil, err
		}
		c.eps = append(c.eps, e)
		opts.Metrics.endpoint(opts.ChainID, e.name)
	}
	if len(c.eps) == 0 {
		return nil, errors.New("no RPC endpoints")
	}
	return c, nil
}

// Close closes every endpoint's connection.
func (c *Client) Close() {
	for _, e := range c.eps {
		e.client.Close()
	}
}

// ChainIDError says that no endpoint serves the configured chain.
type ChainIDError struct {
	Want uint64
	Got  map[string]uint64
}

func (e *ChainIDError) Error() string {
	return fmt.Sprintf("chain id %d: every endpoint answered another chain id %v", e.Want, e.Got)
}

// Check asks every endpoint for its chain id and head. Endpoints that answer with another chain
// id are refused; ones that do not answer are retried by Run. It fails only when every endpoint
// answered and none serves the configured chain.
func (c *Client) Check(ctx context.Context) error {
	var wg conc.WaitGroup
	for _, e := range c.eps {
		wg.Go(func() { c.probe(ctx, e) })
	}
	wg.Wait()
	got := map[string]uint64{}
	for _, e := range c.eps {
		e.mu.Lock()
		ok, refused := e.chainOK, e.refused
		e.mu.Unlock()
		if ok {
			return nil
		}
		var ce *ChainIDError
		if !errors.As(refused, &ce) {
			return nil
		}
		got[e.name] = ce.Got[e.name]
	}
	return &ChainIDError{Want: c.opts.ChainID, Got: got}
}

// probe checks an endpoint's chain id (once) and refreshes its head.
func (c *Client) probe(ctx context.Context, e *endpoint) {
	ctx, cancel := context.WithTimeout(ctx, c.opts.Timeout)
	defer cancel()
	e.mu.Lock()
	checked, refused := e.chainOK, e.refused != nil
	e.mu.Unlock()
	if refused {
		return
	}
	var id, head hexutil.Uint64
	elems := []gethrpc.BatchElem{{Method: "eth_blockNumber", Result: &head}}
	if !checked {
		elems = append(elems, gethrpc.BatchElem{Method: "eth_chainId", Result: &id})
	}
	start := time.Now()
	err := e.batch(ctx, elems)
	err = errors.Join(err, elems[0].Error)
	if !checked && err == nil {
		err = elems[1].Error
	}
	if errors.Is(err, errThrottled) {
		return
	}
	c.record(e, "eth_blockNumber", start, err)
	if err != nil {
		e.failed(classify(err))
		c.opts.Metrics.up(c.opts.ChainID, e.name, false)
		if slowDown(err) {
			c.opts.Log.Debug().Str("endpoint", e.name).Err(err).Msg("endpoint asked to slow down")
			return
		}
		c.opts.Log.Warn().Str("endpoint", e.name).Err(err).Msg("endpoint not answering")
		return
	}
	if !checked {
		e.mu.Lock()
		if uint64(id) != c.opts.ChainID {
			e.refused = &ChainIDError{Want: c.opts.ChainID, Got: map[string]uint64{e.name: uint64(id)}}
			e.mu.Unlock()
			c.opts.Metrics.up(c.opts.ChainID, e.name, false)
			c.opts.Log.Error().Str("endpoint", e.name).Uint64("want", c.opts.ChainID).Uint64("got", uint64(id)).
				Msg("endpoint refused: it serves another chain")
			return
		}
		e.chainOK = true
		e.mu.Unlock()
	}
	before := c.Head()
	e.setHead(uint64(head))
	c.opts.Metrics.up(c.opts.ChainID, e.name, true)
	if uint64(head) > before {
		c.notify()
	}
}

// Run keeps the endpoints' heads fresh (polling, and a newHeads subscription on WebSocket
// endpoints) until ctx ends. Heads wakes up whoever waits for a new block.
func (c *Client) Run(ctx context.Context) {
	var wg conc.WaitGroup
	for _, e := range c.eps {
		wg.Go(func() { c.poll(ctx, e) })
		if isWebSocket(e.rawURL) {
			wg.Go(func() { c.subscribe(ctx, e) })
		}
	}
	wg.Wait()
}

func (c *Client) poll(ctx context.Context, e *endpoint) {
	t := time.NewTicker(c.opts.PollInterval)
	defer t.Stop()
	var last time.Time
	for {
		e.mu.Lock()
		wait := time.Until(e.downUntil)
		e.mu.Unlock()
		every := e.pollEvery(c.opts.PollInterval)
		if since := time.Since(last); wait <= 0 && since >= every && (e.spare() || since >= 4*every) {
			last = time.Now()
			c.probe(ctx, e)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// Heads returns a channel that is closed when some endpoint next reports a new best head.
// Every waiter is woken (the planner, the head tracker, ...), so each must call Heads again
// before waiting again.
func (c *Client) Heads() <-chan struct{} {
	c.hmu.Lock()
	defer c.hmu.Unlock()
	return c.heads
}

func (c *Client) notify() {
	c.hmu.Lock()
	close(c.heads)
	c.heads = make(chan struct{})
	c.hmu.Unlock()
}

// Head is the best head any usable endpoint reported.
func (c *Client) Head() uint64 {
	var best uint64
	for _, e := range c.eps {
		e.mu.Lock()
		if e.chainOK && e.refused == nil && e.head > best {
			best = e.head
		}
		e.mu.Unlock()
	}
	return best
}

// EndpointStatus is an endpoint's health as shown by /status.
type EndpointStatus struct {
	Name      string  `json:"name"`
	Up        bool    `json:"up"`
	Head      uint64  `json:"head"`
	LatencyMS float64 `json:"latency_ms"`
	ErrorRate float64 `json:"error_rate"`
	Refused   string  `json:"refused,omitempty"`
}

// Status reports every endpoint's health.
func (c *Client) Status() []EndpointStatus {
	out := make([]EndpointStatus, 0, len(c.eps))
	for _, e := range c.eps {
		up := e.up()
		e.mu.Lock()
		s := EndpointStatus{Name: e.name, Up: up, Head: e.head,
			LatencyMS: float64(e.latency.Microseconds()) / 1000, ErrorRate: e.errRate}
		if e.refused != nil {
			s.Refused = e.refused.Error()
		}
		e.mu.Unlock()
		out = append(out, s)
	}
	return out
}

// Endpoints are the safe names of the endpoints, in configuration order.
func (c *Client) Endpoints() []string {
	names := make([]string, len(c.eps))
	for i, e := range c.eps {
		names[i] = e.name
	}
	return names
}

// pick returns the best usable endpoint with head ≥ minBlock that is not in skip, or nil.
func (c *Client) pick(minBlock uint64, skip map[*endpoint]bool) *endpoint {
	best := c.Head()
	now := time.Now()
	var cands []*endpoint
	for _, e := range c.eps {
		if !skip[e] && e.usable(now, minBlock) {
			cands = append(cands, e)
		}
	}
	if len(cands) == 0 {
		return nil
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score(best) < cands[j].score(best) })
	return cands[0]
}

// maxRounds is how many times do goes through every endpoint before it gives up, about 12s of
// backoff: long enough to ride out a blip, short enough that a chain which cannot get an
// answer (or a proof) says why instead of waiting inside one request.
const maxRounds = 8

// busyFor is how long do keeps asking endpoints that only answer "slow down" (HTTP 429, or no
// turn under didx's own rate limit): they are not failing, and giving up on the call would
// throw away the rest of its cycle's work, which costs the same requests again.
const busyFor = time.Minute

// do runs fn on the best endpoint that has block minBlock, failing over to the others and
// backing off when all have failed, until fn succeeds, fails in a way another endpoint cannot
// mend, every endpoint failed maxRounds times (or only asked to slow down for busyFor), or ctx
// ends.
//
// avoid, when set, is skipped while any other endpoint can serve.
func (c *Client) do(ctx context.Context, method string, minBlock uint64, avoid *endpoint, fn func(ctx context.Context, e *endpoint) error) error {
	tried := map[*endpoint]bool{}
	if avoid != nil && c.pick(minBlock, map[*endpoint]bool{avoid: true}) != nil {
		tried[avoid] = true
	}
	invalid := map[*endpoint]bool{}
	var last error
	start := time.Now()
	wait := Backoff{Min: 100 * time.Millisecond, Max: 5 * time.Second}
	busy := Backoff{Min: 250 * time.Millisecond, Max: 2 * time.Second}
	for {
		e := c.pick(minBlock, tried)
		if e == nil {
			if len(invalid) > 0 && len(invalid) == len(tried) {
				return last
			}
			if last == nil || errors.Is(last, ErrNoEndpoint) {
				last = c.unavailable(minBlock)
			}
			round := &wait
			if slowDown(last) && time.Since(start) < busyFor {
				round = &busy
			} else if wait.Attempts() >= maxRounds {
				return last
			}
			if err := round.Wait(ctx); err != nil {
				return fmt.Errorf("%w (last error: %v)", err, last)
			}
			clear(tried)
			continue
		}
		tried[e] = true
		err := c.attempt(ctx, method, e, fn)
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		last = fmt.Errorf("%s on %s: %w", method, e.name, err)
		switch classify(err) {
		case errTooMuch:
			return last
		case errInvalid:
			invalid[e] = true
		}
	}
}

// attempt runs fn once on e within the request timeout and records the outcome in the metrics
// and, for a failure of the endpoint (not of the request), in its health.
func (c *Client) attempt(ctx context.Context, method string, e *endpoint, fn func(ctx context.Context, e *endpoint) error) error {
	rctx, cancel := context.WithTimeout(ctx, c.opts.Timeout)
	start := time.Now()
	err := fn(rctx, e)
	cancel()
	if err != nil && ctx.Err() != nil {
		return ctx.Err()
	}
	c.record(e, method, start, err)
	if err == nil {
		c.opts.Metrics.up(c.opts.ChainID, e.name, true)
		return nil
	}
	kind := classify(err)
	if kind == errTooMuch || kind == errInvalid || errors.Is(err, errThrottled) {
		return err
	}
	e.failed(kind)
	c.opts.Metrics.up(c.opts.ChainID, e.name, false)
	c.opts.Log.Debug().Str("endpoint", e.name).Str("method", method).Str("kind", kind.String()).Err(err).Msg("request failed")
	return err
}

// unavailable says why no endpoint that has block minBlock can be asked now: errPaused when one
// is only pausing after a 429, else ErrNoEndpoint.
func (c *Client) unavailable(minBlock uint64) error {
	now := time.Now()
	for _, e := range c.eps {
		if e.paused(now, minBlock) {
			return errPaused
		}
	}
	return ErrNoEndpoint
}

// slowDown says whether err only asked didx to slow down.
func slowDown(err error) bool {
	return classify(err) == errRateLimited || errors.Is(err, errThrottled) || errors.Is(err, errPaused)
}

func (c *Client) record(e *endpoint, method string, start time.Time, err error) {
	outcome := "ok"
	if err != nil {
		outcome = classify(err).String()
	}
	c.opts.Metrics.request(c.opts.ChainID, e.name, method, outcome, time.Since(start))
}

// batch sends elems in batches of at most MaxBatch calls to e, failing if any call failed.
func (c *Client) batch(ctx context.Context, e *endpoint, elems []gethrpc.BatchElem) error {
	for len(elems) > 0 {
		n := min(len(elems), c.opts.MaxBatch)
		if err := e.batch(ctx, elems[:n]); err != nil {
			return err
		}
		for _, el := range elems[:n] {
			if el.Error != nil {
				return redact(el.Error, e.rawURL, e.name)
			}
		}
		elems = elems[n:]
	}
	return nil
}
