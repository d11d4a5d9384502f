package simchain

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
)

// Options are how a chain is started.
type Options struct {
	// Archive keeps the state of every block, for tests that read balances at past blocks.
	Archive bool
}

// Option changes how a chain is started.
type Option func(*Options)

// Archive keeps the state of every block on disk (hash scheme, no pruning), for tests that
// read balances at past blocks (balance_at against balanceOf). Only those tests ask for it:
// every commit then writes its whole state, and under many concurrent readers with frequent
// reorgs the simulated beacon was seen to keep a finalized block a reorg had replaced, after
// which no block seals (Blocks then fails saying so).
func Archive() Option { return func(o *Options) { o.Archive = true } }

// Addresses is what a simnode process prints on its first line of output: where it serves the
// chain and where it takes Commit and Reorg.
type Addresses struct {
	URL     string `json:"url"`
	WSURL   string `json:"ws_url"`
	Control string `json:"control"`
}

// Launch starts the simnode binary at bin with chain id id and n funded accounts. The process
// ends when Close is called or, since it reads its standard input until that closes, when
// this process ends, however it ends.
func Launch(bin string, id uint64, n int, opts ...Option) (*Chain, error) {
	var o Options
	for _, f := range opts {
		f(&o)
	}
	cmd := exec.Command(bin, "-id", strconv.FormatUint(id, 10), "-accounts", strconv.Itoa(n),
		"-archive="+strconv.FormatBool(o.Archive))
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("simchain: start %s: %w", bin, err)
	}
	r := &remote{cmd: cmd, stdin: stdin}
	line, err := bufio.NewReader(stdout).ReadBytes('\n')
	var addrs Addresses
	if err == nil {
		err = json.Unmarshal(line, &addrs)
	}
	if err == nil {
		r.ctl, err = rpc.Dial(addrs.Control)
	}
	if err != nil {
		_ = r.Close()
		return nil, fmt.Errorf("simchain: %s did not start a chain: %w", bin, err)
	}
	c, err := New(r, addrs.URL, addrs.WSURL, id, n)
	if err != nil {
		_ = r.Close()
		return nil, err
	}
	return c, nil
}

// remote is the engine of a chain in a simnode process, driven over its control endpoint.
type remote struct {
	cmd   *exec.Cmd
	stdin io.Closer
	ctl   *rpc.Client
}

func (r *remote) Commit() (common.Hash, error) {
	var h common.Hash
	err := r.ctl.Call(&h, "sim_commit")
	return h, err
}

func (r *remote) Reorg(ctx context.Context, depth uint64) error {
	return r.ctl.CallContext(ctx, nil, "sim_reorg", depth)
}

// Close closes the process's standard input, on which it stops, and kills it if it has not
// stopped within ten seconds.
func (r *remote) Close() error {
	if r.ctl != nil {
		r.ctl.Close()
	}
	_ = r.stdin.Close()
	done := make(chan error, 1)
	go func() { done <- r.cmd.Wait() }()
	select {
	case err := <-done:
		return err
	case <-time.After(10 * time.Second):
		_ = r.cmd.Process.Kill()
		return <-done
	}
}
