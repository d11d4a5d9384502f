package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/didx/didx/internal/testenv"
)

// indexed is an env whose chain the binary has indexed to the head and then stopped.
func indexed(t *testing.T, blocks int) (*env, string) {
	t.Helper()
	e := newEnv(t, 2)
	act := e.chain.NewActivity(e.toks, 5)
	if err := act.Blocks(context.Background(), blocks, 5); err != nil {
		t.Fatal(err)
	}
	cfg := e.config("", "")
	p := start(t, "a", cfg)
	head, _ := e.chain.Head(context.Background())
	testenv.WaitCheckpoint(t, e.db, 1337, head, 60*time.Second)
	_ = p.cmd.Process.Signal(os.Interrupt)
	_ = p.wait()
	return e, cfg
}

func validate(t *testing.T, cfg string) (int, string) {
	t.Helper()
	cmd := didx("validate", "--chain", "1337", "--config", cfg)
	out, _ := cmd.CombinedOutput()
	return cmd.ProcessState.ExitCode(), string(out)
}

func exec1(t *testing.T, db, sql string, args ...any) {
	t.Helper()
	ctx := context.Background()
	conn := testenv.Conn(t, db)
	defer conn.Close(context.Background())
	if _, err := conn.Exec(ctx, sql, args...); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
}

// TestValidate: exit 0 on a correctly indexed chain; each corruption, one at a time, exits 1
// and names what is wrong; with no reachable RPC, exit 2.
func TestValidate(t *testing.T) {
	e, cfg := indexed(t, 60)
	out, err := didx("validate", "--chain", "1337", "--config", cfg, "--json").Output()
	if err != nil {
		t.Fatalf("validate of a correct state: %v\n%s", err, out)
	}
	var rep struct {
		Didx struct {
			GoVersion string `json:"go_version"`
		} `json:"didx"`
		Valid      bool   `json:"valid"`
		Checks     []any  `json:"checks"`
		Endpoints  []any  `json:"endpoints"`
		StartedAt  string `json:"started_at"`
		Checkpoint struct {
			Number uint64 `json:"number"`
			Hash   string `json:"hash"`
			Legacy uint64 `json:"Number"`
		} `json:"checkpoint"`
		Database struct {
			Name          string `json:"name"`
			ServerVersion string `json:"server_version"`
		} `json:"database"`
		Lease struct {
			Holder string `json:"holder"`
			Epoch  int64  `json:"epoch"`
		} `json:"lease"`
	}
	if err := json.Unmarshal(out, &rep); err != nil || !rep.Valid || len(rep.Checks) != 5 || len(rep.Endpoints) != 1 || rep.StartedAt == "" || rep.Didx.GoVersion == "" {
		t.Fatalf("report %s (%v)", out, err)
	}
	if cp := rep.Checkpoint; cp.Number == 0 || cp.Legacy != cp.Number || len(cp.Hash) != 66 ||
		rep.Database.Name == "" || rep.Database.ServerVersion == "" || rep.Lease.Holder != "a" || rep.Lease.Epoch < 1 {
		t.Fatalf("report lacks its checkpoint, database or lease: %s", out)
	}

	ctx := context.Background()
	conn := testenv.Conn(t, e.db)
	var block int64
	var logIndex int32
	var token, holder []byte
	// A recent transfer to a holder: not a burn, as the zero address has no balance to alter.
	if err := conn.QueryRow(ctx, `SELECT block_number, log_index, token, to_address FROM didx.erc20_transfers
		WHERE from_address <> to_address AND to_address <> $1 ORDER BY block_number DESC, log_index DESC LIMIT 1 OFFSET 5`,
		common.Address{}.Bytes()).Scan(&block, &logIndex, &token, &holder); err != nil {
		t.Fatal(err)
	}
	tok, hold := common.BytesToAddress(token).Hex(), common.BytesToAddress(holder).Hex()
	cases := []struct {
		name, corrupt, restore string
		want                   []string
	}{
		{"transfer row deleted",
			fmt.Sprintf(`CREATE TABLE saved AS SELECT * FROM didx.erc20_transfers WHERE block_number = %d AND log_index = %d;
				DELETE FROM didx.erc20_transfers WHERE block_number = %d AND log_index = %d`, block, logIndex, block, logIndex),
			`INSERT INTO didx.erc20_transfers SELECT * FROM saved; DROP TABLE saved`,
			[]string{"mismatch transfers", "token " + tok, fmt.Sprintf("block %d", block)}},
		{"balance altered",
			fmt.Sprintf(`UPDATE didx.erc20_balances SET balance = balance + 1 WHERE token = '\x%x' AND holder = '\x%x'`, token, holder),
			fmt.Sprintf(`UPDATE didx.erc20_balances SET balance = balance - 1 WHERE token = '\x%x' AND holder = '\x%x'`, token, holder),
			[]string{"mismatch balance", "holder " + hold, "token " + tok}},
		{"row with an orphaned block hash",
			fmt.Sprintf(`INSERT INTO didx.erc20_transfers SELECT chain_id, block_number, '\x%s', tx_hash, 999, token, from_address,
				to_address, value FROM didx.erc20_transfers WHERE block_number = %d AND log_index = %d`, strings.Repeat("ab", 32), block, logIndex),
			`DELETE FROM didx.erc20_transfers WHERE log_index = 999`,
			[]string{"mismatch transfers", fmt.Sprintf("block %d", block)}},
		{"non-canonical checkpoint hash",
			fmt.Sprintf(`CREATE TABLE saved AS SELECT * FROM didx.checkpoints; UPDATE didx.checkpoints SET block_hash = '\x%s'`, strings.Repeat("cd", 32)),
			`UPDATE didx.checkpoints c SET block_hash = s.block_hash FROM saved s WHERE c.chain_id = s.chain_id; DROP TABLE saved`,
			[]string{"mismatch checkpoint", fmt.Sprintf("block %d", rep.Checkpoint.Number)}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			exec1(t, e.db, c.corrupt)
			code, out := validate(t, cfg)
			if code != 1 {
				t.Fatalf("exit %d, want 1:\n%s", code, out)
			}
			for _, w := range c.want {
				if !strings.Contains(out, w) {
					t.Errorf("report does not name %q:\n%s", w, out)
				}
			}
			exec1(t, e.db, c.restore)
			if code, out := validate(t, cfg); code != 0 {
				t.Fatalf("after restoring: exit %d\n%s", code, out)
			}
		})
	}

	t.Run("no reachable RPC", func(t *testing.T) {
		data, _ := os.ReadFile(cfg)
		bad := strings.Replace(string(data), e.chain.URL, "http://127.0.0.1:1", 1)
		f := t.TempDir() + "/bad.yaml"
		_ = os.WriteFile(f, []byte(bad), 0o600)
		code, out := validate(t, f)
		if code != 2 || !strings.Contains(out, "could not validate") {
			t.Fatalf("exit %d, want 2:\n%s", code, out)
		}
	})
}

// TestRebuildRestoresAndResumes corrupts the indexed state, kills a rebuild half-way with
// SIGKILL, runs it again to completion, and validates.
func TestRebuildRestoresAndResumes(t *testing.T) {
	e, cfg := indexed(t, 120)
	exec1(t, e.db, `DELETE FROM didx.erc20_transfers WHERE block_number BETWEEN 30 AND 40`)
	exec1(t, e.db, `UPDATE didx.erc20_balances SET balance = balance * 2`)
	if code, out := validate(t, cfg); code != 1 {
		t.Fatalf("validate of the corrupted state: exit %d\n%s", code, out)
	}
	slow := strings.Replace(mustRead(t, cfg), "      - url: "+e.chain.URL+"\n", "      - url: "+e.chain.URL+"\n        rps: 15\n", 1)
	slow = strings.Replace(slow, "    poll_interval: 50ms\n", "    poll_interval: 50ms\n    fetch:\n      range: 4\n      max_range: 4\n", 1)
	slowCfg := t.TempDir() + "/slow.yaml"
	_ = os.WriteFile(slowCfg, []byte(slow), 0o600)
	cmd := didx("rebuild", "--chain", "1337", "--config", slowCfg)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	testenv.Eventually(t, 60*time.Second, func() error {
		if n := shadowCheckpoint(t, e.db); n < 40 {
			return fmt.Errorf("shadow checkpoint %d", n)
		}
		return nil
	})
	_ = cmd.Process.Kill()
	_ = cmd.Wait()
	half := shadowCheckpoint(t, e.db)
	if code, _ := validate(t, cfg); code != 1 {
		t.Fatal("a killed rebuild changed the live state")
	}
	out, err := didx("rebuild", "--chain", "1337", "--config", cfg).CombinedOutput()
	if err != nil {
		t.Fatalf("rebuild re-run: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), `"resumed":true`) {
		t.Fatalf("the re-run did not resume from the shadow checkpoint %d:\n%s", half, out)
	}
	if code, out := validate(t, cfg); code != 0 {
		t.Fatalf("validate after rebuild: exit %d\n%s", code, out)
	}
	t.Logf("rebuild killed at shadow checkpoint %d, resumed and swapped in", half)
}

func shadowCheckpoint(t *testing.T, db string) int64 {
	ctx := context.Background()
	conn := testenv.Conn(t, db)
	defer conn.Close(context.Background())
	var n int64
	_ = conn.QueryRow(ctx, `SELECT coalesce(max(block_number), 0) FROM didx_rebuild.checkpoints WHERE chain_id = 1337`).Scan(&n)
	return n
}

func mustRead(t *testing.T, f string) string {
	data, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestRebuildFrom damages the indexed state above block 70 and runs `rebuild --from 70` through
// a proxy that records every eth_getLogs: the state ends exact, and nothing below block 70 was
// fetched again.
func TestRebuildFrom(t *testing.T) {
	e, cfg := indexed(t, 120)
	exec1(t, e.db, `DELETE FROM didx.erc20_transfers WHERE chain_id = 1337 AND block_number = (
		SELECT min(block_number) FROM didx.erc20_transfers WHERE chain_id = 1337 AND block_number >= 90)`)
	if code, _ := validate(t, cfg); code != 1 {
		t.Fatal("the damage did not take")
	}
	proxy := testenv.NewProxy(t, e.chain.URL)
	viaProxy := strings.Replace(mustRead(t, cfg), "      - url: "+e.chain.URL+"\n", "      - url: "+proxy.URL+"\n", 1)
	proxied := t.TempDir() + "/proxied.yaml"
	if err := os.WriteFile(proxied, []byte(viaProxy), 0o600); err != nil {
		t.Fatal(err)
	}
	var before int64
	conn := testenv.Conn(t, e.db)
	defer conn.Close(context.Background())
	if err := conn.QueryRow(context.Background(), `SELECT count(*) FROM didx.erc20_transfers WHERE chain_id = 1337 AND block_number < 70`).Scan(&before); err != nil {
		t.Fatal(err)
	}
	if out, err := didx("rebuild", "--chain", "1337", "--from", "70", "--config", proxied).CombinedOutput(); err != nil {
		t.Fatalf("rebuild --from 70: %v\n%s", err, out)
	}
	if from, ok := proxy.LowestLogsFrom(); !ok || from < 70 {
		t.Fatalf("the rebuild fetched logs from block %d (any: %v), below --from 70", from, ok)
	}
	if code, out := validate(t, cfg); code != 0 {
		t.Fatalf("validate after rebuild --from: exit %d\n%s", code, out)
	}
	var after int64
	if err := conn.QueryRow(context.Background(), `SELECT count(*) FROM didx.erc20_transfers WHERE chain_id = 1337 AND block_number < 70`).Scan(&after); err != nil {
		t.Fatal(err)
	}
	if after != before || before == 0 {
		t.Fatalf("%d transfers below block 70 before the rebuild, %d after", before, after)
	}
	head, _ := e.chain.Head(context.Background())
	testenv.CheckState(t, e.db, e.chain, 1337, e.tokens)
	t.Logf("rebuilt from 70 to %d keeping %d transfers below", head, before)
}
