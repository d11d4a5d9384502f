package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/didx/didx/internal/testenv"
)

// probe is one HTTP probe's answer.
type probe struct {
	code int
	body string
}

func (p probe) String() string { return fmt.Sprintf("%d %s", p.code, p.body) }

func get(addr, path string) probe {
	c := http.Client{Timeout: time.Second}
	resp, err := c.Get("http://" + addr + path)
	if err != nil {
		return probe{body: err.Error()}
	}
	defer resp.Body.Close()
	var v any
	_ = json.NewDecoder(resp.Body).Decode(&v)
	b, _ := json.Marshal(v)
	return probe{code: resp.StatusCode, body: string(b)}
}

// freeAddr is a loopback address nothing listens on.
func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// sidecar is a didx process with the address of its probes.
type sidecar struct {
	*proc
	addr string
}

// TestSidecarProbes runs two sidecars on one database, as beside two application pods, and
// walks them through what the README documents for the probes: both start while the database
// and every endpoint are down (the listener answers at once, alive, not ready, no exit); the
// database comes back (both ready, one writes); the chain lags (both stay ready: lag is the
// shared database's fact, seen on /readyz?lag=1, /status and alerts); the database goes away
// (both unready, both alive, neither exits); it returns (both ready, the state exact).
func TestSidecarProbes(t *testing.T) {
	e := newEnv(t, 2)
	act := e.chain.NewActivity(e.toks, 21)
	if err := act.Blocks(context.Background(), 10, 2); err != nil {
		t.Fatal(err)
	}
	u, _ := url.Parse(e.db)
	dbProxy := testenv.NewTCPProxy(t, u.Host)
	u.Host = dbProxy.Addr
	rpcProxy := testenv.NewProxy(t, e.chain.URL)
	dbProxy.Down()
	rpcProxy.Set(testenv.Fault{Down: true})

	cars := map[string]*sidecar{}
	for _, name := range []string{"a", "b"} {
		addr := freeAddr(t)
		cfg := fmt.Sprintf("database:\n  url: %s\nhttp:\n  listen: %s\nlease:\n  ttl: 2s\nchains:\n  - id: 1337\n    poll_interval: 50ms\n    readiness_lag: 20\n    rpc:\n      - url: %s\n    contracts:\n",
			u.String(), addr, rpcProxy.URL)
		for _, a := range e.tokens {
			cfg += fmt.Sprintf("      - kind: erc20\n        address: \"%s\"\n", a.Hex())
		}
		f := filepath.Join(t.TempDir(), "didx.yaml")
		if err := os.WriteFile(f, []byte(cfg), 0o600); err != nil {
			t.Fatal(err)
		}
		started := time.Now()
		c := &sidecar{proc: start(t, name, f), addr: addr}
		cars[name] = c
		testenv.Eventually(t, 5*time.Second, func() error {
			if p := get(addr, "/healthz"); p.code != 200 {
				return fmt.Errorf("%s /healthz %s", name, p)
			}
			return nil
		})
		if d := time.Since(started); d > time.Second {
			t.Errorf("%s: the listener answered %s after start, want within 1s", name, d.Round(time.Millisecond))
		}
	}
	expect := func(what, path string, code int, want string) {
		t.Helper()
		for name, c := range cars {
			testenv.Eventually(t, 30*time.Second, func() error {
				if c.exited() {
					return fmt.Errorf("%s exited:\n%s", name, c.out.String())
				}
				if p := get(c.addr, path); p.code != code || !strings.Contains(p.body, want) {
					return fmt.Errorf("%s, %s %s: %s, want %d with %q", what, name, path, p, code, want)
				}
				return nil
			})
		}
	}

	// hold checks every car answers path with code and want at each of ten polls over 2.5 s,
	// without exiting: the state lasts rather than being caught in passing.
	hold := func(what, path string, code int, want string) {
		t.Helper()
		err := testenv.Every(context.Background(), 250*time.Millisecond, 10, func(int) error {
			for name, c := range cars {
				if c.exited() {
					return fmt.Errorf("%s exited:\n%s", name, c.out.String())
				}
				if p := get(c.addr, path); p.code != code || !strings.Contains(p.body, want) {
					return fmt.Errorf("%s, %s %s: %s, want %d with %q", what, name, path, p, code, want)
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}

	expect("down at start", "/readyz", 503, "waiting for the database")
	for name, c := range cars {
		testenv.Eventually(t, 30*time.Second, func() error {
			if n := strings.Count(c.out.String(), "database not reachable at start"); n < 2 {
				return fmt.Errorf("%s has tried the database %d times", name, n)
			}
			return nil
		})
	}
	hold("down at start", "/healthz", 200, `"starting"`)

	dbProxy.Up(t, "")
	expect("database up, endpoints down", "/readyz", 200, `"ready":true`)
	expect("database up, endpoints down", "/readyz?lag=1", 503, "no RPC endpoint reachable")
	rpcProxy.Set(testenv.Fault{})
	stop := produce(t, act)
	defer stop()
	expect("synced", "/readyz?lag=1", 200, `"ready":true`)

	rpcProxy.Set(testenv.Fault{Delay: 5 * time.Second})
	expect("lagging", "/readyz?lag=1", 503, "lag above readiness_lag")
	expect("lagging", "/readyz", 200, `"ready":true`)
	expect("lagging", "/healthz", 200, `"alive":true`)
	rpcProxy.Set(testenv.Fault{})

	dbProxy.Down()
	expect("database gone", "/readyz", 503, "database unreachable")
	hold("database gone", "/healthz", 200, `"alive":true`)
	// The chain's reason may be the health check's "database unreachable" or the failed
	// commit's own error, whichever came last; the database's entry says it is down either way.
	hold("database gone", "/readyz", 503, `"ok":false},"readiness"`)
	dbProxy.Up(t, "")
	expect("database back", "/readyz", 200, `"ready":true`)

	stop()
	head, _ := e.chain.Head(context.Background())
	testenv.WaitCheckpoint(t, e.db, 1337, head, 30*time.Second)
	testenv.CheckState(t, e.db, e.chain, 1337, e.tokens)
	for name, c := range cars {
		if err := c.cmd.Process.Signal(syscall.SIGTERM); err != nil {
			t.Fatal(err)
		}
		if err := c.wait(); err != nil {
			t.Errorf("%s after SIGTERM: %v\n%s", name, err, c.out.String())
		}
	}
}
