package synth

import (
	"context"
	"math/big"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/ethereum/go-ethereum/trie"
)

// TestServedChainIsConsistent reads the synthetic chain with go-ethereum's own client: headers
// rehash to their hash and link by parent, blooms contain every log, filters select exactly,
// and balances add up to the supply.
func TestServedChainIsConsistent(t *testing.T) {
	for _, factory := range []bool{false, true} {
		t.Run(map[bool]string{false: "tokens from genesis", true: "tokens from a factory"}[factory], func(t *testing.T) {
			served(t, New(Config{Seed: 7, ChainID: 4242, Tokens: 3, Holders: 50, EventsPerBlock: 20, Blocks: 30, Factory: factory}))
		})
	}
}

func served(t *testing.T, c *Chain) {
	srv := httptest.NewServer(NewServer(c, Limits{}))
	defer srv.Close()
	ctx := context.Background()
	client, err := ethclient.Dial(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	var parent common.Hash
	for n := int64(0); n <= 30; n++ {
		h, err := client.HeaderByNumber(ctx, big.NewInt(n))
		if err != nil {
			t.Fatal(err)
		}
		if h.Hash() != c.hash(uint64(n)) {
			t.Fatalf("block %d: served hash %s, header rehashes to %s", n, c.hash(uint64(n)), h.Hash())
		}
		if n > 0 && h.ParentHash != parent {
			t.Fatalf("block %d does not link to its parent", n)
		}
		parent = c.hash(uint64(n))
	}
	logs, err := client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(1), ToBlock: big.NewInt(30),
		Addresses: c.Tokens()[:2], Topics: [][]common.Hash{{TransferTopic}}})
	if err != nil {
		t.Fatal(err)
	}
	all, _ := client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(1), ToBlock: big.NewInt(30)})
	if len(all) != 30*20 || len(logs) == 0 || len(logs) >= len(all) {
		t.Fatalf("%d logs of 2 tokens, %d in all", len(logs), len(all))
	}
	for _, l := range logs {
		if l.Address == c.Tokens()[2] {
			t.Fatal("filter returned another token's log")
		}
		h, _ := client.HeaderByNumber(ctx, new(big.Int).SetUint64(l.BlockNumber))
		if !types.BloomLookup(h.Bloom, l.Address) || !types.BloomLookup(h.Bloom, l.Topics[1]) || !types.BloomLookup(h.Bloom, l.Topics[2]) {
			t.Fatalf("bloom of block %d misses log %d", l.BlockNumber, l.Index)
		}
	}
	byHash, _ := client.FilterLogs(ctx, ethereum.FilterQuery{BlockHash: &parent})
	if len(byHash) != 20 {
		t.Fatalf("%d logs by block hash, want 20", len(byHash))
	}
	for _, n := range []int64{1, 17, 30} {
		h, _ := client.HeaderByNumber(ctx, big.NewInt(n))
		rs, err := client.BlockReceipts(ctx, rpc.BlockNumberOrHashWithHash(h.Hash(), false))
		if err != nil {
			t.Fatal(err)
		}
		if root := types.DeriveSha(types.Receipts(rs), trie.NewStackTrie(nil)); root != h.ReceiptHash || len(rs) != 20 {
			t.Fatalf("block %d: %d receipts hash to %s, header says %s", n, len(rs), root, h.ReceiptHash)
		}
	}
	if c.cfg.Factory {
		announced(t, c, all)
	}
	bal, supply := c.Balances(30)
	for _, tok := range c.Tokens() {
		sum := new(big.Int)
		for _, v := range bal[tok] {
			if v.Sign() < 0 {
				t.Fatal("negative balance")
			}
			sum.Add(sum, v)
		}
		if sum.Cmp(supply[tok]) != 0 {
			t.Fatalf("token %s: balances %s, supply %s", tok, sum, supply[tok])
		}
	}
}

// announced checks a factory chain's logs: the factory announces each token once, in order, with
// an announcement go-ethereum's ABI decodes, and a token's first log is its mint, in the block
// of its announcement and before it.
func announced(t *testing.T, c *Chain, logs []types.Log) {
	t.Helper()
	ev, err := abi.JSON(strings.NewReader(`[{"type":"event","name":"TokenAssetCreated","inputs":[
		{"name":"sender","type":"address","indexed":true},{"name":"tokenAddress","type":"address","indexed":true},
		{"name":"tokenIdentity","type":"address","indexed":true},{"name":"interfaces","type":"bytes4[]"},
		{"name":"accessManager","type":"address"}]}]`))
	if err != nil {
		t.Fatal(err)
	}
	first := map[common.Address]types.Log{}
	var created []common.Address
	for _, l := range logs {
		if _, seen := first[l.Address]; !seen {
			first[l.Address] = l
		}
		if l.Address != c.Factory() {
			continue
		}
		if l.Topics[0] != ev.Events["TokenAssetCreated"].ID || len(l.Topics) != 4 {
			t.Fatalf("factory log %v is not TokenAssetCreated", l.Topics)
		}
		v, err := ev.Unpack("TokenAssetCreated", l.Data)
		if err != nil || len(v) != 2 || v[1].(common.Address) != c.Factory() {
			t.Fatalf("announcement data %x: %v %v", l.Data, v, err)
		}
		tok := common.BytesToAddress(l.Topics[2].Bytes())
		mint := first[tok]
		if mint.BlockNumber != l.BlockNumber || mint.Index >= l.Index || mint.Topics[1] != (common.Hash{}) {
			t.Fatalf("token %s: first log %d/%d is not its mint before announcement %d/%d", tok, mint.BlockNumber, mint.Index, l.BlockNumber, l.Index)
		}
		created = append(created, tok)
	}
	if !slices.Equal(created, c.Tokens()) {
		t.Fatalf("announced %v, want %v", created, c.Tokens())
	}
}

// BenchmarkPrepare is what a chain server spends before serving: receipts roots and hashes.
func BenchmarkPrepare(b *testing.B) {
	for b.Loop() {
		New(Config{Seed: 1, ChainID: 4242, Tokens: 20, Holders: 10_000, EventsPerBlock: 100, Blocks: 1000}).Prepare()
	}
}
