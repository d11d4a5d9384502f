package main

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/didx/didx/bench/synth"
)

// calls reads how many calls of each method the chain server has served.
func (s *chainServer) calls(ctx context.Context) (map[string]uint64, error) {
	c, err := gethrpc.DialContext(ctx, s.url)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	var out map[string]uint64
	if err := c.CallContext(ctx, &out, "bench_calls"); err != nil {
		return nil, fmt.Errorf("bench_calls: %w", err)
	}
	return out, nil
}

// bill sets r's calls and compute units per 1,000 events from the server's counts before and
// after the run, and names the costliest methods.
func bill(r *Result, before, after map[string]uint64) {
	var calls, units uint64
	var parts []string
	for _, m := range []string{"eth_getLogs", "eth_getBlockByNumber", "eth_getBlockByHash", "eth_getBlockReceipts", "eth_getTransactionReceipt", "eth_call", "eth_blockNumber"} {
		n := after[m] - before[m]
		if n == 0 {
			continue
		}
		calls += n
		units += n * synth.ComputeUnits[m]
		parts = append(parts, fmt.Sprintf("%s %d", strings.TrimPrefix(m, "eth_"), n))
	}
	per := 1000 / float64(r.Events)
	r.CallsPer1k, r.UnitsPer1k, r.Calls = float64(calls)*per, float64(units)*per, strings.Join(parts, ", ")
}

// mode is one verify policy measured, with the number of endpoint names the server is listed
// under (a quorum needs two).
type mode struct {
	verify    string
	endpoints int
}

// verifyModes is what each mode costs: events/s, CPU and the provider's bill for the same
// chain, on the local server (W1) and behind a stand-in for a remote provider (W3).
var verifyModes = []mode{{"none", 1}, {"auto", 1}, {"auto", 2}}

// w3 is the remote-provider workload: 2,000 blocks of 100 events behind a provider's round trip
// and caps.
var (
	w3       = workload{name: "W3 remote", blocks: 2_000, events: 100, tokens: 20, holders: 10_000}
	w3Limits = []string{"-latency", "50ms", "-jitter", "20ms", "-max-results", "10000", "-max-range", "2000"}
)

// modes runs didx on w once per verify mode against one server started with args.
func (b *bench) modes(ctx context.Context, w workload, args ...string) error {
	fmt.Printf("== %s, per verify mode: %d blocks x %d events %s\n", w.name, w.blocks, w.events, strings.Join(args, " "))
	srv, err := b.server(w.serverArgs(args...)...)
	if err != nil {
		return err
	}
	defer srv.stop()
	tokens := synth.New(w.config()).Tokens()
	events := w.blocks * uint64(w.events)
	for _, m := range verifyModes {
		db, err := b.newDB(ctx)
		if err != nil {
			return err
		}
		eps := make([]string, m.endpoints)
		for i := range eps {
			eps[i] = srv.url
		}
		cfg, err := b.didxConfig(db, "127.0.0.1:0", eps, tokens, "erc20", common.Address{}, b.fetchSettings()+"    verify: "+m.verify+"\n")
		if err != nil {
			return err
		}
		before, err := srv.calls(ctx)
		if err != nil {
			return err
		}
		u, err := b.runDidx(ctx, db, cfg, w.blocks, srv.meter())
		if err != nil {
			return err
		}
		after, err := srv.calls(ctx)
		if err != nil {
			return err
		}
		res := result(w.name, fmt.Sprintf("didx verify %s, %d endpoint(s)", m.verify, m.endpoints), w.blocks, events, u)
		bill(&res, before, after)
		if res.Checked, err = check(ctx, db, srv.url, events); err != nil {
			return err
		}
		b.rep.Results = append(b.rep.Results, res)
	}
	return nil
}

// w3Cap is the calls per second each capped W3 provider serves, a batch's elements one call
// each; above it the provider answers 429.
const w3Cap = 200

// capped measures W3 behind providers that cap calls per second: the floor, a logs-only fetch
// of 100-block ranges from one provider, and didx with its defaults on one provider (verify
// none, what the floor proves) and on two (verify auto: a quorum, each range asked of both,
// whose caps add up).
func (b *bench) capped(ctx context.Context, w workload) error {
	args := append(slices.Clone(w3Limits), "-calls-per-second", fmt.Sprint(w3Cap))
	fmt.Printf("== %s, capped: %d blocks x %d events %s\n", w.name, w.blocks, w.events, strings.Join(args, " "))
	var srvs []*chainServer
	for range 2 {
		srv, err := b.server(w.serverArgs(args...)...)
		if err != nil {
			return err
		}
		defer srv.stop()
		srvs = append(srvs, srv)
	}
	tokens := synth.New(w.config()).Tokens()
	name := fmt.Sprintf("%s, %d calls/s per provider", w.name, w3Cap)
	floor, err := b.logsOnly(ctx, w, srvs[0], tokens)
	if err != nil {
		return err
	}
	floor.Name = name
	b.rep.Results = append(b.rep.Results, floor)
	for _, m := range []mode{{"none", 1}, {"auto", 2}} {
		db, err := b.newDB(ctx)
		if err != nil {
			return err
		}
		var eps []string
		for _, s := range srvs[:m.endpoints] {
			eps = append(eps, s.url)
		}
		cfg, err := b.didxConfig(db, "127.0.0.1:0", eps, tokens, "erc20", common.Address{}, b.fetchSettings()+"    verify: "+m.verify+"\n")
		if err != nil {
			return err
		}
		before, err := callsOf(ctx, srvs)
		if err != nil {
			return err
		}
		u, err := b.runDidx(ctx, db, cfg, w.blocks, srvs[0].meter())
		if err != nil {
			return err
		}
		after, err := callsOf(ctx, srvs)
		if err != nil {
			return err
		}
		res := result(name, fmt.Sprintf("didx verify %s, %d provider(s)", m.verify, m.endpoints), w.blocks, w.transfers(), u)
		bill(&res, before, after)
		res.RatioToLimit = res.EventsPerSec / floor.EventsPerSec
		if res.Checked, err = check(ctx, db, srvs[0].url, w.transfers()); err != nil {
			return err
		}
		b.rep.Results = append(b.rep.Results, res)
	}
	return nil
}

// callsOf adds up the calls servers have served, by method.
func callsOf(ctx context.Context, servers []*chainServer) (map[string]uint64, error) {
	total := map[string]uint64{}
	for _, s := range servers {
		c, err := s.calls(ctx)
		if err != nil {
			return nil, err
		}
		for m, n := range c {
			total[m] += n
		}
	}
	return total, nil
}
