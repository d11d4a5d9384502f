package rpc_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/didx/didx/contracts"
	"github.com/didx/didx/internal/simchain"
	"github.com/didx/didx/internal/testenv"
	"github.com/didx/didx/rpc"
)

// TestFinalRange fetches random final ranges through one or two endpoints, honest or lying
// on every answer with logs: each answer must equal the chain's logs, and the header calls
// show which proof was taken: none for a quorum of two (the last block's header is then asked
// apart, with FinalHeader), a header per block where no quorum can be had. A range proven by two honest endpoints then has the logs of its
// later blocks asked again (as for contracts that joined within it) while one of them lies.
func TestFinalRange(t *testing.T) {
	seed := rand.Uint64()
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 0))
	chain := testenv.Chain(t, 10)
	ctx := context.Background()
	var tokens []common.Address
	var toks []*contracts.Token
	for i := range 2 {
		addr, tok, err := chain.DeployToken(ctx, fmt.Sprintf("Token %d", i), fmt.Sprintf("T%d", i))
		if err != nil {
			t.Fatal(err)
		}
		tokens, toks = append(tokens, addr), append(toks, tok)
	}
	if err := chain.NewActivity(toks, seed).Blocks(ctx, 40, 4); err != nil {
		t.Fatal(err)
	}
	head, truth := headAndTruth(t, chain)
	f := rpc.NewFilter(tokens, []common.Hash{crypto.Keccak256Hash([]byte("Transfer(address,address,uint256)"))})
	lie := testenv.Fault{Lies: testenv.Lies{Seed: seed, Logs: 1, Always: true}}
	cases := []struct {
		name   string
		faults []testenv.Fault
		// quorum: the range is proven by two endpoints' identical answers.
		quorum bool
	}{
		{"two honest endpoints", []testenv.Fault{{}, {}}, true},
		{"one of two lies", []testenv.Fault{lie, {}}, false},
		{"the other of two lies", []testenv.Fault{{}, lie}, false},
		{"one endpoint", []testenv.Fault{{}}, false},
		{"one endpoint, lying", []testenv.Fault{lie}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			proxies, eps := proxied(t, chain.URL, c.faults)
			cl := checked(t, rpc.Options{ChainID: simchain.ChainID, Endpoints: eps, Verify: rpc.VerifyAuto, Log: zerolog.Nop()})
			for range 5 {
				from := 1 + rng.Uint64N(head-1)
				to := from + 1 + rng.Uint64N(head-from)
				headers := uint64(0)
				for _, p := range proxies {
					headers -= p.Count("eth_getBlockByNumber")
				}
				r, err := cl.FetchFinal(ctx, from, to, f)
				if err != nil {
					t.Fatalf("%d-%d: %v", from, to, err)
				}
				for _, p := range proxies {
					headers += p.Count("eth_getBlockByNumber")
				}
				want, err := truth.FetchRange(ctx, from, to, f)
				if err != nil {
					t.Fatal(err)
				}
				if !equalLogs(r.Logs, want.Logs) {
					t.Fatalf("%d-%d: %d logs, the chain has %d", from, to, len(r.Logs), len(want.Logs))
				}
				chainTip := want.Headers[len(want.Headers)-1].Hash
				if last, ok := r.Tip(); ok && last.Hash != chainTip {
					t.Fatalf("%d-%d: last block %s, the chain's is %s", from, to, last.Hash, chainTip)
				}
				if c.quorum != (len(r.Quorum) == 2 && headers == 0) {
					t.Fatalf("%d-%d: quorum %v with %d header calls, want a quorum: %v", from, to, r.Quorum, headers, c.quorum)
				}
				if !c.quorum && headers < to-from+1 {
					t.Fatalf("%d-%d: %d header calls for %d blocks proven without a quorum", from, to, headers, to-from+1)
				}
				if _, ok := r.Tip(); !ok {
					tip, err := cl.FinalHeader(ctx, to)
					if err != nil || tip.Hash != chainTip {
						t.Fatalf("header of final block %d: %s, %v; the chain's is %s", to, tip.Hash, err, chainTip)
					}
				}
			}
			if !c.quorum {
				return
			}
			// Logs of contracts that joined within a proven range, asked once one endpoint
			// lies (each in turn, on a client that has not caught it): the quorum fails, and
			// the blocks are fetched with their headers and proven.
			for _, liar := range proxies {
				cl := checked(t, rpc.Options{ChainID: simchain.ChainID, Endpoints: eps, Verify: rpc.VerifyAuto, Log: zerolog.Nop()})
				from := 1 + rng.Uint64N(head-3)
				to := from + 2 + rng.Uint64N(head-from-1)
				r, err := cl.FetchFinal(ctx, from, to, f)
				if err != nil {
					t.Fatal(err)
				}
				want, err := truth.FetchRange(ctx, from, to, f)
				if err != nil {
					t.Fatal(err)
				}
				liar.Set(lie)
				mid := from + 1 + rng.Uint64N(to-from-1)
				got, err := cl.FetchLogs(ctx, r, mid, f)
				liar.Set(testenv.Fault{})
				if err != nil {
					t.Fatalf("logs %d-%d of final range %d-%d: %v", mid, to, from, to, err)
				}
				if want := want.Logs[countBelow(want.Logs, mid):]; !equalLogs(got, want) {
					t.Fatalf("logs %d-%d of final range %d-%d with a liar: %d logs, the chain has %d", mid, to, from, to, len(got), len(want))
				}
			}
		})
	}
}

// countBelow counts the logs (in block order) of blocks below n.
func countBelow(logs []types.Log, n uint64) int {
	i := 0
	for i < len(logs) && logs[i].BlockNumber < n {
		i++
	}
	return i
}

func equalLogs(a, b []types.Log) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := a[i], b[i]
		if x.BlockNumber != y.BlockNumber || x.Index != y.Index || x.BlockHash != y.BlockHash || x.TxHash != y.TxHash ||
			x.Address != y.Address || fmt.Sprint(x.Topics) != fmt.Sprint(y.Topics) || string(x.Data) != string(y.Data) {
			return false
		}
	}
	return true
}

// TestFinalHeader asks the header of random final blocks through two or three endpoints:
// honest, it is the chain's; when one of two invents headers (whichever is asked first), the
// disagreement is ErrUnproven and neither header is taken; when one of three does, the two
// that agree settle it.
func TestFinalHeader(t *testing.T) {
	seed := rand.Uint64()
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 1))
	chain := testenv.Chain(t, 2)
	ctx := context.Background()
	for range 8 {
		chain.Commit()
	}
	head, truth := headAndTruth(t, chain)
	liar := testenv.Fault{Lies: testenv.Lies{Seed: seed, Headers: 1, Always: true}}
	cases := []struct {
		name   string
		faults []testenv.Fault
		// settled: the chain's header is expected, else ErrUnproven.
		settled bool
	}{
		{"two honest endpoints", []testenv.Fault{{}, {}}, true},
		{"the first lies", []testenv.Fault{liar, {}}, false},
		{"the second lies", []testenv.Fault{{}, liar}, false},
		{"one of three lies", []testenv.Fault{liar, {}, {}}, true},
		{"another of three lies", []testenv.Fault{{}, liar, {}}, true},
		{"the last of three lies", []testenv.Fault{{}, {}, liar}, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, eps := proxied(t, chain.URL, c.faults)
			cl := checked(t, rpc.Options{ChainID: simchain.ChainID, Endpoints: eps, Verify: rpc.VerifyAuto, Log: zerolog.Nop()})
			for range 3 {
				n := 1 + rng.Uint64N(head)
				want, err := truth.Headers(ctx, []uint64{n})
				if err != nil {
					t.Fatal(err)
				}
				got, err := cl.FinalHeader(ctx, n)
				switch {
				case c.settled && (err != nil || got.Hash != want[0].Hash):
					t.Fatalf("block %d: %s, %v; the chain's is %s", n, got.Hash, err, want[0].Hash)
				case !c.settled && !errors.Is(err, rpc.ErrUnproven):
					t.Fatalf("block %d with a liar: %s, %v; want ErrUnproven", n, got.Hash, err)
				}
			}
		})
	}
}

// headAndTruth is the chain's head and a client straight to it, what the answers through
// faulty endpoints are held to.
func headAndTruth(t *testing.T, chain *simchain.Chain) (uint64, *rpc.Client) {
	t.Helper()
	ctx := context.Background()
	head, err := chain.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	truth := client(t, simchain.ChainID, 0, chain.URL)
	if err := truth.Check(ctx); err != nil {
		t.Fatal(err)
	}
	return head, truth
}

// proxied puts a fault-injecting proxy in front of url for each fault, and returns them with
// the endpoints a client lists for them.
func proxied(t *testing.T, url string, faults []testenv.Fault) ([]*testenv.Proxy, []rpc.EndpointConfig) {
	t.Helper()
	proxies := make([]*testenv.Proxy, len(faults))
	eps := make([]rpc.EndpointConfig, len(faults))
	for i, fault := range faults {
		proxies[i] = testenv.NewProxy(t, url)
		proxies[i].Set(fault)
		eps[i] = rpc.EndpointConfig{URL: proxies[i].URL}
	}
	return proxies, eps
}
