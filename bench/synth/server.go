package synth

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/gorilla/websocket"
	"golang.org/x/time/rate"
)

// Limits make the server behave like a hosted provider.
type Limits struct {
	// MaxResults fails an eth_getLogs with more matching logs.
	MaxResults int
	// MaxRange fails an eth_getLogs spanning more blocks.
	MaxRange uint64
	// RateLimit answers HTTP 429 to this fraction of requests.
	RateLimit float64
	// Latency and Jitter delay every HTTP answer by Latency ± Jitter (uniform), as a remote
	// provider's round trip does.
	Latency, Jitter time.Duration
	// CallsPerSecond caps calls (each element of a batch counts) with HTTP 429 above it.
	CallsPerSecond float64
}

// ComputeUnits is what a typical hosted provider bills per call, by method (its published
// table); methods not listed bill nothing here.
var ComputeUnits = map[string]uint64{
	"eth_getLogs": 75, "eth_getBlockByNumber": 16, "eth_getBlockByHash": 16, "eth_getBlockReceipts": 500,
	"eth_getTransactionReceipt": 15, "eth_call": 26, "eth_blockNumber": 10, "eth_chainId": 0,
}

// Server serves a Chain over JSON-RPC (HTTP, and WebSocket with newHeads subscriptions).
type Server struct {
	chain  *Chain
	limits Limits
	up     websocket.Upgrader

	mu    sync.Mutex
	state *stateAt
	// calls counts the calls served, by method; bench_calls reports them.
	calls   sync.Map
	limiter *rate.Limiter
	// answers are answer buffers for reuse: a backfill's answers run to megabytes, and
	// growing a fresh one for each request cost the server more than encoding it.
	answers sync.Pool
}

// stateAt caches the balances of one block for eth_call.
type stateAt struct {
	block   uint64
	hash    common.Hash
	balance map[common.Address]map[common.Address]*big.Int
	supply  map[common.Address]*big.Int
}

// NewServer serves chain with the given limits.
func NewServer(chain *Chain, limits Limits) *Server {
	s := &Server{chain: chain, limits: limits, up: websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}}
	if limits.CallsPerSecond > 0 {
		s.limiter = rate.NewLimiter(rate.Limit(limits.CallsPerSecond), max(1, int(limits.CallsPerSecond)))
	}
	return s
}

// count records a served call.
func (s *Server) count(method string) {
	v, _ := s.calls.LoadOrStore(method, new(atomic.Uint64))
	v.(*atomic.Uint64).Add(1)
}

// Calls are the calls served so far, by method.
func (s *Server) Calls() map[string]uint64 {
	out := map[string]uint64{}
	s.calls.Range(func(k, v any) bool {
		out[k.(string)] = v.(*atomic.Uint64).Load()
		return true
	})
	return out
}

type request struct {
	ID     json.RawMessage   `json:"id"`
	Method string            `json:"method"`
	Params []json.RawMessage `json:"params"`
}

// rpcErr is a JSON-RPC error answer.
type rpcErr struct {
	code int
	msg  string
}

func (e *rpcErr) Error() string { return e.msg }

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if websocket.IsWebSocketUpgrade(r) {
		s.serveWS(w, r)
		return
	}
	if s.limits.RateLimit > 0 && rand.Float64() < s.limits.RateLimit {
		http.Error(w, "rate limited", http.StatusTooManyRequests)
		return
	}
	var body bytes.Buffer
	if _, err := body.ReadFrom(r.Body); err != nil {
		return
	}
	if d := s.limits.Latency; d > 0 {
		if j := s.limits.Jitter; j > 0 {
			d += time.Duration(rand.Int64N(int64(2*j))) - j
		}
		time.Sleep(d)
	}
	if s.limiter != nil && !s.limiter.AllowN(time.Now(), max(1, bytes.Count(body.Bytes(), []byte(`"method"`)))) {
		http.Error(w, `{"jsonrpc":"2.0","error":{"code":429,"message":"compute units per second capacity exceeded"}}`, http.StatusTooManyRequests)
		return
	}
	buf, _ := s.answers.Get().(*[]byte)
	if buf == nil {
		buf = new([]byte)
	}
	*buf = s.handle((*buf)[:0], body.Bytes(), nil)
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(*buf)))
	_, _ = w.Write(*buf)
	s.answers.Put(buf)
}

// handle appends the answer to a request or a batch to out; sub, when set, serves
// eth_subscribe.
func (s *Server) handle(out, body []byte, sub func(id []byte) ([]byte, error)) []byte {
	body = bytes.TrimSpace(body)
	if len(body) > 0 && body[0] == '[' {
		var reqs []request
		if err := json.Unmarshal(body, &reqs); err != nil {
			return errorAnswer(nil, -32700, "parse error")
		}
		out = append(out, '[')
		for i, req := range reqs {
			if i > 0 {
				out = append(out, ',')
			}
			out = s.answer(out, &req, sub)
		}
		return append(out, ']')
	}
	var req request
	if err := json.Unmarshal(body, &req); err != nil {
		return errorAnswer(nil, -32700, "parse error")
	}
	return s.answer(out, &req, sub)
}

func errorAnswer(id []byte, code int, msg string) []byte {
	if id == nil {
		id = []byte("null")
	}
	m, _ := json.Marshal(msg)
	return fmt.Appendf(nil, `{"jsonrpc":"2.0","id":%s,"error":{"code":%d,"message":%s}}`, id, code, m)
}

func (s *Server) answer(out []byte, req *request, sub func(id []byte) ([]byte, error)) []byte {
	if req.Method != "bench_calls" {
		s.count(req.Method)
	}
	start := len(out)
	out = append(out, `{"jsonrpc":"2.0","id":`...)
	out = append(out, req.ID...)
	out = append(out, `,"result":`...)
	var err error
	switch req.Method {
	case "eth_chainId":
		out = appendQuantity(append(out, '"'), s.chain.cfg.ChainID)
		out = append(out, '"')
	case "net_version":
		out = strconv.AppendQuote(out, strconv.FormatUint(s.chain.cfg.ChainID, 10))
	case "eth_blockNumber":
		out = appendQuantity(append(out, '"'), s.chain.Head())
		out = append(out, '"')
	case "eth_getBlockByNumber":
		out, err = s.blockByNumber(out, req.Params)
	case "eth_getBlockByHash":
		out, err = s.blockByHash(out, req.Params)
	case "eth_getLogs":
		out, err = s.getLogs(out, req.Params)
	case "eth_getBlockReceipts":
		out, err = s.blockReceipts(out, req.Params)
	case "eth_call":
		out, err = s.call(out, req.Params)
	case "eth_subscribe":
		if sub == nil {
			err = &rpcErr{-32601, "notifications not supported"}
			break
		}
		var id []byte
		if id, err = sub(req.ID); err == nil {
			out = append(out, id...)
		}
	case "eth_unsubscribe":
		out = append(out, "true"...)
	case "bench_reorg":
		var depth uint64
		if err = param(req.Params, 0, &depth); err == nil {
			s.chain.Reorg(depth)
			out = append(out, "true"...)
		}
	case "bench_calls":
		var raw []byte
		if raw, err = json.Marshal(s.Calls()); err == nil {
			out = append(out, raw...)
		}
	case "bench_appearedAt":
		var n uint64
		if err = param(req.Params, 0, &n); err == nil {
			out = strconv.AppendInt(out, s.chain.AppearedAt(n), 10)
		}
	default:
		err = &rpcErr{-32601, "the method " + req.Method + " does not exist/is not available"}
	}
	if err != nil {
		code := -32000
		var re *rpcErr
		if errors.As(err, &re) {
			code = re.code
		}
		return append(out[:start], errorAnswer(req.ID, code, err.Error())...)
	}
	return append(out, '}')
}

func param(params []json.RawMessage, i int, v any) error {
	if i >= len(params) {
		return &rpcErr{-32602, "missing value for required argument " + strconv.Itoa(i)}
	}
	if err := json.Unmarshal(params[i], v); err != nil {
		return &rpcErr{-32602, "invalid argument " + strconv.Itoa(i) + ": " + err.Error()}
	}
	return nil
}

// blockNumber resolves a block parameter: a quantity or a tag.
func (s *Server) blockNumber(raw json.RawMessage) (uint64, error) {
	var tag string
	if err := json.Unmarshal(raw, &tag); err != nil {
		return 0, &rpcErr{-32602, "invalid block number"}
	}
	head := s.chain.Head()
	switch tag {
	case "latest", "pending", "":
		return head, nil
	case "earliest":
		return 0, nil
	case "finalized", "safe":
		if head < 64 {
			return 0, nil
		}
		return head - 64, nil
	}
	n, err := hexutil.DecodeUint64(tag)
	if err != nil {
		return 0, &rpcErr{-32602, "invalid block number " + tag}
	}
	return n, nil
}

func (s *Server) blockByNumber(out []byte, params []json.RawMessage) ([]byte, error) {
	if len(params) == 0 {
		return out, &rpcErr{-32602, "missing block number"}
	}
	n, err := s.blockNumber(params[0])
	if err != nil {
		return out, err
	}
	if n > s.chain.Head() {
		return append(out, "null"...), nil
	}
	return appendHeader(out, s.chain.headerOf(n), s.chain.hash(n)), nil
}

func (s *Server) blockByHash(out []byte, params []json.RawMessage) ([]byte, error) {
	var h common.Hash
	if err := param(params, 0, &h); err != nil {
		return out, err
	}
	if n, ok := s.chain.number(h); ok {
		return appendHeader(out, s.chain.headerOf(n), h), nil
	}
	return append(out, "null"...), nil
}

func appendHeader(out []byte, h *types.Header, hash common.Hash) []byte {
	field := func(name string) { out = append(append(append(out, '"'), name...), `":`...) }
	hexField := func(name string, b []byte) {
		field(name)
		out = appendHex(append(out, '"'), b)
		out = append(out, `",`...)
	}
	qty := func(name string, v uint64) {
		field(name)
		out = appendQuantity(append(out, '"'), v)
		out = append(out, `",`...)
	}
	out = append(out, '{')
	hexField("hash", hash[:])
	hexField("parentHash", h.ParentHash[:])
	hexField("sha3Uncles", h.UncleHash[:])
	hexField("miner", h.Coinbase[:])
	hexField("stateRoot", h.Root[:])
	hexField("transactionsRoot", h.TxHash[:])
	hexField("receiptsRoot", h.ReceiptHash[:])
	hexField("logsBloom", h.Bloom[:])
	qty("difficulty", h.Difficulty.Uint64())
	qty("number", h.Number.Uint64())
	qty("gasLimit", h.GasLimit)
	qty("gasUsed", h.GasUsed)
	qty("timestamp", h.Time)
	hexField("extraData", h.Extra)
	hexField("mixHash", h.MixDigest[:])
	hexField("nonce", h.Nonce[:])
	qty("baseFeePerGas", h.BaseFee.Uint64())
	qty("size", 600)
	return append(out, `"transactions":[],"uncles":[]}`...)
}

// blockReceipts answers eth_getBlockReceipts for a block hash, number or tag: null for a
// block not on the current branch.
func (s *Server) blockReceipts(out []byte, params []json.RawMessage) ([]byte, error) {
	if len(params) == 0 {
		return out, &rpcErr{-32602, "missing block"}
	}
	var n uint64
	var h common.Hash
	var obj struct {
		BlockHash *common.Hash `json:"blockHash"`
	}
	if json.Unmarshal(params[0], &obj) == nil && obj.BlockHash != nil {
		params[0], _ = json.Marshal(obj.BlockHash)
	}
	if err := json.Unmarshal(params[0], &h); err == nil && len(params[0]) == 68 {
		var ok bool
		if n, ok = s.chain.number(h); !ok {
			return append(out, "null"...), nil
		}
	} else {
		if n, err = s.blockNumber(params[0]); err != nil {
			return out, err
		}
		if n > s.chain.Head() {
			return append(out, "null"...), nil
		}
		h = s.chain.hash(n)
	}
	s.chain.mu.RLock()
	rs := s.chain.receipts(n, s.chain.salt(n), h)
	s.chain.mu.RUnlock()
	raw, err := json.Marshal(rs)
	if err != nil {
		return out, err
	}
	return append(out, raw...), nil
}

// logFilter is a parsed eth_getLogs filter.
type logFilter struct {
	from, to  uint64
	blockHash *common.Hash
	addresses map[common.Address]bool
	topics    []map[common.Hash]bool // nil entry: any
}

func (s *Server) parseFilter(params []json.RawMessage) (*logFilter, error) {
	var q struct {
		FromBlock json.RawMessage   `json:"fromBlock"`
		ToBlock   json.RawMessage   `json:"toBlock"`
		BlockHash *common.Hash      `json:"blockHash"`
		Address   json.RawMessage   `json:"address"`
		Topics    []json.RawMessage `json:"topics"`
	}
	if err := param(params, 0, &q); err != nil {
		return nil, err
	}
	f := &logFilter{blockHash: q.BlockHash}
	head := s.chain.Head()
	f.from, f.to = head, head
	var err error
	if len(q.FromBlock) > 0 {
		if f.from, err = s.blockNumber(q.FromBlock); err != nil {
			return nil, err
		}
	}
	if len(q.ToBlock) > 0 {
		if f.to, err = s.blockNumber(q.ToBlock); err != nil {
			return nil, err
		}
	}
	if len(q.Address) > 0 && string(q.Address) != "null" {
		var list []common.Address
		if q.Address[0] == '"' {
			var one common.Address
			err = json.Unmarshal(q.Address, &one)
			list = []common.Address{one}
		} else {
			err = json.Unmarshal(q.Address, &list)
		}
		if err != nil {
			return nil, &rpcErr{-32602, "invalid address"}
		}
		f.addresses = map[common.Address]bool{}
		for _, a := range list {
			f.addresses[a] = true
		}
	}
	for _, t := range q.Topics {
		if len(t) == 0 || string(t) == "null" {
			f.topics = append(f.topics, nil)
			continue
		}
		var list []common.Hash
		if t[0] == '"' {
			var one common.Hash
			err = json.Unmarshal(t, &one)
			list = []common.Hash{one}
		} else {
			err = json.Unmarshal(t, &list)
		}
		if err != nil {
			return nil, &rpcErr{-32602, "invalid topic"}
		}
		set := map[common.Hash]bool{}
		for _, h := range list {
			set[h] = true
		}
		f.topics = append(f.topics, set)
	}
	return f, nil
}

func (f *logFilter) match(e *Event) bool {
	if f.addresses != nil && !f.addresses[e.Token] {
		return false
	}
	if len(f.topics) == 0 {
		return true
	}
	topics := [4]common.Hash{TransferTopic, common.BytesToHash(e.From[:]), common.BytesToHash(e.To[:])}
	n := 3
	if !e.plain() {
		n = copy(topics[:], eventTopics(e))
	}
	for i, set := range f.topics {
		if set == nil {
			continue
		}
		if i >= n || !set[topics[i]] {
			return false
		}
	}
	return true
}

func (s *Server) getLogs(out []byte, params []json.RawMessage) ([]byte, error) {
	f, err := s.parseFilter(params)
	if err != nil {
		return out, err
	}
	head := s.chain.Head()
	if f.blockHash != nil {
		n, ok := s.chain.number(*f.blockHash)
		if !ok {
			return out, &rpcErr{-32000, "unknown block"}
		}
		f.from, f.to = n, n
	}
	if f.to > head {
		return out, &rpcErr{-32000, "block range extends beyond current head block"}
	}
	if f.from > f.to {
		return append(out, "[]"...), nil
	}
	if s.limits.MaxRange > 0 && f.to-f.from+1 > s.limits.MaxRange {
		return out, &rpcErr{-32600, fmt.Sprintf("exceed maximum block range: %d", s.limits.MaxRange)}
	}
	start := len(out)
	out = append(out, '[')
	count := 0
	s.chain.hash(f.to)
	s.chain.mu.RLock()
	defer s.chain.mu.RUnlock()
	for n := max(f.from, 1); n <= f.to; n++ {
		hash := s.chain.hashes[n]
		salt := s.chain.salt(n)
		s.chain.events(n, salt, func(i int, e *Event) {
			if !f.match(e) {
				return
			}
			count++
			if count > 1 {
				out = append(out, ',')
			}
			out = s.appendLog(out, e, n, i, hash)
		})
		if s.limits.MaxResults > 0 && count > s.limits.MaxResults {
			return out[:start], &rpcErr{-32005, fmt.Sprintf("query returned more than %d results", s.limits.MaxResults)}
		}
	}
	return append(out, ']'), nil
}

func (s *Server) appendLog(out []byte, e *Event, n uint64, i int, blockHash common.Hash) []byte {
	out = append(out, `{"address":"`...)
	out = appendHex(out, e.Token[:])
	out = append(out, `","topics":["`...)
	if !e.plain() {
		topics, data := s.chain.log(e)
		for k, t := range topics {
			if k > 0 {
				out = append(out, `","`...)
			}
			out = appendHex(out, t[:])
		}
		out = append(out, `"],"data":"`...)
		out = appendHex(out, data)
	} else {
		out = appendHex(out, TransferTopic[:])
		out = append(out, `","0x000000000000000000000000`...)
		out = appendHexBare(out, e.From[:])
		out = append(out, `","0x000000000000000000000000`...)
		out = appendHexBare(out, e.To[:])
		out = append(out, `"],"data":"`...)
		var v [32]byte
		e.Value.FillBytes(v[:])
		out = appendHex(out, v[:])
	}
	out = append(out, `","blockNumber":"`...)
	out = appendQuantity(out, n)
	out = append(out, `","transactionHash":"`...)
	out = appendHex(out, e.TxHash[:])
	out = append(out, `","transactionIndex":"`...)
	out = appendQuantity(out, uint64(i))
	out = append(out, `","blockHash":"`...)
	out = appendHex(out, blockHash[:])
	out = append(out, `","logIndex":"`...)
	out = appendQuantity(out, uint64(i))
	return append(out, `","removed":false}`...)
}

func appendHex(out, b []byte) []byte { return hex.AppendEncode(append(out, '0', 'x'), b) }

func appendHexBare(out, b []byte) []byte { return hex.AppendEncode(out, b) }

func appendQuantity(out []byte, v uint64) []byte {
	return strconv.AppendUint(append(out, '0', 'x'), v, 16)
}

var (
	selBalanceOf   = hexutil.MustDecode("0x70a08231")
	selTotalSupply = hexutil.MustDecode("0x18160ddd")
)

// call answers balanceOf and totalSupply from the balances the generated transfers imply.
func (s *Server) call(out []byte, params []json.RawMessage) ([]byte, error) {
	var c struct {
		To   common.Address `json:"to"`
		Data hexutil.Bytes  `json:"data"`
	}
	if err := param(params, 0, &c); err != nil {
		return out, err
	}
	n := s.chain.Head()
	if len(params) > 1 {
		var err error
		if n, err = s.blockNumber(params[1]); err != nil {
			return out, err
		}
	}
	st := s.stateAt(n)
	var v *big.Int
	switch {
	case len(c.Data) == 36 && bytes.Equal(c.Data[:4], selBalanceOf):
		v = st.balance[c.To][common.BytesToAddress(c.Data[4:])]
	case len(c.Data) == 4 && bytes.Equal(c.Data[:4], selTotalSupply):
		v = st.supply[c.To]
	default:
		return out, &rpcErr{-32000, "execution reverted"}
	}
	if v == nil {
		v = new(big.Int)
	}
	var word [32]byte
	v.FillBytes(word[:])
	out = appendHex(append(out, '"'), word[:])
	return append(out, '"'), nil
}

func (s *Server) stateAt(n uint64) *stateAt {
	s.mu.Lock()
	defer s.mu.Unlock()
	h := s.chain.hash(n)
	if s.state == nil || s.state.block != n || s.state.hash != h {
		bal, supply := s.chain.Balances(n)
		s.state = &stateAt{block: n, hash: h, balance: bal, supply: supply}
	}
	return s.state
}

// serveWS serves JSON-RPC over a WebSocket, with eth_subscribe("newHeads").
func (s *Server) serveWS(w http.ResponseWriter, r *http.Request) {
	conn, err := s.up.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	defer conn.Close()
	var wmu sync.Mutex
	write := func(b []byte) error {
		wmu.Lock()
		defer wmu.Unlock()
		return conn.WriteMessage(websocket.TextMessage, b)
	}
	done := make(chan struct{})
	defer close(done)
	subs := 0
	subscribe := func(_ []byte) ([]byte, error) {
		subs++
		id := fmt.Sprintf(`"0x%x"`, subs)
		ch, cancel := s.chain.subscribe()
		go func() {
			defer cancel()
			for {
				select {
				case <-done:
					return
				case n := <-ch:
					msg := fmt.Appendf(nil, `{"jsonrpc":"2.0","method":"eth_subscription","params":{"subscription":%s,"result":`, id)
					msg = appendHeader(msg, s.chain.headerOf(n), s.chain.hash(n))
					if write(append(msg, "}}"...)) != nil {
						return
					}
				}
			}
		}()
		return []byte(id), nil
	}
	for {
		_, msg, err := conn.ReadMessage()
		if err != nil {
			return
		}
		if write(s.handle(nil, msg, subscribe)) != nil {
			return
		}
	}
}
