package main

import (
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5/pgtype"
)

// copyHeader opens a binary COPY stream: signature, flags, header extension length.
var copyHeader = []byte("PGCOPY\n\xff\r\n\x00\x00\x00\x00\x00\x00\x00\x00\x00")

// encode is logs as rows of didx.erc20_transfers in PostgreSQL's binary COPY format, with the
// values encoded by pgx's own codecs.
func encode(chainID uint64, logs []types.Log) ([]byte, error) {
	m := pgtype.NewMap()
	out := append(make([]byte, 0, len(logs)*220), copyHeader...)
	var err error
	field := func(oid uint32, v any) {
		if err != nil {
			return
		}
		at := len(out)
		out = append(out, 0, 0, 0, 0)
		if out, err = m.Encode(oid, pgtype.BinaryFormatCode, v, out); err != nil {
			err = fmt.Errorf("encode %T: %w", v, err)
			return
		}
		binary.BigEndian.PutUint32(out[at:], uint32(len(out)-at-4))
	}
	for _, l := range logs {
		out = binary.BigEndian.AppendUint16(out, 9)
		field(pgtype.Int8OID, int64(chainID))
		field(pgtype.Int8OID, int64(l.BlockNumber))
		field(pgtype.ByteaOID, l.BlockHash[:])
		field(pgtype.ByteaOID, l.TxHash[:])
		field(pgtype.Int4OID, int32(l.Index))
		field(pgtype.ByteaOID, l.Address[:])
		field(pgtype.ByteaOID, l.Topics[1][12:])
		field(pgtype.ByteaOID, l.Topics[2][12:])
		field(pgtype.NumericOID, pgtype.Numeric{Int: new(big.Int).SetBytes(l.Data), Valid: true})
	}
	return binary.BigEndian.AppendUint16(out, 0xffff), err
}
