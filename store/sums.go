package store

import (
	"encoding/binary"
	"fmt"
	"math/big"
	"math/bits"
)

// sum is a signed sum of uint256 values: 320 bits in two's complement, least significant word
// first. It is exact for any sum of fewer than 2^63 values below 2^256, holds no pointer and
// adds without allocating: a backfill window sums hundreds of thousands of balances, which as
// big.Ints cost an allocation each and a pointer for the garbage collector to chase.
type sum [5]uint64

// add adds v, which must be in [0, 2^256), to s, or subtracts it when neg.
func (s *sum) add(v *big.Int, neg bool) {
	var w [4]uint64
	if bits.UintSize == 64 {
		for i, x := range v.Bits() {
			w[i] = uint64(x)
		}
	} else {
		var b [32]byte
		v.FillBytes(b[:])
		for i := range w {
			w[i] = binary.BigEndian.Uint64(b[24-8*i:])
		}
	}
	var c, fill uint64
	if neg {
		// s - w = s + ^w + 1, with ^w's sign extended into the fifth word.
		c, fill = 1, ^uint64(0)
		for i := range w {
			w[i] = ^w[i]
		}
	}
	for i := range w {
		s[i], c = bits.Add64(s[i], w[i], c)
	}
	s[4], _ = bits.Add64(s[4], fill, c)
}

// addSum adds o to s.
func (s *sum) addSum(o *sum) {
	var c uint64
	for i := range s {
		s[i], c = bits.Add64(s[i], o[i], c)
	}
}

func (s *sum) isZero() bool { return *s == sum{} }

// big is s as a new big.Int.
func (s *sum) big() *big.Int { return s.setBig(new(big.Int)) }

// setBig sets v to s and returns it: converting a window's sums through one big.Int spares an
// allocation per key at the commit, when the pipeline's memory is at its fullest.
func (s *sum) setBig(v *big.Int) *big.Int {
	m, neg := *s, s[4]>>63 == 1
	if neg {
		c := uint64(1)
		for i := range m {
			m[i], c = bits.Add64(^m[i], 0, c)
		}
	}
	var b [40]byte
	for i, w := range m {
		binary.BigEndian.PutUint64(b[32-8*i:], w)
	}
	v.SetBytes(b[:])
	if neg {
		v.Neg(v)
	}
	return v
}

// uint256 checks that v is a value sum can add: a uint256, as every ERC-20 amount is.
func uint256(v *big.Int) error {
	if v.Sign() < 0 || v.BitLen() > 256 {
		return fmt.Errorf("amount %s is not a uint256", v)
	}
	return nil
}

// sums holds a sum per key: the map holds each key's index in a slab of sums, so neither
// holds a pointer and adding to a key allocates nothing once the slab has room.
type sums[K comparable] struct {
	index map[K]int32
	vals  []sum
}

func newSums[K comparable](n int) *sums[K] {
	return &sums[K]{index: make(map[K]int32, n), vals: make([]sum, 0, n)}
}

// at is k's sum, zero when k was not added to yet. It is valid until the next call.
func (d *sums[K]) at(k K) *sum {
	i, ok := d.index[k]
	if !ok {
		i = int32(len(d.vals))
		d.index[k] = i
		d.vals = append(d.vals, sum{})
	}
	return &d.vals[i]
}

// merge adds o's sums into d's and returns d, or o itself when d is nil: a window's sums
// start as its first batch's.
func (d *sums[K]) merge(o *sums[K]) *sums[K] {
	if d == nil {
		return o
	}
	for k, i := range o.index {
		d.at(k).addSum(&o.vals[i])
	}
	return d
}

// len is the number of keys d holds.
func (d *sums[K]) len() int {
	if d == nil {
		return 0
	}
	return len(d.index)
}
