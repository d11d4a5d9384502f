package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// limitOut is what bench/cmd/limits prints.
type limitOut struct {
	Events  uint64  `json:"events"`
	Seconds float64 `json:"seconds"`
	CPU     float64 `json:"cpu_s"`
}

// limitArgs are the flags both limits take for w's chain on srv, asking didx's requests: its
// range, no header below the finalized block and, as didx runs with srv listed twice, each
// range a second time, as its quorum does.
func limitArgs(w workload, srv *chainServer, tokens []common.Address, mode string) []string {
	return fetchArgs(w, srv, tokens, mode, limitRange, w.blocks-finalityDepth, true)
}

// fetchArgs are the limits program's flags for w's chain on srv: ranges of rng blocks, none
// reaching across block final nor holding a header below it, each asked twice with quorum.
func fetchArgs(w workload, srv *chainServer, tokens []common.Address, mode string, rng, final uint64, quorum bool) []string {
	toks := make([]string, len(tokens))
	for i, t := range tokens {
		toks[i] = t.Hex()
	}
	return []string{"-mode", mode, "-rpc", srv.url, "-tokens", strings.Join(toks, ","), "-chain-id", fmt.Sprint(chainID),
		"-from", "1", "-to", fmt.Sprint(w.blocks), "-range", fmt.Sprint(rng), "-concurrency", "4", "-final", fmt.Sprint(final),
		fmt.Sprintf("-quorum=%t", quorum)}
}

// limitRange is the range the limits ask: the one didx's default fetch.target_logs (9,000)
// settles at on the workloads' 100 events per block.
const limitRange = 90

// fetchLimit runs the fetch limit on w: didx's requests, bodies read and logs counted.
func (b *bench) fetchLimit(ctx context.Context, w workload, srv *chainServer, tokens []common.Address) (Result, error) {
	return b.fetchRun(ctx, w, srv, limitArgs(w, srv, tokens, "fetch"), "fetch limit")
}

// logsOnly is the floor of a fetch from a remote provider: eth_getLogs of 100-block ranges,
// four at a time, no header, no second opinion, bodies read and logs counted.
func (b *bench) logsOnly(ctx context.Context, w workload, srv *chainServer, tokens []common.Address) (Result, error) {
	return b.fetchRun(ctx, w, srv, fetchArgs(w, srv, tokens, "fetch", 100, w.blocks+1, false), "logs-only fetch, 1 provider")
}

// fetchRun runs the limits program's fetch mode with args against srv, checks that it counted
// every log of w, and bills the calls it made.
func (b *bench) fetchRun(ctx context.Context, w workload, srv *chainServer, args []string, program string) (Result, error) {
	before, err := srv.calls(ctx)
	if err != nil {
		return Result{}, err
	}
	cmd := exec.CommandContext(ctx, b.bin["limits"], args...)
	cmd.Stderr = os.Stderr
	start, m := time.Now(), srv.meter()
	out, err := cmd.Output()
	if err != nil {
		return Result{}, fmt.Errorf("%s: %w", program, err)
	}
	server, machine := m.read()
	after, err := srv.calls(ctx)
	if err != nil {
		return Result{}, err
	}
	var lo limitOut
	if err := json.Unmarshal(out, &lo); err != nil {
		return Result{}, fmt.Errorf("%s said %q: %w", program, out, err)
	}
	if lo.Events != w.transfers() {
		return Result{}, fmt.Errorf("%s counted %d logs, want %d", program, lo.Events, w.transfers())
	}
	res := result(w.name, program, w.blocks, w.transfers(), usageOf(cmd.ProcessState, time.Since(start), server, machine))
	bill(&res, before, after)
	res.Checked = fmt.Sprintf("%d logs counted", lo.Events)
	return res, nil
}

// ingestLimit runs the ingest limit on w: the same rows, encoded beforehand, COPYed into a
// migrated didx.erc20_transfers. Only the COPY is measured.
func (b *bench) ingestLimit(ctx context.Context, w workload, srv *chainServer, tokens []common.Address) (Result, error) {
	db, err := b.newDB(ctx)
	if err != nil {
		return Result{}, err
	}
	cmd := exec.CommandContext(ctx, b.bin["limits"], append(limitArgs(w, srv, tokens, "ingest"), "-db", db)...)
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return Result{}, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return Result{}, err
	}
	if err := cmd.Start(); err != nil {
		return Result{}, err
	}
	// Closing stdin first lets a program still waiting for its go see EOF and exit.
	defer func() { _ = stdin.Close(); _ = cmd.Wait() }()
	r := bufio.NewReader(stdout)
	if line, err := r.ReadString('\n'); err != nil || strings.TrimSpace(line) != "ready" {
		return Result{}, fmt.Errorf("ingest limit: %q, %v", line, err)
	}
	m := srv.meter()
	if _, err := fmt.Fprintln(stdin, "go"); err != nil {
		return Result{}, err
	}
	line, err := r.ReadString('\n')
	if err != nil {
		return Result{}, fmt.Errorf("ingest limit: %w", err)
	}
	server, machine := m.read()
	var lo limitOut
	if err := json.Unmarshal([]byte(line), &lo); err != nil {
		return Result{}, fmt.Errorf("ingest limit said %q: %w", line, err)
	}
	if lo.Events != w.transfers() {
		return Result{}, fmt.Errorf("ingest limit wrote %d rows, want %d", lo.Events, w.transfers())
	}
	cpu := time.Duration(lo.CPU * float64(time.Second))
	res := result(w.name, "ingest limit", w.blocks, lo.Events, usage{wall: time.Duration(lo.Seconds * float64(time.Second)), cpu: cpu, server: server, machine: machine})
	res.Checked = fmt.Sprintf("%d rows COPYed", lo.Events)
	return res, nil
}

// median is the run of rs with the median rate, with the runs' count and spread: half the
// range of their rates as a fraction of the median.
func median(rs []Result) Result {
	rates := make([]float64, len(rs))
	for i, r := range rs {
		rates[i] = r.EventsPerSec
	}
	sorted := slices.Clone(rates)
	slices.Sort(sorted)
	mid := sorted[len(sorted)/2]
	out := rs[slices.Index(rates, mid)]
	out.Runs = len(rs)
	if mid > 0 {
		out.SpreadPct = 100 * (sorted[len(sorted)-1] - sorted[0]) / 2 / mid
	}
	return out
}

// limitRow is the combined limit fetch and ingest imply: they overlap, so the slower bounds
// the rate; and their CPU added up bounds it on a machine with cores cores.
func limitRow(w workload, fetch, ingest Result, cores int) Result {
	overlap := min(fetch.EventsPerSec, ingest.EventsPerSec)
	total := fetch.TotalCPUusPerEv + ingest.TotalCPUusPerEv
	cpuBound := float64(cores) * 1e6 / total
	return Result{Name: w.name, Program: "limit", Events: fetch.Events, EventsPerSec: overlap,
		TotalCPUusPerEv: total, DidxPGusPerEv: fetch.DidxPGusPerEv + ingest.DidxPGusPerEv,
		Checked: fmt.Sprintf("min(fetch, ingest); CPU-bound at %.0f ev/s on %d cores", cpuBound, cores)}
}
