package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/didx/didx/contracts"
	"github.com/didx/didx/internal/simchain"
	"github.com/didx/didx/internal/testenv"
)

// binary is the production didx binary (-tags nodev, no cgo) built for these tests: they run
// it as operators do. It is built without the race detector, like the test chain and the dev
// build whose compiled dependencies it shares; the race detector examines the same pipeline in
// the indexer package's tests, which run it in process.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "didx-bin-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "didx")
	if err := testenv.Build(binary, ".", "-tags", "nodev"); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := testenv.Main(m)
	os.RemoveAll(dir)
	os.Exit(code)
}

// env is a chain with deployed tokens and a database, for running the binary against.
type env struct {
	t      *testing.T
	chain  *simchain.Chain
	db     string
	tokens []common.Address
	toks   []*contracts.Token
}

func newEnv(t *testing.T, ntokens int) *env {
	e := &env{t: t, chain: testenv.Chain(t, 10), db: testenv.Database(t)}
	for i := 0; i < ntokens; i++ {
		a, tok, err := e.chain.DeployToken(context.Background(), fmt.Sprintf("T%d", i), fmt.Sprintf("T%d", i))
		if err != nil {
			t.Fatal(err)
		}
		e.tokens = append(e.tokens, a)
		e.toks = append(e.toks, tok)
	}
	return e
}

// config writes a configuration for the env's chain; endpoint and fetch are extra YAML for the
// endpoint and the chain. Leases last a second, so a restarted process takes over quickly.
func (e *env) config(endpoint, fetch string) string {
	return e.configFor(e.tokens, endpoint, fetch)
}

// configFor is config with only the given tokens configured.
func (e *env) configFor(tokens []common.Address, endpoint, fetch string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "database:\n  url: %s\nhttp:\n  listen: 127.0.0.1:0\nlease:\n  ttl: 1s\nchains:\n  - id: 1337\n    poll_interval: 50ms\n%s    rpc:\n      - url: %s\n%s    contracts:\n",
		e.db, fetch, e.chain.URL, endpoint)
	for _, a := range tokens {
		fmt.Fprintf(&b, "      - kind: erc20\n        address: \"%s\"\n", a.Hex())
	}
	f := filepath.Join(e.t.TempDir(), "didx.yaml")
	if err := os.WriteFile(f, []byte(b.String()), 0o600); err != nil {
		e.t.Fatal(err)
	}
	return f
}

func didx(args ...string) *exec.Cmd {
	cmd := exec.Command(binary, args...)
	cmd.Env = append(os.Environ(), "DIDX_DATABASE_URL=", "DIDX_CONFIG=")
	return cmd
}

func TestConfigErrors(t *testing.T) {
	e := newEnv(t, 1)
	good := fmt.Sprintf("database:\n  url: %s\nchains:\n  - id: 1337\n    rpc:\n      - url: %s\n    contracts:\n      - kind: erc20\n        address: \"%s\"\n",
		e.db, e.chain.URL, e.tokens[0].Hex())
	cases := []struct {
		name, yaml, want string
	}{
		{"unknown key", strings.Replace(good, "    rpc:", "    rpcs_typo: 1\n    rpc:", 1), "chains[0].rpcs_typo: unknown key"},
		{"unknown nested key", strings.Replace(good, "      - url:", "      - ulr: x\n        url:", 1), "chains[0].rpc[0].ulr: unknown key"},
		{"missing database url", strings.Replace(good, "  url: "+e.db+"\n", "", 1), "database.url: required"},
		{"missing contracts", good[:strings.Index(good, "    contracts:")], "chains[0].contracts: required"},
		{"missing address", strings.Replace(good, "        address: \""+e.tokens[0].Hex()+"\"\n", "", 1), "chains[0].contracts[0].address: required"},
		{"bad address", strings.Replace(good, e.tokens[0].Hex(), "0x1234", 1), "chains[0].contracts[0].address: \"0x1234\" is not"},
		{"bad kind", strings.Replace(good, "kind: erc20", "kind: erc721", 1), "chains[0].contracts[0].kind: unknown kind"},
		{"bad value type", strings.Replace(good, "id: 1337", "id: one", 1), "cannot unmarshal"},
		{"chain id mismatch", strings.Replace(good, "id: 1337", "id: 1", 1), "chains[0].id: chain id 1: every endpoint answered another chain id"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := filepath.Join(t.TempDir(), "bad.yaml")
			if err := os.WriteFile(f, []byte(c.yaml), 0o600); err != nil {
				t.Fatal(err)
			}
			var stderr bytes.Buffer
			cmd := didx("run", "--config", f)
			cmd.Stderr = &stderr
			err := cmd.Run()
			if err == nil || cmd.ProcessState.ExitCode() == 0 {
				t.Fatalf("exit 0; stderr: %s", stderr.String())
			}
			if msg := fatal(t, stderr.String()); !strings.Contains(msg, c.want) || !strings.Contains(msg, f) {
				t.Fatalf("the fatal line does not name %q in %s:\n%s", c.want, f, stderr.String())
			}
			assertNothingWritten(t, e.db)
		})
	}
}

// fatal is the error of the last stderr line, which must be a JSON log line of level fatal (the
// binary logs JSON when stderr is not a terminal).
func fatal(t *testing.T, stderr string) string {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	var line struct {
		Level string `json:"level"`
		Error string `json:"error"`
		Exit  int    `json:"exit"`
	}
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &line); err != nil || line.Level != "fatal" || line.Exit == 0 {
		t.Fatalf("the last stderr line is not a JSON fatal line with the exit status (%v):\n%s", err, stderr)
	}
	return line.Error
}

// TestUsageErrors: a wrong command or flag exits 2 with the reason and a pointer to --help.
func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{"bogus"}, {"run", "--no-such-flag"}, {"validate"}} {
		var stderr bytes.Buffer
		cmd := didx(args...)
		cmd.Stderr = &stderr
		_ = cmd.Run()
		if code := cmd.ProcessState.ExitCode(); code != 2 || !strings.Contains(stderr.String(), "didx --help") {
			t.Errorf("didx %v: exit %d, stderr %q; want 2 and a pointer to --help", args, code, stderr.String())
		}
	}
}

func assertNothingWritten(t *testing.T, db string) {
	t.Helper()
	ctx := context.Background()
	conn := testenv.Conn(t, db)
	defer conn.Close(context.Background())
	var schema *string
	if err := conn.QueryRow(ctx, `SELECT to_regnamespace('didx')::text`).Scan(&schema); err != nil {
		t.Fatal(err)
	}
	if schema != nil {
		t.Fatal("schema didx was created: something was written before the configuration was checked")
	}
}

// TestResumeAfterKill kills the real binary with SIGKILL at random moments during catch-up and
// restarts it; the final state must be exact: no gap, no duplicate, balances equal balanceOf.
func TestResumeAfterKill(t *testing.T) {
	e := newEnv(t, 3)
	ctx := context.Background()
	act := e.chain.NewActivity(e.toks, 7)
	if err := act.Blocks(ctx, 240, 8); err != nil {
		t.Fatal(err)
	}
	head, _ := e.chain.Head(ctx)
	cfg := e.config("        rps: 40\n", "    fetch:\n      range: 3\n      max_range: 3\n      batch_blocks: 6\n      concurrency: 2\n      commit_window: 150ms\n")
	seed := time.Now().UnixNano()
	rng := rand.New(rand.NewPCG(uint64(seed), 1))
	t.Logf("seed %d", seed)
	for i := 0; i < 6; i++ {
		cmd := didx("run", "--config", cfg, "--log-level", "warn")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		from, _, _ := testenv.Checkpoint(t, e.db, 1337)
		target := from + 5 + uint64(rng.IntN(30))
		testenv.WaitCheckpoint(t, e.db, 1337, target, 60*time.Second)
		time.Sleep(time.Duration(rng.IntN(50)) * time.Millisecond)
		if err := cmd.Process.Kill(); err != nil {
			t.Fatal(err)
		}
		_ = cmd.Wait()
		n, _, _ := testenv.Checkpoint(t, e.db, 1337)
		if n >= head {
			t.Fatalf("kill %d came after catch-up (checkpoint %d, head %d)", i+1, n, head)
		}
		t.Logf("kill %d at checkpoint %d of %d", i+1, n, head)
		if err := act.Blocks(ctx, 3, 4); err != nil {
			t.Fatal(err)
		}
		head += 3
	}
	cmd := didx("run", "--config", cfg, "--log-level", "warn")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()
	testenv.Eventually(t, 90*time.Second, func() error {
		n, _, _ := testenv.Checkpoint(t, e.db, 1337)
		if n < head {
			return fmt.Errorf("checkpoint %d, head %d", n, head)
		}
		return nil
	})
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("clean shutdown exited with %v", err)
	}
	testenv.CheckState(t, e.db, e.chain, 1337, e.tokens)
}

func TestStatusAndMigrate(t *testing.T) {
	e := newEnv(t, 1)
	cfg := e.config("", "")
	out, err := didx("migrate", "--config", cfg).CombinedOutput()
	if err != nil {
		t.Fatalf("migrate: %v\n%s", err, out)
	}
	out, err = didx("migrate", "status", "--config", cfg).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "applied") {
		t.Fatalf("migrate status: %v\n%s", err, out)
	}
	out, err = didx("status", "--config", cfg, "--json").Output()
	if err != nil {
		t.Fatalf("status: %v\n%s", err, out)
	}
	for _, want := range []string{`"id": 1337`, `"head":`, `"indexed": 0`, `"finalized":`} {
		if !strings.Contains(string(out), want) {
			t.Fatalf("status lacks %s:\n%s", want, out)
		}
	}
	cmd := didx("status", "--config", cfg, "--chain", "5")
	if err := cmd.Run(); cmd.ProcessState.ExitCode() != 2 {
		t.Fatalf("status of an unconfigured chain: %v, want exit 2", err)
	}
}
