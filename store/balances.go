package store

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
)

// BalanceKey is one holder of one token.
type BalanceKey struct {
	Token, Holder common.Address
}

// BalanceDeltas is the net balance change of every (token, holder) that transfers touch,
// multiplied by sign: +1 to apply them, -1 to undo them. Balances are a pure function of the
// transfers, so undoing a rolled-back block is the same computation with the sign flipped;
// that symmetry is what makes rollback exact. The zero address (mint and burn) is no holder.
func BalanceDeltas(transfers []Transfer, sign int) map[BalanceKey]*big.Int {
	d := make(map[BalanceKey]*big.Int, len(transfers))
	add := func(k BalanceKey, v *big.Int, neg bool) {
		if k.Holder == (common.Address{}) {
			return
		}
		cur, ok := d[k]
		if !ok {
			cur = new(big.Int)
			d[k] = cur
		}
		if neg {
			cur.Sub(cur, v)
		} else {
			cur.Add(cur, v)
		}
	}
	for i := range transfers {
		t := &transfers[i]
		if t.From == t.To {
			continue
		}
		add(BalanceKey{t.Token, t.To}, t.Value, sign < 0)
		add(BalanceKey{t.Token, t.From}, t.Value, sign > 0)
	}
	return d
}

// queueBalances adds each delta to its balance with one upsert per distinct key, then deletes
// the balances it brought to zero, so the table holds exactly the non-zero holders.
func queueBalances(q *pgx.Batch, sch schema, chain uint64, deltas map[BalanceKey]*big.Int) {
	if len(deltas) == 0 {
		return
	}
	tokens := make([][]byte, 0, len(deltas))
	holders := make([][]byte, 0, len(deltas))
	amounts := make([]pgtype.Numeric, 0, len(deltas))
	for k, v := range deltas {
		if v.Sign() == 0 {
			continue
		}
		tokens = append(tokens, k.Token.Bytes())
		holders = append(holders, k.Holder.Bytes())
		amounts = append(amounts, pgtype.Numeric{Int: v, Valid: true})
	}
	if len(tokens) == 0 {
		return
	}
	q.Queue(sch.q(`INSERT INTO {s}.erc20_balances (chain_id, token, holder, balance)
		SELECT $1, * FROM unnest($2::bytea[], $3::bytea[], $4::numeric[])
		ON CONFLICT (chain_id, token, holder) DO UPDATE SET balance = {s}.erc20_balances.balance + excluded.balance`),
		int64(chain), tokens, holders, amounts)
	q.Queue(sch.q(`DELETE FROM {s}.erc20_balances b USING unnest($2::bytea[], $3::bytea[]) AS k(token, holder)
		WHERE b.chain_id = $1 AND b.token = k.token AND b.holder = k.holder AND b.balance = 0`),
		int64(chain), tokens, holders)
}

// numericInt is the integer value of a numeric(78,0).
func numericInt(n pgtype.Numeric) *big.Int {
	v := new(big.Int).Set(n.Int)
	if n.Exp > 0 {
		v.Mul(v, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n.Exp)), nil))
	}
	return v
}
