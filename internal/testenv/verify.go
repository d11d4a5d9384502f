package testenv

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgtype"

	"github.com/didx/didx/contracts"
	"github.com/didx/didx/internal/simchain"
)

var transferTopic = common.HexToHash("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef")

// Checkpoint reads a chain's checkpoint from the database at dbURL; ok is false when none
// (also before the migrations created the table).
func Checkpoint(t testing.TB, dbURL string, chainID uint64) (n uint64, hash common.Hash, ok bool) {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		t.Fatalf("connect: %v", err)
	}
	defer conn.Close(ctx)
	var num int64
	var h []byte
	err = conn.QueryRow(ctx, `SELECT block_number, block_hash FROM didx.checkpoints WHERE chain_id = $1`, int64(chainID)).Scan(&num, &h)
	var pgErr *pgconn.PgError
	if err == pgx.ErrNoRows || (errors.As(err, &pgErr) && pgErr.Code == "42P01") {
		return 0, common.Hash{}, false
	}
	if err != nil {
		t.Fatalf("read checkpoint: %v", err)
	}
	return uint64(num), common.BytesToHash(h), true
}

// CheckState fails the test unless the indexed state of the chain in the database equals the
// chain as of the checkpoint: the checkpoint hash is canonical; didx.erc20_transfers holds
// exactly the canonical Transfer logs of tokens, row for row, block hashes included; every
// didx.erc20_balances row equals balanceOf at the checkpoint block, every holder with a
// balance is present, and the balances sum to totalSupply. It returns the checkpoint.
func CheckState(t testing.TB, dbURL string, chain *simchain.Chain, chainID uint64, tokens []common.Address) uint64 {
	t.Helper()
	n, err := checkState(dbURL, chain, chainID, tokens)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// StateError returns what CheckState would fail with, or nil: for polling until state settles.
func StateError(dbURL string, chain *simchain.Chain, chainID uint64, tokens []common.Address) error {
	_, err := checkState(dbURL, chain, chainID, tokens)
	return err
}

func checkState(dbURL string, chain *simchain.Chain, chainID uint64, tokens []common.Address) (uint64, error) {
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		return 0, fmt.Errorf("connect: %w", err)
	}
	defer conn.Close(ctx)
	var num int64
	var h []byte
	if err := conn.QueryRow(ctx, `SELECT block_number, block_hash FROM didx.checkpoints WHERE chain_id = $1`,
		int64(chainID)).Scan(&num, &h); err != nil {
		return 0, fmt.Errorf("read checkpoint: %w", err)
	}
	cp := uint64(num)
	client := chain.Client()
	head, err := client.HeaderByNumber(ctx, new(big.Int).SetUint64(cp))
	if err != nil {
		return 0, fmt.Errorf("header %d: %w", cp, err)
	}
	if head.Hash() != common.BytesToHash(h) {
		return 0, fmt.Errorf("checkpoint %d has hash %x, the chain %s", cp, h, head.Hash())
	}
	logs, err := client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), ToBlock: new(big.Int).SetUint64(cp),
		Addresses: tokens, Topics: [][]common.Hash{{transferTopic}}})
	if err != nil {
		return 0, fmt.Errorf("chain logs: %w", err)
	}
	want := logs[:0]
	for _, l := range logs {
		if len(l.Topics) == 3 && len(l.Data) == 32 {
			want = append(want, l)
		}
	}
	if err := compareTransfers(ctx, conn, chainID, want); err != nil {
		return 0, err
	}
	return cp, compareBalances(ctx, conn, client, chainID, cp, tokens, want)
}

func compareTransfers(ctx context.Context, conn *pgx.Conn, chainID uint64, want []types.Log) error {
	rows, err := conn.Query(ctx, `SELECT block_number, block_hash, tx_hash, log_index, token, from_address, to_address, value
		FROM didx.erc20_transfers WHERE chain_id = $1 ORDER BY block_number, log_index`, int64(chainID))
	if err != nil {
		return err
	}
	defer rows.Close()
	i := 0
	for rows.Next() {
		var bn int64
		var li int32
		var bh, tx, tok, from, to []byte
		var v pgtype.Numeric
		if err := rows.Scan(&bn, &bh, &tx, &li, &tok, &from, &to, &v); err != nil {
			return err
		}
		if i >= len(want) {
			return fmt.Errorf("extra transfer row at block %d log %d (chain has %d transfers)", bn, li, len(want))
		}
		l := want[i]
		got := fmt.Sprintf("%d/%d %x %x %x %x %x %s", bn, li, bh, tx, tok, from, to, Numeric(v))
		exp := fmt.Sprintf("%d/%d %x %x %x %x %x %s", l.BlockNumber, l.Index, l.BlockHash[:], l.TxHash[:], l.Address[:],
			l.Topics[1][12:], l.Topics[2][12:], new(big.Int).SetBytes(l.Data))
		if got != exp {
			return fmt.Errorf("transfer %d differs:\n  indexed %s\n  chain   %s", i, got, exp)
		}
		i++
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if i != len(want) {
		return fmt.Errorf("%d transfer rows, the chain has %d Transfer logs", i, len(want))
	}
	return nil
}

func compareBalances(ctx context.Context, conn *pgx.Conn, client bind.ContractCaller, chainID, cp uint64,
	tokens []common.Address, logs []types.Log) error {
	at := &bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(cp)}
	for _, tok := range tokens {
		caller, err := contracts.NewTokenCaller(tok, client)
		if err != nil {
			return err
		}
		indexed := map[common.Address]*big.Int{}
		rows, err := conn.Query(ctx, `SELECT holder, balance FROM didx.erc20_balances WHERE chain_id = $1 AND token = $2`,
			int64(chainID), tok.Bytes())
		if err != nil {
			return err
		}
		for rows.Next() {
			var h []byte
			var v pgtype.Numeric
			if err := rows.Scan(&h, &v); err != nil {
				rows.Close()
				return err
			}
			indexed[common.BytesToAddress(h)] = Numeric(v)
		}
		rows.Close()
		holders := map[common.Address]bool{}
		for _, l := range logs {
			if l.Address == tok {
				holders[common.BytesToAddress(l.Topics[1][12:])] = true
				holders[common.BytesToAddress(l.Topics[2][12:])] = true
			}
		}
		for h := range indexed {
			holders[h] = true
		}
		delete(holders, common.Address{})
		sum := new(big.Int)
		for h := range holders {
			bal, err := caller.BalanceOf(at, h)
			if err != nil {
				return fmt.Errorf("balanceOf %s: %w", h, err)
			}
			got, ok := indexed[h]
			switch {
			case bal.Sign() == 0 && ok:
				return fmt.Errorf("token %s holder %s: indexed balance %s, chain has none", tok, h, got)
			case bal.Sign() != 0 && !ok:
				return fmt.Errorf("token %s holder %s: missing, chain balance %s", tok, h, bal)
			case ok && got.Cmp(bal) != 0:
				return fmt.Errorf("token %s holder %s: indexed %s, chain %s", tok, h, got, bal)
			}
			sum.Add(sum, bal)
		}
		supply, err := caller.TotalSupply(at)
		if err != nil {
			return err
		}
		if sum.Cmp(supply) != 0 {
			return fmt.Errorf("token %s: balances sum to %s, totalSupply is %s", tok, sum, supply)
		}
		var indexedSupply pgtype.Numeric
		if err := conn.QueryRow(ctx, `SELECT total_supply FROM didx.tokens WHERE chain_id = $1 AND token = $2`,
			int64(chainID), tok.Bytes()).Scan(&indexedSupply); err != nil {
			return fmt.Errorf("token %s in didx.tokens: %w", tok, err)
		}
		if Numeric(indexedSupply).Cmp(supply) != 0 {
			return fmt.Errorf("token %s: didx.tokens.total_supply %s, totalSupply is %s", tok, Numeric(indexedSupply), supply)
		}
	}
	return nil
}

// Numeric is the integer value of a numeric(78,0) as PostgreSQL returns it (digits and a
// decimal exponent).
func Numeric(n pgtype.Numeric) *big.Int {
	v, err := n.Int64Value()
	if err == nil && v.Valid {
		return big.NewInt(v.Int64)
	}
	out := new(big.Int).Set(n.Int)
	return out.Mul(out, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n.Exp)), nil))
}
