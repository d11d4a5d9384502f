package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/didx/didx/bench/synth"
)

// balanceAt times didx.balance_at at 200 random blocks for the holder with the most
// transfers (token 0's treasury) and for 200 random holders, after w's backfill into db. It
// first does what autovacuum does within a minute of a backfill: summarizes the BRIN ranges it
// has not reached yet in each chain's partition, and analyzes the transfers. Without the
// statistics the planner takes a backfilled partition for a few rows and scans a block range
// by its primary key instead of the bloom filters: 84 ms against 4 ms for a holder's half of
// W1 smart. It reports what the two took.
func balanceAt(ctx context.Context, db string, w workload) ([]Result, error) {
	conn, err := pgx.Connect(ctx, db)
	if err != nil {
		return nil, err
	}
	defer conn.Close(ctx)
	start := time.Now()
	var ranges int64
	if err := conn.QueryRow(ctx, `SELECT coalesce(sum(brin_summarize_new_values(inhrelid)), 0)
		FROM pg_inherits WHERE inhparent = 'didx.erc20_transfers_holders'::regclass`).Scan(&ranges); err != nil {
		return nil, err
	}
	if _, err := conn.Exec(ctx, `ANALYZE didx.erc20_transfers`); err != nil {
		return nil, err
	}
	summarized := time.Since(start)
	chain := synth.New(w.config())
	token := chain.Tokens()[0]
	var out []Result
	for _, who := range []struct {
		name    string
		holders []common.Address
	}{
		{"treasury", []common.Address{chain.Treasury(0)}},
		{"random holders", chain.Holders()},
	} {
		rng := rand.New(rand.NewPCG(1, 2))
		var transfers int64
		if err := conn.QueryRow(ctx, `SELECT count(*) FROM didx.erc20_transfers WHERE chain_id = $1 AND token = $2
			AND $3 IN (from_address, to_address)`, chainID, token.Bytes(), who.holders[0].Bytes()).Scan(&transfers); err != nil {
			return nil, err
		}
		var ms []float64
		for i := 0; i < 200; i++ {
			h := who.holders[rng.IntN(len(who.holders))]
			block := 1 + rng.Uint64N(w.blocks)
			start := time.Now()
			var v string
			if err := conn.QueryRow(ctx, `SELECT didx.balance_at($1, $2, $3, $4)::text`, chainID, token.Bytes(), h.Bytes(), int64(block)).Scan(&v); err != nil {
				return nil, fmt.Errorf("balance_at: %w", err)
			}
			ms = append(ms, float64(time.Since(start).Microseconds())/1000)
		}
		p50, p99 := percentiles(ms)
		out = append(out, Result{Name: w.name + " balance_at", Program: who.name, P50ms: p50, P99ms: p99,
			Checked: fmt.Sprintf("200 random blocks; %s has %d transfers of the token; %d BRIN ranges summarized and the transfers analyzed first in %.2f s",
				who.holders[0].Hex()[:10], transfers, ranges, summarized.Seconds())})
	}
	return out, nil
}
