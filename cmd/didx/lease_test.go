package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/didx/didx/internal/simchain"
	"github.com/didx/didx/internal/testenv"
)

// proc is a running didx process with its output; done closes when it exits, err is then its
// exit error.
type proc struct {
	name string
	cmd  *exec.Cmd
	out  *testenv.Buffer
	done chan struct{}
	err  error
}

// wait waits for the process to exit and returns its exit error.
func (p *proc) wait() error {
	<-p.done
	return p.err
}

// exited says whether the process has exited.
func (p *proc) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

func start(t *testing.T, name, cfg string) *proc {
	t.Helper()
	p := &proc{name: name, cmd: didx("run", "--config", cfg), out: &testenv.Buffer{}, done: make(chan struct{})}
	p.cmd.Env = append(p.cmd.Env, "DIDX_INSTANCE="+name)
	p.cmd.Stderr = p.out
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		p.err = p.cmd.Wait()
		close(p.done)
	}()
	t.Cleanup(func() {
		_ = p.cmd.Process.Signal(syscall.SIGCONT)
		_ = p.cmd.Process.Kill()
		<-p.done
		if t.Failed() {
			t.Logf("instance %s (%v):\n%s", name, p.err, p.out.String())
		}
	})
	return p
}

type leaseRow struct {
	holder string
	epoch  int64
	live   bool
}

func leases(t *testing.T, db string) map[int64]leaseRow {
	t.Helper()
	ctx := context.Background()
	conn := testenv.Conn(t, db)
	defer conn.Close(context.Background())
	out := map[int64]leaseRow{}
	rows, err := conn.Query(ctx, `SELECT chain_id, holder, epoch, expires_at > clock_timestamp() FROM didx.leases`)
	if err != nil {
		return out
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var r leaseRow
		if err := rows.Scan(&id, &r.holder, &r.epoch, &r.live); err != nil {
			t.Fatal(err)
		}
		out[id] = r
	}
	return out
}

// produce mines a block of random transfers on each chain every 100ms until the returned stop
// is called.
func produce(t *testing.T, acts ...*simchain.Activity) (stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		err := testenv.Every(ctx, 100*time.Millisecond, 0, func(int) error {
			for _, a := range acts {
				if err := a.Blocks(ctx, 1, 2); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil && ctx.Err() == nil {
			t.Error(err)
		}
	}()
	return func() { cancel(); <-done }
}

func (e *env) leaseConfig() string {
	f := e.config("", "")
	data, _ := os.ReadFile(f)
	_ = os.WriteFile(f, []byte(strings.Replace(string(data), "ttl: 1s", "ttl: 2s", 1)), 0o600)
	return f
}

func waitHolder(t *testing.T, db string, chain int64, cond func(leaseRow) bool) leaseRow {
	t.Helper()
	var got leaseRow
	testenv.Eventually(t, 30*time.Second, func() error {
		got = leases(t, db)[chain]
		if !got.live || !cond(got) {
			return fmt.Errorf("lease %+v", got)
		}
		return nil
	})
	return got
}

// twoInstances starts instances a and b on one chain that has 20 blocks and keeps producing
// (stop ends that), and returns once one of them holds the chain's lease.
func (e *env) twoInstances(t *testing.T, seed uint64) (procs map[string]*proc, stop func(), first leaseRow) {
	t.Helper()
	act := e.chain.NewActivity(e.toks, seed)
	if err := act.Blocks(context.Background(), 20, 3); err != nil {
		t.Fatal(err)
	}
	cfg := e.leaseConfig()
	procs = map[string]*proc{"a": start(t, "a", cfg), "b": start(t, "b", cfg)}
	stop = produce(t, act)
	return procs, stop, waitHolder(t, e.db, 1337, func(leaseRow) bool { return true })
}

// TestTakeoverAfterKill runs two instances on one chain: exactly one writes; SIGKILL it and
// the other takes over from the checkpoint. The takeover time is reported.
func TestTakeoverAfterKill(t *testing.T) {
	e := newEnv(t, 2)
	procs, stop, first := e.twoInstances(t, 11)
	// For three seconds (every poll of it) the same instance holds the chain while it advances.
	cp0, _, _ := testenv.Checkpoint(t, e.db, 1337)
	err := testenv.Every(context.Background(), 300*time.Millisecond, 10, func(int) error {
		if l := leases(t, e.db)[1337]; l != first {
			return fmt.Errorf("lease moved from %+v to %+v without a failure", first, l)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if cp, _, _ := testenv.Checkpoint(t, e.db, 1337); cp <= cp0 {
		t.Fatalf("checkpoint did not advance: %d", cp)
	}
	killed := time.Now()
	cpKill, _, _ := testenv.Checkpoint(t, e.db, 1337)
	if err := procs[first.holder].cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	next := waitHolder(t, e.db, 1337, func(l leaseRow) bool { return l.holder != first.holder })
	testenv.Eventually(t, 30*time.Second, func() error {
		if cp, _, _ := testenv.Checkpoint(t, e.db, 1337); cp <= cpKill {
			return fmt.Errorf("checkpoint %d", cp)
		}
		return nil
	})
	t.Logf("takeover: %s held epoch %d, killed; %s took epoch %d and advanced the checkpoint %s after the kill (lease ttl 2s)",
		first.holder, first.epoch, next.holder, next.epoch, time.Since(killed).Round(time.Millisecond))
	stop()
	head, _ := e.chain.Head(context.Background())
	testenv.WaitCheckpoint(t, e.db, 1337, head, 30*time.Second)
	testenv.CheckState(t, e.db, e.chain, 1337, e.tokens)
}

// TestPausedHolderIsFenced stops the writer with SIGSTOP past its lease; the standby takes over;
// the old writer, resumed, is refused and steps down, and the final state is exact.
func TestPausedHolderIsFenced(t *testing.T) {
	e := newEnv(t, 2)
	procs, stop, first := e.twoInstances(t, 12)
	old := procs[first.holder]
	if err := old.cmd.Process.Signal(syscall.SIGSTOP); err != nil {
		t.Fatal(err)
	}
	paused := time.Now()
	next := waitHolder(t, e.db, 1337, func(l leaseRow) bool { return l.holder != first.holder })
	t.Logf("%s paused; %s took epoch %d after %s", first.holder, next.holder, next.epoch, time.Since(paused).Round(time.Millisecond))
	cp, _, _ := testenv.Checkpoint(t, e.db, 1337)
	testenv.Eventually(t, 30*time.Second, func() error {
		if n, _, _ := testenv.Checkpoint(t, e.db, 1337); n <= cp {
			return fmt.Errorf("new holder has not advanced past %d", n)
		}
		return nil
	})
	if err := old.cmd.Process.Signal(syscall.SIGCONT); err != nil {
		t.Fatal(err)
	}
	testenv.Eventually(t, 30*time.Second, func() error {
		if !strings.Contains(old.out.String(), "lease given up") {
			return fmt.Errorf("the resumed writer did not step down:\n%s", old.out.String())
		}
		return nil
	})
	if l := leases(t, e.db)[1337]; l.holder != next.holder || l.epoch < next.epoch {
		t.Fatalf("lease after the old writer woke: %+v, want %s at epoch %d or later (a renewal that lapsed on a busy machine takes the next)", l, next.holder, next.epoch)
	}
	stop()
	head, _ := e.chain.Head(context.Background())
	testenv.WaitCheckpoint(t, e.db, 1337, head, 30*time.Second)
	testenv.CheckState(t, e.db, e.chain, 1337, e.tokens)
}

// TestChainsSpreadAcrossInstances runs three chains over two instances: both instances write,
// each chain has one writer, and every chain ends exact.
func TestChainsSpreadAcrossInstances(t *testing.T) {
	db := testenv.Database(t)
	var chains []*env
	var acts []*simchain.Activity
	var b strings.Builder
	fmt.Fprintf(&b, "database:\n  url: %s\nhttp:\n  listen: 127.0.0.1:0\nlease:\n  ttl: 1s\nchains:\n", db)
	for i, id := range []uint64{1337, 1338, 1339} {
		e := &env{t: t, chain: testenv.ChainWithID(t, id, 6), db: db}
		a, tok, err := e.chain.DeployToken(context.Background(), "T", "T")
		if err != nil {
			t.Fatal(err)
		}
		e.tokens, e.toks = append(e.tokens, a), append(e.toks, tok)
		chains = append(chains, e)
		acts = append(acts, e.chain.NewActivity(e.toks, uint64(i)))
		fmt.Fprintf(&b, "  - id: %d\n    poll_interval: 50ms\n    rpc:\n      - url: %s\n    contracts:\n      - kind: erc20\n        address: \"%s\"\n",
			id, e.chain.URL, a.Hex())
	}
	cfg := filepath.Join(t.TempDir(), "didx.yaml")
	if err := os.WriteFile(cfg, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	start(t, "a", cfg)
	start(t, "b", cfg)
	stop := produce(t, acts...)
	testenv.Eventually(t, 60*time.Second, func() error {
		ls := leases(t, db)
		holders := map[string]int{}
		for _, id := range []int64{1337, 1338, 1339} {
			if !ls[id].live {
				return fmt.Errorf("chain %d has no writer: %v", id, ls)
			}
			holders[ls[id].holder]++
		}
		if len(holders) != 2 {
			return fmt.Errorf("holders %v: want both instances writing", holders)
		}
		return nil
	})
	t.Logf("leases: %v", leases(t, db))
	stop()
	for _, e := range chains {
		head, _ := e.chain.Head(context.Background())
		testenv.WaitCheckpoint(t, db, e.chain.ID, head, 30*time.Second)
		testenv.CheckState(t, db, e.chain, e.chain.ID, e.tokens)
	}
}
