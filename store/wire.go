package store

import (
	"encoding/binary"
	"math/big"
	"math/bits"
)

// PostgreSQL's binary wire format for the few types the hot path writes: the rows of a COPY
// and the array parameters of the balance upsert. pgx encodes the same values through its type
// map, boxing each in an interface and converting numerics with big.Int division, which cost
// more than everything else in a commit; these append straight into one buffer. The tests
// decode every encoding back through pgx's own codecs.

// Type OIDs of the array parameters.
const (
	oidInt8         = 20
	oidInt4         = 23
	oidBytea        = 17
	oidNumeric      = 1700
	oidByteaArray   = 1001
	oidNumericArray = 1231
)

// copyHeader starts a binary COPY stream: signature, flags, header extension length.
var copyHeader = []byte("PGCOPY\n\xff\r\n\x00\x00\x00\x00\x00\x00\x00\x00\x00")

// copyTrailer ends a binary COPY stream.
var copyTrailer = []byte{0xff, 0xff}

func appendInt16(b []byte, v int16) []byte { return binary.BigEndian.AppendUint16(b, uint16(v)) }
func appendInt32(b []byte, v int32) []byte { return binary.BigEndian.AppendUint32(b, uint32(v)) }
func appendInt64(b []byte, v int64) []byte { return binary.BigEndian.AppendUint64(b, uint64(v)) }

// appendInt8Field appends a bigint field: its length, then its value.
func appendInt8Field(b []byte, v int64) []byte {
	return appendInt64(appendInt32(b, 8), v)
}

// appendInt4Field appends an int field.
func appendInt4Field(b []byte, v int32) []byte { return appendInt32(appendInt32(b, 4), v) }

// appendBytesField appends a bytea field.
func appendBytesField(b, v []byte) []byte { return append(appendInt32(b, int32(len(v))), v...) }

// appendNumericField appends v as a numeric field: its length, then the value as base-10000
// digits, most significant first, with trailing zero digits dropped as the server does.
func appendNumericField(b []byte, v *big.Int) []byte {
	var stack [24]int16
	digits := base10000(stack[:], v)
	weight := len(digits) - 1
	for len(digits) > 0 && digits[len(digits)-1] == 0 {
		digits = digits[:len(digits)-1]
	}
	sign := int16(0)
	if v.Sign() < 0 {
		sign = 0x4000
	}
	if len(digits) == 0 {
		weight = 0
	}
	b = appendInt32(b, int32(8+2*len(digits)))
	b = appendInt16(b, int16(len(digits)))
	b = appendInt16(b, int16(weight))
	b = appendInt16(b, sign)
	b = appendInt16(b, 0)
	for _, d := range digits {
		b = appendInt16(b, d)
	}
	return b
}

// chunk is the largest power of ten a machine word divides by at once, and its base-10000
// digit count.
var chunk, chunkDigits = func() (uint, int) {
	if bits.UintSize == 64 {
		return 1e16, 4
	}
	return 1e8, 2
}()

// base10000 returns |v|'s base-10000 digits, most significant first, with no leading zeros
// (none at all for zero), in buf when they fit.
func base10000(buf []int16, v *big.Int) []int16 {
	dst := buf[:0]
	var stack [8]uint
	words := stack[:0]
	for _, w := range v.Bits() {
		words = append(words, uint(w))
	}
	for len(words) > 0 && words[len(words)-1] == 0 {
		words = words[:len(words)-1]
	}
	for len(words) > 0 {
		var rem uint
		for i := len(words) - 1; i >= 0; i-- {
			words[i], rem = bits.Div(rem, words[i], chunk)
		}
		for len(words) > 0 && words[len(words)-1] == 0 {
			words = words[:len(words)-1]
		}
		for i := 0; i < chunkDigits && (rem > 0 || len(words) > 0); i++ {
			dst = append(dst, int16(rem%10000))
			rem /= 10000
		}
	}
	for i, j := 0, len(dst)-1; i < j; i, j = i+1, j-1 {
		dst[i], dst[j] = dst[j], dst[i]
	}
	return dst
}

// arrayHeader starts a one-dimensional array of n elements of type elem, without nulls.
func arrayHeader(b []byte, elem uint32, n int) []byte {
	b = appendInt32(b, 1)
	b = appendInt32(b, 0)
	b = binary.BigEndian.AppendUint32(b, elem)
	b = appendInt32(b, int32(n))
	return appendInt32(b, 1)
}

// byteaArray encodes vs as a bytea[] in binary form.
func byteaArray(vs [][]byte) []byte {
	b := arrayHeader(nil, oidBytea, len(vs))
	for _, v := range vs {
		b = appendBytesField(b, v)
	}
	return b
}
