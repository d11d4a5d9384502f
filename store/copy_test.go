package store_test

import (
	"bytes"
	"context"
	"encoding/json"
	"testing"

	"github.com/didx/didx/store"
)

// TestCopyStream writes rows of every field type a CopyStream has, NULL among them, and reads
// them back through the server.
func TestCopyStream(t *testing.T) {
	st := open(t)
	ctx := context.Background()
	tx, err := st.Pool().Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = tx.Rollback(ctx) })
	if _, err := tx.Exec(ctx, `CREATE TEMP TABLE copied (a bigint, b int, c bytea, d text, e jsonb, f bytea)`); err != nil {
		t.Fatal(err)
	}
	type row struct {
		a    int64
		b    int32
		c, f []byte
		d    string
		e    string
	}
	rows := []row{
		{a: -1 << 40, b: -7, c: []byte{0, 1, 2}, d: "IdentityRegistered", e: `{"amount": "12", "country": 250}`, f: []byte{9}},
		{a: 1, b: 1 << 30, c: []byte{}, d: "", e: `{}`},
	}
	cs := store.NewCopyStream(0)
	for _, r := range rows {
		cs.Row(6)
		cs.Int8(r.a)
		cs.Int4(r.b)
		cs.Bytes(r.c)
		cs.Text(r.d)
		cs.JSONB(func(b []byte) []byte { return append(b, r.e...) })
		if r.f == nil {
			cs.Null()
		} else {
			cs.Bytes(r.f)
		}
	}
	if err := cs.Copy(ctx, tx, "pg_temp", "copied", []string{"a", "b", "c", "d", "e", "f"}); err != nil {
		t.Fatal(err)
	}
	got, err := tx.Query(ctx, `SELECT a, b, c, d, e::text, f FROM copied ORDER BY a`)
	if err != nil {
		t.Fatal(err)
	}
	defer got.Close()
	for i := 0; got.Next(); i++ {
		var r row
		if err := got.Scan(&r.a, &r.b, &r.c, &r.d, &r.e, &r.f); err != nil {
			t.Fatal(err)
		}
		want := rows[i]
		var we, ge any
		_ = json.Unmarshal([]byte(want.e), &we)
		_ = json.Unmarshal([]byte(r.e), &ge)
		wj, _ := json.Marshal(we)
		gj, _ := json.Marshal(ge)
		if r.a != want.a || r.b != want.b || !bytes.Equal(r.c, want.c) || r.d != want.d || !bytes.Equal(wj, gj) ||
			!bytes.Equal(r.f, want.f) || (r.f == nil) != (want.f == nil) {
			t.Fatalf("row %d read back as %+v, want %+v", i, r, want)
		}
	}
	if err := got.Err(); err != nil {
		t.Fatal(err)
	}
}
