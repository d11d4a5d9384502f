package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
)

// CopyStream is a binary COPY stream under construction: how the store writes transfers and an
// event family its rows, in the form PostgreSQL reads fastest, each field appended straight
// into one buffer rather than boxed and encoded by pgx's type map (which cost a smart token's
// events more than their decoding). Start each row with Row, then append its fields in the
// order of the columns Copy names.
type CopyStream struct {
	b     []byte
	rows  int
	ended bool
}

// NewCopyStream starts a stream with room for about size bytes.
func NewCopyStream(size int) *CopyStream {
	return &CopyStream{b: append(make([]byte, 0, len(copyHeader)+size+len(copyTrailer)), copyHeader...)}
}

// Row starts a row of fields fields.
func (c *CopyStream) Row(fields int) {
	c.b = appendInt16(c.b, int16(fields))
	c.rows++
}

// Int8 appends a bigint field.
func (c *CopyStream) Int8(v int64) { c.b = appendInt8Field(c.b, v) }

// Int4 appends an int field.
func (c *CopyStream) Int4(v int32) { c.b = appendInt4Field(c.b, v) }

// Bytes appends a bytea field.
func (c *CopyStream) Bytes(v []byte) { c.b = appendBytesField(c.b, v) }

// Text appends a text field.
func (c *CopyStream) Text(v string) { c.b = append(appendInt32(c.b, int32(len(v))), v...) }

// Null appends a NULL field.
func (c *CopyStream) Null() { c.b = appendInt32(c.b, -1) }

// JSONB appends a jsonb field whose JSON text add appends to the slice it is given.
func (c *CopyStream) JSONB(add func([]byte) []byte) {
	at := len(c.b)
	c.b = append(appendInt32(c.b, 0), 1)
	c.b = add(c.b)
	binary.BigEndian.PutUint32(c.b[at:], uint32(len(c.b)-at-4))
}

// Rows is how many rows the stream holds.
func (c *CopyStream) Rows() int { return c.rows }

// Copy ends the stream and sends its rows into columns of table in schema sch, within tx. An
// ended stream takes no more rows but can be sent again, in another transaction.
func (c *CopyStream) Copy(ctx context.Context, tx pgx.Tx, sch Schema, table string, columns []string) error {
	if !c.ended {
		c.b, c.ended = append(c.b, copyTrailer...), true
	}
	quoted := make([]string, len(columns))
	for i, col := range columns {
		quoted[i] = pgx.Identifier{col}.Sanitize()
	}
	sql := fmt.Sprintf("COPY %s (%s) FROM STDIN WITH (FORMAT binary)", pgx.Identifier{string(sch), table}.Sanitize(), strings.Join(quoted, ", "))
	if _, err := tx.Conn().PgConn().CopyFrom(ctx, bytes.NewReader(c.b), sql); err != nil {
		return fmt.Errorf("copy %d rows into %s: %w", c.rows, table, err)
	}
	return nil
}
