package rpc

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	gethrpc "github.com/ethereum/go-ethereum/rpc"
)

// TestProviderMessages holds one real wording per entry of providerMessages.
func TestProviderMessages(t *testing.T) {
	cases := []struct {
		provider, msg string
		suggest       uint64
	}{
		{"alchemy", "Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range and no limit on the response size, or you can request any block range with a cap of 10K logs in the response. Based on your parameters and the response size limit, this block range should work: [0xc5dc00, 0xc614a7]", 0xc614a7 - 0xc5dc00 + 1},
		{"infura", "query returned more than 10000 results. Try with this block range [0x1A2B, 0x1A99].", 0x1a99 - 0x1a2b + 1},
		{"geth-style", "query exceeds max results 20000, retry with the range 24383075-24383096", 22},
		{"quicknode", "eth_getLogs is limited to a 10,000 blocks range", 10000},
		{"alchemy-plan", "Under the Free tier plan, you can make eth_getLogs requests with up to a 10 block range.", 10},
		{"erigon", "requested too many blocks from 0 to 5000000, maximum is set to 1024", 1024},
		{"publicnode", "exceed maximum block range: 50000", 50000},
		{"chainstack", "Block range limit (100) exceeded.", 100},
		{"infura-results", "query returned more than 10000 results", 0},
		{"geth-results", "query exceeds max results 20000", 0},
		{"ankr", "block range is too wide", 0},
		{"generic-range", "block range too large", 0},
		{"response-size", "response size should not be greater than 10000000 bytes", 0},
		{"query-timeout", "Query timeout exceeded. Consider reducing your block range.", 0},
	}
	covered := map[string]bool{}
	for _, c := range cases {
		t.Run(c.provider, func(t *testing.T) {
			ok, suggest := tooMuch(c.msg)
			if !ok || suggest != c.suggest {
				t.Fatalf("tooMuch(%q) = %v, %d; want true, %d", c.msg, ok, suggest, c.suggest)
			}
			if k := classify(errors.New(c.msg)); k != errTooMuch {
				t.Fatalf("classified %s", k)
			}
		})
		covered[c.provider] = true
	}
	for _, p := range providerMessages {
		if !covered[p.provider] {
			t.Errorf("provider message %q has no test", p.provider)
		}
	}
}

type codeError struct {
	code int
	msg  string
}

func (e codeError) Error() string  { return e.msg }
func (e codeError) ErrorCode() int { return e.code }

func TestClassify(t *testing.T) {
	cases := []struct {
		err  error
		want errKind
	}{
		{gethrpc.HTTPError{StatusCode: 429, Status: "429 Too Many Requests"}, errRateLimited},
		{gethrpc.HTTPError{StatusCode: 503, Status: "503 Service Unavailable"}, errTransient},
		{gethrpc.HTTPError{StatusCode: 413, Status: "413 Request Entity Too Large"}, errTooMuch},
		{codeError{-32005, "limit exceeded"}, errRateLimited},
		{codeError{-32602, "invalid argument 0: hex string without 0x prefix"}, errInvalid},
		{codeError{-32601, "the method eth_foo does not exist/is not available"}, errInvalid},
		{codeError{-32000, "failed to process log index: reorg in progress"}, errTransient},
		{codeError{-32000, "block range extends beyond current head block"}, errTransient},
		{errors.New("your app has exceeded its compute units per second capacity"), errRateLimited},
		{fmt.Errorf("read: %w", errors.New("connection reset by peer")), errTransient},
		{garbage("logs out of order"), errGarbage},
		{errors.New("invalid character '}' looking for beginning of value"), errGarbage},
	}
	for _, c := range cases {
		if got := classify(c.err); got != c.want {
			t.Errorf("classify(%v) = %s, want %s", c.err, got, c.want)
		}
	}
}

func TestRedact(t *testing.T) {
	raw := "https://user:pass@node.example:8545/v3/KEY123?apikey=KEY456"
	err := redact(fmt.Errorf(`Post "%s": dial tcp: connection refused`, raw), raw, "node.example:8545")
	for _, secret := range []string{"KEY123", "KEY456", "pass"} {
		if msg := err.Error(); strings.Contains(msg, secret) {
			t.Errorf("%q shows %s", msg, secret)
		}
	}
	if got := SafeName(raw, ""); got != "node.example:8545" {
		t.Errorf("SafeName = %q", got)
	}
	if got := SafeName(raw, "primary"); got != "primary" {
		t.Errorf("SafeName = %q", got)
	}
}
