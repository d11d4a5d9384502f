// Package simchain runs go-ethereum's simulated backend as a real JSON-RPC node on loopback (HTTP
// and WebSocket on one port), with funded accounts and the demo ERC-20 deployed, for tests and
// for `didx dev`. Blocks are produced only by Commit, so callers decide when the chain moves.
package simchain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"net"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"

	"github.com/didx/didx/contracts"
)

// ChainID is the simulated backend's default chain id.
const ChainID = 1337

// Chain is a running simulated chain.
type Chain struct {
	// URL is the HTTP JSON-RPC endpoint; WSURL the WebSocket one on the same port.
	URL, WSURL string
	// Accounts are funded at genesis; Accounts[0] deploys the tokens and owns them.
	Accounts []common.Address
	// ID is the chain id.
	ID uint64

	backend *simulated.Backend
	keys    []*ecdsa.PrivateKey
	mu      sync.Mutex
	nonces  map[int]uint64 // next nonce per account, read from the chain when absent
}

// Option changes how a chain is started.
type Option func(*ethconfig.Config)

// Archive keeps the state of every block on disk (hash scheme, no pruning), for tests that
// read balances at past blocks (balance_at against balanceOf). Only those tests ask for it:
// every commit then writes its whole state, and under many concurrent readers with frequent
// reorgs the simulated beacon was seen to keep a finalized block a reorg had replaced, after
// which no block seals (Blocks then fails saying so). The path scheme's archive serves past
// state only once its background indexer has reached it, which didx's calls at an event's
// block outran.
func Archive() Option {
	return func(ec *ethconfig.Config) {
		ec.NoPruning = true
		ec.StateScheme = rawdb.HashScheme
	}
}

// Start launches a simulated chain with id ChainID and n funded accounts (at least 2).
func Start(n int, opts ...Option) (*Chain, error) { return StartWithID(ChainID, n, opts...) }

// StartWithID launches a simulated chain with the given chain id and n funded accounts.
func StartWithID(id uint64, n int, opts ...Option) (*Chain, error) {
	if n < 2 {
		n = 2
	}
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	c := &Chain{ID: id, nonces: map[int]uint64{}}
	alloc := types.GenesisAlloc{}
	funds := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))
	for i := 0; i < n; i++ {
		key, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("didx simchain account %d", i))))
		if err != nil {
			return nil, err
		}
		addr := crypto.PubkeyToAddress(key.PublicKey)
		c.keys = append(c.keys, key)
		c.Accounts = append(c.Accounts, addr)
		alloc[addr] = types.Account{Balance: funds}
	}
	c.backend = simulated.NewBackend(alloc, func(nc *node.Config, ec *ethconfig.Config) {
		nc.HTTPHost, nc.HTTPPort = "127.0.0.1", port
		nc.WSHost, nc.WSPort = "127.0.0.1", port
		nc.HTTPModules = []string{"eth", "net", "web3"}
		nc.WSModules = []string{"eth", "net", "web3"}
		nc.HTTPVirtualHosts = []string{"*"}
		nc.WSOrigins = []string{"*"}
		nc.BatchRequestLimit = 100_000
		nc.BatchResponseMaxSize = 1 << 30
		chainCfg := *ec.Genesis.Config
		chainCfg.ChainID = new(big.Int).SetUint64(id)
		ec.Genesis.Config = &chainCfg
		ec.NetworkId = id
		// No log index: eth_getLogs searches the blocks themselves rather than wait for geth's
		// index, which under the race detector falls behind a chain mining every 50 ms.
		ec.LogNoHistory = true
		ec.Genesis.GasLimit = 100_000_000
		ec.Miner.GasCeil = 100_000_000
		for _, o := range opts {
			o(ec)
		}
	})
	c.URL = fmt.Sprintf("http://127.0.0.1:%d", port)
	c.WSURL = fmt.Sprintf("ws://127.0.0.1:%d", port)
	return c, nil
}

// Close stops the node.
func (c *Chain) Close() error { return c.backend.Close() }

// Client is an in-process client of the chain, for driving it; the indexer under test uses URL.
func (c *Chain) Client() simulated.Client { return c.backend.Client() }

// Commit seals the pending transactions into a new block and returns its hash, or the zero
// hash when the beacon could not seal one.
func (c *Chain) Commit() common.Hash {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.backend.Commit()
}

// seal commits a block and fails when the beacon could not seal it, so that a test driving
// traffic stops at the cause rather than at a chain shorter than it expects.
func (c *Chain) seal() error {
	if c.Commit() == (common.Hash{}) {
		return errors.New("the simulated beacon could not seal a block")
	}
	return nil
}

// Reorg replaces the newest depth blocks: it forks at the block depth below the head and drops
// pending transactions so the orphaned ones are not mined again on the new branch. The caller
// then sends transactions and commits at least depth+1 blocks, which makes the fork canonical.
func (c *Chain) Reorg(ctx context.Context, depth uint64) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	head, err := c.backend.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	if head.Number.Uint64() < depth {
		return fmt.Errorf("reorg depth %d above head %d", depth, head.Number.Uint64())
	}
	parent, err := c.backend.Client().HeaderByNumber(ctx, new(big.Int).SetUint64(head.Number.Uint64()-depth))
	if err != nil {
		return err
	}
	// The txpool re-injects the orphaned transactions asynchronously after the head moves.
	// Fork syncs the pool before it checks for pending transactions, so forking again to the
	// same parent waits for that re-injection; the transactions it reports are dropped too.
	for attempt := 0; attempt < 10; attempt++ {
		c.backend.Rollback()
		if err = c.backend.Fork(parent.Hash()); err != nil {
			continue
		}
		c.backend.Rollback()
		if err = c.backend.Fork(parent.Hash()); err == nil {
			break
		}
	}
	c.backend.Rollback()
	clear(c.nonces)
	if err != nil {
		return fmt.Errorf("fork at %d: %w", parent.Number.Uint64(), err)
	}
	return nil
}

// epoch is the simulated beacon's epoch: it holds final the newest block at a multiple of it,
// the head itself when the head is one.
const epoch = 32

// ReorgRoom is the deepest reorg that stays above the block the simulated beacon holds final.
// A reorg across it was seen, with readers polling the node, to leave the beacon ignoring
// forkchoice updates, so that Commit returned without adding a block and the chain lost the
// blocks mined after the fork; randomized reorg tests keep within this room.
func (c *Chain) ReorgRoom(ctx context.Context) (uint64, error) {
	head, err := c.Head(ctx)
	return head % epoch, err
}

// Head is the number of the newest block.
func (c *Chain) Head(ctx context.Context) (uint64, error) {
	return c.backend.Client().BlockNumber(ctx)
}

// Transactor signs as account i with its next nonce and a fixed gas limit, so no estimate is
// asked for (a transaction that reverts is still mined, with no logs). Nonces are counted
// here: the txpool's pending nonce can lag a transaction sent a moment ago.
func (c *Chain) Transactor(i int, gas uint64) *bind.TransactOpts {
	opts, _ := bind.NewKeyedTransactorWithChainID(c.keys[i], new(big.Int).SetUint64(c.ID))
	opts.GasLimit = gas
	c.mu.Lock()
	defer c.mu.Unlock()
	n, ok := c.nonces[i]
	if !ok {
		n, _ = c.backend.Client().NonceAt(context.Background(), c.Accounts[i], nil)
	}
	c.nonces[i] = n + 1
	opts.Nonce = new(big.Int).SetUint64(n)
	return opts
}

// Forget drops account i's counted nonce, after a transaction of it failed to send.
func (c *Chain) Forget(i int) {
	c.mu.Lock()
	delete(c.nonces, i)
	c.mu.Unlock()
}

// DeployToken deploys the demo ERC-20 from account 0 and mines it.
func (c *Chain) DeployToken(ctx context.Context, name, symbol string) (common.Address, *contracts.Token, error) {
	addr, tx, tok, err := contracts.DeployToken(c.Transactor(0, 3_000_000), c.backend.Client(), name, symbol)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("deploy %s: %w", name, err)
	}
	c.Commit()
	if err := c.requireSuccess(ctx, tx); err != nil {
		return common.Address{}, nil, err
	}
	return addr, tok, nil
}

// Deploy deploys a contract from account 0 with a binding's Deploy function and mines it.
func (c *Chain) Deploy(ctx context.Context, name string,
	deploy func(*bind.TransactOpts, bind.ContractBackend) (common.Address, *types.Transaction, error)) (common.Address, error) {
	addr, tx, err := deploy(c.Transactor(0, 5_000_000), c.backend.Client())
	if err != nil {
		return common.Address{}, fmt.Errorf("deploy %s: %w", name, err)
	}
	c.Commit()
	if err := c.requireSuccess(ctx, tx); err != nil {
		return common.Address{}, fmt.Errorf("deploy %s: %w", name, err)
	}
	return addr, nil
}

// DeployRogue deploys the contract that emits undecodable Transfer logs.
func (c *Chain) DeployRogue(ctx context.Context) (common.Address, *contracts.Rogue, error) {
	addr, tx, r, err := contracts.DeployRogue(c.Transactor(0, 3_000_000), c.backend.Client())
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("deploy rogue: %w", err)
	}
	c.Commit()
	if err := c.requireSuccess(ctx, tx); err != nil {
		return common.Address{}, nil, err
	}
	return addr, r, nil
}

func (c *Chain) requireSuccess(ctx context.Context, tx *types.Transaction) error {
	r, err := c.backend.Client().TransactionReceipt(ctx, tx.Hash())
	if err != nil {
		return fmt.Errorf("receipt %s: %w", tx.Hash(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("transaction %s failed", tx.Hash())
	}
	return nil
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("simchain: pick a port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// DeployFactory deploys the token factory from account 0 and mines it.
func (c *Chain) DeployFactory(ctx context.Context) (common.Address, *contracts.TokenFactory, error) {
	addr, tx, f, err := contracts.DeployTokenFactory(c.Transactor(0, 3_000_000), c.backend.Client())
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("deploy factory: %w", err)
	}
	c.Commit()
	if err := c.requireSuccess(ctx, tx); err != nil {
		return common.Address{}, nil, err
	}
	return addr, f, nil
}

// CreateToken sends, to the pending block, a factory transaction that creates a token and
// mints supply to holder; the token's address is known once the block is mined (Created).
func (c *Chain) CreateToken(f *contracts.TokenFactory, name string, holder common.Address, supply *big.Int) error {
	if _, err := f.Create(c.Transactor(0, 3_000_000), name, name, holder, supply); err != nil {
		c.Forget(0)
		return fmt.Errorf("create token %s: %w", name, err)
	}
	return nil
}

// Created lists the tokens factory has announced on the canonical chain from block from on, in
// order, with the block of each announcement.
func (c *Chain) Created(ctx context.Context, factory common.Address, f *contracts.TokenFactory, from uint64) ([]common.Address, []uint64, error) {
	abi, err := contracts.TokenFactoryMetaData.GetAbi()
	if err != nil {
		return nil, nil, err
	}
	logs, err := c.backend.Client().FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from),
		Addresses: []common.Address{factory}, Topics: [][]common.Hash{{abi.Events["TokenAssetCreated"].ID}}})
	if err != nil {
		return nil, nil, err
	}
	var out []common.Address
	var blocks []uint64
	for _, l := range logs {
		ev, err := f.ParseTokenAssetCreated(l)
		if err != nil {
			return nil, nil, err
		}
		out, blocks = append(out, ev.TokenAddress), append(blocks, l.BlockNumber)
	}
	return out, blocks, nil
}
