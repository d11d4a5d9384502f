package store

import (
	"bytes"
	"cmp"
	"context"
	"encoding/binary"
	"fmt"
	"maps"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
)

// BalanceKey is one holder of one token.
type BalanceKey struct {
	Token, Holder common.Address
}

// sumTransfers is the net change that transfers, multiplied by sign (+1 to apply them, -1 to
// undo them), make to the balance of every (token, holder) they touch and to the supply of
// every token they mint or burn. Balances and supplies are pure functions of the transfers, so
// undoing a rolled-back block is the same computation with the sign flipped; that symmetry is
// what makes rollback exact. The zero address (mint and burn) is no holder. An amount that is
// not a uint256 is an error: no ERC-20 log carries one.
func sumTransfers(transfers []Transfer, sign int) (balances *sums[BalanceKey], supply *sums[common.Address], err error) {
	balances, supply = newSums[BalanceKey](len(transfers)), newSums[common.Address](0)
	for i := range transfers {
		t := &transfers[i]
		if err := uint256(t.Value); err != nil {
			return nil, nil, fmt.Errorf("transfer %d/%d: %w", t.Block, t.LogIndex, err)
		}
		if t.From == t.To {
			continue
		}
		if t.To != (common.Address{}) {
			balances.at(BalanceKey{t.Token, t.To}).add(t.Value, sign < 0)
		} else {
			supply.at(t.Token).add(t.Value, sign > 0)
		}
		if t.From != (common.Address{}) {
			balances.at(BalanceKey{t.Token, t.From}).add(t.Value, sign > 0)
		} else {
			supply.at(t.Token).add(t.Value, sign < 0)
		}
	}
	return balances, supply, nil
}

// balanceParams are the balance upsert's array parameters in binary form: one element per
// distinct key with a non-zero delta, sorted so the server walks the primary key in order.
type balanceParams struct {
	n                        int
	tokens, holders, amounts []byte
	// fresh says the chain holds no balance yet: every key is new, and a plain insert does
	// half the work of an upsert (a chain's first window, which a backfill makes its largest).
	fresh bool
}

func encodeBalances(deltas *sums[BalanceKey]) balanceParams {
	if deltas == nil {
		return balanceParams{}
	}
	rank := map[common.Address]uint32{}
	for k := range deltas.index {
		rank[k.Token] = 0
	}
	for i, t := range slices.SortedFunc(maps.Keys(rank), func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) }) {
		rank[t] = uint32(i)
	}
	keys := make([]BalanceKey, 0, deltas.len())
	values := make([]int32, 0, deltas.len())
	order := make([]sortKey, 0, deltas.len())
	for k, i := range deltas.index {
		if !deltas.vals[i].isZero() {
			order = append(order, sortKey{rank[k.Token], int32(len(keys)), binary.BigEndian.Uint64(k.Holder[:])})
			keys, values = append(keys, k), append(values, i)
		}
	}
	slices.SortFunc(order, func(a, b sortKey) int { return a.compare(b, keys) })
	n := len(keys)
	p := balanceParams{n: n,
		tokens:  arrayHeader(make([]byte, 0, 20+24*n), oidBytea, n),
		holders: arrayHeader(make([]byte, 0, 20+24*n), oidBytea, n),
		amounts: arrayHeader(make([]byte, 0, 20+36*n), oidNumeric, n),
	}
	var v big.Int
	for _, o := range order {
		k := keys[o.i]
		p.tokens = appendBytesField(p.tokens, k.Token[:])
		p.holders = appendBytesField(p.holders, k.Holder[:])
		p.amounts = appendNumericField(p.amounts, deltas.vals[values[o.i]].setBig(&v))
	}
	return p
}

// sortKey orders balance keys as the primary key does. It is small, and compares the token's
// rank and the holder's leading bytes as integers, looking at the whole holder only on a tie:
// sorting is most of what encoding a batch's balances costs.
type sortKey struct {
	token  uint32
	i      int32
	holder uint64
}

func (a sortKey) compare(b sortKey, keys []BalanceKey) int {
	if a.token != b.token {
		return cmp.Compare(a.token, b.token)
	}
	if a.holder != b.holder {
		return cmp.Compare(a.holder, b.holder)
	}
	return bytes.Compare(keys[a.i].Holder[:], keys[b.i].Holder[:])
}

// snapshotBlocks is how many blocks the commits that touch a balance may span between two of
// its snapshots in didx.balance_snapshots: balance_at sums the holder's transfers over at most
// that many blocks (or one commit window, when a window is longer). A window at the head spans
// a block or two, so an active holder gets a snapshot every thousand blocks or so; a backfill
// window spans thousands, so it snapshots every key it touches, once per window.
// (256 blocks halved W1's backfill rate on the benchmark machine; 1024 cost no measurable rate.)
const snapshotBlocks = 1024

// applyBalances adds each delta to its balance with one upsert per distinct key, then deletes
// the balances it brought to zero, so the table holds exactly the non-zero holders. The upsert
// names the keys it zeroed, so the delete touches only those rather than probing every key
// again. It returns how many balances it left negative: a token cannot do that, so each one is
// the mark of a lost log (or of a token that breaks ERC-20), leaving out the tokens in exempt.
// With snap at or above zero (the block the balances are as of, the end of a window spanning
// span blocks), a key whose windows have spanned snapshotBlocks since its last snapshot gets
// one, unless its token is exempt (its history is not all indexed yet). Snapshots are plain
// inserts, half the work of an upsert: snap is above the checkpoint the window moves from, and
// no snapshot lies above a checkpoint (a rollback deletes them with their blocks, a rebuild
// copies those below where it starts).
func applyBalances(ctx context.Context, tx pgx.Tx, sch Schema, chain uint64, p balanceParams, exempt map[common.Address]bool, snap, span int64) (negative int, err error) {
	if p.n == 0 {
		return 0, nil
	}
	skip := make([][]byte, 0, len(exempt))
	for t := range exempt {
		skip = append(skip, t.Bytes())
	}
	upsert := `ON CONFLICT (chain_id, token, holder) DO UPDATE SET balance = {s}.erc20_balances.balance + excluded.balance,
		changes = CASE WHEN {s}.erc20_balances.changes + $7 >= %[1]d THEN 0 ELSE {s}.erc20_balances.changes + $7 END`
	if p.fresh {
		upsert = ""
	}
	res := tx.Conn().PgConn().ExecParams(ctx, sch.Q(fmt.Sprintf(`WITH up AS (
			INSERT INTO {s}.erc20_balances (chain_id, token, holder, balance, changes)
			SELECT $1, t, h, a, CASE WHEN $7 >= %[1]d THEN 0 ELSE $7 END FROM unnest($2::bytea[], $3::bytea[], $4::numeric[]) AS d(t, h, a)
			`+upsert+`
			RETURNING token, holder, balance, changes),
		snap AS (
			INSERT INTO {s}.balance_snapshots (chain_id, token, holder, block_number, balance)
			SELECT $1, token, holder, $5, balance FROM up WHERE changes = 0 AND $5 >= 0 AND token <> ALL($6))
		SELECT token, holder, balance < 0 FROM up WHERE balance <= 0`, snapshotBlocks)),
		[][]byte{appendInt64(nil, int64(chain)), p.tokens, p.holders, p.amounts, appendInt64(nil, snap), byteaArray(skip), appendInt32(nil, int32(min(span, snapshotBlocks)))},
		[]uint32{oidInt8, oidByteaArray, oidByteaArray, oidNumericArray, oidInt8, oidByteaArray, oidInt4}, []int16{1, 1, 1, 1, 1, 1, 1}, []int16{1, 1, 1})
	var zt, zh [][]byte
	for res.NextRow() {
		v := res.Values()
		if len(v[2]) == 1 && v[2][0] == 1 {
			if !exempt[common.BytesToAddress(v[0])] {
				negative++
			}
			continue
		}
		zt, zh = append(zt, bytes.Clone(v[0])), append(zh, bytes.Clone(v[1]))
	}
	if _, err := res.Close(); err != nil {
		return 0, fmt.Errorf("update %d balances: %w", p.n, err)
	}
	if len(zt) == 0 {
		return negative, nil
	}
	if _, err := tx.Exec(ctx, sch.Q(`DELETE FROM {s}.erc20_balances b USING unnest($2::bytea[], $3::bytea[]) AS k(token, holder)
		WHERE b.chain_id = $1 AND b.token = k.token AND b.holder = k.holder AND b.balance = 0`),
		int64(chain), zt, zh); err != nil {
		return 0, fmt.Errorf("delete %d zero balances: %w", len(zt), err)
	}
	return negative, nil
}

// applyTransfers applies the balance and supply changes of transfers, times sign, at once
// rather than through a window: what a rollback undoes and a finished backfill adds. It takes
// no snapshot, and a balance it leaves negative is not counted: see applyBalances for exempt.
func applyTransfers(ctx context.Context, tx pgx.Tx, sch Schema, chain uint64, transfers []Transfer, sign int, exempt map[common.Address]bool) error {
	balances, supply, err := sumTransfers(transfers, sign)
	if err != nil {
		return err
	}
	if _, err := applyBalances(ctx, tx, sch, chain, encodeBalances(balances), exempt, -1, 0); err != nil {
		return err
	}
	return applySupply(ctx, tx, sch, chain, encodeSupply(supply))
}

// numericInt is the integer value of a numeric(78,0).
func numericInt(n pgtype.Numeric) *big.Int {
	v := new(big.Int).Set(n.Int)
	if n.Exp > 0 {
		v.Mul(v, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n.Exp)), nil))
	}
	return v
}
