package rpc

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// logList is an eth_getLogs result. The HTTP batch transport decodes it in place while it
// splits the answer; go-ethereum's client (WebSocket endpoints) decodes it through
// UnmarshalJSON, the same decoder. set tells an answer of no logs from no answer at all, which
// is an error rather than "no logs": that would be a silent loss.
type logList struct {
	logs []types.Log
	set  bool
}

// UnmarshalJSON implements json.Unmarshaler.
func (l *logList) UnmarshalJSON(raw []byte) error {
	if bytes.Equal(bytes.TrimSpace(raw), []byte("null")) {
		return garbage("eth_getLogs: null result")
	}
	logs, err := decodeLogs(raw)
	if err != nil {
		return garbage("eth_getLogs: %v", err)
	}
	l.logs, l.set = logs, true
	return nil
}

// logCheck is an eth_getLogs result expected to hold want, the logs another endpoint gave
// for the same query: a quorum's second answer. The HTTP batch transport compares it as it
// scans it, into one reused log, so an answer that agrees costs no allocation per log and same
// is set; an answer that differs, or that the scanner does not read, is decoded in full into
// the embedded logList for the caller to judge, as are answers of other transports.
type logCheck struct {
	want []types.Log
	same bool
	logList
}

// decodeLogs decodes an eth_getLogs result. The hot path is a scanner for the shape nodes
// send (hex strings into fixed arrays, no reflection), about twenty times cheaper than
// encoding/json on types.Log; anything it does not expect falls back to encoding/json, so an
// unusual but valid answer still decodes and an invalid one still fails.
func decodeLogs(raw []byte) ([]types.Log, error) {
	if len(raw) == 0 {
		return nil, errors.New("empty eth_getLogs answer")
	}
	d := scanner{b: raw}
	logs, err := d.logs()
	if err == nil && d.end() {
		return logs, nil
	}
	var slow []types.Log
	if jerr := json.Unmarshal(raw, &slow); jerr != nil {
		return nil, jerr
	}
	return slow, nil
}

// scanner reads JSON from b at i. The topics and data of the logs it decodes are cut from
// shared chunks, so a response's logs cost a few allocations rather than two each.
type scanner struct {
	b      []byte
	i      int
	hashes []common.Hash
	data   []byte
}

// Chunk sizes of the scanner's topic and data storage, and the most logs it sizes an answer
// for before seeing them.
const (
	hashChunk    = 512
	dataChunk    = 16 << 10
	maxLogsGuess = 1 << 16
)

var errShape = errors.New("unexpected JSON")

func (d *scanner) ws() {
	for d.i < len(d.b) {
		switch d.b[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

// eat consumes c after optional white space.
func (d *scanner) eat(c byte) bool {
	d.ws()
	if d.i < len(d.b) && d.b[d.i] == c {
		d.i++
		return true
	}
	return false
}

// end reports whether only white space is left.
func (d *scanner) end() bool {
	d.ws()
	return d.i == len(d.b)
}

// logs reads an array of logs. null is no answer: it is left to the caller's fallback, which
// refuses it.
func (d *scanner) logs() ([]types.Log, error) {
	if !d.eat('[') {
		return nil, errShape
	}
	// Nodes spend about 600 bytes on a log: sizing for what remains of the answer saves
	// growing the slice log by log.
	logs := make([]types.Log, 0, min(1+(len(d.b)-d.i)/600, maxLogsGuess))
	if d.eat(']') {
		return logs, nil
	}
	for {
		logs = append(logs, types.Log{})
		if err := d.log(&logs[len(logs)-1]); err != nil {
			return nil, err
		}
		if d.eat(',') {
			continue
		}
		if !d.eat(']') {
			return nil, errShape
		}
		return logs, nil
	}
}

// sameLogs reads a log list and reports whether it holds exactly want, in order, compared as
// sameLogs compares two lists, with none marked removed. Each log is read into one scratch
// log, whose topics and data reuse chunks of their own: the scanner's hold the logs of the
// answers it decoded before.
func (d *scanner) sameLogs(want []types.Log) (bool, error) {
	if !d.eat('[') {
		return false, errShape
	}
	if d.eat(']') {
		return len(want) == 0, nil
	}
	kept, keptData := d.hashes, d.data
	defer func() { d.hashes, d.data = kept, keptData }()
	d.hashes, d.data = nil, nil
	for i := 0; ; i++ {
		var l types.Log
		d.hashes, d.data = d.hashes[:0], d.data[:0]
		if err := d.log(&l); err != nil {
			return false, err
		}
		if i >= len(want) || l.Removed || !sameLog(&l, &want[i]) {
			return false, nil
		}
		if d.eat(',') {
			continue
		}
		if !d.eat(']') {
			return false, errShape
		}
		return i+1 == len(want), nil
	}
}

// The fields a log must carry (as go-ethereum's decoder requires them).
const (
	seenAddress = 1 << iota
	seenTopics
	seenData
	seenTxHash
	seenAll = seenAddress | seenTopics | seenData | seenTxHash
)

func (d *scanner) log(l *types.Log) error {
	if !d.eat('{') {
		return errShape
	}
	seen := 0
	for first := true; ; first = false {
		if d.eat('}') {
			break
		}
		if !first && !d.eat(',') {
			return errShape
		}
		key, err := d.key()
		if err != nil {
			return err
		}
		switch string(key) {
		case "address":
			err = d.hexFixed(l.Address[:])
			seen |= seenAddress
		case "topics":
			l.Topics, err = d.topics()
			seen |= seenTopics
		case "data":
			l.Data, err = d.hexBytes()
			seen |= seenData
		case "blockNumber":
			l.BlockNumber, err = d.quantity()
		case "transactionHash":
			err = d.hexFixed(l.TxHash[:])
			seen |= seenTxHash
		case "transactionIndex":
			var v uint64
			v, err = d.quantity()
			l.TxIndex = uint(v)
		case "blockHash":
			err = d.hexFixed(l.BlockHash[:])
		case "logIndex":
			var v uint64
			v, err = d.quantity()
			l.Index = uint(v)
		case "blockTimestamp":
			l.BlockTimestamp, err = d.quantity()
		case "removed":
			l.Removed, err = d.boolean()
		default:
			err = d.skip()
		}
		if err != nil {
			return fmt.Errorf("%s: %w", key, err)
		}
	}
	if seen != seenAll {
		return errShape
	}
	return nil
}

// key reads an object key and its colon; keys of log objects are short and have no escapes.
func (d *scanner) key() ([]byte, error) {
	if !d.eat('"') {
		return nil, errShape
	}
	start := d.i
	for d.i < len(d.b) && d.b[d.i] != '"' {
		if d.b[d.i] == '\\' {
			return nil, errShape
		}
		d.i++
	}
	if d.i == len(d.b) {
		return nil, errShape
	}
	k := d.b[start:d.i]
	d.i++
	if !d.eat(':') {
		return nil, errShape
	}
	return k, nil
}

// str reads a string without escapes and returns its bytes.
func (d *scanner) str() ([]byte, error) {
	if !d.eat('"') {
		return nil, errShape
	}
	n := bytes.IndexByte(d.b[d.i:], '"')
	if n < 0 {
		return nil, errShape
	}
	s := d.b[d.i : d.i+n]
	if bytes.IndexByte(s, '\\') >= 0 {
		return nil, errShape
	}
	d.i += n + 1
	return s, nil
}

// hexStr reads a "0x…" string and returns its digits.
func (d *scanner) hexStr() ([]byte, error) {
	s, err := d.str()
	if err != nil || len(s) < 2 || s[0] != '0' || (s[1] != 'x' && s[1] != 'X') {
		return nil, errShape
	}
	return s[2:], nil
}

// hexFixed reads a "0x…" string of exactly len(dst) bytes into dst. Nodes send these with no
// white space or escapes, which the fast path checks by position alone.
func (d *scanner) hexFixed(dst []byte) error {
	d.ws()
	if end := d.i + 3 + 2*len(dst); end < len(d.b) && d.b[d.i] == '"' && d.b[d.i+1] == '0' && d.b[d.i+2] == 'x' && d.b[end] == '"' {
		if err := unhex(dst, d.b[d.i+3:end]); err != nil {
			return err
		}
		d.i = end + 1
		return nil
	}
	s, err := d.hexStr()
	if err != nil || len(s) != 2*len(dst) {
		return errShape
	}
	return unhex(dst, s)
}

func (d *scanner) hexBytes() ([]byte, error) {
	s, err := d.hexStr()
	if err != nil || len(s)%2 != 0 {
		return nil, errShape
	}
	n := len(s) / 2
	if n > dataChunk/8 {
		out := make([]byte, n)
		return out, unhex(out, s)
	}
	if d.data == nil || cap(d.data)-len(d.data) < n {
		d.data = make([]byte, 0, dataChunk)
	}
	start := len(d.data)
	d.data = d.data[:start+n]
	out := d.data[start : start+n : start+n]
	return out, unhex(out, s)
}

// quantity reads a "0x…" number as JSON-RPC encodes them: no leading zeros, at most 64 bits.
func (d *scanner) quantity() (uint64, error) {
	s, err := d.hexStr()
	if err != nil || len(s) == 0 || len(s) > 16 || (len(s) > 1 && s[0] == '0') {
		return 0, errShape
	}
	var v uint64
	for _, c := range s {
		n := nibble[c]
		if n > 15 {
			return 0, errShape
		}
		v = v<<4 | uint64(n)
	}
	return v, nil
}

func (d *scanner) boolean() (bool, error) {
	switch {
	case d.literal("true"):
		return true, nil
	case d.literal("false"):
		return false, nil
	}
	return false, errShape
}

// literal consumes lit after optional white space, if it is there.
func (d *scanner) literal(lit string) bool {
	d.ws()
	if len(d.b)-d.i >= len(lit) && string(d.b[d.i:d.i+len(lit)]) == lit {
		d.i += len(lit)
		return true
	}
	return false
}

func (d *scanner) topics() ([]common.Hash, error) {
	if !d.eat('[') {
		return nil, errShape
	}
	if d.eat(']') {
		return []common.Hash{}, nil
	}
	start := len(d.hashes)
	for {
		if len(d.hashes) == cap(d.hashes) {
			have := d.hashes[start:]
			d.hashes = make([]common.Hash, len(have), max(hashChunk, 2*len(have)))
			copy(d.hashes, have)
			start = 0
		}
		d.hashes = d.hashes[:len(d.hashes)+1]
		if err := d.hexFixed(d.hashes[len(d.hashes)-1][:]); err != nil {
			return nil, err
		}
		if d.eat(',') {
			continue
		}
		if d.eat(']') {
			end := len(d.hashes)
			return d.hashes[start:end:end], nil
		}
		return nil, errShape
	}
}

// skip passes over one value of a field the indexer does not read: a string or a literal;
// anything else (nodes put no numbers or nesting in logs) sends the answer to encoding/json.
func (d *scanner) skip() error {
	d.ws()
	if d.i < len(d.b) && d.b[d.i] == '"' {
		_, err := d.str()
		return err
	}
	if d.literal("null") || d.literal("true") || d.literal("false") {
		return nil
	}
	return errShape
}

// unhex decodes the 2*len(dst) hex digits of s into dst. It checks the digits once at the end
// rather than byte by byte: a third of the decoder's time goes here.
func unhex(dst, s []byte) error {
	s = s[:2*len(dst)]
	var bad byte
	for i := range dst {
		hi, lo := nibble[s[2*i]], nibble[s[2*i+1]]
		bad |= hi | lo
		dst[i] = hi<<4 | lo
	}
	if bad > 15 {
		return errShape
	}
	return nil
}

// nibble maps a hex digit to its value and anything else to 255.
var nibble = func() [256]byte {
	var t [256]byte
	for i := range t {
		t[i] = 255
	}
	for i := byte(0); i < 10; i++ {
		t['0'+i] = i
	}
	for i := byte(0); i < 6; i++ {
		t['a'+i], t['A'+i] = 10+i, 10+i
	}
	return t
}()
