package rpc

import (
	"errors"
	"testing"

	gethrpc "github.com/ethereum/go-ethereum/rpc"
)

func TestSplitBatch(t *testing.T) {
	cases := []struct {
		name, body string
		n          int
		results    []string
		errs       []bool
		fails      bool
	}{
		{"in order", `[{"jsonrpc":"2.0","id":0,"result":"0x1"},{"jsonrpc":"2.0","id":1,"result":[{"a":"}\"]"}]}]`, 2,
			[]string{`"0x1"`, `[{"a":"}\"]"}]`}, []bool{false, false}, false},
		{"out of order with an error", ` [ {"id":1,"jsonrpc":"2.0","error":{"code":-32005,"message":"limit"}} , {"id":0,"result":null} ] `, 2,
			[]string{`null`, ``}, []bool{false, true}, false},
		{"a call left unanswered", `[{"id":0,"result":true}]`, 2, []string{`true`, ``}, []bool{false, false}, false},
		{"one object for the whole batch", `{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"batch too large"}}`, 2, nil, nil, true},
		{"unknown id", `[{"id":7,"result":1}]`, 2, nil, nil, true},
		{"truncated", `[{"id":0,"result":"0x`, 1, nil, nil, true},
		{"not JSON-RPC", `<html>busy</html>`, 1, nil, nil, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := splitBatch([]byte(c.body), c.n)
			if (err != nil) != c.fails {
				t.Fatalf("err %v", err)
			}
			for i, r := range c.results {
				if string(got[i].result) != r || (got[i].err != nil) != c.errs[i] {
					t.Fatalf("answer %d: %q %v", i, got[i].result, got[i].err)
				}
			}
		})
	}
	_, err := splitBatch([]byte(`{"error":{"code":-32005,"message":"rate limited"}}`), 1)
	var rpcErr gethrpc.Error
	if !errors.As(err, &rpcErr) || rpcErr.ErrorCode() != -32005 || classify(err) != errRateLimited {
		t.Fatalf("a batch-wide error keeps its code: %v", err)
	}
}
