package testenv

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// Fault is how a Proxy misbehaves.
type Fault struct {
	// Down closes every connection without an answer.
	Down bool
	// Delay holds every answer back this long.
	Delay time.Duration
	// RateLimit answers HTTP 429 to this fraction of requests (0..1), drawn at random from
	// the proxy's seeded generator.
	RateLimit float64
	// LagBlocks makes the endpoint act this many blocks behind the real head: eth_blockNumber
	// is lowered, newer blocks are null and logs queries reaching them fail as geth's do.
	LagBlocks uint64
	// EmptyLogs answers every eth_getLogs with no logs.
	EmptyLogs bool
	// Malformed answers eth_getLogs requests with truncated JSON.
	Malformed bool
	// MaxResults fails an eth_getLogs whose answer has more logs, as hosted providers do.
	MaxResults int
	// SuggestRange adds an Alchemy-style suggested range to MaxResults errors.
	SuggestRange bool
	// ChainID, when set, is answered to eth_chainId instead of the real one.
	ChainID uint64
	// Authorization refuses, with HTTP 401, every request without this Authorization header.
	Authorization string
	// FinalizedIsLatest answers a request for the "finalized" or "safe" block with the newest
	// block: an endpoint whose finality claim is bogus.
	FinalizedIsLatest bool
	// Lies falsifies eth_getLogs answers that have logs, at random (see Lies).
	Lies Lies
}

// Proxy is a fault-injecting JSON-RPC proxy in front of a real endpoint: the way tests make an
// endpoint fail without mocking the chain.
type Proxy struct {
	// URL is the proxy's endpoint; any path and query is accepted, so a URL can carry a fake
	// API key.
	URL      string
	upstream string
	srv      *http.Server
	mu       sync.Mutex
	fault    Fault
	rng      *rand.Rand
	liar     *liar
	// Requests counts the calls the proxy received, by JSON-RPC method.
	Requests sync.Map
	// Batches counts HTTP requests.
	Batches atomic.Uint64
	// logsFrom is one more than the lowest fromBlock of an eth_getLogs received, 0 before any.
	logsFrom atomic.Uint64
}

// LowestLogsFrom is the lowest block an eth_getLogs asked for, and whether any was received.
func (p *Proxy) LowestLogsFrom() (uint64, bool) {
	n := p.logsFrom.Load()
	return n - 1, n > 0
}

// NewProxy starts a proxy to upstream, closed when the test ends.
func NewProxy(t testing.TB, upstream string) *Proxy {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	seed := rand.Uint64()
	t.Logf("proxy %s: seed %d", l.Addr(), seed)
	p := &Proxy{URL: "http://" + l.Addr().String(), upstream: upstream, rng: rand.New(rand.NewPCG(seed, seed))}
	p.srv = &http.Server{Handler: p}
	go func() { _ = p.srv.Serve(l) }()
	t.Cleanup(func() { _ = p.srv.Close() })
	return p
}

// Set replaces the proxy's fault.
func (p *Proxy) Set(f Fault) {
	p.mu.Lock()
	p.fault = f
	p.liar = newLiar(f.Lies)
	p.mu.Unlock()
}

// Count is how many requests with the given method the proxy received.
func (p *Proxy) Count(method string) uint64 {
	v, ok := p.Requests.Load(method)
	if !ok {
		return 0
	}
	return v.(*atomic.Uint64).Load()
}

type rpcCall struct {
	ID     json.RawMessage   `json:"id"`
	Method string            `json:"method"`
	Params []json.RawMessage `json:"params"`
}

type rpcAnswer struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   *rpcError       `json:"error,omitempty"`
}

type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func (p *Proxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p.mu.Lock()
	f, lie := p.fault, p.liar
	limited := f.RateLimit > 0 && p.rng.Float64() < f.RateLimit
	p.mu.Unlock()
	p.Batches.Add(1)
	if f.Authorization != "" && r.Header.Get("Authorization") != f.Authorization {
		http.Error(w, `{"jsonrpc":"2.0","error":{"code":-32001,"message":"unauthorized"}}`, http.StatusUnauthorized)
		return
	}
	body, _ := io.ReadAll(r.Body)
	batch := bytes.HasPrefix(bytes.TrimSpace(body), []byte("["))
	var calls []rpcCall
	if batch {
		_ = json.Unmarshal(body, &calls)
	} else {
		var c rpcCall
		_ = json.Unmarshal(body, &c)
		calls = []rpcCall{c}
	}
	for _, c := range calls {
		v, _ := p.Requests.LoadOrStore(c.Method, new(atomic.Uint64))
		v.(*atomic.Uint64).Add(1)
		if c.Method == "eth_getLogs" && len(c.Params) > 0 {
			from, _ := logRange(c.Params[0])
			for {
				cur := p.logsFrom.Load()
				if (cur != 0 && cur <= from+1) || p.logsFrom.CompareAndSwap(cur, from+1) {
					break
				}
			}
		}
	}
	if f.Down {
		if hj, ok := w.(http.Hijacker); ok {
			if conn, _, err := hj.Hijack(); err == nil {
				_ = conn.Close()
				return
			}
		}
		w.WriteHeader(http.StatusBadGateway)
		return
	}
	if f.Delay > 0 {
		select {
		case <-time.After(f.Delay):
		case <-r.Context().Done():
			return
		}
	}
	if limited {
		http.Error(w, `{"jsonrpc":"2.0","error":{"code":429,"message":"Too Many Requests"}}`, http.StatusTooManyRequests)
		return
	}
	answers := make([]rpcAnswer, len(calls))
	for i, c := range calls {
		answers[i] = p.answer(c, f)
		lie.falsify(c, &answers[i])
	}
	if batch {
		answers = lie.duplicate(calls, answers)
	}
	w.Header().Set("Content-Type", "application/json")
	if f.Malformed && hasMethod(calls, "eth_getLogs") {
		_, _ = w.Write([]byte(`[{"jsonrpc":"2.0","id":1,"result":[{"address":"0x12`))
		return
	}
	if batch {
		_ = json.NewEncoder(w).Encode(answers)
	} else {
		_ = json.NewEncoder(w).Encode(answers[0])
	}
}

func hasMethod(calls []rpcCall, m string) bool {
	for _, c := range calls {
		if c.Method == m {
			return true
		}
	}
	return false
}

// answer forwards one call upstream and applies the fault to its answer.
func (p *Proxy) answer(c rpcCall, f Fault) rpcAnswer {
	a := rpcAnswer{JSONRPC: "2.0", ID: c.ID}
	head := uint64(0)
	if f.LagBlocks > 0 {
		var raw json.RawMessage
		if err := p.forward("eth_blockNumber", nil, &raw); err == nil {
			head, _ = hexParam(raw)
			head -= min(head, f.LagBlocks)
		}
	}
	switch {
	case f.ChainID > 0 && c.Method == "eth_chainId":
		a.Result = json.RawMessage(fmt.Sprintf(`"0x%x"`, f.ChainID))
		return a
	case f.LagBlocks > 0 && c.Method == "eth_blockNumber":
		a.Result = json.RawMessage(fmt.Sprintf(`"0x%x"`, head))
		return a
	case f.LagBlocks > 0 && c.Method == "eth_getBlockByNumber" && len(c.Params) > 0:
		if n, ok := hexParam(c.Params[0]); ok && n > head {
			a.Result = json.RawMessage("null")
			return a
		}
	case f.LagBlocks > 0 && c.Method == "eth_getLogs" && len(c.Params) > 0:
		var q struct {
			ToBlock string `json:"toBlock"`
		}
		_ = json.Unmarshal(c.Params[0], &q)
		if n, err := strconv.ParseUint(strings.TrimPrefix(q.ToBlock, "0x"), 16, 64); err == nil && n > head {
			a.Error = &rpcError{Code: -32000, Message: "block range extends beyond current head block"}
			return a
		}
	case f.EmptyLogs && c.Method == "eth_getLogs":
		a.Result = json.RawMessage("[]")
		return a
	case f.FinalizedIsLatest && c.Method == "eth_getBlockByNumber" && len(c.Params) > 0:
		if tag := string(c.Params[0]); tag == `"finalized"` || tag == `"safe"` {
			c.Params = append([]json.RawMessage{json.RawMessage(`"latest"`)}, c.Params[1:]...)
		}
	}
	var res json.RawMessage
	if err := p.forward(c.Method, c.Params, &res); err != nil {
		a.Error = &rpcError{Code: -32000, Message: err.Error()}
		return a
	}
	if f.MaxResults > 0 && c.Method == "eth_getLogs" {
		var logs []json.RawMessage
		_ = json.Unmarshal(res, &logs)
		if len(logs) > f.MaxResults {
			a.Error = &rpcError{Code: -32005, Message: fmt.Sprintf("query returned more than %d results", f.MaxResults)}
			if f.SuggestRange {
				from, to := logRange(c.Params[0])
				span := max((to-from+1)/4, 1)
				a.Error = &rpcError{Code: -32602, Message: fmt.Sprintf("Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range and no limit on the response size, or you can request any block range with a cap of 10K logs in the response. Based on your parameters and the response size limit, this block range should work: [0x%x, 0x%x]", from, from+span-1)}
			}
			return a
		}
	}
	a.Result = res
	return a
}

func logRange(param json.RawMessage) (from, to uint64) {
	var q struct {
		FromBlock string `json:"fromBlock"`
		ToBlock   string `json:"toBlock"`
	}
	_ = json.Unmarshal(param, &q)
	from, _ = strconv.ParseUint(strings.TrimPrefix(q.FromBlock, "0x"), 16, 64)
	to, _ = strconv.ParseUint(strings.TrimPrefix(q.ToBlock, "0x"), 16, 64)
	return from, to
}

func hexParam(raw json.RawMessage) (uint64, bool) {
	var s string
	if json.Unmarshal(raw, &s) != nil || !strings.HasPrefix(s, "0x") {
		return 0, false
	}
	n, err := strconv.ParseUint(s[2:], 16, 64)
	return n, err == nil
}

func (p *Proxy) forward(method string, params []json.RawMessage, out *json.RawMessage) error {
	if params == nil {
		params = []json.RawMessage{}
	}
	req, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": method, "params": params})
	resp, err := http.Post(p.upstream, "application/json", bytes.NewReader(req))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var a rpcAnswer
	if err := json.NewDecoder(resp.Body).Decode(&a); err != nil {
		return err
	}
	if a.Error != nil {
		return fmt.Errorf("%s", a.Error.Message)
	}
	*out = a.Result
	return nil
}
