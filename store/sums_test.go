package store

import (
	"math/big"
	"math/rand/v2"
	"testing"
	"time"
)

// TestSum adds and subtracts random uint256 values, the extremes among them, and checks each
// running sum against big.Int's, through sums that cross zero both ways; a value that is not
// a uint256 is refused.
func TestSum(t *testing.T) {
	seed := time.Now().UnixNano()
	t.Logf("seed %d", seed)
	rnd := rand.New(rand.NewPCG(uint64(seed), 0))
	maxU256 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	value := func() *big.Int {
		switch rnd.IntN(4) {
		case 0:
			return new(big.Int).Set(maxU256)
		case 1:
			return big.NewInt(rnd.Int64N(1000))
		default:
			return new(big.Int).Rsh(maxU256, uint(rnd.IntN(256)))
		}
	}
	for run := range 200 {
		var s, other sum
		want, wantOther := new(big.Int), new(big.Int)
		for step := range 1 + rnd.IntN(50) {
			v, neg := value(), rnd.IntN(2) == 0
			s.add(v, neg)
			if neg {
				want.Sub(want, v)
			} else {
				want.Add(want, v)
			}
			if got := s.big(); got.Cmp(want) != 0 {
				t.Fatalf("run %d step %d: sum %s, want %s", run, step, got, want)
			}
			if s.isZero() != (want.Sign() == 0) {
				t.Fatalf("run %d step %d: zero %v for %s", run, step, s.isZero(), want)
			}
			if rnd.IntN(3) == 0 {
				other.add(v, !neg)
				if neg {
					wantOther.Add(wantOther, v)
				} else {
					wantOther.Sub(wantOther, v)
				}
			}
		}
		s.addSum(&other)
		want.Add(want, wantOther)
		if got := s.big(); got.Cmp(want) != 0 {
			t.Fatalf("run %d: sum with another %s, want %s", run, got, want)
		}
	}
	for _, v := range []*big.Int{big.NewInt(-1), new(big.Int).Add(maxU256, big.NewInt(1))} {
		if uint256(v) == nil {
			t.Fatalf("%s taken for a uint256", v)
		}
	}
	if uint256(maxU256) != nil || uint256(new(big.Int)) != nil {
		t.Fatal("a uint256 refused")
	}
}
