// Package synth is a synthetic EVM chain for benchmarks: blocks of ERC-20 Transfer logs
// generated lazily and deterministically from a seed, with real header hashes (keccak of the
// RLP header), a parent-hash chain and exact blooms, served over standard JSON-RPC cheaply
// enough that the indexer under test, not the server, is the bottleneck.
package synth

import (
	"encoding/binary"
	"math/big"
	"runtime"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/sourcegraph/conc"
)

// Config shapes the chain.
type Config struct {
	Seed           uint64
	ChainID        uint64
	Tokens         int
	Holders        int
	EventsPerBlock int
	// Blocks is the head at start.
	Blocks uint64
	// BlockTime, when set, makes the head advance by one block per tick.
	BlockTime time.Duration
	// Factory, when set, has a factory create the tokens one at a time across the first half
	// of the chain, as a tokenization platform does: in its creation block a token mints its
	// treasury's supply, then the factory announces it with TokenAssetCreated; no token moves
	// before it exists.
	Factory bool
	// Smart makes one event in ten a security-token event in the SMART layout (a partial
	// freeze, an address freeze or a TransferCompleted) in place of a holder's transfer.
	Smart bool
}

// The SMART events a Smart chain emits, by Event.Kind.
const (
	KindTransfer byte = iota
	KindTokensFrozen
	KindAddressFrozen
	KindTransferCompleted
)

var smartTopics = [...]common.Hash{
	KindTokensFrozen:      crypto.Keccak256Hash([]byte("TokensFrozen(address,address,uint256)")),
	KindAddressFrozen:     crypto.Keccak256Hash([]byte("AddressFrozen(address,address,bool)")),
	KindTransferCompleted: crypto.Keccak256Hash([]byte("TransferCompleted(address,address,address,uint256)")),
}

// CreatedTopic is topic0 of the factory's announcement.
var CreatedTopic = crypto.Keccak256Hash([]byte("TokenAssetCreated(address,address,address,bytes4[],address)"))

// CreatedEvent is the announcement's Solidity declaration, as a factory rule names it.
const CreatedEvent = "TokenAssetCreated(address indexed sender, address indexed tokenAddress, address indexed tokenIdentity, bytes4[] interfaces, address accessManager)"

// TransferTopic is topic0 of ERC-20 Transfer.
var TransferTopic = crypto.Keccak256Hash([]byte("Transfer(address,address,uint256)"))

// Event is one log of a generated block: a Transfer of Token, or, when Created is set, the
// factory (Token) announcing Created on behalf of From with identity To, or, when Kind is set,
// a SMART event of Token sent by From about To (Value's low bit is an address freeze's flag).
type Event struct {
	Token, From, To common.Address
	Value           *big.Int
	TxHash          common.Hash
	Created         common.Address
	Kind            byte
}

// plain says whether e is an ERC-20 Transfer.
func (e *Event) plain() bool { return e.Created == (common.Address{}) && e.Kind == KindTransfer }

// Chain is the generated chain: its head, its reorg history and caches of header hashes.
type Chain struct {
	cfg       Config
	tokens    []common.Address
	holders   []common.Address
	treasury  []common.Address
	addrBits  map[common.Address][3]uint16 // of a log's address
	topicBits map[common.Address][3]uint16 // of an address as a 32-byte topic
	xferBits  [3]uint16
	mint      *big.Int
	// factory announces the tokens in a Factory chain, one every spacing blocks.
	factory      common.Address
	spacing      uint64
	createdBits  [3]uint16
	announcement []byte

	mu       sync.RWMutex
	head     uint64
	forks    []fork        // salt changes: heights ≥ from use salt
	hashes   []common.Hash // hashes[n] of the current branch, computed up to len-1
	roots    []common.Hash // roots[n]: receipts root of block n on the current branch
	numbers  map[common.Hash]uint64
	appeared map[uint64]int64 // unix nanos a block became the head's
	heads    []chan uint64
}

type fork struct {
	from uint64
	salt uint64
}

// New builds the chain's accounts and precomputes the bloom bits of every address.
func New(cfg Config) *Chain {
	c := &Chain{cfg: cfg, head: cfg.Blocks, appeared: map[uint64]int64{}, addrBits: map[common.Address][3]uint16{},
		topicBits: map[common.Address][3]uint16{}, mint: new(big.Int).Lsh(big.NewInt(1), 100)}
	for t := 0; t < cfg.Tokens; t++ {
		c.tokens = append(c.tokens, address(0x70, uint64(t)))
		c.treasury = append(c.treasury, address(0x7e, uint64(t)))
	}
	for h := 0; h < cfg.Holders; h++ {
		c.holders = append(c.holders, address(0x10, uint64(h)))
	}
	for _, a := range c.tokens {
		c.addrBits[a] = bloomBits(a[:])
	}
	for _, a := range append(append([]common.Address{{}}, c.treasury...), c.holders...) {
		c.topicBits[a] = bloomBits(common.LeftPadBytes(a[:], 32))
	}
	c.xferBits = bloomBits(TransferTopic[:])
	if cfg.Factory {
		c.factory = address(0xfa, 0)
		c.spacing = max(1, cfg.Blocks/2/uint64(max(1, cfg.Tokens)))
		c.addrBits[c.factory] = bloomBits(c.factory[:])
		c.createdBits = bloomBits(CreatedTopic[:])
		for t, a := range c.tokens {
			c.topicBits[a] = bloomBits(common.LeftPadBytes(a[:], 32))
			id := c.identity(t)
			c.topicBits[id] = bloomBits(common.LeftPadBytes(id[:], 32))
		}
		c.announcement = announcement(c.factory)
	}
	c.roots = []common.Hash{types.EmptyReceiptsHash}
	c.hashes = []common.Hash{c.header(0).Hash()}
	c.numbers = map[common.Hash]uint64{c.hashes[0]: 0}
	return c
}

func address(prefix byte, n uint64) common.Address {
	var a common.Address
	a[0] = prefix
	binary.BigEndian.PutUint64(a[12:], n+1)
	return a
}

// announcement is the data of every TokenAssetCreated: the interfaces [ERC-20's id] and the
// access manager, ABI-encoded.
func announcement(manager common.Address) []byte {
	out := make([]byte, 4*32)
	out[31] = 0x40
	copy(out[32+12:], manager[:])
	out[3*32-1] = 1
	copy(out[3*32:], []byte{0x36, 0x37, 0x2b, 0x07})
	return out
}

func (c *Chain) identity(t int) common.Address { return address(0x1d, uint64(t)) }

// Factory is the factory that creates the tokens of a Factory chain.
func (c *Chain) Factory() common.Address { return c.factory }

// born is the token created in block n of a Factory chain, if any.
func (c *Chain) born(n uint64) (int, bool) {
	if !c.cfg.Factory || n == 0 || (n-1)%c.spacing != 0 || (n-1)/c.spacing >= uint64(c.cfg.Tokens) {
		return 0, false
	}
	return int((n - 1) / c.spacing), true
}

// live is how many tokens exist in block n.
func (c *Chain) live(n uint64) int {
	if !c.cfg.Factory {
		return c.cfg.Tokens
	}
	return int(min(uint64(c.cfg.Tokens), (n-1)/c.spacing+1))
}

// Tokens are the token contracts.
func (c *Chain) Tokens() []common.Address { return c.tokens }

// Holders are the accounts transfers move between (treasuries excluded).
func (c *Chain) Holders() []common.Address { return c.holders }

// Head is the newest block.
func (c *Chain) Head() uint64 {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.head
}

func (c *Chain) salt(n uint64) uint64 {
	var s uint64
	for _, f := range c.forks {
		if n >= f.from {
			s = f.salt
		}
	}
	return s
}

// splitmix is a fast deterministic PRNG step.
func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// events generates block n's Transfer logs: in block 1 each token mints its treasury a large
// supply; after that, events come in pairs, the treasury paying a holder 2v and that holder
// paying another v, so no balance ever goes negative.
func (c *Chain) events(n uint64, salt uint64, emit func(i int, e *Event)) {
	var e Event
	e.Value = new(big.Int)
	base := splitmix(c.cfg.Seed ^ splitmix(n) ^ salt*0x2545f4914f6cdd1d)
	var tok int
	var mid common.Address
	var half uint64
	mints, born := 0, -1
	if t, ok := c.born(n); ok {
		born, mints = t, 2
	} else if n == 1 && !c.cfg.Factory {
		mints = c.cfg.Tokens
	}
	live := uint64(c.live(n))
	for i := 0; i < c.cfg.EventsPerBlock; i++ {
		r := splitmix(base + uint64(i))
		binary.BigEndian.PutUint64(e.TxHash[0:], n)
		binary.BigEndian.PutUint64(e.TxHash[8:], uint64(i)/2)
		binary.BigEndian.PutUint64(e.TxHash[16:], r)
		binary.BigEndian.PutUint64(e.TxHash[24:], salt)
		e.Created, e.Kind = common.Address{}, KindTransfer
		switch {
		case born >= 0 && i == 0:
			e.Token, e.From, e.To = c.tokens[born], common.Address{}, c.treasury[born]
			e.Value.Set(c.mint)
		case born >= 0 && i == 1:
			e.Token, e.From, e.To, e.Created = c.factory, c.treasury[born], c.identity(born), c.tokens[born]
			e.Value.SetUint64(0)
		case i < mints:
			e.Token, e.From, e.To = c.tokens[i], common.Address{}, c.treasury[i]
			e.Value.Set(c.mint)
		case (i-mints)%2 == 0:
			tok = int(r % live)
			mid = c.holders[(r>>20)%uint64(c.cfg.Holders)]
			half = 1 + (r>>40)%1000
			e.Token, e.From, e.To = c.tokens[tok], c.treasury[tok], mid
			e.Value.SetUint64(2 * half)
		case c.cfg.Smart && (r>>50)%5 == 0:
			e.Token, e.From, e.To, e.Kind = c.tokens[tok], c.treasury[tok], mid, KindTokensFrozen+byte((r>>53)%3)
			e.Value.SetUint64(half)
		default:
			e.Token, e.From, e.To = c.tokens[tok], mid, c.holders[(r>>20)%uint64(c.cfg.Holders)]
			e.Value.SetUint64(half)
		}
		emit(i, &e)
	}
}

// bloom adds e's address and topics to b.
func (c *Chain) bloom(b *types.Bloom, e *Event) {
	setBits(b, c.addrBits[e.Token])
	setBits(b, c.topicBits[e.From])
	setBits(b, c.topicBits[e.To])
	if e.Created != (common.Address{}) {
		setBits(b, c.createdBits)
		setBits(b, c.topicBits[e.Created])
		return
	}
	if e.Kind != KindTransfer {
		for _, t := range eventTopics(e) {
			setBits(b, bloomBits(t[:]))
		}
		return
	}
	setBits(b, c.xferBits)
}

// header builds block n's header on the current branch; the caller holds the lock and n's
// parent hash and receipts root are cached.
func (c *Chain) header(n uint64) *types.Header {
	var bloom types.Bloom
	salt := c.salt(n)
	if n >= 1 {
		c.events(n, salt, func(_ int, e *Event) { c.bloom(&bloom, e) })
	}
	var parent common.Hash
	if n > 0 {
		parent = c.hashes[n-1]
	}
	var extra [8]byte
	binary.BigEndian.PutUint64(extra[:], salt)
	if n == 0 {
		binary.BigEndian.PutUint64(extra[:], c.cfg.ChainID)
	}
	return &types.Header{
		ParentHash: parent, UncleHash: types.EmptyUncleHash, Root: common.Hash{1}, TxHash: types.EmptyTxsHash,
		ReceiptHash: c.roots[n], Bloom: bloom, Difficulty: new(big.Int), Number: new(big.Int).SetUint64(n),
		GasLimit: 30_000_000, GasUsed: uint64(c.cfg.EventsPerBlock) * 50_000 % 30_000_000, Time: 1_700_000_000 + n*12,
		Extra: extra[:], BaseFee: big.NewInt(1_000_000_000),
	}
}

// Prepare computes the receipts roots and hashes of every block up to the head, the roots on
// every core: the work a chain server does once, before anything it serves is measured.
func (c *Chain) Prepare() {
	c.mu.Lock()
	head, from := c.head, uint64(len(c.roots))
	roots := make([]common.Hash, head+1-min(from, head+1))
	var wg conc.WaitGroup
	workers := uint64(runtime.NumCPU())
	for w := uint64(0); w < workers; w++ {
		wg.Go(func() {
			for i := w; i < uint64(len(roots)); i += workers {
				roots[i] = c.receiptsRoot(from+i, c.salt(from+i))
			}
		})
	}
	wg.Wait()
	c.roots = append(c.roots, roots...)
	c.mu.Unlock()
	c.hash(head)
}

// hash is block n's hash on the current branch, computing and caching the chain up to n.
func (c *Chain) hash(n uint64) common.Hash {
	c.mu.RLock()
	if n < uint64(len(c.hashes)) {
		h := c.hashes[n]
		c.mu.RUnlock()
		return h
	}
	c.mu.RUnlock()
	c.mu.Lock()
	defer c.mu.Unlock()
	for uint64(len(c.hashes)) <= n {
		m := uint64(len(c.hashes))
		if uint64(len(c.roots)) <= m {
			c.roots = append(c.roots, c.receiptsRoot(m, c.salt(m)))
		}
		h := c.header(m).Hash()
		c.numbers[h] = uint64(len(c.hashes))
		c.hashes = append(c.hashes, h)
	}
	return c.hashes[n]
}

// number finds the block with hash h on the current branch.
func (c *Chain) number(h common.Hash) (uint64, bool) {
	c.hash(c.Head())
	c.mu.RLock()
	defer c.mu.RUnlock()
	n, ok := c.numbers[h]
	if !ok || n >= uint64(len(c.hashes)) || c.hashes[n] != h {
		return 0, false
	}
	return n, true
}

// headerOf is block n's header with its parent hash resolved.
func (c *Chain) headerOf(n uint64) *types.Header {
	c.hash(n)
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.header(n)
}

func bigOf(n uint64) *big.Int { return new(big.Int).SetUint64(n) }

// bloomBits are the three bloom bits of a value, as types.Bloom.Add sets them.
func bloomBits(v []byte) [3]uint16 {
	h := crypto.Keccak256(v)
	var out [3]uint16
	for i := 0; i < 3; i++ {
		out[i] = (uint16(h[2*i])<<8 | uint16(h[2*i+1])) & 2047
	}
	return out
}

func setBits(b *types.Bloom, bits [3]uint16) {
	for _, bit := range bits {
		b[types.BloomByteLength-1-bit/8] |= 1 << (bit % 8)
	}
}

// Advance adds one block at the head, notifying subscribers.
func (c *Chain) Advance() uint64 {
	c.mu.Lock()
	c.head++
	n := c.head
	c.appeared[n] = time.Now().UnixNano()
	subs := append([]chan uint64{}, c.heads...)
	c.mu.Unlock()
	for _, s := range subs {
		select {
		case s <- n:
		default:
		}
	}
	return n
}

// subscribe returns a channel that receives each new head, and a function that ends it.
func (c *Chain) subscribe() (<-chan uint64, func()) {
	ch := make(chan uint64, 16)
	c.mu.Lock()
	c.heads = append(c.heads, ch)
	c.mu.Unlock()
	return ch, func() {
		c.mu.Lock()
		defer c.mu.Unlock()
		for i, h := range c.heads {
			if h == ch {
				c.heads = append(c.heads[:i], c.heads[i+1:]...)
				return
			}
		}
	}
}

// Reorg replaces the newest depth blocks with blocks of other content (and hashes).
func (c *Chain) Reorg(depth uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	from := c.head - min(depth, c.head-1) + 1
	c.forks = append(c.forks, fork{from: from, salt: uint64(len(c.forks) + 1)})
	if uint64(len(c.hashes)) > from {
		for _, h := range c.hashes[from:] {
			delete(c.numbers, h)
		}
		c.hashes = c.hashes[:from]
	}
	c.roots = c.roots[:min(uint64(len(c.roots)), from)]
	for n := from; n <= c.head; n++ {
		c.appeared[n] = time.Now().UnixNano()
	}
}

// AppearedAt is when block n became part of the head's branch (unix nanos), 0 if at start.
func (c *Chain) AppearedAt(n uint64) int64 {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.appeared[n]
}

// Treasury is token t's treasury: it pays every other event of the token, so it is the
// holder with the most transfers.
func (c *Chain) Treasury(t int) common.Address { return c.treasury[t] }

// Counts are how many logs blocks 1 to n hold: ERC-20 Transfers, and the others
// (announcements, SMART events).
func (c *Chain) Counts(n uint64) (transfers, others uint64) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	for b := uint64(1); b <= n; b++ {
		c.events(b, c.salt(b), func(_ int, e *Event) {
			if e.plain() {
				transfers++
			} else {
				others++
			}
		})
	}
	return transfers, others
}

// Balances computes every balance of every token as of block n: the state eth_call answers
// balanceOf and totalSupply from.
func (c *Chain) Balances(n uint64) (map[common.Address]map[common.Address]*big.Int, map[common.Address]*big.Int) {
	bal := map[common.Address]map[common.Address]*big.Int{}
	supply := map[common.Address]*big.Int{}
	for _, t := range c.tokens {
		bal[t] = map[common.Address]*big.Int{}
		supply[t] = new(big.Int)
	}
	c.mu.RLock()
	defer c.mu.RUnlock()
	for b := uint64(1); b <= n; b++ {
		c.events(b, c.salt(b), func(_ int, e *Event) {
			if !e.plain() {
				return
			}
			m := bal[e.Token]
			if e.From == (common.Address{}) {
				supply[e.Token].Add(supply[e.Token], e.Value)
			} else {
				m[e.From] = sub(m[e.From], e.Value)
			}
			m[e.To] = add(m[e.To], e.Value)
		})
	}
	return bal, supply
}

func add(a, b *big.Int) *big.Int {
	if a == nil {
		a = new(big.Int)
	}
	return a.Add(a, b)
}

func sub(a, b *big.Int) *big.Int {
	if a == nil {
		a = new(big.Int)
	}
	return a.Sub(a, b)
}
