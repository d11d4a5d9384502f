package indexer_test

import (
	"context"
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/didx/didx/contracts"
	"github.com/didx/didx/internal/simchain"
	"github.com/didx/didx/internal/testenv"
)

// tokenAssetCreated is the announcement of the platform's token factories.
const tokenAssetCreated = "TokenAssetCreated(address indexed sender, address indexed tokenAddress, address indexed tokenIdentity, bytes4[] interfaces, address accessManager)"

// TestFactoryDiscovery: a factory creates 100 tokens over 1,000 blocks, each minting to a
// holder in the transaction that announces it (its Transfer precedes the announcement), with
// transfers of the tokens created so far in every block. The sidecar starts after 300 blocks,
// so early tokens are found by the catch-up and later ones at the head, and reorgs remove some
// announcements. Every token on the canonical chain must end registered and exact from its
// creation block; the removed ones must be gone, rows and registration.
func TestFactoryDiscovery(t *testing.T) {
	t.Parallel()
	h := newHarness(t, 0)
	ctx := context.Background()
	factory, f, err := h.chain.DeployFactory(ctx)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(seed(t), 2))
	tokens := map[common.Address]*contracts.Token{}
	var removed []common.Address
	created := func(from uint64) []common.Address {
		all, _, err := h.chain.Created(ctx, factory, f, from)
		if err != nil {
			t.Fatal(err)
		}
		return all
	}
	block := func(create bool) {
		if create {
			holder := h.chain.Accounts[1+rng.IntN(len(h.chain.Accounts)-1)]
			if err := h.chain.CreateToken(f, fmt.Sprintf("F%d", len(tokens)), holder, big.NewInt(1e18)); err != nil {
				t.Fatal(err)
			}
		}
		if len(tokens) > 0 {
			var toks []*contracts.Token
			for _, tok := range tokens {
				toks = append(toks, tok)
			}
			if err := h.chain.NewActivity(toks, rng.Uint64()).Send(ctx, 2); err != nil {
				t.Fatal(err)
			}
		}
		h.chain.Commit()
		if !create {
			return
		}
		for _, a := range created(h.head()) {
			if tokens[a] == nil {
				tok, err := contracts.NewToken(a, h.chain.Client())
				if err != nil {
					t.Fatal(err)
				}
				tokens[a] = tok
			}
		}
	}
	rule := fmt.Sprintf("    factories:\n      - name: tokens\n        address: \"%s\"\n        event: \"%s\"\n        address_param: tokenAddress\n        kind: erc20\n    fetch:\n      range: 50\n      max_range: 50\n",
		factory.Hex(), tokenAssetCreated)
	for n := 1; n <= 1000; n++ {
		if n == 300 {
			h.run(h.config(rule))
		}
		block(n%10 == 0)
		if n%250 == 0 {
			from := h.head() - 30
			before := created(from)
			if n > 300 {
				// The sidecar must have registered the announcement the reorg removes, or the
				// reorg removes nothing it has to undo.
				testenv.WaitCheckpoint(t, h.db, simchain.ChainID, h.head(), 60*time.Second)
			}
			if err := h.chain.Reorg(ctx, 1); err != nil {
				t.Fatal(err)
			}
			for i := 0; i < 3; i++ {
				block(false)
			}
			after := created(from)
			for _, a := range before {
				if !slices.Contains(after, a) {
					removed = append(removed, a)
					delete(tokens, a)
				}
			}
		}
	}
	canonical, blocks, err := h.chain.Created(ctx, factory, f, 0)
	if err != nil {
		t.Fatal(err)
	}
	// A factory's next token takes the address of one a reorg removed (the same factory
	// nonce): only the last removal, after the last creation, stays removed.
	removed = slices.DeleteFunc(removed, func(a common.Address) bool { return slices.Contains(canonical, a) })
	if len(removed) == 0 || len(canonical) < 75 {
		t.Fatalf("%d tokens created, %d removed by reorgs: the test did not exercise removal", len(canonical), len(removed))
	}
	t.Logf("%d tokens on the canonical chain, %d announcements removed by reorgs", len(canonical), len(removed))
	head := h.head()
	testenv.WaitCheckpoint(t, h.db, simchain.ChainID, head, 60*time.Second)
	testenv.Eventually(t, 120*time.Second, func() error {
		return registered(t, h.db, canonical, blocks, removed)
	})
	testenv.CheckState(t, h.db, h.chain, simchain.ChainID, canonical)
}

// registered checks that the factory's registered children are exactly the canonical tokens,
// each from the block of its announcement and with its history indexed, and that no row of a
// removed one is left.
func registered(t *testing.T, db string, canonical []common.Address, blocks []uint64, removed []common.Address) error {
	conn := testenv.Conn(t, db)
	defer conn.Close(context.Background())
	rows, err := conn.Query(context.Background(), `SELECT address, start_block, main_from IS NOT NULL AND backfill_next >= main_from
		FROM didx.contracts WHERE chain_id = $1 AND source = 'factory:tokens'`, int64(simchain.ChainID))
	if err != nil {
		return err
	}
	got := map[common.Address]bool{}
	start := map[common.Address]uint64{}
	for rows.Next() {
		var a []byte
		var from int64
		var done bool
		if err := rows.Scan(&a, &from, &done); err != nil {
			return err
		}
		got[common.BytesToAddress(a)], start[common.BytesToAddress(a)] = done, uint64(from)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for i, a := range canonical {
		if done, ok := got[a]; !ok || !done || start[a] != blocks[i] {
			return fmt.Errorf("token %s announced at %d: registered %v from %d, history indexed %v", a.Hex(), blocks[i], ok, start[a], done)
		}
	}
	if len(got) != len(canonical) {
		return fmt.Errorf("%d tokens registered, %d on the canonical chain", len(got), len(canonical))
	}
	var left int
	bs := make([][]byte, len(removed))
	for i, a := range removed {
		bs[i] = a.Bytes()
	}
	if err := conn.QueryRow(context.Background(), `SELECT count(*) FROM didx.erc20_transfers WHERE token = ANY($1)`, bs).Scan(&left); err != nil {
		return err
	}
	if left > 0 {
		return fmt.Errorf("%d transfers of tokens whose announcement a reorg removed", left)
	}
	return nil
}
