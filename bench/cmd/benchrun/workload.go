package main

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"

	"github.com/didx/didx/bench/synth"
)

const chainID = 4242

// workload is a synthetic chain to backfill.
type workload struct {
	name                    string
	blocks                  uint64
	events, tokens, holders int
	// factory has a factory create the tokens (synth.Config.Factory).
	factory bool
	// smart makes the tokens security tokens (kind smart) with one event in ten a SMART event.
	smart bool
	// runs overrides the session's runs per row (options.runs) when set.
	runs int
	// noLimits skips the limits: W2's ten million rows, encoded beforehand, would not fit in
	// memory, and the limits per event are W1's.
	noLimits bool
}

func (w workload) config() synth.Config {
	return synth.Config{Seed: 1, ChainID: chainID, Tokens: w.tokens, Holders: w.holders, EventsPerBlock: w.events,
		Blocks: w.blocks, Factory: w.factory, Smart: w.smart}
}

// kind is the contract kind of w's tokens.
func (w workload) kind() string {
	if w.smart {
		return "smart"
	}
	return "erc20"
}

// transfers is how many Transfer events the chain holds: every log but the announcements and
// the SMART events.
func (w workload) transfers() uint64 {
	n := w.blocks * uint64(w.events)
	switch {
	case w.smart:
		n, _ = synth.New(w.config()).Counts(w.blocks)
	case w.factory:
		n -= uint64(w.tokens)
	}
	return n
}

// serverArgs are the chain server's flags for w, then extra.
func (w workload) serverArgs(extra ...string) []string {
	return append([]string{"-blocks", fmt.Sprint(w.blocks), "-events", fmt.Sprint(w.events),
		"-tokens", fmt.Sprint(w.tokens), "-holders", fmt.Sprint(w.holders), "-chain-id", fmt.Sprint(chainID),
		fmt.Sprintf("-factory=%t", w.factory), fmt.Sprintf("-smart=%t", w.smart)}, extra...)
}

// w1 is the reference workload: 1M Transfer events over 10,000 blocks.
var w1 = workload{name: "W1", blocks: 10_000, events: 100, tokens: 20, holders: 10_000}

// chainServer is a running chain server.
type chainServer struct {
	url string
	cmd *exec.Cmd
}

// server starts the chain server.
func (b *bench) server(args ...string) (*chainServer, error) {
	cmd := exec.Command(b.bin["chainserver"], args...)
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		_ = cmd.Process.Kill()
		return nil, fmt.Errorf("chainserver: %w", err)
	}
	return &chainServer{url: strings.TrimSpace(strings.TrimPrefix(line, "listening ")), cmd: cmd}, nil
}

func (s *chainServer) stop() { _ = s.cmd.Process.Signal(os.Interrupt); _ = s.cmd.Wait() }

// meter starts measuring the CPU the server and the machine spend.
func (s *chainServer) meter() cpuMeter { return startMeter(s.cmd.Process.Pid) }

// newDB creates an empty database for a run and returns its URL. It drops the databases of
// the runs before: no run reads another's, and autovacuum, which wakes a minute after a run
// wrote a million rows, would otherwise work through them during the next run and be counted
// as that run's.
func (b *bench) newDB(ctx context.Context) (string, error) {
	conn, err := pgx.Connect(ctx, b.cluster.URL("postgres"))
	if err != nil {
		return "", err
	}
	defer conn.Close(ctx)
	for i := 1; i <= b.dbs; i++ {
		if _, err := conn.Exec(ctx, fmt.Sprintf("DROP DATABASE IF EXISTS bench%d WITH (FORCE)", i)); err != nil {
			return "", err
		}
	}
	b.dbs++
	name := fmt.Sprintf("bench%d", b.dbs)
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		return "", err
	}
	return b.cluster.URL(name), nil
}

// finalityDepth is how far below the head didx holds the synthetic chain's blocks final.
const finalityDepth = 64

// didxConfig writes a configuration that indexes tokens and, when factory is set, every token
// that factory announces.
func (b *bench) didxConfig(db, listen string, endpoints []string, tokens []common.Address, kind string, factory common.Address, extra string) (string, error) {
	var s strings.Builder
	fmt.Fprintf(&s, "database:\n  url: %s\nhttp:\n  listen: %s\nchains:\n  - id: %d\n    finality:\n      depth: %d\n%s    rpc:\n", db, listen, chainID, finalityDepth, extra)
	for i, e := range endpoints {
		fmt.Fprintf(&s, "      - name: ep%d\n        url: %s\n", i, e)
	}
	s.WriteString("    contracts:\n")
	for _, t := range tokens {
		fmt.Fprintf(&s, "      - kind: %s\n        address: \"%s\"\n", kind, t.Hex())
	}
	if factory != (common.Address{}) {
		fmt.Fprintf(&s, "    factories:\n      - name: tokens\n        address: \"%s\"\n        event: %q\n        address_param: tokenAddress\n        kind: erc20\n",
			factory.Hex(), synth.CreatedEvent)
	}
	f := filepath.Join(b.dir, fmt.Sprintf("didx%d.yaml", b.dbs))
	return f, os.WriteFile(f, []byte(s.String()), 0o644)
}

// profileWindow is the stretch of a backfill the CPU profile covers: after start-up, inside
// even W1's run.
const (
	profileDelay   = 2 * time.Second
	profileSeconds = 5
)

// captureProfile saves a heap profile of the didx serving HTTP on listen to b.opts.profile,
// then a CPU profile, named after the workload: the heap first, as a short backfill ends
// before the CPU profile does.
func (b *bench) captureProfile(ctx context.Context, listen, workload string) error {
	select {
	case <-time.After(profileDelay):
	case <-ctx.Done():
		return ctx.Err()
	}
	if err := b.saveProfile(ctx, fmt.Sprintf("http://%s/debug/pprof/heap", listen), workload+".heap.pprof"); err != nil {
		return err
	}
	return b.saveProfile(ctx, fmt.Sprintf("http://%s/debug/pprof/profile?seconds=%d", listen, profileSeconds), workload+".cpu.pprof")
}

func (b *bench) saveProfile(ctx context.Context, url, name string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("profile %s: %w", name, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("profile %s: %s", name, resp.Status)
	}
	if err := os.MkdirAll(b.opts.profile, 0o755); err != nil {
		return err
	}
	f, err := os.Create(filepath.Join(b.opts.profile, name))
	if err != nil {
		return err
	}
	if _, err := io.Copy(f, resp.Body); err != nil {
		f.Close()
		return err
	}
	fmt.Println("profile:", f.Name())
	return f.Close()
}

// freeAddr is a loopback address with a port free at the time of asking.
func freeAddr() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer l.Close()
	return l.Addr().String(), nil
}

// fetchSettings are didx's fetch settings: its defaults, with the concurrency the limits use
// and the session's extra fetch keys (-fetch) added or put in their place.
func (b *bench) fetchSettings() string {
	keys := []string{"concurrency: 4"}
	for _, kv := range b.opts.fetch {
		name, _, _ := strings.Cut(kv, ":")
		i := slices.IndexFunc(keys, func(k string) bool { return strings.HasPrefix(k, name+":") })
		if i < 0 {
			keys = append(keys, kv)
		} else {
			keys[i] = kv
		}
	}
	return "    fetch:\n      " + strings.Join(keys, "\n      ") + "\n"
}

// backfill runs, on w, the fetch limit, the ingest limit, didx and (when rebuild is set) a
// rebuild of what didx indexed, in turn, as many times as w asks; it reports the median of
// each with the combined limit and didx as a fraction of it.
func (b *bench) backfill(ctx context.Context, w workload, rebuild bool) error {
	fmt.Printf("== %s: %d blocks x %d events, %d tokens, %d holders\n", w.name, w.blocks, w.events, w.tokens, w.holders)
	srv, err := b.server(w.serverArgs()...)
	if err != nil {
		return err
	}
	defer srv.stop()
	tokens := synth.New(w.config()).Tokens()
	runs := cmp.Or(w.runs, b.opts.runs, 1)
	var fetches, ingests, didxs, rebuilds []Result
	limits := b.opts.limits && !w.noLimits
	var db string
	for range runs {
		if limits {
			f, err := b.fetchLimit(ctx, w, srv, tokens)
			if err != nil {
				return err
			}
			in, err := b.ingestLimit(ctx, w, srv, tokens)
			if err != nil {
				return err
			}
			fetches, ingests = append(fetches, f), append(ingests, in)
		}
		res, rdb, cfg, err := b.indexed(ctx, w, srv, w.name, tokens, common.Address{})
		if err != nil {
			return err
		}
		didxs, db = append(didxs, res), rdb
		if rebuild {
			rr, err := b.rebuild(ctx, w, srv, db, cfg)
			if err != nil {
				return err
			}
			rr.Checked += fmt.Sprintf(", %.2fx the backfill's time", rr.Seconds/res.Seconds)
			rebuilds = append(rebuilds, rr)
		}
	}
	res := median(didxs)
	if limits {
		f, in := median(fetches), median(ingests)
		lim := limitRow(w, f, in, runtime.NumCPU())
		res.RatioToLimit = res.EventsPerSec / lim.EventsPerSec
		b.rep.Results = append(b.rep.Results, f, in, lim)
	}
	b.rep.Results = append(b.rep.Results, res)
	if rebuild {
		b.rep.Results = append(b.rep.Results, median(rebuilds))
	}
	if w.smart {
		lat, err := balanceAt(ctx, db, w)
		if err != nil {
			return err
		}
		b.rep.Results = append(b.rep.Results, lat...)
	}
	return nil
}

// rebuild runs `didx rebuild` on what didx indexed in db and checks the result.
func (b *bench) rebuild(ctx context.Context, w workload, srv *chainServer, db, cfg string) (Result, error) {
	start, m := time.Now(), srv.meter()
	rb := exec.Command(b.bin["didx"], "rebuild", "--chain", fmt.Sprint(chainID), "--config", cfg, "--log-level", "warn")
	rb.Stderr = os.Stderr
	if err := rb.Run(); err != nil {
		return Result{}, fmt.Errorf("didx rebuild: %w", err)
	}
	server, machine := m.read()
	rr := result(strings.Fields(w.name)[0]+" rebuild", "didx rebuild", w.blocks, w.transfers(), usageOf(rb.ProcessState, time.Since(start), server, machine))
	var err error
	rr.Checked, err = check(ctx, db, srv.url, w.transfers())
	return rr, err
}

// discovery backfills a chain whose tokens a factory creates as it goes, twice: with every
// token configured upfront, then with only the factory rule, so that didx finds each token in
// the announcements and backfills it from its creation block. The second is reported as a
// fraction of the first.
func (b *bench) discovery(ctx context.Context, w workload) error {
	fmt.Printf("== %s: %d blocks x %d events, %d tokens created by a factory, %d holders\n", w.name, w.blocks, w.events, w.tokens, w.holders)
	srv, err := b.server(w.serverArgs()...)
	if err != nil {
		return err
	}
	defer srv.stop()
	chain := synth.New(w.config())
	upfront, _, _, err := b.indexed(ctx, w, srv, w.name+", tokens configured", chain.Tokens(), common.Address{})
	if err != nil {
		return err
	}
	b.rep.Results = append(b.rep.Results, upfront)
	found, _, _, err := b.indexed(ctx, w, srv, w.name+", tokens discovered", nil, chain.Factory())
	if err != nil {
		return err
	}
	found.Checked += fmt.Sprintf(", %.2fx configured", found.EventsPerSec/upfront.EventsPerSec)
	b.rep.Results = append(b.rep.Results, found)
	return nil
}

// indexed runs didx on w from an empty database until it reaches the head with every contract
// caught up, and checks the result; it returns the database and configuration it used.
func (b *bench) indexed(ctx context.Context, w workload, srv *chainServer, name string, tokens []common.Address, factory common.Address) (res Result, db, cfg string, err error) {
	if db, err = b.newDB(ctx); err != nil {
		return res, "", "", err
	}
	listen, err := freeAddr()
	if err != nil {
		return res, "", "", err
	}
	if cfg, err = b.didxConfig(db, listen, []string{srv.url, srv.url}, tokens, w.kind(), factory, b.fetchSettings()); err != nil {
		return res, "", "", err
	}
	before, err := srv.calls(ctx)
	if err != nil {
		return res, "", "", err
	}
	var profile chan error
	if b.opts.profile != "" {
		profile = make(chan error, 1)
		name := strings.ToLower(strings.Fields(w.name)[0])
		go func() { profile <- b.captureProfile(ctx, listen, name) }()
	}
	u, err := b.runDidx(ctx, db, cfg, w.blocks, srv.meter())
	if profile != nil {
		if perr := <-profile; perr != nil && err == nil {
			err = perr
		}
	}
	if err != nil {
		return res, "", "", err
	}
	res = result(name, "didx", w.blocks, w.transfers(), u)
	after, err := srv.calls(ctx)
	if err != nil {
		return res, "", "", err
	}
	bill(&res, before, after)
	res.Checked, err = check(ctx, db, srv.url, w.transfers())
	return res, db, cfg, err
}

func result(name, program string, blocks, events uint64, u usage) Result {
	s := u.wall.Seconds()
	perEvent := func(d time.Duration) float64 { return float64(d.Microseconds()) / float64(events) }
	return Result{Name: name, Program: program, Blocks: blocks, Events: events, Seconds: s,
		EventsPerSec: float64(events) / s, BlocksPerSec: float64(blocks) / s, CPUSeconds: u.cpu.Seconds(),
		CPUusPerEv: perEvent(u.cpu), ServerCPUusPerEv: perEvent(u.server),
		RestCPUusPerEv: perEvent(max(0, u.machine-u.cpu-u.server)), PeakRSSMiB: float64(u.maxRSS) / 1024,
		TotalCPUusPerEv: perEvent(max(u.machine, u.cpu+u.server)), DidxPGusPerEv: perEvent(max(u.machine-u.server, u.cpu))}
}

// runDidx runs `didx run` until its checkpoint reaches target and every contract is caught up,
// then stops it with SIGINT.
func (b *bench) runDidx(ctx context.Context, db, cfg string, target uint64, m cpuMeter) (usage, error) {
	conn, err := pgx.Connect(ctx, db)
	if err != nil {
		return usage{}, err
	}
	defer conn.Close(ctx)
	start := time.Now()
	cmd := exec.Command(b.bin["didx"], "run", "--config", cfg, "--log-level", "warn")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		return usage{}, err
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	var wall, server, machine time.Duration
	for {
		cp, _ := checkpoint(ctx, conn)
		if cp >= target && backfilled(ctx, conn) {
			wall = time.Since(start)
			server, machine = m.read()
			break
		}
		select {
		case err := <-exited:
			return usage{}, fmt.Errorf("didx exited (%v) before reaching %d (at %d):\n%s", err, target, cp, stderr.String())
		case <-time.After(checkpointPoll):
		}
		if time.Since(start) > 20*time.Minute {
			_ = cmd.Process.Kill()
			<-exited
			return usage{}, fmt.Errorf("didx did not reach %d (at %d):\n%s", target, cp, stderr.String())
		}
	}
	_ = cmd.Process.Signal(os.Interrupt)
	if err := <-exited; err != nil {
		return usage{}, fmt.Errorf("didx: %v\n%s", err, stderr.String())
	}
	return usageOf(cmd.ProcessState, wall, server, machine), nil
}

// backfilled says whether every registered contract has its history: none is waiting for
// adoption or has blocks left below its main cursor.
func backfilled(ctx context.Context, conn *pgx.Conn) bool {
	var left bool
	err := conn.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM didx.contracts WHERE chain_id = $1
		AND (main_from IS NULL OR greatest(backfill_next, start_block) < main_from))`, chainID).Scan(&left)
	return err == nil && !left
}

// checkpointPoll is how often a backfill's end is looked for: 0.5% of W1's run, and a few
// hundred reads of the checkpoint rather than a thousand, whose PostgreSQL CPU the run counts
// as its own.
const checkpointPoll = 30 * time.Millisecond

// checkpoint reads the chain's checkpoint; polling it through one connection keeps the
// benchmark's own load on the database negligible.
func checkpoint(ctx context.Context, conn *pgx.Conn) (uint64, common.Hash) {
	var n int64
	var h []byte
	if err := conn.QueryRow(ctx, `SELECT block_number, block_hash FROM didx.checkpoints WHERE chain_id = $1`, chainID).Scan(&n, &h); err != nil {
		return 0, common.Hash{}
	}
	return uint64(n), common.BytesToHash(h)
}

func count(ctx context.Context, db, table string) (uint64, error) {
	conn, err := pgx.Connect(ctx, db)
	if err != nil {
		return 0, err
	}
	defer conn.Close(ctx)
	var n int64
	err = conn.QueryRow(ctx, "SELECT count(*) FROM "+table).Scan(&n)
	return uint64(n), err
}

// check verifies didx's final state: the row count, and 50 random balances against balanceOf
// on the server at the checkpoint block.
func check(ctx context.Context, db, url string, events uint64) (string, error) {
	n, err := count(ctx, db, "didx.erc20_transfers")
	if err != nil {
		return "", err
	}
	if n != events {
		return "", fmt.Errorf("didx wrote %d transfer rows, want %d", n, events)
	}
	conn, err := pgx.Connect(ctx, db)
	if err != nil {
		return "", err
	}
	defer conn.Close(ctx)
	cp, _ := checkpoint(ctx, conn)
	rows, err := conn.Query(ctx, `SELECT token, holder, balance FROM didx.erc20_balances ORDER BY random() LIMIT 50`)
	if err != nil {
		return "", err
	}
	type bal struct {
		token, holder common.Address
		v             *big.Int
	}
	var bals []bal
	for rows.Next() {
		var t, h []byte
		var v pgtype.Numeric
		if err := rows.Scan(&t, &h, &v); err != nil {
			return "", err
		}
		x := new(big.Int).Set(v.Int)
		x.Mul(x, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(v.Exp)), nil))
		bals = append(bals, bal{common.BytesToAddress(t), common.BytesToAddress(h), x})
	}
	rows.Close()
	client, err := gethrpc.DialContext(ctx, url)
	if err != nil {
		return "", err
	}
	defer client.Close()
	for _, b := range bals {
		var res hexutil.Bytes
		data := append(hexutil.MustDecode("0x70a08231"), common.LeftPadBytes(b.holder[:], 32)...)
		if err := client.CallContext(ctx, &res, "eth_call", map[string]any{"to": b.token, "data": hexutil.Bytes(data)},
			hexutil.Uint64(cp)); err != nil {
			return "", err
		}
		if got := new(big.Int).SetBytes(res); got.Cmp(b.v) != 0 {
			return "", fmt.Errorf("balance of %s in %s: indexed %s, chain %s", b.holder, b.token, b.v, got)
		}
	}
	return fmt.Sprintf("%d rows, %d balances", n, len(bals)), nil
}

// live measures head latency at one block per 100 ms and the repair of a depth-10 reorg.
func (b *bench) live(ctx context.Context) error {
	fmt.Println("== head latency and reorg repair: 1 block per 100 ms, 100 events per block")
	w := workload{blocks: 200, events: 100, tokens: 20, holders: 10_000}
	srv, err := b.server("-blocks", "200", "-block-time", "100ms", "-events", "100", "-chain-id", fmt.Sprint(chainID))
	if err != nil {
		return err
	}
	defer srv.stop()
	url := srv.url
	db, err := b.newDB(ctx)
	if err != nil {
		return err
	}
	ws := "ws://" + strings.TrimPrefix(url, "http://")
	cfg, err := b.didxConfig(db, "127.0.0.1:0", []string{url, ws}, synth.New(w.config()).Tokens(), w.kind(), common.Address{}, "    poll_interval: 100ms\n")
	if err != nil {
		return err
	}
	cmd := exec.Command(b.bin["didx"], "run", "--config", cfg, "--log-level", "warn")
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return err
	}
	defer func() { _ = cmd.Process.Signal(os.Interrupt); _ = cmd.Wait() }()
	client, err := gethrpc.DialContext(ctx, url)
	if err != nil {
		return err
	}
	defer client.Close()
	head := func() uint64 {
		var h hexutil.Uint64
		_ = client.CallContext(ctx, &h, "eth_blockNumber")
		return uint64(h)
	}
	conn, err := pgx.Connect(ctx, db)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	for cp, _ := checkpoint(ctx, conn); cp+1 < head(); cp, _ = checkpoint(ctx, conn) {
		time.Sleep(20 * time.Millisecond)
	}
	seen := map[uint64]int64{}
	last, _ := checkpoint(ctx, conn)
	for end := time.Now().Add(12 * time.Second); time.Now().Before(end); time.Sleep(2 * time.Millisecond) {
		var n int64
		if err := conn.QueryRow(ctx, `SELECT block_number FROM didx.checkpoints WHERE chain_id = $1`, chainID).Scan(&n); err != nil {
			return err
		}
		now := time.Now().UnixNano()
		for b := last + 1; b <= uint64(n); b++ {
			seen[b] = now
		}
		last = max(last, uint64(n))
	}
	var lat []float64
	for n, at := range seen {
		var appeared int64
		if err := client.CallContext(ctx, &appeared, "bench_appearedAt", n); err != nil {
			return err
		}
		if appeared > 0 {
			lat = append(lat, float64(at-appeared)/1e6)
		}
	}
	p50, p99 := percentiles(lat)
	b.rep.Results = append(b.rep.Results, Result{Name: "head latency (poll 100ms + ws)", Program: "didx",
		Blocks: uint64(len(lat)), P50ms: p50, P99ms: p99, Checked: fmt.Sprintf("%d blocks", len(lat))})

	// A depth-10 reorg at the head: time until the checkpoint is past the reorged head and its
	// hash is the chain's.
	reorgedHead := head()
	t0 := time.Now()
	if err := client.CallContext(ctx, nil, "bench_reorg", 10); err != nil {
		return err
	}
	for {
		cp, hash := checkpoint(ctx, conn)
		if cp >= reorgedHead {
			var hdr struct {
				Hash common.Hash `json:"hash"`
			}
			if err := client.CallContext(ctx, &hdr, "eth_getBlockByNumber", hexutil.Uint64(cp), false); err == nil && hdr.Hash == hash {
				break
			}
		}
		if time.Since(t0) > time.Minute {
			return fmt.Errorf("the reorg was not repaired in a minute")
		}
		time.Sleep(2 * time.Millisecond)
	}
	repair := time.Since(t0)
	reorgs, _ := count(ctx, db, "didx.reorgs")
	b.rep.Results = append(b.rep.Results, Result{Name: "depth-10 reorg at the head", Program: "didx",
		Seconds: repair.Seconds(), Checked: "checkpoint canonical, " + strconv.FormatUint(reorgs, 10) + " reorg repaired"})
	return nil
}
