package main

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/didx/didx/internal/testenv"
)

// TestDevWithDir runs `didx dev` on a directory it must create, as root too (the server then
// runs as postgres, which must reach it), and stops it with SIGINT while it drives the chain:
// exit 0, data kept. The dev
// build is the one `make run` makes: without the race detector, like the simnode binary whose
// compiled dependencies (the simulated backend) it shares.
func TestDevWithDir(t *testing.T) {
	base, err := os.MkdirTemp("", "didx-devdir-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(base)
	dev := filepath.Join(base, "didx")
	if err := testenv.Build(dev, "."); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(base, 0o755); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(base, "a", "b")
	cmd := exec.Command(dev, "dev", "--dir", dir, "--listen", "127.0.0.1:0", "--block-time", "1ms")
	cmd.Env = append(os.Environ(), "DIDX_DATABASE_URL=", "DIDX_CONFIG=")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	running := make(chan string, 1)
	go func() {
		var seen strings.Builder
		s := bufio.NewScanner(stderr)
		for s.Scan() {
			seen.WriteString(s.Text() + "\n")
			if strings.Contains(s.Text(), "didx dev is running") {
				running <- ""
				for s.Scan() {
				}
				return
			}
		}
		running <- seen.String()
	}()
	select {
	case out := <-running:
		if out != "" {
			_ = cmd.Wait()
			t.Fatalf("didx dev --dir %s stopped:\n%s", dir, out)
		}
	case <-time.After(2 * time.Minute):
		_ = cmd.Process.Kill()
		t.Fatal("didx dev did not start within 2 minutes")
	}
	// A block every millisecond keeps the driver in a call to the chain, which SIGINT then
	// interrupts: that must stop didx dev cleanly too.
	time.Sleep(time.Second)
	_ = cmd.Process.Signal(os.Interrupt)
	if err := cmd.Wait(); err != nil {
		t.Fatalf("didx dev after SIGINT: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "postgres")); err != nil {
		t.Fatalf("data directory: %v", err)
	}
}
