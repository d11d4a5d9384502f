package testenv

import (
	"context"
	"fmt"
	"math/big"
	"math/rand/v2"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"

	"github.com/didx/didx/contracts"
	"github.com/didx/didx/internal/simchain"
)

// SecurityState returns the first difference between the security-token state indexed in the
// database and the chain's view functions at the checkpoint block, or nil: didx.tokens against
// paused() and totalSupply(); didx.holder_balances against balanceOf, getFrozenTokens and
// isFrozen for every holder; didx.identities against the registries' identity and
// investorCountry; didx.token_events against the number of logs the contracts emitted; and
// didx.balance_at against balanceOf at samples random past blocks, drawn from rng.
func SecurityState(dbURL string, chain *simchain.Chain, chainID uint64, tokens, registries, holders []common.Address,
	samples int, rng *rand.Rand) error {
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		return fmt.Errorf("connect: %w", err)
	}
	defer conn.Close(ctx)
	var num int64
	if err := conn.QueryRow(ctx, `SELECT block_number FROM didx.checkpoints WHERE chain_id = $1`, int64(chainID)).Scan(&num); err != nil {
		return fmt.Errorf("read checkpoint: %w", err)
	}
	cp := uint64(num)
	client := chain.Client()
	at := &bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(cp)}
	for _, tok := range tokens {
		if err := tokenState(ctx, conn, client, chainID, tok, holders, at); err != nil {
			return err
		}
	}
	for _, reg := range registries {
		if err := registryState(ctx, conn, client, chainID, reg, holders, at); err != nil {
			return err
		}
	}
	logs, err := client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), ToBlock: new(big.Int).SetUint64(cp),
		Addresses: append(append([]common.Address{}, tokens...), registries...)})
	if err != nil {
		return err
	}
	var events int
	if err := conn.QueryRow(ctx, `SELECT count(*) FROM didx.token_events WHERE chain_id = $1`, int64(chainID)).Scan(&events); err != nil {
		return err
	}
	if events != len(logs) {
		return fmt.Errorf("didx.token_events has %d rows, the contracts emitted %d logs up to %d", events, len(logs), cp)
	}
	if err := snapshotsState(ctx, conn, client, chainID); err != nil {
		return err
	}
	for i := 0; i < samples; i++ {
		tok, h := tokens[rng.IntN(len(tokens))], holders[rng.IntN(len(holders))]
		block := uint64(rng.Int64N(int64(cp) + 1))
		caller, err := contracts.NewTokenCaller(tok, client)
		if err != nil {
			return err
		}
		want, err := caller.BalanceOf(&bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(block)}, h)
		if err != nil {
			want = new(big.Int)
		}
		var got pgtype.Numeric
		if err := conn.QueryRow(ctx, `SELECT didx.balance_at($1, $2, $3, $4)`, int64(chainID), tok.Bytes(), h.Bytes(), int64(block)).Scan(&got); err != nil {
			return fmt.Errorf("balance_at: %w", err)
		}
		if Numeric(got).Cmp(want) != 0 {
			return fmt.Errorf("balance_at(%s, %s, %d) = %s, balanceOf says %s", tok, h, block, Numeric(got), want)
		}
	}
	return nil
}

func tokenState(ctx context.Context, conn *pgx.Conn, client bind.ContractCaller, chainID uint64, tok common.Address,
	holders []common.Address, at *bind.CallOpts) error {
	st, err := contracts.NewSmartTokenCaller(tok, client)
	if err != nil {
		return err
	}
	var paused bool
	var supply pgtype.Numeric
	if err := conn.QueryRow(ctx, `SELECT paused, total_supply FROM didx.tokens WHERE chain_id = $1 AND token = $2`,
		int64(chainID), tok.Bytes()).Scan(&paused, &supply); err != nil {
		return fmt.Errorf("token %s in didx.tokens: %w", tok, err)
	}
	if want, err := st.Paused(at); err != nil || want != paused {
		return fmt.Errorf("token %s: indexed paused %v, chain %v (%v)", tok, paused, want, err)
	}
	if want, err := st.TotalSupply(at); err != nil || want.Cmp(Numeric(supply)) != 0 {
		return fmt.Errorf("token %s: indexed supply %s, chain %s (%v)", tok, Numeric(supply), want, err)
	}
	var restricted int
	if err := conn.QueryRow(ctx, `SELECT count(*) FROM didx.holder_restrictions WHERE chain_id = $1 AND token = $2`,
		int64(chainID), tok.Bytes()).Scan(&restricted); err != nil {
		return err
	}
	want := 0
	for _, h := range holders {
		var bal, frozen, avail pgtype.Numeric
		var addrFrozen bool
		err := conn.QueryRow(ctx, `SELECT balance, frozen, available, address_frozen FROM didx.holder_balances
			WHERE chain_id = $1 AND token = $2 AND holder = $3`, int64(chainID), tok.Bytes(), h.Bytes()).Scan(&bal, &frozen, &avail, &addrFrozen)
		if err == pgx.ErrNoRows {
			bal, frozen, avail = pgtype.Numeric{Int: new(big.Int), Valid: true}, pgtype.Numeric{Int: new(big.Int), Valid: true}, pgtype.Numeric{Int: new(big.Int), Valid: true}
		} else if err != nil {
			return err
		}
		cb, err1 := st.BalanceOf(at, h)
		cf, err2 := st.GetFrozenTokens(at, h)
		ci, err3 := st.IsFrozen(at, h)
		if err := firstErr(err1, err2, err3); err != nil {
			return err
		}
		if cf.Sign() != 0 || ci {
			want++
		}
		cavail := new(big.Int).Sub(cb, cf)
		if ci || cavail.Sign() < 0 {
			cavail.SetInt64(0)
		}
		got := fmt.Sprintf("balance %s frozen %s available %s address frozen %v", Numeric(bal), Numeric(frozen), Numeric(avail), addrFrozen)
		exp := fmt.Sprintf("balance %s frozen %s available %s address frozen %v", cb, cf, cavail, ci)
		if got != exp {
			return fmt.Errorf("token %s holder %s at %s:\n  indexed %s\n  chain   %s", tok, h, at.BlockNumber, got, exp)
		}
	}
	if restricted != want {
		return fmt.Errorf("token %s: %d rows in didx.holder_restrictions, the chain restricts %d holders", tok, restricted, want)
	}
	return nil
}

func registryState(ctx context.Context, conn *pgx.Conn, client bind.ContractCaller, chainID uint64, reg common.Address,
	investors []common.Address, at *bind.CallOpts) error {
	rc, err := contracts.NewIdentityRegistryCaller(reg, client)
	if err != nil {
		return err
	}
	var rows int
	if err := conn.QueryRow(ctx, `SELECT count(*) FROM didx.identities WHERE chain_id = $1 AND registry = $2`,
		int64(chainID), reg.Bytes()).Scan(&rows); err != nil {
		return err
	}
	registered := 0
	for _, inv := range investors {
		id, err1 := rc.Identity(at, inv)
		country, err2 := rc.InvestorCountry(at, inv)
		if err := firstErr(err1, err2); err != nil {
			return err
		}
		var gotID []byte
		var gotCountry int32
		err := conn.QueryRow(ctx, `SELECT identity, country FROM didx.identities WHERE chain_id = $1 AND registry = $2 AND investor = $3`,
			int64(chainID), reg.Bytes(), inv.Bytes()).Scan(&gotID, &gotCountry)
		if err == pgx.ErrNoRows {
			gotID = common.Address{}.Bytes()
		} else if err != nil {
			return err
		}
		if id != (common.Address{}) {
			registered++
		}
		if common.BytesToAddress(gotID) != id || (id != (common.Address{}) && int32(country) != gotCountry) {
			return fmt.Errorf("registry %s investor %s: indexed identity %x country %d, chain %s country %d",
				reg, inv, gotID, gotCountry, id, country)
		}
	}
	if rows != registered {
		return fmt.Errorf("registry %s: %d rows in didx.identities, the chain has %d", reg, rows, registered)
	}
	return nil
}

func firstErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// snapshotsState holds every balance snapshot to balanceOf at its block.
func snapshotsState(ctx context.Context, conn *pgx.Conn, client bind.ContractCaller, chainID uint64) error {
	rows, err := conn.Query(ctx, `SELECT token, holder, block_number, balance FROM didx.balance_snapshots WHERE chain_id = $1`, int64(chainID))
	if err != nil {
		return err
	}
	type snap struct {
		token, holder common.Address
		block         uint64
		balance       *big.Int
	}
	var snaps []snap
	for rows.Next() {
		var t, h []byte
		var b int64
		var v pgtype.Numeric
		if err := rows.Scan(&t, &h, &b, &v); err != nil {
			rows.Close()
			return err
		}
		snaps = append(snaps, snap{common.BytesToAddress(t), common.BytesToAddress(h), uint64(b), Numeric(v)})
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for _, s := range snaps {
		caller, err := contracts.NewTokenCaller(s.token, client)
		if err != nil {
			return err
		}
		want, err := caller.BalanceOf(&bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(s.block)}, s.holder)
		if err != nil {
			return err
		}
		if want.Cmp(s.balance) != 0 {
			return fmt.Errorf("balance snapshot of %s in %s at %d is %s, balanceOf says %s", s.holder, s.token, s.block, s.balance, want)
		}
	}
	return nil
}
