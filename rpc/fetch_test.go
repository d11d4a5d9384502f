package rpc

import (
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestFilterAdmits checks which blocks a proof must look at: those whose bloom holds a wanted
// topic and a filter address; every other block is proven empty by its verified header.
func TestFilterAdmits(t *testing.T) {
	topic := common.Hash{0xdd}
	a, b, other := common.Address{1}, common.Address{2}, common.Address{3}
	f := NewFilter([]common.Address{a, b}, []common.Hash{topic})
	cases := []struct {
		name  string
		items [][]byte
		want  bool
	}{
		{"address and topic", [][]byte{a[:], topic[:]}, true},
		{"second address and topic", [][]byte{b[:], topic[:]}, true},
		{"another address", [][]byte{other[:], topic[:]}, false},
		{"no wanted topic", [][]byte{a[:], b[:]}, false},
		{"empty", nil, false},
	}
	for _, c := range cases {
		var bl types.Bloom
		for _, it := range c.items {
			bl.Add(it)
		}
		if got := f.admits(&bl); got != c.want {
			t.Errorf("%s: admits %v, want %v", c.name, got, c.want)
		}
	}
}

// TestDisputed checks that a quorum disputes exactly the blocks whose logs differ in any field
// a proof covers: a thinned block, a cut tail, an emptied block, a changed value.
func TestDisputed(t *testing.T) {
	log := func(n uint64, i uint, data byte) types.Log {
		return types.Log{BlockNumber: n, Index: i, Address: common.Address{1}, Topics: []common.Hash{{0xdd}}, Data: []byte{data}}
	}
	full := []types.Log{log(10, 0, 1), log(10, 1, 2), log(11, 0, 3), log(12, 4, 4), log(13, 0, 5), log(13, 1, 6)}
	r := &Range{From: 10, To: 13, Logs: full}
	admitted := []uint64{10, 11, 12, 13}
	cases := []struct {
		name  string
		other []types.Log
		want  []uint64
	}{
		{"same", full, nil},
		{"thinned", []types.Log{full[0], full[2], full[3], full[4], full[5]}, []uint64{10}},
		{"tail cut", full[:4], []uint64{13}},
		{"emptied", nil, []uint64{10, 11, 12, 13}},
		{"value changed", []types.Log{full[0], full[1], log(11, 0, 9), full[3], full[4], full[5]}, []uint64{11}},
	}
	for _, c := range cases {
		if got := disputed(r, c.other, admitted); !slices.Equal(got, c.want) {
			t.Errorf("%s: disputed %v, want %v", c.name, got, c.want)
		}
	}
}

func TestProbeAgreesWithLookup(t *testing.T) {
	addr := func(i int) common.Address {
		return common.BytesToAddress(crypto.Keccak256([]byte{byte(i), byte(i >> 8)}))
	}
	var b types.Bloom
	for i := 0; i < 60; i++ {
		b.Add(addr(i).Bytes())
	}
	hits := 0
	for i := 0; i < 2000; i++ {
		a := addr(i)
		p := newProbe(a[:])
		has := p.in(&b)
		if has != types.BloomLookup(b, a) {
			t.Fatalf("%s: the probe and BloomLookup disagree", a)
		}
		if has {
			hits++
		}
	}
	if hits < 60 {
		t.Fatalf("%d of the 60 added addresses found", hits)
	}
}
