package store

import (
	"math/big"
	"testing"
)

// TestBatchValue checks that values carved from the batch's chunks equal big.Int's own
// decoding and stay independent of each other across chunk boundaries.
func TestBatchValue(t *testing.T) {
	datas := [][]byte{nil, {0}, {1}, {0xff, 0xff}, make([]byte, 32), append([]byte{0x80}, make([]byte, 31)...), append([]byte{1}, make([]byte, 32)...)}
	var b Batch
	var got []*big.Int
	var want []*big.Int
	for i := 0; i < 3*valueChunk; i++ {
		d := datas[i%len(datas)]
		if i%len(datas) == 4 {
			d = big.NewInt(int64(i)).FillBytes(make([]byte, 32))
		}
		got = append(got, b.Value(d))
		want = append(want, new(big.Int).SetBytes(d))
	}
	for i := range got {
		if got[i].Cmp(want[i]) != 0 {
			t.Fatalf("value %d: %s, want %s", i, got[i], want[i])
		}
	}
}

// TestSealKeepsRowCount checks that a sealed batch, which lets go of its rows, still says how
// many it writes.
func TestSealKeepsRowCount(t *testing.T) {
	b := Batch{ChainID: 1, Transfers: transfers(30, 7)}
	if b.Sealed() || b.Rows() != 30 {
		t.Fatalf("before Seal: sealed %v, %d rows", b.Sealed(), b.Rows())
	}
	b.Seal()
	if !b.Sealed() || b.Rows() != 30 || b.Transfers != nil {
		t.Fatalf("after Seal: sealed %v, %d rows, %d kept", b.Sealed(), b.Rows(), len(b.Transfers))
	}
}
