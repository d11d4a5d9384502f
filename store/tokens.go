package store

import (
	"bytes"
	"context"
	"fmt"
	"maps"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
)

// supplyParams are the supply update's array parameters: one element per token whose supply
// changes, in address order.
type supplyParams struct {
	tokens  [][]byte
	amounts []string
}

func encodeSupply(d *sums[common.Address]) supplyParams {
	var p supplyParams
	if d == nil {
		return p
	}
	var v big.Int
	for _, t := range slices.SortedFunc(maps.Keys(d.index), func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) }) {
		if s := &d.vals[d.index[t]]; !s.isZero() {
			p.tokens, p.amounts = append(p.tokens, t.Bytes()), append(p.amounts, s.setBig(&v).String())
		}
	}
	return p
}

// applySupply adds each token's supply change to its row in didx.tokens.
func applySupply(ctx context.Context, tx pgx.Tx, sch Schema, chain uint64, p supplyParams) error {
	if len(p.tokens) == 0 {
		return nil
	}
	if _, err := tx.Exec(ctx, sch.Q(`UPDATE {s}.tokens t SET total_supply = t.total_supply + d.amount
		FROM unnest($2::bytea[], $3::numeric[]) AS d(token, amount) WHERE t.chain_id = $1 AND t.token = d.token`),
		int64(chain), p.tokens, p.amounts); err != nil {
		return fmt.Errorf("update the supply of %d tokens of chain %d: %w", len(p.tokens), chain, err)
	}
	return nil
}

// tokenKinds are the contract kinds that are tokens, with a row in didx.tokens: ERC-20 and the
// token kinds of the store's families.
func (s *Store) tokenKinds() []string {
	kinds := []string{"erc20"}
	for _, f := range s.families {
		kinds = append(kinds, f.TokenKinds()...)
	}
	return kinds
}

// ensureTokens gives every registered token of the chain its row in didx.tokens (not paused,
// no supply until its transfers are indexed). A contract's registration, adoption or discovery
// calls it in the same transaction.
func (s *Store) ensureTokens(ctx context.Context, tx pgx.Tx, chain uint64) error {
	if _, err := tx.Exec(ctx, s.sch.Q(`INSERT INTO {s}.tokens (chain_id, token, kind)
		SELECT chain_id, address, kind FROM {s}.contracts WHERE chain_id = $1 AND kind = ANY($2)
		ON CONFLICT (chain_id, token) DO NOTHING`), int64(chain), s.tokenKinds()); err != nil {
		return fmt.Errorf("add the tokens of chain %d to didx.tokens: %w", chain, err)
	}
	return nil
}
