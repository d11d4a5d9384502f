package testenv

import (
	"encoding/json"
	"hash/fnv"
	"math/rand/v2"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/core/types"
)

// Lies is how a Proxy falsifies what it forwards, each at random with its rate (0..1), never
// more than twice in a row for the same request: an endpoint that lies now and then is the
// hard case, because asking it again usually gets the truth. Lies keep every answer
// well-formed JSON-RPC, so only a proof can tell them from the truth.
type Lies struct {
	// Seed makes the lies repeatable; tests print it.
	Seed uint64
	// Logs empties, thins (drops logs inside a block, keeping at least one) or cuts the tail
	// of an eth_getLogs answer that has logs.
	Logs float64
	// NullLogs answers eth_getLogs with null.
	NullLogs float64
	// NoBloom removes logsBloom from a header.
	NoBloom float64
	// Headers invents a header: its extraData is changed and its hash recomputed, so that its
	// fields still hash to the hash it claims, as a lying endpoint's would.
	Headers float64
	// Receipts drops a log from an eth_getBlockReceipts answer that has one.
	Receipts float64
	// DuplicateID appends to a batch answer a second, empty answer for its first eth_getLogs.
	DuplicateID float64
	// NoBlockReceipts answers eth_getBlockReceipts with "method not found", always.
	NoBlockReceipts bool
	// Always lifts the limit of two lies in a row: an endpoint that never tells the truth.
	Always bool
}

// liar carries out Lies; a nil liar tells the truth.
type liar struct {
	Lies
	mu     sync.Mutex
	rng    *rand.Rand
	streak map[string]int
}

func newLiar(l Lies) *liar {
	if l == (Lies{}) {
		return nil
	}
	return &liar{Lies: l, rng: rand.New(rand.NewPCG(l.Seed, 0x11e5)), streak: map[string]int{}}
}

// roll says whether to lie about the request key at rate, at most twice in a row.
func (l *liar) roll(key string, rate float64) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if rate <= 0 || (l.streak[key] >= 2 && !l.Always) || l.rng.Float64() >= rate {
		l.streak[key] = 0
		return false
	}
	l.streak[key]++
	return true
}

// choice is the source of how a lie about key is told: it depends only on the seed and the
// request, so two proxies with one seed tell the same lie, as two names of one faulty backend
// would, and a quorum of them agrees.
func (l *liar) choice(key string) *rand.Rand {
	h := fnv.New64a()
	h.Write([]byte(key))
	return rand.New(rand.NewPCG(l.Seed, h.Sum64()))
}

func (l *liar) falsify(c rpcCall, a *rpcAnswer) {
	if l == nil || a.Error != nil {
		return
	}
	key := c.Method + paramsKey(c)
	switch c.Method {
	case "eth_getLogs":
		if l.roll(key+"null", l.NullLogs) {
			a.Result = json.RawMessage("null")
			return
		}
		var logs []map[string]any
		if json.Unmarshal(a.Result, &logs) != nil || len(logs) == 0 || !l.roll(key, l.Logs) {
			return
		}
		a.Result, _ = json.Marshal(falseLogs(l.choice(key), logs))
	case "eth_getBlockByNumber", "eth_getBlockByHash":
		if string(a.Result) != "null" && l.roll(key+"header", l.Headers) {
			var h types.Header
			if json.Unmarshal(a.Result, &h) == nil {
				h.Extra = append(slices.Clone(h.Extra), 0xba)
				a.Result, _ = json.Marshal(&h)
			}
			return
		}
		var h map[string]any
		if json.Unmarshal(a.Result, &h) != nil || h == nil || !l.roll(key, l.NoBloom) {
			return
		}
		delete(h, "logsBloom")
		a.Result, _ = json.Marshal(h)
	case "eth_getBlockReceipts":
		if l.NoBlockReceipts {
			a.Result, a.Error = nil, &rpcError{Code: -32601, Message: "the method eth_getBlockReceipts does not exist/is not available"}
			return
		}
		var rs []map[string]any
		if json.Unmarshal(a.Result, &rs) != nil || !l.roll(key, l.Receipts) {
			return
		}
		for _, r := range rs {
			if logs, _ := r["logs"].([]any); len(logs) > 0 {
				r["logs"] = logs[1:]
				a.Result, _ = json.Marshal(rs)
				return
			}
		}
	}
}

// falseLogs empties, thins or cuts the tail of logs.
func falseLogs(rng *rand.Rand, logs []map[string]any) []map[string]any {
	switch rng.IntN(3) {
	case 0:
		return []map[string]any{}
	case 1:
		for i := 1; i < len(logs); i++ {
			if logs[i]["blockNumber"] == logs[i-1]["blockNumber"] {
				return append(logs[:i:i], logs[i+1:]...)
			}
		}
	}
	return logs[:rng.IntN(len(logs))]
}

// duplicate appends, at random, a second answer with the id of the batch's first eth_getLogs
// call and no logs: a client that keeps the last answer of an id loses the logs.
func (l *liar) duplicate(calls []rpcCall, answers []rpcAnswer) []rpcAnswer {
	if l == nil {
		return answers
	}
	for i, c := range calls {
		if c.Method == "eth_getLogs" && answers[i].Error == nil && len(answers[i].Result) > 2 &&
			l.roll("dup"+paramsKey(c), l.DuplicateID) {
			return append(answers, rpcAnswer{JSONRPC: "2.0", ID: c.ID, Result: json.RawMessage("[]")})
		}
	}
	return answers
}

func paramsKey(c rpcCall) string {
	raw, _ := json.Marshal(c.Params)
	return string(raw)
}
