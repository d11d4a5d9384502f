package indexer

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/didx/didx/store"
)

func transferLog(token common.Address, from, to common.Address, value int64, block uint64) types.Log {
	return types.Log{Address: token, BlockNumber: block,
		Topics: []common.Hash{TransferTopic, common.BytesToHash(from[:]), common.BytesToHash(to[:])},
		Data:   common.BigToHash(big.NewInt(value)).Bytes()}
}

func TestERC20Handle(t *testing.T) {
	tok := common.Address{0x70}
	h := NewERC20(map[common.Address]uint64{tok: 10})
	a, b := common.Address{1}, common.Address{2}
	bad := transferLog(tok, a, b, 5, 20)
	bad.Topics[1][0] = 1
	nft := transferLog(tok, a, b, 5, 20)
	nft.Topics = append(nft.Topics, common.Hash{7})
	nft.Data = nil
	cases := []struct {
		name  string
		log   types.Log
		rows  int
		error string
	}{
		{"transfer", transferLog(tok, a, b, 5, 20), 1, ""},
		{"before the start block", transferLog(tok, a, b, 5, 9), 0, ""},
		{"unregistered contract", transferLog(common.Address{9}, a, b, 5, 20), 0, ""},
		{"ERC-721 shape", nft, 0, "4 topics and 0 data bytes"},
		{"address with dirty padding", bad, 0, "is not an address"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var batch store.Batch
			err := h.Handle(&c.log, &batch)
			if len(batch.Transfers) != c.rows || (c.error == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), c.error)) {
				t.Fatalf("rows %d, err %v", len(batch.Transfers), err)
			}
		})
	}
}

func BenchmarkERC20Handle(b *testing.B) {
	tok := common.Address{0x70}
	h := NewERC20(map[common.Address]uint64{tok: 0})
	logs := make([]types.Log, 1000)
	for i := range logs {
		logs[i] = transferLog(tok, common.Address{byte(i)}, common.Address{byte(i + 1)}, int64(i), 1)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		var batch store.Batch
		for j := range logs {
			if err := h.Handle(&logs[j], &batch); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*1000), "ns/log")
}
