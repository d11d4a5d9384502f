// Command chainserver serves a synthetic chain (package synth) over JSON-RPC for benchmarks,
// as a process of its own so that its CPU is not charged to the indexer under test.
package main

import (
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/didx/didx/bench/synth"
)

func main() {
	var cfg synth.Config
	var lim synth.Limits
	listen := flag.String("listen", "127.0.0.1:0", "address to serve on")
	flag.Uint64Var(&cfg.Seed, "seed", 1, "seed of the generated traffic")
	flag.Uint64Var(&cfg.ChainID, "chain-id", 4242, "chain id")
	flag.IntVar(&cfg.Tokens, "tokens", 20, "ERC-20 tokens")
	flag.IntVar(&cfg.Holders, "holders", 10_000, "holders")
	flag.IntVar(&cfg.EventsPerBlock, "events", 100, "Transfer events per block")
	flag.Uint64Var(&cfg.Blocks, "blocks", 10_000, "blocks at start")
	flag.DurationVar(&cfg.BlockTime, "block-time", 0, "add a block this often (0: a fixed chain)")
	flag.BoolVar(&cfg.Factory, "factory", false, "have a factory create the tokens across the first half of the chain")
	flag.BoolVar(&cfg.Smart, "smart", false, "make one event in ten a SMART security-token event")
	flag.IntVar(&lim.MaxResults, "max-results", 0, "fail eth_getLogs answers with more logs (0: no limit)")
	flag.Uint64Var(&lim.MaxRange, "max-range", 0, "fail eth_getLogs over more blocks (0: no limit)")
	flag.Float64Var(&lim.RateLimit, "rate-limit", 0, "answer HTTP 429 to this fraction of requests")
	flag.DurationVar(&lim.Latency, "latency", 0, "delay every answer this long, as a remote provider's round trip")
	flag.DurationVar(&lim.Jitter, "jitter", 0, "vary the delay by up to this much either way")
	flag.Float64Var(&lim.CallsPerSecond, "calls-per-second", 0, "cap calls (each batch element counts) with HTTP 429 above it (0: none)")
	flag.Parse()

	chain := synth.New(cfg)
	chain.Prepare()
	l, err := net.Listen("tcp", *listen)
	if err != nil {
		fmt.Fprintln(os.Stderr, "chainserver:", err)
		os.Exit(1)
	}
	fmt.Printf("listening http://%s\n", l.Addr())
	if cfg.BlockTime > 0 {
		go func() {
			for range time.Tick(cfg.BlockTime) {
				chain.Advance()
			}
		}()
	}
	srv := &http.Server{Handler: synth.NewServer(chain, lim)}
	go func() {
		sig := make(chan os.Signal, 1)
		signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
		<-sig
		_ = srv.Close()
	}()
	if err := srv.Serve(l); err != nil && err != http.ErrServerClosed {
		fmt.Fprintln(os.Stderr, "chainserver:", err)
		os.Exit(1)
	}
}
