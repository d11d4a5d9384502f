package store

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// sumBigs is sumTransfers of transfers as big.Ints: the balances, then the supplies.
func sumBigs(t testing.TB, transfers []Transfer, sign int) (map[BalanceKey]*big.Int, map[common.Address]*big.Int) {
	t.Helper()
	balances, supply, err := sumTransfers(transfers, sign)
	if err != nil {
		t.Fatal(err)
	}
	return bigs(balances), bigs(supply)
}

func bigs[K comparable](d *sums[K]) map[K]*big.Int {
	out := make(map[K]*big.Int, d.len())
	for k, i := range d.index {
		out[k] = d.vals[i].big()
	}
	return out
}

// transfers are n transfers among holders accounts of 20 tokens, with addresses as scattered
// as real ones.
func transfers(n, holders int) []Transfer {
	addr := func(kind string, i int) common.Address {
		return common.BytesToAddress(crypto.Keccak256([]byte(fmt.Sprint(kind, i))))
	}
	out := make([]Transfer, n)
	for i := range out {
		out[i] = Transfer{Block: uint64(i / 100), LogIndex: uint(i % 100), Token: addr("token", i%20),
			From: addr("holder", i%holders), To: addr("holder", (i*7)%holders), Value: big.NewInt(int64(i))}
	}
	return out
}

func TestSumTransfers(t *testing.T) {
	tok, a, b := common.Address{9}, common.Address{1}, common.Address{2}
	ts := []Transfer{
		{Token: tok, From: common.Address{}, To: a, Value: big.NewInt(100)},
		{Token: tok, From: a, To: b, Value: big.NewInt(30)},
		{Token: tok, From: b, To: b, Value: big.NewInt(5)},
		{Token: tok, From: b, To: common.Address{}, Value: big.NewInt(10)},
	}
	fwd, fwdSupply := sumBigs(t, ts, 1)
	rev, revSupply := sumBigs(t, ts, -1)
	want := map[common.Address]int64{a: 70, b: 20}
	if len(fwd) != 2 {
		t.Fatalf("deltas %v: the zero address is no holder", fwd)
	}
	for h, v := range want {
		k := BalanceKey{tok, h}
		if fwd[k].Int64() != v || rev[k].Int64() != -v {
			t.Fatalf("%s: forward %s, reverse %s, want ±%d", h, fwd[k], rev[k], v)
		}
	}
	if len(fwdSupply) != 1 || fwdSupply[tok].Int64() != 90 || revSupply[tok].Int64() != -90 {
		t.Fatalf("supply: forward %v, reverse %v, want ±90 (minted 100, burned 10)", fwdSupply, revSupply)
	}
}

func BenchmarkSumTransfers(b *testing.B) {
	ts := transfers(20000, 10000)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, _, err := sumTransfers(ts, 1); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(ts)), "ns/transfer")
}

// BenchmarkCopyEncoding encodes transfer rows into a binary COPY stream.
func BenchmarkCopyEncoding(b *testing.B) {
	ts := transfers(10000, 10000)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		encodeTransfers(1, ts)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(ts)), "ns/row")
}

// BenchmarkSeal is what the pipeline spends on a batch before its commit: balance deltas,
// their sorted array parameters and the COPY stream.
func BenchmarkSeal(b *testing.B) {
	ts := transfers(20000, 10000)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		(&Batch{ChainID: 1, Transfers: ts}).Seal()
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(ts)), "ns/transfer")
}
