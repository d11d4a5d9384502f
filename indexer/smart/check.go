package smart

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/didx/didx/contracts"
	"github.com/didx/didx/indexer/family"
	"github.com/didx/didx/rpc"
)

// callBatch is how many eth_calls a check sends in one JSON-RPC batch.
const callBatch = 200

// probe is one indexed value and the view call that must return it.
type probe struct {
	kind             string
	contract, holder common.Address
	method           string
	args             []any
	found            string
	abi              *abi.ABI
}

// Check implements family.Checker: paused() of every smart token, isFrozen(holder) and
// getFrozenTokens(holder) of every holder with a balance or a restriction, and identity and
// investorCountry of every registry entry, against the indexed state.
func (f *Family) Check(ctx context.Context, db family.Querier, chain uint64, skip map[common.Address]bool,
	call family.CallFunc) ([]family.Finding, int, error) {
	tok, err := contracts.SmartTokenMetaData.GetAbi()
	if err != nil {
		return nil, 0, err
	}
	reg, err := contracts.IdentityRegistryMetaData.GetAbi()
	if err != nil {
		return nil, 0, err
	}
	var probes []probe
	err = scan(ctx, db, `SELECT token, paused FROM {s}.tokens WHERE chain_id = $1 AND kind = $2 ORDER BY token`,
		[]any{int64(chain), KindToken}, func(r pgx.Rows) error {
			var t []byte
			var paused bool
			if err := r.Scan(&t, &paused); err != nil {
				return err
			}
			probes = append(probes, probe{kind: "paused", contract: common.BytesToAddress(t), method: "paused", found: fmt.Sprint(paused), abi: tok})
			return nil
		})
	if err != nil {
		return nil, 0, err
	}
	err = scan(ctx, db, `SELECT h.token, h.holder, h.frozen::text, h.address_frozen FROM {s}.holder_balances h
			JOIN {s}.tokens t ON t.chain_id = h.chain_id AND t.token = h.token
		WHERE h.chain_id = $1 AND t.kind = $2 ORDER BY h.token, h.holder`, []any{int64(chain), KindToken}, func(r pgx.Rows) error {
		var t, h []byte
		var frozen string
		var addr bool
		if err := r.Scan(&t, &h, &frozen, &addr); err != nil {
			return err
		}
		token, holder := common.BytesToAddress(t), common.BytesToAddress(h)
		probes = append(probes,
			probe{kind: "frozen_tokens", contract: token, holder: holder, method: "getFrozenTokens", args: []any{holder}, found: frozen, abi: tok},
			probe{kind: "address_frozen", contract: token, holder: holder, method: "isFrozen", args: []any{holder}, found: fmt.Sprint(addr), abi: tok})
		return nil
	})
	if err != nil {
		return nil, 0, err
	}
	err = scan(ctx, db, `SELECT registry, investor, identity, country FROM {s}.identities WHERE chain_id = $1 ORDER BY registry, investor`,
		[]any{int64(chain)}, func(r pgx.Rows) error {
			var rg, inv, id []byte
			var country int32
			if err := r.Scan(&rg, &inv, &id, &country); err != nil {
				return err
			}
			registry, investor := common.BytesToAddress(rg), common.BytesToAddress(inv)
			probes = append(probes,
				probe{kind: "identity", contract: registry, holder: investor, method: "identity", args: []any{investor}, found: common.BytesToAddress(id).Hex(), abi: reg},
				probe{kind: "country", contract: registry, holder: investor, method: "investorCountry", args: []any{investor}, found: fmt.Sprint(country), abi: reg})
			return nil
		})
	if err != nil {
		return nil, 0, err
	}
	var out []family.Finding
	n := 0
	for start := 0; start < len(probes); start += callBatch {
		page := probes[start:min(start+callBatch, len(probes))]
		calls := make([]rpc.Call, 0, len(page))
		var asked []probe
		for _, p := range page {
			if skip[p.contract] {
				continue
			}
			data, err := p.abi.Pack(p.method, p.args...)
			if err != nil {
				return nil, 0, err
			}
			calls, asked = append(calls, rpc.Call{To: p.contract, Data: data}), append(asked, p)
		}
		if len(calls) == 0 {
			continue
		}
		res, err := call(ctx, calls)
		if err != nil {
			return nil, 0, err
		}
		for i, p := range asked {
			vals, err := p.abi.Unpack(p.method, res[i])
			if err != nil || len(vals) != 1 {
				return nil, 0, fmt.Errorf("%s.%s: %q does not decode: %v", p.contract.Hex(), p.method, res[i], err)
			}
			want := fmt.Sprint(vals[0])
			if a, ok := vals[0].(common.Address); ok {
				want = a.Hex()
			}
			if want != p.found {
				out = append(out, family.Finding{Kind: p.kind, Contract: p.contract, Holder: p.holder, Expected: want, Found: p.found})
			}
		}
		n += len(asked)
	}
	return out, n, nil
}

func scan(ctx context.Context, db family.Querier, sql string, args []any, row func(pgx.Rows) error) error {
	rows, err := db.Query(ctx, sql, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := row(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}
