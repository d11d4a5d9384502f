// Package simchain drives a simulated chain for tests and for `didx dev`: it signs and sends
// transactions, seals blocks and replaces them (reorgs). The chain itself is go-ethereum's
// simulated backend serving JSON-RPC on loopback (package simnode); tests run it in a process
// of its own (Launch), built without the race detector, so the tests pay the detector's cost
// for didx's code only, and compile the simulated backend once, without it.
package simchain

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"strconv"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/didx/didx/contracts"
)

// ChainID is the simulated backend's default chain id.
const ChainID = 1337

// Engine seals and replaces the chain's blocks: the simulated backend in this process
// (simnode.Node) or in another one (Launch).
type Engine interface {
	// Commit seals the pending transactions into a new block and returns its hash.
	Commit() (common.Hash, error)
	// Reorg forks the chain at the block depth below the head and drops pending transactions.
	Reorg(ctx context.Context, depth uint64) error
	// Close stops the chain.
	Close() error
}

// Chain is a running simulated chain.
type Chain struct {
	// URL is the HTTP JSON-RPC endpoint; WSURL the WebSocket one on the same port.
	URL, WSURL string
	// Accounts are funded at genesis; Accounts[0] deploys the tokens and owns them.
	Accounts []common.Address
	// ID is the chain id.
	ID uint64

	engine Engine
	client *ethclient.Client
	keys   []*ecdsa.PrivateKey
	mu     sync.Mutex
	nonces map[int]uint64 // next nonce per account, read from the chain when absent
}

// Keys are the n accounts a simulated chain funds at genesis (at least 2): the same on every
// chain, so the process that runs the chain and the one that drives it agree on them.
func Keys(n int) ([]*ecdsa.PrivateKey, []common.Address) {
	n = max(n, 2)
	keys := make([]*ecdsa.PrivateKey, n)
	addrs := make([]common.Address, n)
	for i := range keys {
		keys[i], _ = crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("didx simchain account %d", i))))
		addrs[i] = crypto.PubkeyToAddress(keys[i].PublicKey)
	}
	return keys, addrs
}

// New drives the chain that engine runs and serves at url and wsurl, with id and n accounts
// funded as Keys(n).
func New(engine Engine, url, wsurl string, id uint64, n int) (*Chain, error) {
	client, err := ethclient.Dial(url)
	if err != nil {
		return nil, fmt.Errorf("simchain: dial %s: %w", url, err)
	}
	c := &Chain{URL: url, WSURL: wsurl, ID: id, engine: engine, client: client, nonces: map[int]uint64{}}
	c.keys, c.Accounts = Keys(n)
	return c, nil
}

// Close stops the chain.
func (c *Chain) Close() error {
	c.client.Close()
	return c.engine.Close()
}

// Client is a JSON-RPC client of the chain, for driving and reading it.
func (c *Chain) Client() *ethclient.Client { return c.client }

// Commit seals the pending transactions into a new block and returns its hash, or the zero
// hash when it could not (seal says why).
func (c *Chain) Commit() common.Hash {
	h, _ := c.seal()
	return h
}

// seal commits a block and says why when it could not, so that a test driving traffic stops
// at the cause rather than at a chain shorter than it expects.
func (c *Chain) seal() (common.Hash, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.engine.Commit()
}

// Reorg replaces the newest depth blocks: it forks at the block depth below the head and drops
// pending transactions so the orphaned ones are not mined again on the new branch. The caller
// then sends transactions and commits at least depth+1 blocks, which makes the fork canonical.
func (c *Chain) Reorg(ctx context.Context, depth uint64) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	clear(c.nonces)
	return c.engine.Reorg(ctx, depth)
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
	return c.client.BlockNumber(ctx)
}

// Transactor signs as account i with its next nonce, a fixed gas limit and fixed fees, so
// sending asks the chain for nothing but the send (a transaction that reverts is still mined,
// with no logs). Nonces are counted here: the txpool's pending nonce can lag a transaction
// sent a moment ago. An account not counted yet (at the start, after a reorg or a failed send)
// takes the next nonce the txpool counts, so a send interrupted after its transaction reached
// the pool does not have its nonce used again.
func (c *Chain) Transactor(i int, gas uint64) *bind.TransactOpts {
	opts, _ := bind.NewKeyedTransactorWithChainID(c.keys[i], new(big.Int).SetUint64(c.ID))
	opts.GasLimit = gas
	opts.GasTipCap = big.NewInt(1e9)
	opts.GasFeeCap = big.NewInt(100e9)
	c.mu.Lock()
	defer c.mu.Unlock()
	n, ok := c.nonces[i]
	if !ok {
		n = c.poolNonce(c.Accounts[i])
	}
	c.nonces[i] = n + 1
	opts.Nonce = new(big.Int).SetUint64(n)
	return opts
}

// poolNonce is account a's next nonce counting every transaction of it the node's txpool holds:
// its pending nonce lags a transaction that has just reached the pool (queued until the pool
// promotes it, asynchronously), which txpool_contentFrom lists at once.
func (c *Chain) poolNonce(a common.Address) uint64 {
	ctx := context.Background()
	n, _ := c.client.PendingNonceAt(ctx, a)
	var content map[string]map[string]json.RawMessage
	if err := c.client.Client().CallContext(ctx, &content, "txpool_contentFrom", a); err != nil {
		return n
	}
	for _, txs := range content {
		for nonce := range txs {
			if v, err := strconv.ParseUint(nonce, 10, 64); err == nil {
				n = max(n, v+1)
			}
		}
	}
	return n
}

// Forget drops account i's counted nonce, after a transaction of it failed to send.
func (c *Chain) Forget(i int) {
	c.mu.Lock()
	delete(c.nonces, i)
	c.mu.Unlock()
}

// DeployToken deploys the demo ERC-20 from account 0 and mines it.
func (c *Chain) DeployToken(ctx context.Context, name, symbol string) (common.Address, *contracts.Token, error) {
	addr, tx, tok, err := contracts.DeployToken(c.Transactor(0, 3_000_000), c.client, name, symbol)
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
	addr, tx, err := deploy(c.Transactor(0, 5_000_000), c.client)
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
	addr, tx, r, err := contracts.DeployRogue(c.Transactor(0, 3_000_000), c.client)
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
	r, err := c.client.TransactionReceipt(ctx, tx.Hash())
	if err != nil {
		return fmt.Errorf("receipt %s: %w", tx.Hash(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("transaction %s failed", tx.Hash())
	}
	return nil
}

// DeployFactory deploys the token factory from account 0 and mines it.
func (c *Chain) DeployFactory(ctx context.Context) (common.Address, *contracts.TokenFactory, error) {
	addr, tx, f, err := contracts.DeployTokenFactory(c.Transactor(0, 3_000_000), c.client)
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
	logs, err := c.client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from),
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
