package store

import (
	"context"
	"fmt"
	"testing"

	"github.com/didx/didx/internal/testenv"
)

// partitioned are the tables migration 7 partitions by chain.
var partitioned = []string{"checkpoints", "blocks", "erc20_transfers", "erc20_balances", "balance_snapshots",
	"undecodable_logs", "tokens", "contracts", "registry", "token_events", "holder_restrictions", "identities"}

// TestPartitionMigration fills the tables of a database at migration 6 for two chains, live
// and shadow, migrates it up and down again: every row survives both ways, each chain's rows
// sit in partitions of their own with nothing left in the defaults, live and shadow have the
// same indexes, and a swap exchanges one chain's rows without touching the other's.
func TestPartitionMigration(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, testenv.Database(t))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p, closeDB, err := s.migrator(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer closeDB()
	if _, err := p.UpTo(ctx, 6); err != nil {
		t.Fatal(err)
	}
	for _, sch := range []string{"didx", "didx_rebuild"} {
		for _, chain := range []int{1, 5} {
			for _, q := range []string{
				`INSERT INTO %s.checkpoints (chain_id, block_number, block_hash) VALUES (%d, 20, '\x01')`,
				`INSERT INTO %s.blocks VALUES (%d, 20, '\x01', '\x00', now())`,
				`INSERT INTO %s.erc20_transfers SELECT %d, b, '\x01', '\x02', 0, '\x0a', '\x0b', '\x0c', b * 10 FROM generate_series(1, 20) b`,
				`INSERT INTO %s.erc20_balances (chain_id, token, holder, balance, changes) VALUES (%d, '\x0a', '\x0c', 2100, 20)`,
				`INSERT INTO %s.balance_snapshots VALUES (%d, '\x0a', '\x0c', 10, 550)`,
				`INSERT INTO %s.undecodable_logs VALUES (%d, 3, '\x01', '\x02', 1, '\x0a', 'erc20', '{"\\x0d"}', '\x', 'short')`,
				`INSERT INTO %s.tokens (chain_id, token, kind, total_supply) VALUES (%d, '\x0a', 'erc20', 2100)`,
				`INSERT INTO %s.contracts (chain_id, address, kind, start_block, source, main_from, backfill_next) VALUES (%d, '\x0a', 'erc20', 0, 'config', 0, 0)`,
				`INSERT INTO %s.registry VALUES (%d, 3)`,
				`INSERT INTO %s.token_events VALUES (%d, 4, 0, '\x01', '\x02', '\x0a', 'Paused', '{}', NULL)`,
				`INSERT INTO %s.holder_restrictions VALUES (%d, '\x0a', '\x0c', 5, true)`,
				`INSERT INTO %s.identities VALUES (%d, '\x0e', '\x0c', '\x0f', 276)`,
			} {
				if _, err := s.pool.Exec(ctx, fmt.Sprintf(q, sch, chain)); err != nil {
					t.Fatalf("%s: %v", fmt.Sprintf(q, sch, chain), err)
				}
			}
		}
		if _, err := s.pool.Exec(ctx, fmt.Sprintf(`UPDATE %s.erc20_transfers SET value = value + 1 WHERE chain_id = 5`, sch)); err != nil {
			t.Fatal(err)
		}
	}
	before := contents(t, s)
	if _, err := p.Up(ctx); err != nil {
		t.Fatal(err)
	}
	if after := contents(t, s); after != before {
		t.Fatalf("migrating up changed the rows:\nbefore %s\nafter  %s", before, after)
	}
	for _, ix := range []string{"erc20_transfers_pkey", "erc20_transfers_holders", "token_events_state", "token_events_contract"} {
		var ok bool
		if err := s.pool.QueryRow(ctx, `SELECT to_regclass('didx.' || $1) IS NOT NULL`, ix).Scan(&ok); err != nil || !ok {
			t.Errorf("index didx.%s lost its name (%v)", ix, err)
		}
	}
	var summarized, brins int
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FILTER (WHERE 'autosummarize=on' = ANY(c.reloptions)), count(*)
		FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'didx.erc20_transfers_holders'::regclass`).Scan(&summarized, &brins); err != nil || brins != 3 || summarized != brins {
		t.Errorf("of %d partitions of the transfers' BRIN index, %d summarize themselves (%v)", brins, summarized, err)
	}
	for _, tbl := range partitioned {
		for _, q := range []string{
			`SELECT count(*) FROM didx_part.` + tbl + `_default`,
			`SELECT count(*) FROM didx_part.` + tbl + `_rebuild_default`,
			`SELECT count(*) FROM (SELECT indexdef FROM pg_indexes WHERE schemaname = 'didx' AND tablename = '` + tbl + `'
				EXCEPT SELECT replace(indexdef, 'didx_rebuild.', 'didx.') FROM pg_indexes WHERE schemaname = 'didx_rebuild' AND tablename = '` + tbl + `') d`,
			`SELECT count(*) - 2 * count(*) FILTER (WHERE schemaname = 'didx') FROM pg_indexes
				WHERE schemaname IN ('didx', 'didx_rebuild') AND tablename = '` + tbl + `'`,
		} {
			var n int
			if err := s.pool.QueryRow(ctx, q).Scan(&n); err != nil || n != 0 {
				t.Errorf("%s: %d (%v)", q, n, err)
			}
		}
		for _, chain := range []int{1, 5} {
			var live, shadow *string
			if err := s.pool.QueryRow(ctx, `SELECT didx.partition_of(format('didx.%I', $1::text)::regclass, $1, $2),
				didx.partition_of(format('didx_rebuild.%I', $1::text)::regclass, $1, $2)`, tbl, chain).Scan(&live, &shadow); err != nil || live == nil || shadow == nil {
				t.Errorf("%s of chain %d: partitions %v, %v (%v)", tbl, chain, live, shadow, err)
			}
		}
	}

	if _, err := p.Down(ctx); err != nil {
		t.Fatal(err)
	}
	if after := contents(t, s); after != before {
		t.Fatalf("migrating down changed the rows:\nbefore %s\nafter  %s", before, after)
	}
	var note *string
	if err := s.pool.QueryRow(ctx, `SELECT obj_description('didx.holder_balances'::regclass, 'pg_class')`).Scan(&note); err != nil || note == nil {
		t.Errorf("migrating down lost the comment of didx.holder_balances (%v)", err)
	}
	if _, err := p.Up(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := s.pool.Exec(ctx, `UPDATE didx_rebuild.erc20_transfers SET value = 7 WHERE chain_id = 5`); err != nil {
		t.Fatal(err)
	}
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var moved int64
	if err := tx.QueryRow(ctx, `SELECT didx.swap_chain(5, $1)`, partitioned).Scan(&moved); err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec(ctx, `SELECT didx.clear_shadow(5, $1)`, partitioned); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	var live5, shadow5, live1, shadow1 int
	if err := s.pool.QueryRow(ctx, `SELECT
		(SELECT count(*) FROM didx.erc20_transfers WHERE chain_id = 5 AND value = 7),
		(SELECT count(*) FROM didx_rebuild.erc20_transfers WHERE chain_id = 5),
		(SELECT count(*) FROM didx.erc20_transfers WHERE chain_id = 1 AND value = block_number * 10),
		(SELECT count(*) FROM didx_rebuild.erc20_transfers WHERE chain_id = 1)`).Scan(&live5, &shadow5, &live1, &shadow1); err != nil {
		t.Fatal(err)
	}
	if live5 != 20 || shadow5 != 0 || live1 != 20 || shadow1 != 20 || moved != 31 {
		t.Fatalf("after the swap of chain 5: live %d and shadow %d of its transfers, live %d and shadow %d of chain 1's, %d rows moved",
			live5, shadow5, live1, shadow1, moved)
	}
}

// contents digests every row of the partitioned tables, live and shadow.
func contents(t *testing.T, s *Store) string {
	t.Helper()
	var out string
	for _, sch := range []string{"didx", "didx_rebuild"} {
		for _, tbl := range partitioned {
			var n int
			var sum string
			if err := s.pool.QueryRow(context.Background(), fmt.Sprintf(
				`SELECT count(*), coalesce(md5(string_agg(r::text, ';' ORDER BY r::text)), '') FROM %s.%s r`, sch, tbl)).Scan(&n, &sum); err != nil {
				t.Fatal(err)
			}
			out += fmt.Sprintf("%s.%s %d %s\n", sch, tbl, n, sum[:min(8, len(sum))])
		}
	}
	return out
}
