// Command benchrun is `make bench`: it starts a private PostgreSQL and the synthetic chain
// server, runs the limits (bench/cmd/limits) and didx on the same workloads, interleaved and
// repeated, checks the final state after each run, and prints a table of medians that it also
// writes as JSON to bench/results.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/didx/didx/internal/pgcluster"
)

// Result is one measured run.
type Result struct {
	Name         string  `json:"name"`
	Program      string  `json:"program"`
	Blocks       uint64  `json:"blocks,omitempty"`
	Events       uint64  `json:"events,omitempty"`
	Seconds      float64 `json:"seconds"`
	EventsPerSec float64 `json:"events_per_s,omitempty"`
	BlocksPerSec float64 `json:"blocks_per_s,omitempty"`
	CPUSeconds   float64 `json:"cpu_s,omitempty"`
	CPUusPerEv   float64 `json:"cpu_us_per_event,omitempty"`
	// ServerCPUusPerEv is the chain server's CPU per event during the run, and RestCPUusPerEv
	// the rest of the machine's (PostgreSQL, mostly).
	ServerCPUusPerEv float64 `json:"server_cpu_us_per_event,omitempty"`
	RestCPUusPerEv   float64 `json:"rest_cpu_us_per_event,omitempty"`
	// TotalCPUusPerEv is the whole machine's CPU per event during the run (the program, the
	// chain server, PostgreSQL), and DidxPGusPerEv the same without the chain server's.
	TotalCPUusPerEv float64 `json:"total_cpu_us_per_event,omitempty"`
	DidxPGusPerEv   float64 `json:"cpu_us_per_event_without_server,omitempty"`
	PeakRSSMiB      float64 `json:"peak_rss_mib,omitempty"`
	// RatioToLimit is the rate as a fraction of min(fetch limit, ingest limit).
	RatioToLimit float64 `json:"ratio_to_limit,omitempty"`
	// Runs is how many runs the row is the median of, and SpreadPct half their range of rates
	// as a percentage of the median.
	Runs      int     `json:"runs,omitempty"`
	SpreadPct float64 `json:"spread_pct,omitempty"`
	P50ms     float64 `json:"p50_ms,omitempty"`
	P99ms     float64 `json:"p99_ms,omitempty"`
	// CallsPer1k and UnitsPer1k are the calls the chain server served and the compute units a
	// provider would bill for them, per 1,000 events; Calls breaks the calls down by method.
	CallsPer1k float64 `json:"calls_per_1k_events,omitempty"`
	UnitsPer1k float64 `json:"compute_units_per_1k_events,omitempty"`
	Calls      string  `json:"calls,omitempty"`
	Checked    string  `json:"checked"`
}

// Report is the JSON written to bench/results.
type Report struct {
	Date    time.Time `json:"date"`
	Machine string    `json:"machine"`
	Results []Result  `json:"results"`
}

// options select what a run measures; everything by default, as `make bench` runs it.
type options struct {
	w1, w2, limits, rebuild, rebuildW2, live, verify, verifyW1, discovery, smart bool
	out                                                                          string
	// runs is how many times each W1 row runs, interleaved; the table gives the median.
	runs int
	// fetch are extra keys of didx's fetch configuration, as "key: value".
	fetch []string
	// profile, when set, is where each backfill's didx CPU profile goes.
	profile string
	// pgSettings are extra PostgreSQL settings, such as log_min_duration_statement=0 to see
	// where the database spends a backfill.
	pgSettings map[string]string
}

func main() {
	o := options{pgSettings: map[string]string{}}
	flag.BoolVar(&o.w1, "w1", true, "run W1")
	flag.BoolVar(&o.w2, "w2", true, "run W2 (10x W1's length)")
	flag.BoolVar(&o.limits, "limits", true, "run the fetch and ingest limits beside didx on each backfill")
	flag.IntVar(&o.runs, "runs", 3, "runs of each W1 row, interleaved (W1 smart and W2 run once)")
	flag.BoolVar(&o.rebuild, "rebuild", true, "rebuild W1 after its backfill")
	flag.BoolVar(&o.rebuildW2, "rebuild-w2", false, "rebuild W2 after its backfill as well (two minutes more)")
	flag.BoolVar(&o.live, "live", true, "measure head latency and reorg repair")
	flag.BoolVar(&o.smart, "smart", true, "run W1 on security tokens (kind smart, one event in ten a SMART event) and time balance_at")
	flag.BoolVar(&o.discovery, "discovery", true, "backfill a chain whose 1,000 tokens a factory creates, tokens configured and then discovered")
	flag.BoolVar(&o.verify, "verify", true, "measure each verify mode on W3, a remote provider")
	flag.BoolVar(&o.verifyW1, "verify-w1", false, "measure each verify mode on W1 as well (two minutes more)")
	flag.StringVar(&o.out, "out", "bench/results", "directory for the JSON report")
	flag.StringVar(&o.profile, "profile", "", "directory for CPU profiles of didx during each backfill (none when empty)")
	flag.Func("fetch", "an extra key of didx's fetch configuration, as 'key: value' (repeatable)", func(s string) error {
		if !strings.Contains(s, ":") {
			return fmt.Errorf("%q is not 'key: value'", s)
		}
		o.fetch = append(o.fetch, s)
		return nil
	})
	flag.Func("pg", "a PostgreSQL setting name=value for the benchmark cluster (repeatable)", func(s string) error {
		k, v, ok := strings.Cut(s, "=")
		if !ok {
			return fmt.Errorf("%q is not name=value", s)
		}
		o.pgSettings[k] = v
		return nil
	})
	flag.Parse()
	if err := run(context.Background(), o); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

// bench is the state of one benchmark session.
type bench struct {
	dir     string
	bin     map[string]string
	cluster *pgcluster.Cluster
	dbs     int
	rep     Report
	opts    options
}

func run(ctx context.Context, o options) error {
	dir, err := os.MkdirTemp("", "didx-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	if err := os.Chmod(dir, 0o755); err != nil {
		return err
	}
	b := &bench{dir: dir, bin: map[string]string{}, rep: Report{Date: time.Now().UTC(), Machine: machine()}, opts: o}
	// The binaries are built without cgo, as the production image is.
	for name, pkg := range map[string]string{"didx": "./cmd/didx", "chainserver": "./bench/cmd/chainserver", "limits": "./bench/cmd/limits"} {
		b.bin[name] = filepath.Join(dir, name)
		build := exec.Command("go", "build", "-o", b.bin[name], pkg)
		build.Env = append(os.Environ(), "CGO_ENABLED=0")
		if out, err := build.CombinedOutput(); err != nil {
			return fmt.Errorf("build %s: %v\n%s", pkg, err, out)
		}
	}
	settings := map[string]string{"shared_buffers": "512MB", "max_wal_size": "4GB", "checkpoint_timeout": "30min"}
	maps.Copy(settings, o.pgSettings)
	b.cluster, err = pgcluster.Start(ctx, pgcluster.Options{Dir: filepath.Join(dir, "pg"), Fast: true, Settings: settings})
	if err != nil {
		return err
	}
	defer b.cluster.Stop()
	if len(o.pgSettings) > 0 {
		defer func() { fmt.Fprint(os.Stderr, b.cluster.Log()) }()
	}

	if o.w1 {
		w := w1
		w.name = "W1 backfill"
		if err := b.backfill(ctx, w, o.rebuild); err != nil {
			return err
		}
	}
	if o.smart {
		w := w1
		w.name, w.smart, w.runs = "W1 smart", true, 1
		if err := b.backfill(ctx, w, false); err != nil {
			return err
		}
	}
	if o.w2 {
		w := workload{name: "W2 backfill (10x)", blocks: 100_000, events: 100, tokens: 20, holders: 10_000, runs: 1, noLimits: true}
		if err := b.backfill(ctx, w, o.rebuildW2); err != nil {
			return err
		}
	}
	if o.discovery {
		if err := b.discovery(ctx, workload{name: "W1 discovery", blocks: 10_000, events: 100, tokens: 1_000, holders: 10_000, factory: true}); err != nil {
			return err
		}
	}
	if o.verify {
		if o.verifyW1 {
			if err := b.modes(ctx, w1); err != nil {
				return err
			}
		}
		if err := b.modes(ctx, w3, w3Limits...); err != nil {
			return err
		}
		if err := b.capped(ctx, w3); err != nil {
			return err
		}
	}
	if o.live {
		if err := b.live(ctx); err != nil {
			return err
		}
	}
	b.print()
	return b.save(o.out)
}

func machine() string {
	cpu := "unknown cpu"
	if f, err := os.Open("/proc/cpuinfo"); err == nil {
		s := bufio.NewScanner(f)
		for s.Scan() {
			if strings.HasPrefix(s.Text(), "model name") {
				cpu = strings.TrimSpace(strings.SplitN(s.Text(), ":", 2)[1])
				break
			}
		}
		f.Close()
	}
	return fmt.Sprintf("%s, %d cores, %s", cpu, runtime.NumCPU(), runtime.Version())
}

func (b *bench) print() {
	w := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "run\tprogram\tevents/s\t±%\truns\tvs limit\ttotal µs/ev\tw/o server µs/ev\tprogram µs/ev\tserver µs/ev\trest µs/ev\tpeak RSS MiB\tseconds\tp50 ms\tp99 ms\tcalls/1k ev\tCU/1k ev\tchecked\t")
	for _, r := range b.rep.Results {
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%.2f\t%s\t%s\t%s\t%s\t%s\t\n", r.Name, r.Program,
			num(r.EventsPerSec, 0), num(r.SpreadPct, 1), num(float64(r.Runs), 0), num(r.RatioToLimit, 2),
			num(r.TotalCPUusPerEv, 2), num(r.DidxPGusPerEv, 2), num(r.CPUusPerEv, 2), num(r.ServerCPUusPerEv, 2), num(r.RestCPUusPerEv, 2),
			num(r.PeakRSSMiB, 0), r.Seconds, num(r.P50ms, 1), num(r.P99ms, 1), num(r.CallsPer1k, 1), num(r.UnitsPer1k, 1), r.Checked)
	}
	for _, r := range b.rep.Results {
		if r.Calls != "" {
			fmt.Printf("calls, %s, %s: %s\n", r.Name, r.Program, r.Calls)
		}
	}
	w.Flush()
	fmt.Printf("machine: %s\n", b.rep.Machine)
}

func num(v float64, prec int) string {
	if v == 0 {
		return "-"
	}
	return fmt.Sprintf("%.*f", prec, v)
}

func (b *bench) save(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	data, err := json.MarshalIndent(b.rep, "", "  ")
	if err != nil {
		return err
	}
	name := filepath.Join(dir, "bench-"+b.rep.Date.Format("20060102-150405")+".json")
	if err := os.WriteFile(name, append(data, '\n'), 0o644); err != nil {
		return err
	}
	fmt.Println("written:", name)
	return os.WriteFile(filepath.Join(dir, "latest.json"), append(data, '\n'), 0o644)
}

// usage is what one run of a program cost: its own time, CPU and peak memory, and the CPU the
// chain server and the whole machine spent meanwhile.
type usage struct {
	wall            time.Duration
	cpu             time.Duration
	maxRSS          int64 // KiB
	server, machine time.Duration
}

// usageOf is the usage of the exited process ps, which ran for wall while the server and the
// machine spent server and machine.
func usageOf(ps *os.ProcessState, wall, server, machine time.Duration) usage {
	ru := ps.SysUsage().(*syscall.Rusage)
	cpu := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	return usage{wall: wall, cpu: cpu, maxRSS: ru.Maxrss, server: server, machine: machine}
}

func percentiles(ms []float64) (p50, p99 float64) {
	if len(ms) == 0 {
		return 0, 0
	}
	sort.Float64s(ms)
	at := func(q float64) float64 { return ms[min(len(ms)-1, int(q*float64(len(ms))))] }
	return at(0.50), at(0.99)
}
