package rpc

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"golang.org/x/time/rate"
)

// EndpointConfig is one RPC endpoint of a chain.
type EndpointConfig struct {
	// URL is http(s):// or ws(s)://; it may carry an API key, so it is never shown.
	URL string
	// Name is what logs, metrics and errors call the endpoint; default the URL's host:port.
	Name string
	// Weight scales the endpoint's preference; default 1.
	Weight float64
	// RPS caps requests per second (a batch counts once); 0 is unlimited.
	RPS float64
	// MaxInFlight caps concurrent requests; 0 is unlimited.
	MaxInFlight int
	// Headers are sent with every request (HTTP) or the handshake (WebSocket): a provider's
	// credentials belong here or in the URL, never in a log.
	Headers map[string]string
}

// SafeName is the endpoint's name, or its host:port when it has none: never a path, query or
// credential, so it can appear in logs and metric labels.
func SafeName(rawURL, name string) string {
	if name != "" {
		return name
	}
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" {
		return "endpoint"
	}
	return u.Host
}

// endpoint is a dialled endpoint with its live health.
type endpoint struct {
	name   string
	rawURL string
	client *gethrpc.Client
	// http, set for http(s) endpoints, carries batches on the lean path (httpBatch).
	http *http.Client
	// headers go with every HTTP request.
	headers http.Header
	// bodies keeps HTTP answer buffers for reuse, shared by the client's endpoints: a backfill
	// reads megabytes per batch.
	bodies chan *bytes.Buffer
	// maxAnswer bounds the bytes of one HTTP answer.
	maxAnswer int64
	weight    float64
	slots     chan struct{}
	// lacksBlockReceipts is set once the endpoint answered that it has no eth_getBlockReceipts.
	lacksBlockReceipts atomic.Bool

	mu        sync.Mutex
	limiter   *rate.Limiter
	baseRPS   float64
	latency   time.Duration // EWMA of successful request latency
	errRate   float64       // EWMA of failures, 0..1
	failures  int           // consecutive failures
	downUntil time.Time     // not picked before then (backoff after failures)
	// pausing says downUntil is the short pause an HTTP 429 asked for, not a failure's backoff.
	pausing bool
	// caught is when a proof last caught the endpoint answering falsely: for distrustFor
	// after it, its word does not count towards a quorum.
	caught  time.Time
	head    uint64 // newest head this endpoint reported
	chainOK bool   // eth_chainId checked and equal
	refused error  // set when the endpoint answered with another chain id
}

// keptBodies is how many answer buffers a client keeps for its endpoints: enough for the
// fetchers of a backfill, each of which reads one answer at a time (its range's, then the
// quorum's second, which it compares as it reads). Kept per endpoint, the buffers of a
// two-endpoint quorum held twice the memory for no reuse.
const keptBodies = 4

func newEndpoint(cfg EndpointConfig, httpClient *http.Client, maxAnswer int64, bodies chan *bytes.Buffer) (*endpoint, error) {
	e := &endpoint{
		maxAnswer: maxAnswer,
		name:      SafeName(cfg.URL, cfg.Name),
		rawURL:    cfg.URL,
		weight:    cfg.Weight,
		baseRPS:   cfg.RPS,
		latency:   50 * time.Millisecond,
		bodies:    bodies,
	}
	if e.weight <= 0 {
		e.weight = 1
	}
	if cfg.MaxInFlight > 0 {
		e.slots = make(chan struct{}, cfg.MaxInFlight)
	}
	e.limiter = rate.NewLimiter(rate.Inf, 1)
	if cfg.RPS > 0 {
		e.limiter = rate.NewLimiter(rate.Limit(cfg.RPS), int(math.Max(1, cfg.RPS/10)))
	}
	var opts []gethrpc.ClientOption
	if len(cfg.Headers) > 0 {
		e.headers = http.Header{}
		for k, v := range cfg.Headers {
			e.headers.Set(k, v)
		}
		opts = append(opts, gethrpc.WithHeaders(e.headers))
	}
	if strings.HasPrefix(cfg.URL, "http") {
		opts = append(opts, gethrpc.WithHTTPClient(httpClient))
		e.http = httpClient
	}
	c, err := gethrpc.DialOptions(context.Background(), cfg.URL, opts...)
	if err != nil {
		return nil, fmt.Errorf("endpoint %s: %w", e.name, redact(err, cfg.URL, e.name))
	}
	e.client = c
	return e, nil
}

// errThrottled says didx's own rate limit for an endpoint has no turn for a request within half
// its timeout (the other half is for the answer): the endpoint did not fail, it is busy.
var errThrottled = errors.New("no turn within the request timeout under the endpoint's rate limit")

// acquire waits for the endpoint's rate limiter and an in-flight slot.
func (e *endpoint) acquire(ctx context.Context) (release func(), err error) {
	e.mu.Lock()
	lim := e.limiter
	e.mu.Unlock()
	r := lim.Reserve()
	if !r.OK() {
		return nil, errThrottled
	}
	if deadline, ok := ctx.Deadline(); ok && r.Delay() > time.Until(deadline)/2 {
		r.Cancel()
		return nil, errThrottled
	}
	if d := r.Delay(); d > 0 {
		t := time.NewTimer(d)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			r.Cancel()
			return nil, ctx.Err()
		}
	}
	if e.slots == nil {
		return func() {}, nil
	}
	select {
	case e.slots <- struct{}{}:
		return func() { <-e.slots }, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// spare says whether the endpoint's rate limiter has a request to spare now, with no request
// waiting for it.
func (e *endpoint) spare() bool {
	e.mu.Lock()
	lim := e.limiter
	e.mu.Unlock()
	return lim.Limit() == rate.Inf || lim.Tokens() >= 1
}

// pollEvery is how often the endpoint's head is polled: every base, or on an endpoint holding
// didx to a request rate, at most a quarter of that rate, and only with a turn to spare unless
// four such intervals passed, so polls give way to work instead of using up what a
// rate-limited endpoint allows, yet the head stays known under a steady load.
func (e *endpoint) pollEvery(base time.Duration) time.Duration {
	e.mu.Lock()
	lim := e.limiter.Limit()
	e.mu.Unlock()
	if lim == rate.Inf || lim <= 0 {
		return base
	}
	return max(base, time.Duration(float64(4*time.Second)/float64(lim)))
}

// batch sends elems as one JSON-RPC batch and records the outcome in the endpoint's health.
func (e *endpoint) batch(ctx context.Context, elems []gethrpc.BatchElem) error {
	release, err := e.acquire(ctx)
	if err != nil {
		return err
	}
	defer release()
	start := time.Now()
	if e.http != nil {
		err = e.httpBatch(ctx, elems)
	} else {
		err = e.client.BatchCallContext(ctx, elems)
	}
	if err != nil {
		return redact(err, e.rawURL, e.name)
	}
	e.succeeded(time.Since(start))
	return nil
}

func (e *endpoint) succeeded(d time.Duration) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.latency = time.Duration(0.8*float64(e.latency) + 0.2*float64(d))
	e.errRate *= 0.8
	e.failures = 0
	e.downUntil = time.Time{}
	e.pausing = false
	if lim := float64(e.limiter.Limit()); !math.IsInf(lim, 1) && (e.baseRPS == 0 || lim < e.baseRPS) {
		next := lim * 1.1
		switch {
		case e.baseRPS > 0:
			e.limiter.SetLimit(rate.Limit(math.Min(e.baseRPS, next)))
		case next > 10_000:
			e.limiter.SetLimit(rate.Inf)
		default:
			e.limiter.SetLimit(rate.Limit(next))
		}
	}
}

// failed records a failure. A rate-limit answer slows the endpoint down (its request rate is
// cut by 30%, recovering by 10% per success) and pauses it briefly; any other failure avoids it
// for a backoff that doubles with each consecutive failure, up to 30s, so it can come back.
func (e *endpoint) failed(kind errKind) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.errRate = 0.8*e.errRate + 0.2
	if kind == errRateLimited {
		cur := float64(e.limiter.Limit())
		if math.IsInf(cur, 1) {
			cur = 4 / math.Max(e.latency.Seconds(), 0.001)
		}
		e.limiter.SetLimit(rate.Limit(math.Max(minRPS, cur*0.7)))
		e.downUntil = time.Now().Add(jitter(250 * time.Millisecond))
		e.pausing = true
		return
	}
	e.pausing = false
	e.failures++
	backoff := time.Duration(math.Min(float64(30*time.Second), float64(100*time.Millisecond)*math.Pow(2, float64(e.failures-1))))
	e.downUntil = time.Now().Add(jitter(backoff))
}

// minRPS is the slowest a rate-limited endpoint is driven.
const minRPS = 2

// setHead records the head the endpoint reported last; it can move down when a reorg made the
// chain shorter.
func (e *endpoint) setHead(h uint64) {
	e.mu.Lock()
	e.head = h
	e.mu.Unlock()
}

// score orders endpoints: lower is better. An endpoint behind the best head pays for each
// block it lags, so a lagging node is used only when nothing better is up.
func (e *endpoint) score(bestHead uint64) float64 {
	e.mu.Lock()
	defer e.mu.Unlock()
	s := e.latency.Seconds() * (1 + 10*e.errRate) / e.weight
	if bestHead > e.head {
		s += float64(bestHead-e.head) * 0.05
	}
	return s
}

// usable says whether the endpoint can serve a request that needs block minBlock.
func (e *endpoint) usable(now time.Time, minBlock uint64) bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.chainOK && e.refused == nil && !now.Before(e.downUntil) && e.head >= minBlock
}

// paused says whether e could serve minBlock but for the pause an HTTP 429 asked for.
func (e *endpoint) paused(now time.Time, minBlock uint64) bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.chainOK && e.refused == nil && e.pausing && now.Before(e.downUntil) && e.head >= minBlock
}

// distrustFor is how long an endpoint caught contradicting a proof is kept out of quorums.
const distrustFor = 10 * time.Minute

func (e *endpoint) distrust(now time.Time) {
	e.mu.Lock()
	e.caught = now
	e.mu.Unlock()
}

// caughtAt is when the endpoint was last caught, if that is less than distrustFor ago.
func (e *endpoint) caughtAt(now time.Time) (time.Time, bool) {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.caught, !e.caught.IsZero() && now.Sub(e.caught) < distrustFor
}

func (e *endpoint) trusted(now time.Time) bool {
	_, caught := e.caughtAt(now)
	return !caught
}

func (e *endpoint) up() bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.chainOK && e.refused == nil && e.failures == 0
}

// redact replaces the endpoint's URL (and the URL in a *url.Error) with its safe name, so an API
// key in a path or query string cannot leak through an error message.
func redact(err error, rawURL, name string) error {
	if err == nil {
		return nil
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		err = &redactedError{msg: fmt.Sprintf("%s %s: %v", ue.Op, name, ue.Err), err: err}
	}
	msg := err.Error()
	if strings.Contains(msg, rawURL) {
		return &redactedError{msg: strings.ReplaceAll(msg, rawURL, name), err: err}
	}
	if u, perr := url.Parse(rawURL); perr == nil && (u.RawQuery != "" || len(u.Path) > 1 || u.User != nil) {
		for _, secret := range []string{u.RawQuery, u.Path, u.User.String()} {
			if len(secret) > 1 && strings.Contains(msg, secret) {
				msg = strings.ReplaceAll(msg, secret, "…")
			}
		}
		return &redactedError{msg: msg, err: err}
	}
	return err
}

// redactedError shows a cleaned message but keeps the original for errors.Is/As.
type redactedError struct {
	msg string
	err error
}

func (r *redactedError) Error() string { return r.msg }
func (r *redactedError) Unwrap() error { return r.err }
