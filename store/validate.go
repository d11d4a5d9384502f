package store

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
)

// Snapshot is one moment of the indexed state, read in a single read-only REPEATABLE READ
// transaction: the checkpoint, transfers and balances it returns belong together even while a
// sidecar commits beside it, so a validation compares like with like.
type Snapshot struct {
	tx  pgx.Tx
	sch Schema
}

// Snapshot opens a snapshot; Close ends it.
func (s *Store) Snapshot(ctx context.Context) (*Snapshot, error) {
	tx, err := s.pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, fmt.Errorf("open snapshot: %w", err)
	}
	return &Snapshot{tx: tx, sch: s.sch}, nil
}

// Close ends the snapshot.
func (s *Snapshot) Close(ctx context.Context) { _ = s.tx.Rollback(ctx) }

// Query runs a read of an event family's tables in the snapshot, in its schema ({s}).
func (s *Snapshot) Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error) {
	return s.tx.Query(ctx, s.sch.Q(sql), args...)
}

// Supplies reads the total supply of every token of the chain in didx.tokens.
func (s *Snapshot) Supplies(ctx context.Context, chain uint64) (map[common.Address]*big.Int, error) {
	rows, err := s.tx.Query(ctx, s.sch.Q(`SELECT token, total_supply FROM {s}.tokens WHERE chain_id = $1`), int64(chain))
	if err != nil {
		return nil, fmt.Errorf("read token supplies: %w", err)
	}
	defer rows.Close()
	out := map[common.Address]*big.Int{}
	for rows.Next() {
		var t []byte
		var v pgtype.Numeric
		if err := rows.Scan(&t, &v); err != nil {
			return nil, err
		}
		out[common.BytesToAddress(t)] = numericInt(v)
	}
	return out, rows.Err()
}

// Checkpoint reads the chain's checkpoint as of the snapshot, nil when it has none.
func (s *Snapshot) Checkpoint(ctx context.Context, chain uint64) (*Checkpoint, error) {
	return readCheckpoint(ctx, s.tx, s.sch, chain)
}

// Transfers reads the chain's indexed transfers in blocks [from, to], in block and log order.
func (s *Snapshot) Transfers(ctx context.Context, chain, from, to uint64) ([]Transfer, error) {
	rows, err := s.tx.Query(ctx, s.sch.Q(`SELECT block_number, block_hash, tx_hash, log_index, token, from_address,
		to_address, value FROM {s}.erc20_transfers WHERE chain_id = $1 AND block_number BETWEEN $2 AND $3
		ORDER BY block_number, log_index`), int64(chain), int64(from), int64(to))
	if err != nil {
		return nil, fmt.Errorf("read transfers %d-%d: %w", from, to, err)
	}
	defer rows.Close()
	var out []Transfer
	for rows.Next() {
		var t Transfer
		var bn int64
		var li int32
		var bh, tx, tok, f, to []byte
		var v pgtype.Numeric
		if err := rows.Scan(&bn, &bh, &tx, &li, &tok, &f, &to, &v); err != nil {
			return nil, err
		}
		t.Block, t.LogIndex, t.Value = uint64(bn), uint(li), numericInt(v)
		t.BlockHash, t.TxHash = common.BytesToHash(bh), common.BytesToHash(tx)
		t.Token, t.From, t.To = common.BytesToAddress(tok), common.BytesToAddress(f), common.BytesToAddress(to)
		out = append(out, t)
	}
	return out, rows.Err()
}

// Balance is one indexed balance.
type Balance struct {
	BalanceKey
	Amount *big.Int
}

// BalancesAfter reads up to limit balances of the chain ordered by (token, holder), starting
// after the given key: a walk over any number of holders in bounded memory.
func (s *Snapshot) BalancesAfter(ctx context.Context, chain uint64, after BalanceKey, limit int) ([]Balance, error) {
	rows, err := s.tx.Query(ctx, s.sch.Q(`SELECT token, holder, balance FROM {s}.erc20_balances
		WHERE chain_id = $1 AND (token, holder) > ($2, $3) ORDER BY token, holder LIMIT $4`),
		int64(chain), after.Token.Bytes(), after.Holder.Bytes(), limit)
	if err != nil {
		return nil, fmt.Errorf("read balances: %w", err)
	}
	defer rows.Close()
	var out []Balance
	for rows.Next() {
		var tok, h []byte
		var v pgtype.Numeric
		if err := rows.Scan(&tok, &h, &v); err != nil {
			return nil, err
		}
		out = append(out, Balance{BalanceKey{common.BytesToAddress(tok), common.BytesToAddress(h)}, numericInt(v)})
	}
	return out, rows.Err()
}

// BalanceSums is the sum of the indexed balances of each token of the chain.
func (s *Snapshot) BalanceSums(ctx context.Context, chain uint64) (map[common.Address]*big.Int, error) {
	rows, err := s.tx.Query(ctx, s.sch.Q(`SELECT token, sum(balance) FROM {s}.erc20_balances WHERE chain_id = $1 GROUP BY token`), int64(chain))
	if err != nil {
		return nil, fmt.Errorf("sum balances: %w", err)
	}
	defer rows.Close()
	out := map[common.Address]*big.Int{}
	for rows.Next() {
		var tok []byte
		var v pgtype.Numeric
		if err := rows.Scan(&tok, &v); err != nil {
			return nil, err
		}
		out[common.BytesToAddress(tok)] = numericInt(v)
	}
	return out, rows.Err()
}

// ImpliedMismatch is a (token, holder) whose balance row differs from what the indexed
// transfers imply.
type ImpliedMismatch struct {
	BalanceKey
	Implied, Stored *big.Int
}

// ImpliedMismatches compares every balance row with the net of the indexed transfers and
// returns up to limit differences: a holder the transfers imply but the table lacks, a row the
// transfers do not imply, or a different amount.
func (s *Snapshot) ImpliedMismatches(ctx context.Context, chain uint64, limit int) ([]ImpliedMismatch, error) {
	rows, err := s.tx.Query(ctx, s.sch.Q(`SELECT token, holder, coalesce(c.v, 0), coalesce(b.balance, 0) FROM (
			SELECT token, holder, sum(v) AS v FROM (
				SELECT token, to_address AS holder, value AS v FROM {s}.erc20_transfers WHERE chain_id = $1
				UNION ALL SELECT token, from_address, -value FROM {s}.erc20_transfers WHERE chain_id = $1) d
			WHERE holder <> $2 GROUP BY token, holder) c
		FULL JOIN (SELECT token, holder, balance FROM {s}.erc20_balances WHERE chain_id = $1) b USING (token, holder)
		WHERE coalesce(c.v, 0) <> coalesce(b.balance, 0) ORDER BY token, holder LIMIT $3`),
		int64(chain), common.Address{}.Bytes(), limit)
	if err != nil {
		return nil, fmt.Errorf("compare balances with transfers: %w", err)
	}
	defer rows.Close()
	var out []ImpliedMismatch
	for rows.Next() {
		var tok, h []byte
		var c, b pgtype.Numeric
		if err := rows.Scan(&tok, &h, &c, &b); err != nil {
			return nil, err
		}
		out = append(out, ImpliedMismatch{BalanceKey{common.BytesToAddress(tok), common.BytesToAddress(h)}, numericInt(c), numericInt(b)})
	}
	return out, rows.Err()
}

// Database names the database a snapshot reads, for evidence that says what it speaks for.
type Database struct {
	Name          string `json:"name"`
	Address       string `json:"address,omitempty"`
	ServerVersion string `json:"server_version"`
	// InRecovery is true on a standby (a read replica): its state may trail the primary's.
	InRecovery bool `json:"in_recovery"`
}

// LeaseAt is a chain's write lease as of a snapshot.
type LeaseAt struct {
	Holder string `json:"holder"`
	Epoch  int64  `json:"epoch"`
	Live   bool   `json:"live"`
}

// Database describes the database the snapshot reads.
func (s *Snapshot) Database(ctx context.Context) (Database, error) {
	var d Database
	var addr *string
	err := s.tx.QueryRow(ctx, `SELECT current_database(), inet_server_addr()::text || ':' || inet_server_port(),
		current_setting('server_version'), pg_is_in_recovery()`).Scan(&d.Name, &addr, &d.ServerVersion, &d.InRecovery)
	if err != nil {
		return d, fmt.Errorf("describe database: %w", err)
	}
	if addr != nil {
		d.Address = *addr
	}
	return d, nil
}

// Lease reads the chain's write lease as of the snapshot, nil when nobody ever held it.
func (s *Snapshot) Lease(ctx context.Context, chain uint64) (*LeaseAt, error) {
	var l LeaseAt
	err := s.tx.QueryRow(ctx, `SELECT holder, epoch, expires_at > clock_timestamp() FROM didx.leases WHERE chain_id = $1`,
		int64(chain)).Scan(&l.Holder, &l.Epoch, &l.Live)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read lease of chain %d: %w", chain, err)
	}
	return &l, nil
}
