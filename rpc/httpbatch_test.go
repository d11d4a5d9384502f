package rpc

import (
	"encoding/json"
	"errors"
	"testing"

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
