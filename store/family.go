package store

import (
	"context"
	"fmt"
	"slices"

	"github.com/jackc/pgx/v5"
)

// Family is the database side of an event family (security tokens, ...): the tables its rows
// live in and how a rollback or a rebuild treats them. Its rows reach a commit as Rows in the
// batch. Families are given to Open, so every writer of a chain undoes and rebuilds them alike.
type Family interface {
	// Name labels the family's rows in batches and errors.
	Name() string
	// TokenKinds are the contract kinds it indexes that are tokens (with a didx.tokens row).
	TokenKinds() []string
	// Tables are its per-chain tables, each with a chain_id column, that a rebuild replaces.
	Tables() []string
	// Undo reverses, in tx, the family's effects of the chain's blocks above ancestor.
	Undo(ctx context.Context, tx pgx.Tx, sch Schema, chain, ancestor uint64) error
	// Seed starts a rebuild from block below: it copies the family's live rows below it into
	// the shadow schema, leaving out the contracts whose live history is incomplete (listed by
	// the query incomplete, which takes the chain as $1), and derives what they imply.
	Seed(ctx context.Context, tx pgx.Tx, chain, below uint64, incomplete string) error
}

// Rows are an event family's rows in one batch. Commit writes them in the batch's transaction,
// after its transfers and balances.
type Rows interface {
	Write(ctx context.Context, tx pgx.Tx, sch Schema, chain uint64) error
}

// WithFamilies makes the store roll back and rebuild the tables of these event families with
// its own.
func WithFamilies(fs ...Family) Option {
	return func(o *options) { o.families = append(o.families, fs...) }
}

// Ext returns the batch's rows of the named family, made by mk on first use: a family's
// handler appends to them log by log.
func (b *Batch) Ext(name string, mk func() Rows) Rows {
	if r, ok := b.ext[name]; ok {
		return r
	}
	if b.ext == nil {
		b.ext = map[string]Rows{}
	}
	r := mk()
	b.ext[name] = r
	b.extOrder = append(b.extOrder, name)
	return r
}

// Exts are the batch's family rows, in the order the families first appeared.
func (b *Batch) Exts() []Rows {
	out := make([]Rows, 0, len(b.extOrder))
	for _, n := range b.extOrder {
		out = append(out, b.ext[n])
	}
	return out
}

func writeExts(ctx context.Context, tx pgx.Tx, sch Schema, chain uint64, rows []Rows) error {
	for _, r := range rows {
		if err := r.Write(ctx, tx, sch, chain); err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) undoFamilies(ctx context.Context, tx pgx.Tx, chain, ancestor uint64) error {
	for _, f := range s.families {
		if err := f.Undo(ctx, tx, s.sch, chain, ancestor); err != nil {
			return fmt.Errorf("roll back %s of chain %d to %d: %w", f.Name(), chain, ancestor, err)
		}
	}
	return nil
}

// tables are the per-chain tables a rebuild replaces, the families' before the core's, so
// checkpoints come last.
func (s *Store) tables() []string {
	var out []string
	for _, f := range s.families {
		out = append(out, f.Tables()...)
	}
	return slices.Concat(out, indexedTables)
}
