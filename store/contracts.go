package store

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
)

// Contract is a registered contract of a chain: what didx indexes is the set of these rows,
// whoever registered them (the configuration at start, `didx contracts add`, a factory rule).
//
// A contract's history is split at MainFrom: the chain's main cursor indexes its logs from
// MainFrom on, and a backfill indexes [BackfillNext, MainFrom) while the head is followed.
// MainFrom is fixed when the chain's writer adopts the contract, at the checkpoint of that
// moment, so no block falls between the two.
type Contract struct {
	Address    common.Address
	Kind       string
	Name       string
	StartBlock uint64
	// Source is "config", "cli", or "factory:RULE" for a contract a factory rule announced.
	Source string
	// Adopted is false until the chain's writer has fixed MainFrom.
	Adopted      bool
	BackfillNext uint64
	MainFrom     uint64
}

// Pending says whether part of the contract's history is still to backfill.
func (c Contract) Pending() bool { return !c.Adopted || c.BackfillNext < c.MainFrom }

// Remaining is how many blocks of the contract's history the backfill still has to index.
func (c Contract) Remaining() uint64 {
	if !c.Adopted || c.BackfillNext >= c.MainFrom {
		return 0
	}
	return c.MainFrom - c.BackfillNext
}

// Registry is a chain's registered contracts and the version of that set: every registration
// bumps it, and a writer commits only while the version it built for is current.
type Registry struct {
	Version   int64
	Contracts []Contract
}

// ErrRegisteredDifferently refuses to register an address again with another kind or start
// block: the indexed history would not match either registration.
var ErrRegisteredDifferently = errors.New("already registered differently")

// Register adds contracts to a chain's registry, skipping those already registered the same
// way, and bumps the registry's version when it added any. It returns the contracts added.
func (s *Store) Register(ctx context.Context, chain uint64, cs []Contract) (added []Contract, err error) {
	err = txDo(ctx, s.pool, func(tx pgx.Tx) error {
		added, err = register(ctx, tx, s.sch, chain, cs)
		return err
	})
	return added, err
}

func register(ctx context.Context, tx pgx.Tx, sch Schema, chain uint64, cs []Contract) ([]Contract, error) {
	var added []Contract
	for _, c := range cs {
		tag, err := tx.Exec(ctx, sch.Q(`INSERT INTO {s}.contracts (chain_id, address, kind, name, start_block, source)
			VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (chain_id, address) DO NOTHING`),
			int64(chain), c.Address.Bytes(), c.Kind, c.Name, int64(c.StartBlock), c.Source)
		if err != nil {
			return nil, fmt.Errorf("register %s on chain %d: %w", c.Address.Hex(), chain, err)
		}
		if tag.RowsAffected() == 1 {
			added = append(added, c)
			continue
		}
		// Registered before, or by a transaction the insert waited for: a new statement sees it.
		var kind string
		var start int64
		if err := tx.QueryRow(ctx, sch.Q(`SELECT kind, start_block FROM {s}.contracts WHERE chain_id = $1 AND address = $2`),
			int64(chain), c.Address.Bytes()).Scan(&kind, &start); err != nil {
			return nil, fmt.Errorf("read the registration of %s on chain %d: %w", c.Address.Hex(), chain, err)
		}
		if kind != c.Kind || uint64(start) != c.StartBlock {
			return nil, fmt.Errorf("%s on chain %d: %w (kind %s, start block %d)", c.Address.Hex(), chain,
				ErrRegisteredDifferently, kind, start)
		}
	}
	if len(added) == 0 {
		return nil, nil
	}
	if _, err := tx.Exec(ctx, sch.Q(`INSERT INTO {s}.registry (chain_id, version) VALUES ($1, 1)
		ON CONFLICT (chain_id) DO UPDATE SET version = {s}.registry.version + 1`), int64(chain)); err != nil {
		return nil, fmt.Errorf("bump registry of chain %d: %w", chain, err)
	}
	return added, nil
}

// Registry reads a chain's registered contracts, by address. The version is read first, so a
// contract registered meanwhile comes with a version that is already stale.
func (s *Store) Registry(ctx context.Context, chain uint64) (Registry, error) {
	var r Registry
	var err error
	if r.Version, err = s.RegistryVersion(ctx, chain); err != nil {
		return r, err
	}
	r.Contracts, err = readContracts(ctx, s.pool, s.sch, chain)
	return r, err
}

// Contracts reads the chain's registered contracts as of the snapshot.
func (s *Snapshot) Contracts(ctx context.Context, chain uint64) ([]Contract, error) {
	return readContracts(ctx, s.tx, s.sch, chain)
}

func readContracts(ctx context.Context, q interface {
	Query(context.Context, string, ...any) (pgx.Rows, error)
}, sch Schema, chain uint64) ([]Contract, error) {
	rows, err := q.Query(ctx, sch.Q(`SELECT address, kind, name, start_block, source, main_from IS NOT NULL,
			coalesce(backfill_next, 0), coalesce(main_from, 0)
		FROM {s}.contracts WHERE chain_id = $1 ORDER BY address`), int64(chain))
	if err != nil {
		return nil, fmt.Errorf("read registry of chain %d: %w", chain, err)
	}
	defer rows.Close()
	var out []Contract
	for rows.Next() {
		var c Contract
		var a []byte
		var start, next, from int64
		if err := rows.Scan(&a, &c.Kind, &c.Name, &start, &c.Source, &c.Adopted, &next, &from); err != nil {
			return nil, err
		}
		c.Address, c.StartBlock, c.BackfillNext, c.MainFrom = common.BytesToAddress(a), uint64(start), uint64(next), uint64(from)
		out = append(out, c)
	}
	return out, rows.Err()
}

// Adopt fixes where the main cursor takes over each contract the writer has not adopted yet:
// at the block after the checkpoint cp, or at the contract's start block if that is later.
// Everything below is left to the backfill. It runs under the chain's fence and returns
// ErrCheckpointMoved when the checkpoint is no longer cp.
func (s *Store) Adopt(ctx context.Context, chain uint64, cp *Checkpoint, fence func(context.Context, pgx.Tx) error) (int64, error) {
	var n int64
	err := txDo(ctx, s.pool, func(tx pgx.Tx) error {
		if fence != nil {
			if err := fence(ctx, tx); err != nil {
				return err
			}
		}
		next := int64(0)
		if cp != nil {
			var num int64
			var hash []byte
			err := tx.QueryRow(ctx, s.sch.Q(`SELECT block_number, block_hash FROM {s}.checkpoints WHERE chain_id = $1 FOR UPDATE`),
				int64(chain)).Scan(&num, &hash)
			if err != nil || uint64(num) != cp.Number || common.BytesToHash(hash) != cp.Hash {
				return ErrCheckpointMoved
			}
			next = num + 1
		}
		tag, err := tx.Exec(ctx, s.sch.Q(`UPDATE {s}.contracts SET backfill_next = start_block,
				main_from = greatest(start_block, $2) WHERE chain_id = $1 AND main_from IS NULL`), int64(chain), next)
		if err != nil {
			return fmt.Errorf("adopt contracts of chain %d: %w", chain, err)
		}
		n = tag.RowsAffected()
		if n == 0 {
			return nil
		}
		return s.ensureTokens(ctx, tx, chain)
	})
	return n, err
}

// BackfillStep is one contract's progress in a backfill commit: its backfill was at Next and
// moves to To (exclusive), which must not pass where the main cursor took over.
type BackfillStep struct {
	Address  common.Address
	Next, To uint64
}

// ErrBackfillMoved says a contract's backfill or main cursor changed under a backfill commit
// (a reorg pulled it back, or another writer moved it): nothing was written; re-read the
// registry.
var ErrBackfillMoved = errors.New("backfill moved under the writer")

// CommitBackfill writes transfers a backfill found below the main cursor, their balance
// effects, the logs that did not decode, the contracts factories announced there (left for the
// chain's writer to adopt), and each contract's backfill progress, in one transaction under the chain's fence.
// The contracts' rows are locked first, so a rollback that pulls them back either happens
// before (and this returns ErrBackfillMoved) or after (and undoes these rows with the rest).
func (s *Store) CommitBackfill(ctx context.Context, chain uint64, b *Batch, steps []BackfillStep,
	fence func(context.Context, pgx.Tx) error) error {
	transfers, bad, found := b.Transfers, b.Bad, b.Discovered
	addrs := make([][]byte, len(steps))
	nexts := make([]int64, len(steps))
	tos := make([]int64, len(steps))
	exempt := map[common.Address]bool{}
	for i, st := range steps {
		addrs[i], nexts[i], tos[i] = st.Address.Bytes(), int64(st.Next), int64(st.To)
		exempt[st.Address] = true
	}
	return txDo(ctx, s.pool, func(tx pgx.Tx) error {
		if fence != nil {
			if err := fence(ctx, tx); err != nil {
				return err
			}
		}
		var ok int
		err := tx.QueryRow(ctx, s.sch.Q(`WITH locked AS (
				SELECT c.address, c.backfill_next, c.main_from FROM {s}.contracts c
				WHERE c.chain_id = $1 AND c.address = ANY($2) ORDER BY c.address FOR UPDATE)
			SELECT count(*) FROM locked l JOIN unnest($2::bytea[], $3::bigint[], $4::bigint[]) AS s(address, next, upto)
				ON l.address = s.address WHERE l.backfill_next = s.next AND l.main_from >= s.upto`),
			int64(chain), addrs, nexts, tos).Scan(&ok)
		if err != nil {
			return fmt.Errorf("lock backfilled contracts of chain %d: %w", chain, err)
		}
		if ok != len(steps) {
			return ErrBackfillMoved
		}
		if len(transfers) > 0 {
			if err := encodeTransfers(chain, transfers).Copy(ctx, tx, s.sch, "erc20_transfers", transferColumns); err != nil {
				return fmt.Errorf("backfilled transfers: %w", err)
			}
			if err := applyTransfers(ctx, tx, s.sch, chain, transfers, 1, exempt); err != nil {
				return err
			}
		}
		if err := s.discover(ctx, tx, chain, found, false); err != nil {
			return err
		}
		if err := writeExts(ctx, tx, s.sch, chain, b.Exts()); err != nil {
			return err
		}
		q := &pgx.Batch{}
		q.Queue(s.sch.Q(`UPDATE {s}.contracts c SET backfill_next = s.upto
			FROM unnest($2::bytea[], $3::bigint[]) AS s(address, upto) WHERE c.chain_id = $1 AND c.address = s.address`),
			int64(chain), addrs, tos)
		queueBadLogs(q, s.sch, chain, bad)
		if err := tx.SendBatch(ctx, q).Close(); err != nil {
			return fmt.Errorf("advance backfill of chain %d: %w", chain, err)
		}
		return nil
	})
}

// RegistryVersion reads the version of a chain's registry (0 before any registration).
func (s *Store) RegistryVersion(ctx context.Context, chain uint64) (int64, error) {
	var v int64
	err := s.pool.QueryRow(ctx, s.sch.Q(`SELECT coalesce((SELECT version FROM {s}.registry WHERE chain_id = $1), 0)`),
		int64(chain)).Scan(&v)
	if err != nil {
		return 0, fmt.Errorf("read registry version of chain %d: %w", chain, err)
	}
	return v, nil
}

// discover registers contracts factories announced, unless registered already. Covered ones
// are indexed from their start block by the batch that announces them, so they are adopted
// with nothing to backfill; the others (announced in a backfill) are adopted by the chain's
// writer at its checkpoint. The registry's version moves when any is new, and always for covered
// ones: the pipeline that announced them builds its next batch for the version after.
func (s *Store) discover(ctx context.Context, tx pgx.Tx, chain uint64, cs []Contract, covered bool) error {
	if len(cs) == 0 {
		return nil
	}
	sch := s.sch
	addrs := make([][]byte, len(cs))
	kinds := make([]string, len(cs))
	starts := make([]int64, len(cs))
	sources := make([]string, len(cs))
	for i, c := range cs {
		addrs[i], kinds[i], starts[i], sources[i] = c.Address.Bytes(), c.Kind, int64(c.StartBlock), c.Source
	}
	tag, err := tx.Exec(ctx, sch.Q(`INSERT INTO {s}.contracts (chain_id, address, kind, start_block, source, main_from, backfill_next)
		SELECT DISTINCT ON (d.address) $1, d.address, d.kind, d.start_block, d.source,
			CASE WHEN $6 THEN d.start_block END, CASE WHEN $6 THEN d.start_block END
		FROM unnest($2::bytea[], $3::text[], $4::bigint[], $5::text[]) AS d(address, kind, start_block, source)
		ORDER BY d.address, d.start_block
		ON CONFLICT (chain_id, address) DO NOTHING`), int64(chain), addrs, kinds, starts, sources, covered)
	if err != nil {
		return fmt.Errorf("register %d announced contracts of chain %d: %w", len(cs), chain, err)
	}
	if tag.RowsAffected() == 0 && !covered {
		return nil
	}
	if err := s.ensureTokens(ctx, tx, chain); err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, sch.Q(`INSERT INTO {s}.registry (chain_id, version) VALUES ($1, 1)
		ON CONFLICT (chain_id) DO UPDATE SET version = {s}.registry.version + 1`), int64(chain)); err != nil {
		return fmt.Errorf("bump registry of chain %d: %w", chain, err)
	}
	return nil
}
