package rpc

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestSuspectBlocks checks which blocks the bloom cross-check asks again: those whose bloom
// promises a filter address's wanted topic while the answer has no log of that address.
func TestSuspectBlocks(t *testing.T) {
	topic := common.Hash{0xdd}
	a, b, other := common.Address{1}, common.Address{2}, common.Address{3}
	bloom := func(items ...[]byte) types.Bloom {
		var bl types.Bloom
		for _, it := range items {
			bl.Add(it)
		}
		return bl
	}
	r := &Range{From: 10, To: 14, Headers: []Header{
		{Number: 10, Bloom: bloom(a[:], topic[:])},       // a's log present
		{Number: 11, Bloom: bloom(a[:], topic[:])},       // a's log missing
		{Number: 12, Bloom: bloom(other[:], topic[:])},   // not a filter address
		{Number: 13, Bloom: bloom(b[:])},                 // no wanted topic
		{Number: 14, Bloom: bloom(a[:], b[:], topic[:])}, // a present, b missing
	}, Logs: []types.Log{{BlockNumber: 10, Address: a}, {BlockNumber: 14, Address: a}}}
	got := suspectBlocks(r, Filter{Addresses: []common.Address{a, b}, Topics: []common.Hash{topic}})
	if len(got) != 2 || got[0] != 11 || got[1] != 14 {
		t.Fatalf("suspects %v, want [11 14]", got)
	}
}

func TestBloomHasAgreesWithLookup(t *testing.T) {
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
		var probe types.Bloom
		probe.Add(a[:])
		has := bloomHas(&b, &probe)
		if has != types.BloomLookup(b, a) {
			t.Fatalf("%s: bloomHas and BloomLookup disagree", a)
		}
		if has {
			hits++
		}
	}
	if hits < 60 {
		t.Fatalf("%d of the 60 added addresses found", hits)
	}
}
