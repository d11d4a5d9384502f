package store

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5/pgtype"
)

func transfers(n, holders int) []Transfer {
	out := make([]Transfer, n)
	for i := range out {
		out[i] = Transfer{Block: uint64(i / 100), LogIndex: uint(i % 100), Token: common.Address{byte(i % 20)},
			From: common.BigToAddress(big.NewInt(int64(i % holders))), To: common.BigToAddress(big.NewInt(int64((i * 7) % holders))),
			Value: big.NewInt(int64(i))}
	}
	return out
}

func TestBalanceDeltas(t *testing.T) {
	tok, a, b := common.Address{9}, common.Address{1}, common.Address{2}
	ts := []Transfer{
		{Token: tok, From: common.Address{}, To: a, Value: big.NewInt(100)},
		{Token: tok, From: a, To: b, Value: big.NewInt(30)},
		{Token: tok, From: b, To: b, Value: big.NewInt(5)},
		{Token: tok, From: b, To: common.Address{}, Value: big.NewInt(10)},
	}
	fwd, rev := BalanceDeltas(ts, 1), BalanceDeltas(ts, -1)
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
}

func BenchmarkBalanceDeltas(b *testing.B) {
	ts := transfers(20000, 10000)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		BalanceDeltas(ts, 1)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(ts)), "ns/transfer")
}

// BenchmarkCopyEncoding encodes transfer rows as COPY's binary format does, value by value.
func BenchmarkCopyEncoding(b *testing.B) {
	ts := transfers(10000, 10000)
	m := pgtype.NewMap()
	oids := []uint32{pgtype.Int8OID, pgtype.Int8OID, pgtype.ByteaOID, pgtype.ByteaOID, pgtype.Int4OID,
		pgtype.ByteaOID, pgtype.ByteaOID, pgtype.ByteaOID, pgtype.NumericOID}
	buf := make([]byte, 0, 1<<20)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		rows := &transferRows{chain: 1, rows: ts, i: -1}
		buf = buf[:0]
		for rows.Next() {
			vals, _ := rows.Values()
			for j, v := range vals {
				var err error
				if buf, err = m.Encode(oids[j], pgtype.BinaryFormatCode, v, buf); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(ts)), "ns/row")
}
