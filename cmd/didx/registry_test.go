package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/didx/didx/internal/testenv"
)

// contractState is a row of `didx contracts list --json`.
type contractState struct {
	Address   string  `json:"address"`
	Source    string  `json:"source"`
	State     string  `json:"state"`
	IndexedTo *uint64 `json:"indexed_to"`
	Remaining uint64  `json:"backfill_remaining_blocks"`
}

func listContracts(t *testing.T, cfg string) map[string]contractState {
	t.Helper()
	out, err := didx("contracts", "list", "--chain", "1337", "--config", cfg, "--json").Output()
	if err != nil {
		t.Fatalf("contracts list: %v\n%s", err, out)
	}
	var rows []contractState
	if err := json.Unmarshal(out, &rows); err != nil {
		t.Fatalf("contracts list: %v\n%s", err, out)
	}
	m := map[string]contractState{}
	for _, r := range rows {
		m[r.Address] = r
	}
	return m
}

// TestContractAddedAtRunTime registers a token with `didx contracts add` beside a sidecar that
// is at the head of a chain with 1,000 blocks of its history, while blocks keep coming; the
// sidecar, its requests held to 40 per second, is killed with SIGKILL in the middle of the
// backfill and restarted without the limit. The head must keep moving during the backfill, and
// the state must end exact for every token.
func TestContractAddedAtRunTime(t *testing.T) {
	e := newEnv(t, 3)
	ctx := context.Background()
	act := e.chain.NewActivity(e.toks, 31)
	if err := act.Blocks(ctx, 1000, 3); err != nil {
		t.Fatal(err)
	}
	cfg := e.configFor(e.tokens[:2], "        rps: 40\n", "    fetch:\n      range: 5\n      max_range: 5\n")
	a := start(t, "a", cfg)
	head, _ := e.chain.Head(ctx)
	testenv.WaitCheckpoint(t, e.db, 1337, head, 60*time.Second)
	stop := produce(t, act)
	defer func() { stop() }()

	added := e.tokens[2].Hex()
	if out, err := didx("contracts", "add", "--chain", "1337", "--address", added, "--kind", "erc20", "--config", cfg).CombinedOutput(); err != nil {
		t.Fatalf("contracts add: %v\n%s", err, out)
	}
	if out, err := didx("contracts", "add", "--chain", "1337", "--address", added, "--kind", "erc20", "--config", cfg).CombinedOutput(); err != nil {
		t.Fatalf("contracts add, again the same way: %v\n%s", err, out)
	}
	cmd := didx("contracts", "add", "--chain", "1337", "--address", added, "--kind", "erc20", "--start-block", "5", "--config", cfg)
	if out, _ := cmd.CombinedOutput(); cmd.ProcessState.ExitCode() != 1 {
		t.Fatalf("contracts add with another start block: exit %d, want 1\n%s", cmd.ProcessState.ExitCode(), out)
	}

	var during uint64
	testenv.Eventually(t, 60*time.Second, func() error {
		c := listContracts(t, cfg)[added]
		if c.State != "backfilling" || c.IndexedTo == nil {
			return fmt.Errorf("the added token's backfill has not started: %+v", c)
		}
		return nil
	})
	cp0, _, _ := testenv.Checkpoint(t, e.db, 1337)
	testenv.Eventually(t, 10*time.Second, func() error {
		if cp, _, _ := testenv.Checkpoint(t, e.db, 1337); cp <= cp0 {
			return fmt.Errorf("the head is not followed during the backfill: checkpoint %d", cp)
		}
		return nil
	})
	if c := listContracts(t, cfg)[added]; c.State != "backfilling" {
		t.Fatalf("the backfill ended before the head moved: the test proves nothing: %+v", c)
	} else {
		during = *c.IndexedTo
	}
	stop()
	if err := a.cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = a.wait()
	c := listContracts(t, cfg)[added]
	if c.State != "backfilling" {
		t.Fatalf("the backfill ended before the kill: %+v", c)
	}
	t.Logf("killed with the backfill at block %d (seen at %d), %d blocks left", *c.IndexedTo, during, c.Remaining)
	if code, out := validate(t, cfg); code != 0 || !strings.Contains(out, "2 contracts (1 still backfilling, not checked)") {
		t.Fatalf("validate during the backfill: exit %d\n%s", code, out)
	}

	stop = produce(t, act)
	start(t, "a2", e.configFor(e.tokens[:2], "", ""))
	testenv.Eventually(t, 90*time.Second, func() error {
		if c := listContracts(t, cfg)[added]; c.State != "indexed" || c.Source != "cli" {
			return fmt.Errorf("not caught up: %+v", c)
		}
		return nil
	})
	stop()
	head, _ = e.chain.Head(ctx)
	testenv.WaitCheckpoint(t, e.db, 1337, head, 30*time.Second)
	testenv.CheckState(t, e.db, e.chain, 1337, e.tokens)
	if code, out := validate(t, cfg); code != 0 || !strings.Contains(out, ", 3 contracts") {
		t.Fatalf("validate after the backfill: exit %d\n%s", code, out)
	}
}

// TestContractAddedToConfig restarts a sidecar with one more token in its configuration: the
// token's history is backfilled and the state ends exact.
func TestContractAddedToConfig(t *testing.T) {
	e := newEnv(t, 3)
	ctx := context.Background()
	act := e.chain.NewActivity(e.toks, 32)
	if err := act.Blocks(ctx, 200, 3); err != nil {
		t.Fatal(err)
	}
	p := start(t, "a", e.configFor(e.tokens[:2], "", ""))
	head, _ := e.chain.Head(ctx)
	testenv.WaitCheckpoint(t, e.db, 1337, head, 60*time.Second)
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	_ = p.wait()
	if err := act.Blocks(ctx, 20, 3); err != nil {
		t.Fatal(err)
	}
	start(t, "a", e.config("", ""))
	head, _ = e.chain.Head(ctx)
	testenv.WaitCheckpoint(t, e.db, 1337, head, 60*time.Second)
	testenv.Eventually(t, 60*time.Second, func() error {
		if c := listContracts(t, e.config("", ""))[e.tokens[2].Hex()]; c.State != "indexed" || c.Source != "config" {
			return fmt.Errorf("not caught up: %+v", c)
		}
		return nil
	})
	testenv.CheckState(t, e.db, e.chain, 1337, e.tokens)
}

// TestHotHotWithDifferentConfigs runs two instances whose configurations differ by one token:
// whichever writes, the token is indexed without a gap.
func TestHotHotWithDifferentConfigs(t *testing.T) {
	e := newEnv(t, 3)
	ctx := context.Background()
	act := e.chain.NewActivity(e.toks, 33)
	if err := act.Blocks(ctx, 100, 3); err != nil {
		t.Fatal(err)
	}
	a := start(t, "a", e.configFor(e.tokens[:2], "", ""))
	head, _ := e.chain.Head(ctx)
	testenv.WaitCheckpoint(t, e.db, 1337, head, 60*time.Second)
	stop := produce(t, act)
	defer stop()
	start(t, "b", e.config("", ""))
	added := e.tokens[2].Hex()
	testenv.Eventually(t, 30*time.Second, func() error {
		if c := listContracts(t, e.config("", ""))[added]; c.State == "" || c.State == "waiting" {
			return fmt.Errorf("the writer a has not taken over the token b registered: %+v", c)
		}
		return nil
	})
	if l := leases(t, e.db)[1337]; l.holder != "a" {
		t.Fatalf("lease %+v: the writer should still be a, whose configuration lacks the token", l)
	}
	if err := a.cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = a.wait()
	waitHolder(t, e.db, 1337, func(l leaseRow) bool { return l.holder == "b" })
	a = start(t, "a", e.configFor(e.tokens[:2], "", ""))
	testenv.Eventually(t, 30*time.Second, func() error {
		if !strings.Contains(a.out.String(), "didx running") {
			return fmt.Errorf("a has not restarted:\n%s", a.out.String())
		}
		return nil
	})
	stop()
	head, _ = e.chain.Head(ctx)
	testenv.WaitCheckpoint(t, e.db, 1337, head, 60*time.Second)
	testenv.Eventually(t, 60*time.Second, func() error {
		if c := listContracts(t, e.config("", ""))[added]; c.State != "indexed" {
			return fmt.Errorf("not caught up: %+v", c)
		}
		return nil
	})
	testenv.CheckState(t, e.db, e.chain, 1337, e.tokens)
}
