// Package testenv gives tests a real PostgreSQL and a real chain: one private cluster per test
// package (or the server at DIDX_TEST_DATABASE_URL), a fresh database per test, and
// go-ethereum's simulated backend serving JSON-RPC on loopback from a simnode process of its
// own. A missing PostgreSQL fails the tests with a message saying what to install; nothing is
// skipped.
package testenv

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/didx/didx/internal/pgcluster"
	"github.com/didx/didx/internal/simchain"
)

// server is where test databases are created: set by Main for the package's tests.
var server struct {
	admin string // URL of a database to issue CREATE DATABASE from
	err   error
	seq   atomic.Int64
	// create serialises CREATE DATABASE: parallel tests copy the same template.
	create sync.Mutex
}

// simnode is the binary that runs test chains: DIDX_SIMNODE, or built (without the race
// detector) the first time a test asks for a chain.
var simnode struct {
	once sync.Once
	path string
	dir  string // where it was built, removed by Main
	err  error
}

// Main runs a package's tests against a private PostgreSQL cluster (started here and stopped
// afterwards) or, when DIDX_TEST_DATABASE_URL is set, against that server.
func Main(m *testing.M) int {
	defer func() {
		if simnode.dir != "" {
			os.RemoveAll(simnode.dir)
		}
	}()
	if u := os.Getenv("DIDX_TEST_DATABASE_URL"); u != "" {
		server.admin = u
		return m.Run()
	}
	dir, err := os.MkdirTemp("", "didx-test-pg-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "testenv:", err)
		return 1
	}
	defer os.RemoveAll(dir)
	if err := os.Chmod(dir, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "testenv:", err)
		return 1
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	c, err := pgcluster.Start(ctx, pgcluster.Options{Dir: dir + "/pg", Fast: true})
	cancel()
	if err != nil {
		server.err = fmt.Errorf("no test database: %w (or set DIDX_TEST_DATABASE_URL)", err)
		fmt.Fprintln(os.Stderr, "testenv:", server.err)
		return 1
	}
	defer c.Stop()
	server.admin = c.URL("postgres")
	return m.Run()
}

// Database creates a fresh, empty database for the test and returns its URL. It is dropped
// when the test ends.
func Database(t testing.TB) string {
	t.Helper()
	if server.admin == "" {
		t.Fatalf("testenv: no PostgreSQL for tests: call testenv.Main from TestMain (%v)", server.err)
	}
	name := fmt.Sprintf("didx_test_%d_%d", os.Getpid(), server.seq.Add(1))
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, server.admin)
	if err != nil {
		t.Fatalf("testenv: connect to the test server: %v", err)
	}
	defer conn.Close(ctx)
	server.create.Lock()
	_, err = conn.Exec(ctx, "CREATE DATABASE "+name)
	server.create.Unlock()
	if err != nil {
		t.Fatalf("testenv: create database: %v", err)
	}
	t.Cleanup(func() {
		conn, err := pgx.Connect(ctx, server.admin)
		if err != nil {
			return
		}
		defer conn.Close(ctx)
		_, _ = conn.Exec(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
	})
	return withDatabase(server.admin, name)
}

func withDatabase(admin, name string) string {
	u, err := url.Parse(admin)
	if err != nil {
		return admin
	}
	u.Path = "/" + strings.TrimPrefix(name, "/")
	return u.String()
}

// Chain starts a simulated chain with n funded accounts, closed when the test ends.
func Chain(t testing.TB, n int, opts ...simchain.Option) *simchain.Chain {
	return ChainWithID(t, simchain.ChainID, n, opts...)
}

// ChainWithID starts a simulated chain with the given chain id.
func ChainWithID(t testing.TB, id uint64, n int, opts ...simchain.Option) *simchain.Chain {
	t.Helper()
	simnode.once.Do(buildSimnode)
	if simnode.err != nil {
		t.Fatalf("testenv: %v", simnode.err)
	}
	c, err := simchain.Launch(simnode.path, id, n, opts...)
	if err != nil {
		t.Fatalf("testenv: start chain: %v", err)
	}
	t.Cleanup(func() { _ = c.Close() })
	return c
}

// buildSimnode finds or builds the simnode binary. It is built without the race detector
// whatever the tests are built with: the chain is not what the tests examine.
func buildSimnode() {
	if simnode.path = os.Getenv("DIDX_SIMNODE"); simnode.path != "" {
		return
	}
	if simnode.dir, simnode.err = os.MkdirTemp("", "didx-simnode-"); simnode.err != nil {
		return
	}
	simnode.path = filepath.Join(simnode.dir, "simnode")
	simnode.err = Build(simnode.path, "github.com/didx/didx/internal/cmd/simnode")
}

// Build builds the binary of pkg at out with go build and extra flags (such as -tags nodev),
// without cgo and without the race detector: as the production image is built, and as `make
// test` builds the test chain, so a test runs the build that ships and every binary a test runs
// shares one compile of their common dependencies.
func Build(out, pkg string, flags ...string) error {
	cmd := exec.Command("go", append(append([]string{"build"}, flags...), "-o", out, pkg)...)
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("build %s: %v\n%s", pkg, err, b)
	}
	return nil
}

// Eventually polls cond every 20ms until it returns nil, failing the test with cond's last
// error once timeout has passed.
func Eventually(t testing.TB, timeout time.Duration, cond func() error) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		err := cond()
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("still failing after %s: %v", timeout, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// Every calls fn(i) for i = 0, 1, ... once per interval, n times (until ctx ends when n is 0),
// and returns fn's first error: a chain producing blocks at its own pace while a test watches
// the indexer follow.
func Every(ctx context.Context, interval time.Duration, n int, fn func(i int) error) error {
	tick := time.NewTicker(interval)
	defer tick.Stop()
	for i := 0; n == 0 || i < n; i++ {
		if err := fn(i); err != nil {
			return err
		}
		select {
		case <-tick.C:
		case <-ctx.Done():
			return nil
		}
	}
	return nil
}

// WaitCheckpoint waits until the chain's checkpoint in the database at dbURL reaches target.
func WaitCheckpoint(t testing.TB, dbURL string, chainID, target uint64, timeout time.Duration) {
	t.Helper()
	Eventually(t, timeout, func() error {
		if n, _, _ := Checkpoint(t, dbURL, chainID); n < target {
			return fmt.Errorf("chain %d: checkpoint %d, waiting for %d", chainID, n, target)
		}
		return nil
	})
}

// Buffer is a bytes.Buffer safe for concurrent writers (a logger, a process's output) and
// readers.
type Buffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *Buffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *Buffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// Conn connects to the database at dbURL for the test; the connection closes when it ends.
// A helper that may run many times in one test (a poll) closes it itself when it returns.
func Conn(t testing.TB, dbURL string) *pgx.Conn {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		t.Fatalf("connect: %v", err)
	}
	t.Cleanup(func() { conn.Close(ctx) })
	return conn
}
