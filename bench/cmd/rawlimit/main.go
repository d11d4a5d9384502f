// Command rawlimit is the ceiling didx is measured against: it fetches the same Transfer logs
// from the same server with the same range size and concurrency, and COPYs them into a table
// like didx.erc20_transfers, doing nothing else (no headers, no verification, no balances, no
// checkpoint).
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math/big"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/sourcegraph/conc/pool"

	"github.com/didx/didx/bench/synth"
)

func main() {
	rpcURL := flag.String("rpc", "", "JSON-RPC endpoint")
	dbURL := flag.String("db", "", "PostgreSQL URL")
	tokens := flag.String("tokens", "", "comma-separated token addresses")
	from := flag.Uint64("from", 1, "first block")
	to := flag.Uint64("to", 0, "last block")
	rng := flag.Uint64("range", 50, "blocks per eth_getLogs")
	workers := flag.Int("concurrency", 4, "ranges fetched at once")
	flag.Parse()
	n, err := run(context.Background(), *rpcURL, *dbURL, strings.Split(*tokens, ","), *from, *to, *rng, *workers)
	if err != nil {
		fmt.Fprintln(os.Stderr, "rawlimit:", err)
		os.Exit(1)
	}
	fmt.Printf(`{"events":%d}`+"\n", n)
}

func run(ctx context.Context, rpcURL, dbURL string, tokens []string, from, to, rng uint64, workers int) (int, error) {
	client, err := gethrpc.DialContext(ctx, rpcURL)
	if err != nil {
		return 0, err
	}
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		return 0, err
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, `CREATE TABLE raw_transfers (chain_id bigint, block_number bigint, block_hash bytea,
		tx_hash bytea, log_index int, token bytea, from_address bytea, to_address bytea, value numeric(78,0),
		PRIMARY KEY (chain_id, block_number, log_index))`); err != nil {
		return 0, err
	}
	addrs := make([]common.Address, len(tokens))
	for i, t := range tokens {
		addrs[i] = common.HexToAddress(t)
	}
	results := make(chan []types.Log, workers)
	p := pool.New().WithContext(ctx).WithMaxGoroutines(workers).WithCancelOnError()
	go func() {
		for lo := from; lo <= to; lo += rng {
			hi := min(to, lo+rng-1)
			p.Go(func(ctx context.Context) error {
				var raw json.RawMessage
				q := map[string]any{"fromBlock": hexutil.Uint64(lo), "toBlock": hexutil.Uint64(hi), "address": addrs,
					"topics": [][]common.Hash{{synth.TransferTopic}}}
				if err := client.CallContext(ctx, &raw, "eth_getLogs", q); err != nil {
					return err
				}
				var logs []types.Log
				if err := json.Unmarshal(raw, &logs); err != nil {
					return err
				}
				results <- logs
				return nil
			})
		}
		err = p.Wait()
		close(results)
	}()
	total := 0
	for logs := range results {
		rows := make([][]any, len(logs))
		for i, l := range logs {
			rows[i] = []any{int64(1), int64(l.BlockNumber), l.BlockHash[:], l.TxHash[:], int32(l.Index), l.Address[:],
				l.Topics[1][12:], l.Topics[2][12:], pgtype.Numeric{Int: new(big.Int).SetBytes(l.Data), Valid: true}}
		}
		if _, err := conn.CopyFrom(ctx, pgx.Identifier{"raw_transfers"}, []string{"chain_id", "block_number", "block_hash",
			"tx_hash", "log_index", "token", "from_address", "to_address", "value"}, pgx.CopyFromRows(rows)); err != nil {
			return total, err
		}
		total += len(logs)
	}
	return total, err
}
