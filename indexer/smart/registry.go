package smart

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/didx/didx/store"
)

// entry is an investor's identity and country in a registry.
type entry struct {
	identity common.Address
	country  int32
}

// registryArgs are the arguments of the identity events, as didx.token_events stores them.
type registryArgs struct {
	Investor    common.Address `json:"investor"`
	Identity    common.Address `json:"identity"`
	OldIdentity common.Address `json:"oldIdentity"`
	NewIdentity common.Address `json:"newIdentity"`
	Country     int32          `json:"country"`
}

// replayRegistries derives the entries of the given registries again from all their stored
// events, in block order. An IdentityUpdated names the old and the new identity contract but
// not the investor, so an entry's state depends on the events before it: replaying the
// registry is what derives it exactly, in the forward direction and after a rollback alike.
func replayRegistries(ctx context.Context, tx pgx.Tx, sch store.Schema, chain uint64, registries [][]byte) error {
	if len(registries) == 0 {
		return nil
	}
	rows, err := tx.Query(ctx, sch.Q(`SELECT contract, event, args FROM {s}.token_events
		WHERE chain_id = $1 AND contract = ANY($2)
			AND event IN ('IdentityRegistered', 'IdentityRemoved', 'IdentityUpdated', 'CountryUpdated')
		ORDER BY contract, block_number, log_index`), int64(chain), registries)
	if err != nil {
		return fmt.Errorf("read the events of %d identity registries: %w", len(registries), err)
	}
	state := map[common.Address]map[common.Address]entry{}
	for rows.Next() {
		var contract, raw []byte
		var event string
		if err := rows.Scan(&contract, &event, &raw); err != nil {
			rows.Close()
			return err
		}
		var a registryArgs
		if err := json.Unmarshal(raw, &a); err != nil {
			rows.Close()
			return fmt.Errorf("identity event %s of %x: %w", event, contract, err)
		}
		reg := common.BytesToAddress(contract)
		m := state[reg]
		if m == nil {
			m = map[common.Address]entry{}
			state[reg] = m
		}
		apply(m, event, a)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read the events of %d identity registries: %w", len(registries), err)
	}
	var regs, investors, identities [][]byte
	var countries []int32
	for reg, m := range state {
		for inv, e := range m {
			regs, investors, identities = append(regs, reg.Bytes()), append(investors, inv.Bytes()), append(identities, e.identity.Bytes())
			countries = append(countries, e.country)
		}
	}
	q := &pgx.Batch{}
	q.Queue(sch.Q(`DELETE FROM {s}.identities WHERE chain_id = $1 AND registry = ANY($2)`), int64(chain), registries)
	q.Queue(sch.Q(`INSERT INTO {s}.identities (chain_id, registry, investor, identity, country)
		SELECT $1, * FROM unnest($2::bytea[], $3::bytea[], $4::bytea[], $5::integer[])`),
		int64(chain), regs, investors, identities, countries)
	if err := tx.SendBatch(ctx, q).Close(); err != nil {
		return fmt.Errorf("write the entries of %d identity registries: %w", len(registries), err)
	}
	return nil
}

// apply is one identity event's effect on a registry's entries, as the registry applied it.
func apply(m map[common.Address]entry, event string, a registryArgs) {
	switch event {
	case "IdentityRegistered":
		m[a.Investor] = entry{identity: a.Identity, country: a.Country}
	case "IdentityRemoved":
		delete(m, a.Investor)
	case "IdentityUpdated":
		for inv, e := range m {
			if e.identity == a.OldIdentity {
				e.identity = a.NewIdentity
				m[inv] = e
			}
		}
	case "CountryUpdated":
		if e, ok := m[a.Investor]; ok {
			e.country = a.Country
			m[a.Investor] = e
		}
	}
}
