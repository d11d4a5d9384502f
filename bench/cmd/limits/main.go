// Command limits measures the two ceilings a backfill cannot beat on this machine, each the
// fastest form of one half of didx's work:
//
//   - fetch: the requests didx makes for a backfill (a batch of eth_getLogs and headers per
//     range, no header for a range below the finalized block, and the quorum's second
//     eth_getLogs), with the bodies read and the logs counted, nothing decoded;
//   - ingest: the same Transfer rows, encoded beforehand, as one binary COPY into
//     didx.erc20_transfers with its indexes.
//
// It prints one JSON line: the events handled, the seconds and the CPU seconds its measured
// part took. For ingest, the rows are fetched and encoded first; the program prints "ready"
// and measures from the line it then reads on stdin, so the caller can meter the machine over
// the COPY alone.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/jackc/pgx/v5"
	"github.com/sourcegraph/conc/pool"

	"github.com/didx/didx/bench/synth"
	"github.com/didx/didx/store"
)

// span is the chain and the request shape both halves use.
type span struct {
	url         string
	chainID     uint64
	tokens      []common.Address
	from, to    uint64
	rng         uint64
	concurrency int
	// final is the finalized block: a range ending below it fetches no header, and no range
	// reaches across it.
	final uint64
	// quorum asks each range a second time, as didx asks a second endpoint for a quorum.
	quorum bool
}

func main() {
	var s span
	mode := flag.String("mode", "fetch", "fetch or ingest")
	db := flag.String("db", "", "PostgreSQL URL (ingest)")
	tokens := flag.String("tokens", "", "comma-separated token addresses")
	flag.StringVar(&s.url, "rpc", "", "JSON-RPC endpoint")
	flag.Uint64Var(&s.chainID, "chain-id", 4242, "chain id of the rows (ingest)")
	flag.Uint64Var(&s.from, "from", 1, "first block")
	flag.Uint64Var(&s.to, "to", 0, "last block")
	flag.Uint64Var(&s.rng, "range", 50, "blocks per eth_getLogs")
	flag.IntVar(&s.concurrency, "concurrency", 4, "ranges fetched at once")
	flag.Uint64Var(&s.final, "final", 0, "the finalized block: a range ending below it fetches no header and none reaches across it, as didx does")
	flag.BoolVar(&s.quorum, "quorum", false, "ask each range a second time, as didx does of a second endpoint for a quorum")
	flag.Parse()
	for _, t := range strings.Split(*tokens, ",") {
		s.tokens = append(s.tokens, common.HexToAddress(t))
	}
	ctx := context.Background()
	var (
		n   int
		err error
	)
	start, cpu0 := time.Now(), cpuTime()
	switch *mode {
	case "fetch":
		n, err = fetch(ctx, s)
	case "ingest":
		n, start, cpu0, err = ingest(ctx, s, *db)
	default:
		err = fmt.Errorf("unknown mode %q", *mode)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "limits:", err)
		os.Exit(1)
	}
	fmt.Printf(`{"events":%d,"seconds":%f,"cpu_s":%f}`+"\n", n, time.Since(start).Seconds(), (cpuTime() - cpu0).Seconds())
}

// cpuTime is the user and system time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// fetch makes, for each range, the JSON-RPC batch didx makes (its eth_getLogs and headers, none
// for a range below s.final, where ranges end) and, with s.quorum, the eth_getLogs a second
// endpoint answers for a quorum; it reads every body and counts the logs of the first answer
// by their logIndex keys.
func fetch(ctx context.Context, s span) (int, error) {
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: s.concurrency}}
	filter, err := json.Marshal(map[string]any{"address": s.tokens, "topics": [][]common.Hash{{synth.TransferTopic}}})
	if err != nil {
		return 0, err
	}
	counts := make(chan int, s.concurrency)
	p := pool.New().WithContext(ctx).WithMaxGoroutines(s.concurrency).WithCancelOnError()
	go func() {
		for next := s.from; next <= s.to; {
			lo, hi := next, min(s.to, next+s.rng-1)
			if lo < s.final && hi >= s.final {
				hi = s.final - 1
			}
			next = hi + 1
			p.Go(func(ctx context.Context) error {
				first := lo
				if hi < s.final {
					first = hi + 1
				}
				var body bytes.Buffer
				if err := post(ctx, client, s.url, request(filter, lo, hi, first), &body); err != nil {
					return fmt.Errorf("range %d-%d: %w", lo, hi, err)
				}
				if s.quorum {
					if err := post(ctx, client, s.url, request(filter, lo, hi, hi+1), io.Discard); err != nil {
						return fmt.Errorf("quorum %d-%d: %w", lo, hi, err)
					}
				}
				counts <- bytes.Count(body.Bytes(), []byte(`"logIndex"`))
				return nil
			})
		}
		err = p.Wait()
		close(counts)
	}()
	total := 0
	for n := range counts {
		total += n
	}
	return total, err
}

// request is a batch of the eth_getLogs of [lo, hi] under filter and the headers of blocks
// first to hi (none when first > hi).
func request(filter []byte, lo, hi, first uint64) []byte {
	var req bytes.Buffer
	fmt.Fprintf(&req, `[{"jsonrpc":"2.0","id":0,"method":"eth_getLogs","params":[{"fromBlock":"%#x","toBlock":"%#x",%s]}`,
		lo, hi, filter[1:])
	for n := first; n <= hi; n++ {
		fmt.Fprintf(&req, `,{"jsonrpc":"2.0","id":%d,"method":"eth_getBlockByNumber","params":["%#x",false]}`, n, n)
	}
	req.WriteByte(']')
	return req.Bytes()
}

// post sends body and copies the answer into w. An answer of 429 (a provider's calls-per-second
// cap) is asked again after the cap's next slot, as any client of a capped plan must.
func post(ctx context.Context, client *http.Client, url string, body []byte, w io.Writer) error {
	for {
		resp, err := send(ctx, client, url, body)
		if err != nil {
			return err
		}
		if resp.StatusCode == http.StatusTooManyRequests {
			resp.Body.Close()
			select {
			case <-time.After(capRetry):
				continue
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return fmt.Errorf("status %s", resp.Status)
		}
		_, err = io.Copy(w, resp.Body)
		return err
	}
}

// capRetry is how long a request refused by a calls-per-second cap waits: a slot of a
// 200 calls/s cap.
const capRetry = 5 * time.Millisecond

func send(ctx context.Context, client *http.Client, url string, body []byte) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	return client.Do(req)
}

// ingest migrates db, fetches the Transfer rows and encodes them as one binary COPY stream,
// prints "ready", waits for a line on stdin, then COPYs the stream into didx.erc20_transfers.
// It returns the rows and when the COPY started.
func ingest(ctx context.Context, s span, db string) (int, time.Time, time.Duration, error) {
	st, err := store.Open(ctx, db)
	if err != nil {
		return 0, time.Time{}, 0, err
	}
	err = st.Migrate(ctx)
	st.Close()
	if err != nil {
		return 0, time.Time{}, 0, err
	}
	logs, err := transfers(ctx, s)
	if err != nil {
		return 0, time.Time{}, 0, err
	}
	stream, err := encode(s.chainID, logs)
	if err != nil {
		return 0, time.Time{}, 0, err
	}
	logs = nil
	conn, err := pgx.Connect(ctx, db)
	if err != nil {
		return 0, time.Time{}, 0, err
	}
	defer conn.Close(ctx)
	fmt.Println("ready")
	if _, err := bufio.NewReader(os.Stdin).ReadString('\n'); err != nil {
		return 0, time.Time{}, 0, fmt.Errorf("wait for go: %w", err)
	}
	start, cpu0 := time.Now(), cpuTime()
	tag, err := conn.PgConn().CopyFrom(ctx, bytes.NewReader(stream), `COPY didx.erc20_transfers
		(chain_id, block_number, block_hash, tx_hash, log_index, token, from_address, to_address, value) FROM STDIN (FORMAT binary)`)
	if err != nil {
		return 0, start, cpu0, fmt.Errorf("copy: %w", err)
	}
	return int(tag.RowsAffected()), start, cpu0, nil
}

// transfers reads every Transfer log of the span through go-ethereum's client.
func transfers(ctx context.Context, s span) ([]types.Log, error) {
	client, err := gethrpc.DialContext(ctx, s.url)
	if err != nil {
		return nil, err
	}
	defer client.Close()
	var all []types.Log
	for lo := s.from; lo <= s.to; lo += s.rng {
		var logs []types.Log
		q := map[string]any{"fromBlock": hexutil.Uint64(lo), "toBlock": hexutil.Uint64(min(s.to, lo+s.rng-1)),
			"address": s.tokens, "topics": [][]common.Hash{{synth.TransferTopic}}}
		if err := client.CallContext(ctx, &logs, "eth_getLogs", q); err != nil {
			return nil, err
		}
		for _, l := range logs {
			if len(l.Topics) == 3 && len(l.Data) == 32 {
				all = append(all, l)
			}
		}
	}
	return all, nil
}
