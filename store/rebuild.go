package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// ErrRebuildRunning is returned when another process is rebuilding the chain.
var ErrRebuildRunning = errors.New("a rebuild of this chain is already running")

// rebuildFresh is how recent a rebuild's heartbeat must be for sidecars to defer to it.
const rebuildFresh = 30 * time.Second

// LockRebuild takes the chain's rebuild lock, a session advisory lock held until release is
// called or the process dies, so two rebuilds of a chain never run at once.
func (s *Store) LockRebuild(ctx context.Context, chain uint64) (release func(), err error) {
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return nil, err
	}
	var ok bool
	if err := conn.QueryRow(ctx, `SELECT pg_try_advisory_lock(hashtextextended('didx.rebuild', $1))`, int64(chain)).Scan(&ok); err != nil {
		conn.Release()
		return nil, fmt.Errorf("rebuild lock of chain %d: %w", chain, err)
	}
	if !ok {
		conn.Release()
		return nil, fmt.Errorf("chain %d: %w", chain, ErrRebuildRunning)
	}
	return func() {
		_, _ = conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock(hashtextextended('didx.rebuild', $1))`, int64(chain))
		conn.Release()
	}, nil
}

// StartRebuild registers a rebuild of chain from block from. When an interrupted rebuild from
// the same block left its shadow state, it is kept and resume is true; otherwise the chain's
// shadow rows are cleared.
func (s *Store) StartRebuild(ctx context.Context, chain uint64, instance string, from uint64) (resume bool, err error) {
	if err := s.EnsureChain(ctx, chain); err != nil {
		return false, err
	}
	err = txDo(ctx, s.pool, func(tx pgx.Tx) error {
		var prev int64
		err := tx.QueryRow(ctx, `SELECT from_block FROM didx.rebuilds WHERE chain_id = $1 FOR UPDATE`, int64(chain)).Scan(&prev)
		switch {
		case err == nil && uint64(prev) == from:
			resume = true
		case err != nil && !errors.Is(err, pgx.ErrNoRows):
			return err
		}
		if !resume {
			if err := s.clearShadow(ctx, tx, chain); err != nil {
				return err
			}
		}
		_, err = tx.Exec(ctx, `INSERT INTO didx.rebuilds (chain_id, instance, from_block) VALUES ($1, $2, $3)
			ON CONFLICT (chain_id) DO UPDATE SET instance = excluded.instance, from_block = excluded.from_block,
				heartbeat_at = now(), wants_lease = false`, int64(chain), instance, int64(from))
		return err
	})
	if err != nil {
		return false, fmt.Errorf("start rebuild of chain %d: %w", chain, err)
	}
	return resume, nil
}

// clearShadow empties the chain's shadow rows: its partitions are truncated.
func (s *Store) clearShadow(ctx context.Context, tx pgx.Tx, chain uint64) error {
	if _, err := tx.Exec(ctx, `SELECT didx.clear_shadow($1, $2)`, int64(chain), append(s.tables(), "reorgs")); err != nil {
		return fmt.Errorf("clear the shadow of chain %d: %w", chain, err)
	}
	return nil
}

// EnsureChain gives the chain partitions of its own in the tables that grow with its history,
// live and shadow, moving rows written before out of the default partitions, so that a
// rebuild's swap exchanges partitions instead of copying rows. Once per chain and process.
func (s *Store) EnsureChain(ctx context.Context, chain uint64) error {
	if _, ok := s.partitioned.Load(chain); ok {
		return nil
	}
	if _, err := s.pool.Exec(ctx, `SELECT didx.ensure_chain($1, $2)`, int64(chain), s.tables()); err != nil {
		return fmt.Errorf("partitions of chain %d: %w", chain, err)
	}
	s.partitioned.Store(chain, true)
	return nil
}

// indexedTables are the core's per-chain tables a rebuild replaces, checkpoints last.
var indexedTables = []string{"erc20_transfers", "erc20_balances", "balance_snapshots", "tokens", "undecodable_logs",
	"blocks", "contracts", "registry", "checkpoints"}

// RebuildHeartbeat keeps the rebuild's registration fresh; wantLease asks the sidecar holding
// the chain's lease to give it up.
func (s *Store) RebuildHeartbeat(ctx context.Context, chain uint64, wantLease bool) error {
	_, err := s.pool.Exec(ctx, `UPDATE didx.rebuilds SET heartbeat_at = now(), wants_lease = wants_lease OR $2 WHERE chain_id = $1`,
		int64(chain), wantLease)
	return err
}

// Rebuild is a running rebuild as sidecars see it.
type Rebuild struct {
	Instance   string
	WantsLease bool
}

// Rebuilds lists the chains with a live rebuild.
func (s *Store) Rebuilds(ctx context.Context) (map[uint64]Rebuild, error) {
	rows, err := s.pool.Query(ctx, `SELECT chain_id, instance, wants_lease FROM didx.rebuilds
		WHERE heartbeat_at > now() - $1::interval`, rebuildFresh.String())
	if err != nil {
		return nil, fmt.Errorf("read rebuilds: %w", err)
	}
	out := map[uint64]Rebuild{}
	for rows.Next() {
		var id int64
		var r Rebuild
		if err := rows.Scan(&id, &r.Instance, &r.WantsLease); err != nil {
			return nil, err
		}
		out[uint64(id)] = r
	}
	return out, rows.Err()
}

// Swap replaces the chain's live indexed state with its shadow state in one transaction (run
// fence first), clears the shadow and ends the rebuild's registration: the chain's partitions
// are exchanged, the small tables copied. Readers see the old state until the commit and the
// new one after it, never a mixture. It returns the rows swapped in.
func (s *Store) Swap(ctx context.Context, chain uint64, fence func(context.Context, pgx.Tx) error) (moved int64, err error) {
	err = txDo(ctx, s.pool, func(tx pgx.Tx) error {
		if err := fence(ctx, tx); err != nil {
			return err
		}
		var shadow int
		if err := tx.QueryRow(ctx, `SELECT count(*) FROM didx_rebuild.checkpoints WHERE chain_id = $1`, int64(chain)).Scan(&shadow); err != nil {
			return err
		}
		if shadow == 0 {
			return fmt.Errorf("chain %d has no rebuilt state to swap in", chain)
		}
		if err := keepRegistrations(ctx, tx, chain); err != nil {
			return err
		}
		if err := tx.QueryRow(ctx, `SELECT didx.swap_chain($1, $2)`, int64(chain), s.tables()).Scan(&moved); err != nil {
			return err
		}
		if err := s.clearShadow(ctx, tx, chain); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `DELETE FROM didx.rebuilds WHERE chain_id = $1`, int64(chain))
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("swap rebuilt state of chain %d: %w", chain, err)
	}
	return moved, nil
}

// keepRegistrations carries into the shadow the contracts registered (by configuration or
// `didx contracts add`) while the rebuild ran, unadopted, so the chain's writer adopts and
// backfills them after the swap; and it moves the shadow registry's version past the live one,
// so no pipeline built for the old registry commits after the swap.
func keepRegistrations(ctx context.Context, tx pgx.Tx, chain uint64) error {
	if _, err := tx.Exec(ctx, `INSERT INTO didx_rebuild.contracts (chain_id, address, kind, name, start_block, source, registered_at)
		SELECT chain_id, address, kind, name, start_block, source, registered_at FROM didx.contracts
		WHERE chain_id = $1 AND source NOT LIKE 'factory:%'
		ON CONFLICT (chain_id, address) DO NOTHING`, int64(chain)); err != nil {
		return fmt.Errorf("keep contracts registered during the rebuild of chain %d: %w", chain, err)
	}
	if _, err := tx.Exec(ctx, `INSERT INTO didx_rebuild.registry (chain_id, version)
		SELECT $1, 1 + greatest(coalesce((SELECT version FROM didx.registry WHERE chain_id = $1), 0),
			coalesce((SELECT version FROM didx_rebuild.registry WHERE chain_id = $1), 0))
		ON CONFLICT (chain_id) DO UPDATE SET version = excluded.version`, int64(chain)); err != nil {
		return fmt.Errorf("move the registry version of chain %d past the live one: %w", chain, err)
	}
	return nil
}

// SeedShadow starts a rebuild from block below: the shadow takes the chain's live rows below it
// (which the caller has checked are canonical), the balances they imply and the registry, with
// its checkpoint at cp, the block before. Contracts whose live history is incomplete (still
// backfilling, or not yet adopted) bring no rows: the shadow backfills them from their start.
// Factories' children announced at or above below are left out, to be found again.
func (s *Store) SeedShadow(ctx context.Context, chain, below uint64, cp Checkpoint) (rows int64, err error) {
	err = txDo(ctx, s.pool, func(tx pgx.Tx) error {
		const incomplete = `SELECT address FROM didx.contracts WHERE chain_id = $1 AND (main_from IS NULL OR backfill_next < main_from)`
		for _, q := range []string{
			`INSERT INTO didx_rebuild.erc20_transfers SELECT * FROM didx.erc20_transfers
				WHERE chain_id = $1 AND block_number < $2 AND token NOT IN (` + incomplete + `)`,
			`INSERT INTO didx_rebuild.undecodable_logs SELECT * FROM didx.undecodable_logs
				WHERE chain_id = $1 AND block_number < $2 AND address NOT IN (` + incomplete + `)`,
			`INSERT INTO didx_rebuild.erc20_balances (chain_id, token, holder, balance)
				SELECT $1, token, holder, sum(v) FROM (
					SELECT token, to_address AS holder, value AS v FROM didx_rebuild.erc20_transfers WHERE chain_id = $1
					UNION ALL SELECT token, from_address, -value FROM didx_rebuild.erc20_transfers WHERE chain_id = $1) d
				WHERE holder <> '\x0000000000000000000000000000000000000000'::bytea
				GROUP BY token, holder HAVING sum(v) <> 0`,
			`INSERT INTO didx_rebuild.contracts (chain_id, address, kind, name, start_block, source, registered_at, main_from, backfill_next)
				SELECT chain_id, address, kind, name, start_block, source, registered_at,
					CASE WHEN address IN (` + incomplete + `) THEN greatest(start_block, $2) ELSE start_block END, start_block
				FROM didx.contracts WHERE chain_id = $1 AND (start_block < $2 OR source NOT LIKE 'factory:%')`,
			`INSERT INTO didx_rebuild.balance_snapshots SELECT * FROM didx.balance_snapshots
				WHERE chain_id = $1 AND block_number < $2 AND token NOT IN (` + incomplete + `)`,
		} {
			args := []any{int64(chain), int64(below)}
			if !strings.Contains(q, "$2") {
				args = args[:1]
			}
			tag, err := tx.Exec(ctx, q, args...)
			if err != nil {
				return fmt.Errorf("seed the shadow of chain %d below %d: %w", chain, below, err)
			}
			rows += tag.RowsAffected()
		}
		if err := s.In(Shadow).ensureTokens(ctx, tx, chain); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `UPDATE didx_rebuild.tokens k SET total_supply = s.supply FROM (
				SELECT token, sum(CASE WHEN from_address = '\x0000000000000000000000000000000000000000'::bytea THEN value ELSE -value END) AS supply
				FROM didx_rebuild.erc20_transfers WHERE chain_id = $1 AND from_address <> to_address
					AND '\x0000000000000000000000000000000000000000'::bytea IN (from_address, to_address)
				GROUP BY token) s
			WHERE k.chain_id = $1 AND k.token = s.token`, int64(chain)); err != nil {
			return fmt.Errorf("seed the shadow supply of chain %d: %w", chain, err)
		}
		for _, f := range s.families {
			if err := f.Seed(ctx, tx, chain, below, incomplete); err != nil {
				return fmt.Errorf("seed the shadow %s of chain %d below %d: %w", f.Name(), chain, below, err)
			}
		}
		if _, err := tx.Exec(ctx, `INSERT INTO didx_rebuild.registry (chain_id, version) VALUES ($1, 1)`, int64(chain)); err != nil {
			return fmt.Errorf("seed the shadow registry of chain %d: %w", chain, err)
		}
		return moveCheckpoint(ctx, tx, Shadow, chain, nil, cp, anyRegistry)
	})
	return rows, err
}
