package rpc

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
)

func TestDecodeBatch(t *testing.T) {
	cases := []struct {
		name, body string
		n          int
		results    []string
		errs       []bool
		fails      bool
	}{
		{"in order", `[{"jsonrpc":"2.0","id":0,"result":"0x1"},{"jsonrpc":"2.0","id":1,"result":[{"a":"}\"]"}]}]`, 2,
			[]string{`"0x1"`, `[{"a":"}\"]"}]`}, []bool{false, false}, false},
		{"escaped backslashes", `[{"id":0,"result":"a\\\\"}]`, 1, []string{`"a\\\\"`}, []bool{false}, false},
		{"out of order with an error", ` [ {"id":1,"jsonrpc":"2.0","error":{"code":-32005,"message":"limit"}} , {"id":0,"result":null} ] `, 2,
			[]string{`null`, ``}, []bool{false, true}, false},
		{"a call left unanswered", `[{"id":0,"result":true}]`, 2, []string{`true`, ``}, []bool{false, true}, false},
		{"one object for the whole batch", `{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"batch too large"}}`, 2, nil, nil, true},
		{"unknown id", `[{"id":7,"result":1}]`, 2, nil, nil, true},
		{"duplicate id", `[{"id":0,"result":[1]},{"id":1,"result":2},{"id":0,"result":[]}]`, 2, nil, nil, true},
		{"truncated", `[{"id":0,"result":"0x`, 1, nil, nil, true},
		{"not JSON-RPC", `<html>busy</html>`, 1, nil, nil, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			raws := make([]json.RawMessage, c.n)
			elems := make([]gethrpc.BatchElem, c.n)
			for i := range elems {
				elems[i].Result = &raws[i]
			}
			err := decodeBatch([]byte(c.body), elems)
			if (err != nil) != c.fails {
				t.Fatalf("err %v", err)
			}
			for i, r := range c.results {
				if string(raws[i]) != r || (elems[i].Error != nil) != c.errs[i] {
					t.Fatalf("answer %d: %q %v", i, raws[i], elems[i].Error)
				}
			}
		})
	}
	err := decodeBatch([]byte(`{"error":{"code":-32005,"message":"rate limited"}}`), make([]gethrpc.BatchElem, 1))
	var rpcErr gethrpc.Error
	if !errors.As(err, &rpcErr) || rpcErr.ErrorCode() != -32005 || classify(err) != errRateLimited {
		t.Fatalf("a batch-wide error keeps its code: %v", err)
	}
}

// TestDecodeBatchLogs covers eth_getLogs results: decoded in the pass that splits the batch
// when the id comes first, through UnmarshalJSON when it comes last or the shape is unusual,
// and never mistaken for "no logs" when missing.
func TestDecodeBatchLogs(t *testing.T) {
	logs := string(logsJSON(3))
	unusual := `[{"address":"0x7000000000000000000000000000000000000001","topics":[],"data":"0x","transactionHash":"0x0000000000000000000000000000000000000000000000000000000000000001","blockNumber":"0x1","logIndex":"0x0","extra":{"nested":[1]}}]`
	cases := []struct {
		name, body string
		want       int
		fails      bool
	}{
		{"id first", `[{"jsonrpc":"2.0","id":0,"result":` + logs + `}]`, 3, false},
		{"id last", `[{"jsonrpc":"2.0","result":` + logs + `,"id":0}]`, 3, false},
		{"unusual but valid", `[{"id":0,"result":` + unusual + `}]`, 1, false},
		{"no logs", `[{"id":0,"result":[]}]`, 0, false},
		{"not logs", `[{"id":0,"result":{"a":1}}]`, 0, true},
		{"missing", `[{"id":0}]`, 0, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var l logList
			elems := []gethrpc.BatchElem{{Result: &l}}
			if err := decodeBatch([]byte(c.body), elems); err != nil {
				t.Fatal(err)
			}
			if (elems[0].Error != nil) != c.fails {
				t.Fatalf("call error %v", elems[0].Error)
			}
			if !c.fails && (!l.set || len(l.logs) != c.want) {
				t.Fatalf("set %v, %d logs, want %d", l.set, len(l.logs), c.want)
			}
		})
	}
}

func BenchmarkDecodeBatch(b *testing.B) {
	body := []byte(`[{"jsonrpc":"2.0","id":0,"result":` + string(logsJSON(1000)) + `}]`)
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		var l logList
		if err := decodeBatch(body, []gethrpc.BatchElem{{Result: &l}}); err != nil || len(l.logs) != 1000 {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*1000), "ns/log")
}

// TestDecodeBatchCheck covers a quorum's second answer, compared with the first as it is read:
// an answer that agrees sets same and decodes nothing, and one that differs in any compared
// field, in the number of its logs or by a log marked removed is decoded in full, also when
// it shares its batch answer with another compared answer (they must not share scratch).
func TestDecodeBatchCheck(t *testing.T) {
	seed := time.Now().UnixNano()
	t.Logf("seed %d", seed)
	rnd := rand.New(rand.NewPCG(uint64(seed), 0))
	randomLogs := func() []types.Log {
		logs := make([]types.Log, 1+rnd.IntN(20))
		for i := range logs {
			l := &logs[i]
			l.BlockNumber, l.Index, l.TxIndex = 100+uint64(i/4), uint(i), uint(i/2)
			for _, b := range [][]byte{l.Address[:], l.BlockHash[:], l.TxHash[:]} {
				b[rnd.IntN(len(b))] = byte(1 + rnd.IntN(255))
			}
			l.Topics = make([]common.Hash, rnd.IntN(4))
			for k := range l.Topics {
				l.Topics[k][rnd.IntN(32)] = byte(rnd.IntN(256))
			}
			l.Data = make([]byte, 32*rnd.IntN(3))
			for k := range l.Data {
				l.Data[k] = byte(rnd.IntN(256))
			}
		}
		return logs
	}
	mutations := map[string]func(ls []types.Log) []types.Log{
		"address":      func(ls []types.Log) []types.Log { ls[rnd.IntN(len(ls))].Address[19] ^= 1; return ls },
		"block hash":   func(ls []types.Log) []types.Log { ls[rnd.IntN(len(ls))].BlockHash[0] ^= 1; return ls },
		"tx hash":      func(ls []types.Log) []types.Log { ls[rnd.IntN(len(ls))].TxHash[31] ^= 1; return ls },
		"block number": func(ls []types.Log) []types.Log { ls[rnd.IntN(len(ls))].BlockNumber++; return ls },
		"index":        func(ls []types.Log) []types.Log { ls[rnd.IntN(len(ls))].Index += 100; return ls },
		"topic": func(ls []types.Log) []types.Log {
			l := &ls[rnd.IntN(len(ls))]
			l.Topics = append(slices.Clone(l.Topics), common.Hash{1})
			return ls
		},
		"data": func(ls []types.Log) []types.Log {
			l := &ls[rnd.IntN(len(ls))]
			l.Data = append(slices.Clone(l.Data), 7)
			return ls
		},
		"removed":  func(ls []types.Log) []types.Log { ls[rnd.IntN(len(ls))].Removed = true; return ls },
		"one less": func(ls []types.Log) []types.Log { return ls[:len(ls)-1] },
		"one more": func(ls []types.Log) []types.Log { return append(ls, ls[len(ls)-1]) },
	}
	for name, mutate := range mutations {
		t.Run(name, func(t *testing.T) {
			for differing := range 2 {
				wants := [][]types.Log{randomLogs(), randomLogs()}
				answers := [][]types.Log{slices.Clone(wants[0]), slices.Clone(wants[1])}
				answers[differing] = mutate(answers[differing])
				body := "["
				checks := make([]logCheck, 2)
				elems := make([]gethrpc.BatchElem, 2)
				for i := range 2 {
					raw, err := json.Marshal(answers[i])
					if err != nil {
						t.Fatal(err)
					}
					if i > 0 {
						body += ","
					}
					body += fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"result":%s}`, i, raw)
					checks[i].want = wants[i]
					elems[i].Result = &checks[i]
				}
				if err := decodeBatch([]byte(body+"]"), elems); err != nil {
					t.Fatal(err)
				}
				for i, c := range checks {
					if elems[i].Error != nil || !c.set {
						t.Fatalf("answer %d: set %v, error %v", i, c.set, elems[i].Error)
					}
					if c.same != (i != differing) {
						t.Fatalf("answer %d: same %v, differing answer %d", i, c.same, differing)
					}
					if c.same {
						continue
					}
					if !sameLogs(c.logs, answers[i]) || slices.ContainsFunc(c.logs, func(l types.Log) bool { return l.Removed }) != slices.ContainsFunc(answers[i], func(l types.Log) bool { return l.Removed }) {
						t.Fatalf("answer %d decoded as %+v, want %+v", i, c.logs, answers[i])
					}
				}
			}
		})
	}
}

// TestLogsOf checks the part of a quorum's first answer that each address chunk of the second
// is compared with: the logs of the chunk's addresses, in their order.
func TestLogsOf(t *testing.T) {
	a, b, c := common.Address{1}, common.Address{2}, common.Address{3}
	logs := []types.Log{{Address: a, Index: 0}, {Address: b, Index: 1}, {Address: c, Index: 2}, {Address: a, Index: 3}}
	cases := []struct {
		addrs []common.Address
		want  []uint
	}{
		{[]common.Address{a}, []uint{0, 3}},
		{[]common.Address{c, a}, []uint{0, 2, 3}},
		{[]common.Address{{9}}, []uint{}},
	}
	for _, tc := range cases {
		got := []uint{}
		for _, l := range logsOf(logs, tc.addrs) {
			got = append(got, l.Index)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("logs of %v: %v, want %v", tc.addrs, got, tc.want)
		}
	}
}
