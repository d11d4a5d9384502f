// Package smart indexes security tokens (ERC-3643 and the SMART protocol built on it) and their
// identity registries: the audit log of every decoded event (didx.token_events), frozen
// amounts and address freezes (didx.holder_restrictions), pauses (didx.tokens) and registry
// entries (didx.identities). Balances and supply come from Transfer alone, as for any ERC-20.
//
// Every table is derived from didx.token_events: frozen amounts by deltas, the rest from the
// newest surviving event of its key. A rollback deletes the events above the ancestor and runs
// the same derivation, so it restores exactly the state the surviving events imply.
package smart

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/didx/didx/indexer/family"
	"github.com/didx/didx/store"
)

// Name is the family's name, and its rows' name in a batch.
const Name = "smart"

// The contract kinds the family decodes.
const (
	KindToken    = "smart"
	KindRegistry = "identity_registry"
)

// Family is the security-token event family.
type Family struct {
	tokens, registries eventTable
}

// New returns the family with its event tables.
func New() *Family {
	return &Family{tokens: newEventTable(tokenEvents), registries: newEventTable(registryEvents)}
}

// Name implements store.Family.
func (f *Family) Name() string { return Name }

// Kinds implements family.Family.
func (f *Family) Kinds() []string { return []string{KindToken, KindRegistry} }

// TokenKinds implements store.Family: a smart token has a didx.tokens row, a registry none.
func (f *Family) TokenKinds() []string { return []string{KindToken} }

// Tables implements store.Family.
func (f *Family) Tables() []string {
	return []string{"token_events", "holder_restrictions", "identities"}
}

// Handler implements family.Family.
func (f *Family) Handler(kind string, start map[common.Address]uint64) family.Handler {
	t := f.tokens
	if kind == KindRegistry {
		t = f.registries
	}
	return &handler{kind: kind, table: t, start: start}
}

// Undo implements store.Family: the events above ancestor are deleted and what they touched
// is derived again from those that survive.
func (f *Family) Undo(ctx context.Context, tx pgx.Tx, sch store.Schema, chain, ancestor uint64) error {
	rows, err := tx.Query(ctx, sch.Q(`DELETE FROM {s}.token_events WHERE chain_id = $1 AND block_number > $2
		RETURNING contract, event, subject, CASE WHEN event IN ('TokensFrozen', 'TokensUnfrozen') THEN args->>'amount' END`),
		int64(chain), int64(ancestor))
	if err != nil {
		return fmt.Errorf("delete token events above %d: %w", ancestor, err)
	}
	var c changes
	for rows.Next() {
		var contract, subject []byte
		var event string
		var amount *string
		if err := rows.Scan(&contract, &event, &subject, &amount); err != nil {
			rows.Close()
			return err
		}
		v := new(big.Int)
		if amount != nil {
			if _, ok := v.SetString(*amount, 10); !ok {
				rows.Close()
				return fmt.Errorf("token event %s of %x has amount %q", event, contract, *amount)
			}
		}
		c.add(event, common.BytesToAddress(contract), common.BytesToAddress(subject), v, -1)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("delete token events above %d: %w", ancestor, err)
	}
	return c.apply(ctx, tx, sch, chain)
}

// Seed implements store.Family: the shadow takes the live events below the rebuild's first
// block, of the contracts whose history is complete, and derives its state from them.
func (f *Family) Seed(ctx context.Context, tx pgx.Tx, chain, below uint64, incomplete string) error {
	if _, err := tx.Exec(ctx, `INSERT INTO didx_rebuild.token_events SELECT * FROM didx.token_events
		WHERE chain_id = $1 AND block_number < $2 AND contract NOT IN (`+incomplete+`)`, int64(chain), int64(below)); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `WITH e AS (SELECT * FROM didx_rebuild.token_events WHERE chain_id = $1),
		f AS (SELECT contract, subject, sum(CASE WHEN event = 'TokensFrozen' THEN 1 ELSE -1 END * (args->>'amount')::numeric) AS frozen
			FROM e WHERE event IN ('TokensFrozen', 'TokensUnfrozen') GROUP BY contract, subject),
		a AS (SELECT DISTINCT ON (contract, subject) contract, subject, (args->>'frozen')::boolean AS frozen
			FROM e WHERE event = 'AddressFrozen' ORDER BY contract, subject, block_number DESC, log_index DESC)
		INSERT INTO didx_rebuild.holder_restrictions (chain_id, token, holder, frozen, address_frozen)
		SELECT $1, coalesce(f.contract, a.contract), coalesce(f.subject, a.subject), coalesce(f.frozen, 0), coalesce(a.frozen, false)
		FROM f FULL JOIN a ON f.contract = a.contract AND f.subject = a.subject
		WHERE coalesce(f.frozen, 0) <> 0 OR coalesce(a.frozen, false)`, int64(chain)); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `UPDATE didx_rebuild.tokens t SET paused = coalesce((
			SELECT e.event = 'Paused' FROM didx_rebuild.token_events e
			WHERE e.chain_id = $1 AND e.contract = t.token AND e.subject = t.token AND e.event IN ('Paused', 'Unpaused')
			ORDER BY e.block_number DESC, e.log_index DESC LIMIT 1), false)
		WHERE t.chain_id = $1`, int64(chain)); err != nil {
		return err
	}
	var registries [][]byte
	rows, err := tx.Query(ctx, `SELECT DISTINCT contract FROM didx_rebuild.token_events WHERE chain_id = $1
		AND event IN ('IdentityRegistered', 'IdentityRemoved', 'IdentityUpdated', 'CountryUpdated')`, int64(chain))
	if err != nil {
		return err
	}
	for rows.Next() {
		var r []byte
		if err := rows.Scan(&r); err != nil {
			rows.Close()
			return err
		}
		registries = append(registries, r)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	return replayRegistries(ctx, tx, store.Shadow, chain, registries)
}
