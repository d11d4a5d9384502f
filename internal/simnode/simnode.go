//go:build !nodev

// Package simnode runs go-ethereum's simulated backend as a real JSON-RPC node on loopback
// (HTTP and WebSocket on one port) with funded accounts. Blocks are produced only by Commit, so
// the caller decides when the chain moves; simchain drives it, in this process for `didx dev`
// or in a simnode process for tests.
package simnode

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
)

// Node is a running simulated chain.
type Node struct {
	// URL is the HTTP JSON-RPC endpoint; WSURL the WebSocket one on the same port.
	URL, WSURL string

	backend *simulated.Backend
	mu      sync.Mutex // one Commit or Reorg at a time
}

// Start launches a simulated chain with the given chain id whose accounts hold a million
// ether each at genesis. With archive, the state of every block is kept on disk (hash scheme,
// no pruning), for readers of balances at past blocks: the path scheme's archive serves past
// state only once its background indexer has reached it, which didx's calls at an event's
// block outran.
func Start(id uint64, accounts []common.Address, archive bool) (*Node, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	alloc := types.GenesisAlloc{}
	funds := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))
	for _, a := range accounts {
		alloc[a] = types.Account{Balance: funds}
	}
	backend := simulated.NewBackend(alloc, func(nc *node.Config, ec *ethconfig.Config) {
		nc.HTTPHost, nc.HTTPPort = "127.0.0.1", port
		nc.WSHost, nc.WSPort = "127.0.0.1", port
		// txpool: simchain counts an account's transactions still queued in the pool.
		nc.HTTPModules = []string{"eth", "net", "web3", "txpool"}
		nc.WSModules = []string{"eth", "net", "web3", "txpool"}
		nc.HTTPVirtualHosts = []string{"*"}
		nc.WSOrigins = []string{"*"}
		nc.BatchRequestLimit = 100_000
		nc.BatchResponseMaxSize = 1 << 30
		chainCfg := *ec.Genesis.Config
		chainCfg.ChainID = new(big.Int).SetUint64(id)
		ec.Genesis.Config = &chainCfg
		ec.NetworkId = id
		// No log index: eth_getLogs searches the blocks themselves rather than wait for geth's
		// index, which falls behind a chain mining every 50 ms.
		ec.LogNoHistory = true
		ec.Genesis.GasLimit = 100_000_000
		ec.Miner.GasCeil = 100_000_000
		if archive {
			ec.NoPruning = true
			ec.StateScheme = rawdb.HashScheme
		}
	})
	return &Node{URL: fmt.Sprintf("http://127.0.0.1:%d", port), WSURL: fmt.Sprintf("ws://127.0.0.1:%d", port),
		backend: backend}, nil
}

// Close stops the node.
func (n *Node) Close() error { return n.backend.Close() }

// Commit seals the pending transactions into a new block and returns its hash.
func (n *Node) Commit() (common.Hash, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if h := n.backend.Commit(); h != (common.Hash{}) {
		return h, nil
	}
	return common.Hash{}, errors.New("the simulated beacon could not seal a block")
}

// Reorg forks at the block depth below the head and drops pending transactions, so the
// orphaned ones are not mined again on the new branch. Committing at least depth+1 blocks
// then makes the fork canonical.
func (n *Node) Reorg(ctx context.Context, depth uint64) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	client := n.backend.Client()
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	if head.Number.Uint64() < depth {
		return fmt.Errorf("reorg depth %d above head %d", depth, head.Number.Uint64())
	}
	parent, err := client.HeaderByNumber(ctx, new(big.Int).SetUint64(head.Number.Uint64()-depth))
	if err != nil {
		return err
	}
	// The txpool re-injects the orphaned transactions asynchronously after the head moves.
	// Fork syncs the pool before it checks for pending transactions, so forking again to the
	// same parent waits for that re-injection; the transactions it reports are dropped too.
	for attempt := 0; attempt < 10; attempt++ {
		n.backend.Rollback()
		if err = n.backend.Fork(parent.Hash()); err != nil {
			continue
		}
		n.backend.Rollback()
		if err = n.backend.Fork(parent.Hash()); err == nil {
			break
		}
	}
	n.backend.Rollback()
	if err != nil {
		return fmt.Errorf("fork at %d: %w", parent.Number.Uint64(), err)
	}
	return nil
}

// Control is the node's Commit and Reorg as a JSON-RPC service (sim_commit, sim_reorg), for
// the process that drives a node running in another.
type Control struct{ node *Node }

// NewControl serves n's Commit and Reorg.
func NewControl(n *Node) *Control { return &Control{node: n} }

// Commit seals a block.
func (c *Control) Commit() (common.Hash, error) { return c.node.Commit() }

// Reorg forks depth blocks below the head.
func (c *Control) Reorg(ctx context.Context, depth uint64) error { return c.node.Reorg(ctx, depth) }

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("simnode: pick a port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}
