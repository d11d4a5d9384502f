package store

import (
	"encoding/binary"
	"math/big"
	"testing"

	"github.com/jackc/pgx/v5/pgtype"
)

// decodeNumeric reads a numeric field (length, then value) through pgx's codec.
func decodeNumeric(t testing.TB, field []byte) *big.Int {
	t.Helper()
	if n := int(binary.BigEndian.Uint32(field)); n != len(field)-4 {
		t.Fatalf("field length %d, value has %d bytes", n, len(field)-4)
	}
	var n pgtype.Numeric
	if err := pgtype.NewMap().Scan(pgtype.NumericOID, pgtype.BinaryFormatCode, field[4:], &n); err != nil {
		t.Fatalf("pgx cannot decode %x: %v", field, err)
	}
	return numericInt(n)
}

func TestNumericEncoding(t *testing.T) {
	huge, _ := new(big.Int).SetString("115792089237316195423570985008687907853269984665640564039457584007913129639935", 10)
	tests := []struct {
		name string
		v    *big.Int
	}{
		{"zero", big.NewInt(0)},
		{"one", big.NewInt(1)},
		{"minus one", big.NewInt(-1)},
		{"one base-10000 digit", big.NewInt(9999)},
		{"trailing zero digits", big.NewInt(1_0000_0000)},
		{"a word's chunk boundary", new(big.Int).Exp(big.NewInt(10), big.NewInt(16), nil)},
		{"one ether", new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)},
		{"max uint256", huge},
		{"minus max uint256", new(big.Int).Neg(huge)},
		{"beyond 256 bits", new(big.Int).Lsh(huge, 300)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := decodeNumeric(t, appendNumericField(nil, tt.v)); got.Cmp(tt.v) != 0 {
				t.Fatalf("decoded %s, encoded %s", got, tt.v)
			}
		})
	}
}

func FuzzNumericEncoding(f *testing.F) {
	f.Add([]byte{1}, false)
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}, true)
	f.Fuzz(func(t *testing.T, mag []byte, neg bool) {
		v := new(big.Int).SetBytes(mag)
		if neg {
			v.Neg(v)
		}
		if got := decodeNumeric(t, appendNumericField(nil, v)); got.Cmp(v) != 0 {
			t.Fatalf("decoded %s, encoded %s", got, v)
		}
	})
}

func TestBalanceParamsDecode(t *testing.T) {
	ts := transfers(500, 37)
	sums, _, err := sumTransfers(ts, 1)
	if err != nil {
		t.Fatal(err)
	}
	deltas, _ := sumBigs(t, ts, 1)
	p := encodeBalances(sums)
	m := pgtype.NewMap()
	var tokens, holders [][]byte
	var amounts []pgtype.Numeric
	for _, c := range []struct {
		oid uint32
		src []byte
		dst any
	}{{oidByteaArray, p.tokens, &tokens}, {oidByteaArray, p.holders, &holders}, {oidNumericArray, p.amounts, &amounts}} {
		if err := m.Scan(c.oid, pgtype.BinaryFormatCode, c.src, c.dst); err != nil {
			t.Fatalf("pgx cannot decode array %d: %v", c.oid, err)
		}
	}
	if len(tokens) != p.n || len(holders) != p.n || len(amounts) != p.n {
		t.Fatalf("arrays of %d, %d, %d elements, want %d", len(tokens), len(holders), len(amounts), p.n)
	}
	seen := 0
	for i := range tokens {
		if i > 0 && string(tokens[i-1])+string(holders[i-1]) >= string(tokens[i])+string(holders[i]) {
			t.Fatalf("element %d out of key order", i)
		}
		k := BalanceKey{Token: [20]byte(tokens[i]), Holder: [20]byte(holders[i])}
		if got := numericInt(amounts[i]); deltas[k] == nil || got.Cmp(deltas[k]) != 0 {
			t.Fatalf("%x/%x: encoded %s, delta %s", tokens[i], holders[i], got, deltas[k])
		}
		seen++
	}
	for _, v := range deltas {
		if v.Sign() == 0 {
			seen++
		}
	}
	if seen != len(deltas) {
		t.Fatalf("%d deltas, %d encoded or zero", len(deltas), seen)
	}
}
