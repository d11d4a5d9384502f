package rpc_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"github.com/sourcegraph/conc"

	"github.com/didx/didx/internal/simchain"
	"github.com/didx/didx/internal/testenv"
	"github.com/didx/didx/rpc"
)

// client is a pool over urls that takes answers as they come (verify: none): these tests are
// about the transport, and proofs have tests of their own.
func client(t testing.TB, chainID uint64, maxBatch int, urls ...string) *rpc.Client {
	t.Helper()
	var eps []rpc.EndpointConfig
	for _, u := range urls {
		eps = append(eps, rpc.EndpointConfig{URL: u})
	}
	c, err := rpc.New(rpc.Options{ChainID: chainID, Endpoints: eps, MaxBatch: maxBatch, PollInterval: 20 * time.Millisecond,
		Verify: rpc.VerifyNone, Log: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

// checked is a client with opts whose endpoints answered Check.
func checked(t *testing.T, opts rpc.Options) *rpc.Client {
	t.Helper()
	c, err := rpc.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	if err := c.Check(context.Background()); err != nil {
		t.Fatal(err)
	}
	return c
}

func TestBatchesAreSplit(t *testing.T) {
	chain := testenv.Chain(t, 2)
	for i := 0; i < 20; i++ {
		chain.Commit()
	}
	p := testenv.NewProxy(t, chain.URL)
	c := client(t, simchain.ChainID, 7, p.URL)
	ctx := context.Background()
	if err := c.Check(ctx); err != nil {
		t.Fatal(err)
	}
	before := p.Batches.Load()
	r, err := c.FetchRange(ctx, 1, 20, rpc.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	// 21 calls (one eth_getLogs, 20 headers) in batches of at most 7.
	if got := p.Batches.Load() - before; got != 3 {
		t.Fatalf("%d HTTP requests for 21 calls with max_batch 7, want 3", got)
	}
	if len(r.Headers) != 20 || r.Headers[19].Number != 20 {
		t.Fatalf("got %d headers", len(r.Headers))
	}
}

func TestChainIDCheck(t *testing.T) {
	chain := testenv.Chain(t, 2)
	chain.Commit()
	ctx := context.Background()
	wrong := testenv.NewProxy(t, chain.URL)
	wrong.Set(testenv.Fault{ChainID: 5})
	right := testenv.NewProxy(t, chain.URL)

	// One endpoint on another chain is refused; the chain runs on the rest.
	c := client(t, simchain.ChainID, 0, wrong.URL, right.URL)
	if err := c.Check(ctx); err != nil {
		t.Fatalf("check with one good endpoint: %v", err)
	}
	st := c.Status()
	if st[0].Refused == "" || st[0].Up || !st[1].Up {
		t.Fatalf("status %+v: want the first refused and the second up", st)
	}
	getLogs := right.Count("eth_getLogs")
	if _, err := c.FetchRange(ctx, 1, 1, rpc.Filter{}); err != nil {
		t.Fatal(err)
	}
	if wrong.Count("eth_getLogs") != 0 || right.Count("eth_getLogs") != getLogs+1 {
		t.Fatal("a refused endpoint was asked for logs")
	}

	// Every endpoint on another chain: an error that says so.
	c = client(t, 1, 0, right.URL)
	var idErr *rpc.ChainIDError
	if err := c.Check(ctx); !errors.As(err, &idErr) {
		t.Fatalf("check against another chain: %v", err)
	}

	// An unreachable endpoint is not an error at start: it is retried in the background.
	down := testenv.NewProxy(t, chain.URL)
	down.Set(testenv.Fault{Down: true})
	c = client(t, simchain.ChainID, 0, down.URL)
	if err := c.Check(ctx); err != nil {
		t.Fatalf("check with an unreachable endpoint: %v", err)
	}
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	go c.Run(runCtx)
	down.Set(testenv.Fault{})
	testenv.Eventually(t, 10*time.Second, func() error {
		if c.Head() == 0 {
			return errors.New("endpoint not back")
		}
		return nil
	})
}

// TestOversizedAnswerSplits checks that an answer above MaxAnswer is refused like a provider's
// "too many results": a range error, so the caller splits the range, rather than the memory.
func TestOversizedAnswerSplits(t *testing.T) {
	chain := testenv.Chain(t, 2)
	for i := 0; i < 20; i++ {
		chain.Commit()
	}
	c := checked(t, rpc.Options{ChainID: simchain.ChainID, Endpoints: []rpc.EndpointConfig{{URL: chain.URL}},
		MaxAnswer: 8 << 10, PollInterval: 20 * time.Millisecond, Verify: rpc.VerifyNone, Log: zerolog.Nop()})
	ctx := context.Background()
	var tooLarge *rpc.RangeError
	if _, err := c.FetchRange(ctx, 1, 20, rpc.Filter{}); !errors.As(err, &tooLarge) {
		t.Fatalf("20 headers in an 8 KiB answer: %v, want a range error", err)
	}
	if r, err := c.FetchRange(ctx, 1, 2, rpc.Filter{}); err != nil || len(r.Headers) != 2 {
		t.Fatalf("a smaller range: %v", err)
	}
}

// TestOwnThrottleIsNotAFailure queues more requests on an endpoint held to 4 per second than
// its request timeout lets through at once: a request that cannot get a turn before its
// deadline waits for another round, and the endpoint, which never failed, stays usable.
func TestOwnThrottleIsNotAFailure(t *testing.T) {
	chain := testenv.Chain(t, 2)
	for i := 0; i < 5; i++ {
		chain.Commit()
	}
	c := checked(t, rpc.Options{ChainID: simchain.ChainID, Endpoints: []rpc.EndpointConfig{{URL: chain.URL, RPS: 4}},
		Timeout: 500 * time.Millisecond, PollInterval: time.Hour, Verify: rpc.VerifyNone, Log: zerolog.Nop()})
	ctx := context.Background()
	var wg conc.WaitGroup
	errs := make([]error, 16)
	for i := range errs {
		wg.Go(func() { _, errs[i] = c.Headers(ctx, []uint64{uint64(1 + i%5)}) })
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
	if st := c.Status()[0]; !st.Up || st.ErrorRate != 0 {
		t.Fatalf("the throttled endpoint is counted as failing: %+v", st)
	}
}

// TestPollsGiveWayToWork polls an endpoint held to 4 requests per second every 10 ms while
// requests keep coming: the polls take at most a quarter of its rate, the rest is the work's,
// and the head is still polled.
func TestPollsGiveWayToWork(t *testing.T) {
	chain := testenv.Chain(t, 2)
	chain.Commit()
	p := testenv.NewProxy(t, chain.URL)
	c := checked(t, rpc.Options{ChainID: simchain.ChainID, Endpoints: []rpc.EndpointConfig{{URL: p.URL, RPS: 4}},
		PollInterval: 10 * time.Millisecond, Verify: rpc.VerifyNone, Log: zerolog.Nop()})
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	polls := p.Count("eth_blockNumber")
	var wg conc.WaitGroup
	wg.Go(func() { c.Run(ctx) })
	work := 0
	for ctx.Err() == nil {
		if _, err := c.Headers(ctx, []uint64{1}); err == nil {
			work++
		}
	}
	wg.Wait()
	polls = p.Count("eth_blockNumber") - polls
	t.Logf("3 s at 4 requests/s: %d polls, %d requests of work", polls, work)
	if polls == 0 || polls > 3 {
		t.Fatalf("%d polls in 3 s at 4 requests/s, want 1 to 3: a quarter of the rate at most, but some", polls)
	}
}
