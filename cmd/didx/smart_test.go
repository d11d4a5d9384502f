package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/didx/didx/internal/simchain"
	"github.com/didx/didx/internal/testenv"
)

// TestSecurityTokensRandomized runs the binary over random security-token traffic on both
// event layouts, with reorgs of depth 1 to 8 and SIGKILLs at random moments, and then holds
// every security-token table against the chain's view functions at the checkpoint, and
// didx.balance_at against balanceOf at 50 random past blocks.
func TestSecurityTokensRandomized(t *testing.T) {
	e := &env{t: t, chain: testenv.Chain(t, 10, simchain.Archive()), db: testenv.Database(t)}
	ctx := context.Background()
	tokens, registries, err := e.chain.SecurityTokens(ctx)
	if err != nil {
		t.Fatal(err)
	}
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 14))
	act, err := e.chain.NewSecurityActivity(tokens, registries, seed)
	if err != nil {
		t.Fatal(err)
	}
	// The catch-up spans more than 1,024 blocks, so it snapshots the balances it touches, and
	// balance_at starts from those snapshots below it.
	if err := act.Blocks(ctx, 1100, 1); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "database:\n  url: %s\nhttp:\n  listen: 127.0.0.1:0\nlease:\n  ttl: 1s\nchains:\n  - id: 1337\n    poll_interval: 50ms\n"+
		"    fetch:\n      range: 200\n      batch_blocks: 600\n    rpc:\n      - url: %s\n    contracts:\n", e.db, e.chain.URL)
	for _, a := range tokens {
		fmt.Fprintf(&b, "      - kind: smart\n        address: \"%s\"\n", a.Hex())
	}
	for _, a := range registries {
		fmt.Fprintf(&b, "      - kind: identity_registry\n        address: \"%s\"\n", a.Hex())
	}
	cfg := filepath.Join(t.TempDir(), "didx.yaml")
	if err := os.WriteFile(cfg, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	start := func() *exec.Cmd {
		cmd := didx("run", "--config", cfg, "--log-level", "warn")
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd
	}
	cmd := start()
	defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()
	// Reorgs start above the snapshots of the catch-up, so they stay.
	head, _ := e.chain.Head(ctx)
	testenv.WaitCheckpoint(t, e.db, 1337, head, 60*time.Second)
	if err := act.Blocks(ctx, 10, 3); err != nil {
		t.Fatal(err)
	}
	var reorgs, kills int
	for round := 0; round < 40; round++ {
		switch p := rng.IntN(10); {
		case p < 2:
			depth := uint64(1 + rng.IntN(8))
			if err := e.chain.Reorg(ctx, depth); err != nil {
				t.Fatal(err)
			}
			if err := act.Blocks(ctx, int(depth)+1, 1+rng.IntN(10)); err != nil {
				t.Fatal(err)
			}
			reorgs++
		case p < 3:
			time.Sleep(time.Duration(rng.IntN(300)) * time.Millisecond)
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
			cmd = start()
			kills++
		default:
			if err := act.Blocks(ctx, 1+rng.IntN(3), 1+rng.IntN(12)); err != nil {
				t.Fatal(err)
			}
		}
		time.Sleep(time.Duration(rng.IntN(120)) * time.Millisecond)
	}
	// Blocks after the last round make the running process index something before its
	// SIGINT: a checkpoint already at the head from a killed process says nothing of whether
	// the one just started has installed its signal handler.
	if err := act.Blocks(ctx, 2, 3); err != nil {
		t.Fatal(err)
	}
	head, _ = e.chain.Head(ctx)
	testenv.WaitCheckpoint(t, e.db, 1337, head, 90*time.Second)
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("clean shutdown exited with %v", err)
	}
	t.Logf("%d reorgs, %d kills, head %d", reorgs, kills, head)
	var snapshots int
	if err := testenv.Conn(t, e.db).QueryRow(ctx, `SELECT count(*) FROM didx.balance_snapshots`).Scan(&snapshots); err != nil || snapshots == 0 {
		t.Fatalf("%d balance snapshots (%v): balance_at would not be tested from one", snapshots, err)
	}
	testenv.CheckState(t, e.db, e.chain, 1337, tokens)
	if err := testenv.SecurityState(e.db, e.chain, 1337, tokens, registries, act.Holders(), 50, rng); err != nil {
		t.Fatal(err)
	}
	if out, err := didx("validate", "--config", cfg, "--chain", "1337").CombinedOutput(); err != nil {
		t.Fatalf("validate after the run: %v\n%s", err, out)
	}
	conn, err := pgx.Connect(ctx, e.db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	for _, c := range []struct {
		sql  string
		args []any
	}{
		{`UPDATE didx.tokens SET paused = NOT paused WHERE token = $1`, []any{tokens[0].Bytes()}},
		{`INSERT INTO didx.holder_restrictions (chain_id, token, holder, frozen, address_frozen) VALUES (1337, $1, $2, 7, true)
			ON CONFLICT (chain_id, token, holder) DO UPDATE SET frozen = didx.holder_restrictions.frozen + 7,
				address_frozen = NOT didx.holder_restrictions.address_frozen`, []any{tokens[0].Bytes(), act.Holders()[1].Bytes()}},
		{`UPDATE didx.identities SET country = country + 1 WHERE registry = $1`, []any{registries[1].Bytes()}},
	} {
		if _, err := conn.Exec(ctx, c.sql, c.args...); err != nil {
			t.Fatal(err)
		}
	}
	vcmd := didx("validate", "--config", cfg, "--chain", "1337", "--json")
	out, _ := vcmd.Output()
	if code := vcmd.ProcessState.ExitCode(); code != 1 {
		t.Fatalf("validate of corrupted state exited %d, want 1:\n%s", code, out)
	}
	for _, kind := range []string{"paused", "frozen_tokens", "address_frozen", "country"} {
		if !strings.Contains(string(out), `"kind": "`+kind+`"`) {
			t.Errorf("validate names no %s mismatch:\n%s", kind, out)
		}
	}
	// A rebuild from a block in the middle keeps the events below it and derives the state
	// again from them: the corruption is gone.
	from := fmt.Sprint(head / 2)
	if out, err := didx("rebuild", "--chain", "1337", "--from", from, "--config", cfg).CombinedOutput(); err != nil {
		t.Fatalf("rebuild --from %s: %v\n%s", from, err, out)
	}
	testenv.CheckState(t, e.db, e.chain, 1337, tokens)
	if err := testenv.SecurityState(e.db, e.chain, 1337, tokens, registries, act.Holders(), 50, rng); err != nil {
		t.Fatalf("after rebuild --from %s: %v", from, err)
	}
}
