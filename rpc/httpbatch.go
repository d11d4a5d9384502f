package rpc

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"

	gethrpc "github.com/ethereum/go-ethereum/rpc"
)

// httpBatch sends elems as one JSON-RPC batch over HTTP and decodes the answer in one pass
// (decodeBatch): the hot path of a backfill, where go-ethereum's client would decode and
// re-validate every byte of every result through encoding/json. Errors take go-ethereum's
// types (HTTPError, a JSON-RPC error with ErrorCode) so they are classified the same way.
func (e *endpoint) httpBatch(ctx context.Context, elems []gethrpc.BatchElem) error {
	req := make([]byte, 0, 128*len(elems))
	req = append(req, '[')
	for i, el := range elems {
		if i > 0 {
			req = append(req, ',')
		}
		params, err := json.Marshal(el.Args)
		if err != nil {
			return err
		}
		if el.Args == nil {
			params = []byte("[]")
		}
		req = fmt.Appendf(req, `{"jsonrpc":"2.0","id":%d,"method":%q,"params":%s}`, i, el.Method, params)
	}
	req = append(req, ']')
	hreq, err := http.NewRequestWithContext(ctx, http.MethodPost, e.rawURL, bytes.NewReader(req))
	if err != nil {
		return err
	}
	for k, v := range e.headers {
		hreq.Header[k] = v
	}
	hreq.Header.Set("Content-Type", "application/json")
	hreq.Header.Set("Accept", "application/json")
	resp, err := e.http.Do(hreq)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var buf *bytes.Buffer
	select {
	case buf = <-e.bodies:
	default:
		buf = new(bytes.Buffer)
	}
	defer e.recycle(buf)
	buf.Reset()
	if resp.ContentLength > e.maxAnswer {
		return &answerTooLarge{limit: e.maxAnswer}
	}
	if resp.ContentLength > 0 && resp.ContentLength <= maxRecycled {
		buf.Grow(int(resp.ContentLength))
	}
	n, err := buf.ReadFrom(io.LimitReader(resp.Body, e.maxAnswer+1))
	if err != nil {
		return err
	}
	if n > e.maxAnswer {
		return &answerTooLarge{limit: e.maxAnswer}
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return gethrpc.HTTPError{StatusCode: resp.StatusCode, Status: resp.Status, Body: bytes.Clone(buf.Bytes())}
	}
	return decodeBatch(buf.Bytes(), elems)
}

// answerTooLarge is an answer longer than the endpoint's bound. Like a provider's "too many
// results" it makes a range split, so a huge answer costs a retry rather than the memory.
type answerTooLarge struct{ limit int64 }

func (e *answerTooLarge) Error() string { return fmt.Sprintf("answer larger than %d bytes", e.limit) }

// maxRecycled bounds the answer buffers kept for reuse, so one huge answer is not kept alive,
// and the room made ahead for an answer, whatever length its header claims.
const maxRecycled = 64 << 20

func (e *endpoint) recycle(buf *bytes.Buffer) {
	if buf.Cap() > maxRecycled {
		return
	}
	select {
	case e.bodies <- buf:
	default:
	}
}

// assign decodes a raw result into a call's result pointer. Nothing may keep raw: it is the
// answer buffer, which is reused.
func assign(dst any, raw []byte) error {
	if err := json.Unmarshal(raw, dst); err != nil {
		return garbage("%v", err)
	}
	return nil
}

// callError is a JSON-RPC error answer; its ErrorCode makes it a go-ethereum rpc.Error.
type callError struct {
	Code    int             `json:"code"`
	Message string          `json:"message"`
	Data    json.RawMessage `json:"data"`
}

func (e *callError) Error() string  { return e.Message }
func (e *callError) ErrorCode() int { return e.Code }

// decodeBatch finds each call's answer in a batch answer by its id (the call's index) and
// stores its result or error in the call. An eth_getLogs result is decoded where it stands, in
// the pass that finds it. A single object answering the whole batch is an error for every call.
func decodeBatch(body []byte, elems []gethrpc.BatchElem) error {
	d := scanner{b: body}
	if d.eat('{') {
		d.i--
		start := d.i
		if err := d.skipValue(); err != nil {
			return garbage("batch answer: %v", err)
		}
		var one struct {
			Error *callError `json:"error"`
		}
		if err := json.Unmarshal(body[start:d.i], &one); err != nil || one.Error == nil {
			return garbage("batch answered by a single object")
		}
		return one.Error
	}
	if !d.eat('[') {
		return garbage("batch answer is not an array")
	}
	answered := make([]bool, len(elems))
	for first := true; !d.eat(']'); first = false {
		if !first && !d.eat(',') {
			return garbage("batch answer: %v", errShape)
		}
		if err := d.answer(elems, answered); err != nil {
			return garbage("batch answer: %v", err)
		}
	}
	if !d.end() {
		return garbage("batch answer: trailing data")
	}
	for i, ok := range answered {
		if !ok {
			elems[i].Error = garbage("no answer to call %d", i)
		}
	}
	return nil
}

// answer reads one {"jsonrpc","id","result"|"error"} object into the call it answers.
func (d *scanner) answer(elems []gethrpc.BatchElem, answered []bool) error {
	id := -1
	var result []byte
	var callErr error
	decoded := false
	if !d.eat('{') {
		return errShape
	}
	for first := true; !d.eat('}'); first = false {
		if !first && !d.eat(',') {
			return errShape
		}
		key, err := d.key()
		if err != nil {
			return err
		}
		d.ws()
		if string(key) == "result" && id >= 0 && id < len(elems) && d.decodeInPlace(elems[id].Result) {
			decoded = true
			continue
		}
		start := d.i
		if err := d.skipValue(); err != nil {
			return err
		}
		v := d.b[start:d.i]
		switch string(key) {
		case "id":
			n, err := strconv.Atoi(string(v))
			if err != nil {
				return fmt.Errorf("id %s", v)
			}
			id = n
		case "result":
			result = v
		case "error":
			ce := &callError{}
			if err := json.Unmarshal(v, ce); err != nil {
				return err
			}
			callErr = ce
		}
	}
	if id < 0 || id >= len(elems) {
		return fmt.Errorf("answer with unknown id %d", id)
	}
	if answered[id] {
		return fmt.Errorf("two answers with id %d", id)
	}
	answered[id] = true
	switch {
	case callErr != nil:
		elems[id].Error = callErr
	case decoded:
		elems[id].Error = nil
	case result == nil:
		elems[id].Error = garbage("no answer to call %d", id)
	default:
		elems[id].Error = assign(elems[id].Result, result)
	}
	return nil
}

// decodeInPlace decodes the value at i into dst when dst is a result the scanner knows (logs)
// and the value has the shape nodes send; otherwise it reads nothing and reports
// false, leaving the value to encoding/json.
func (d *scanner) decodeInPlace(dst any) bool {
	start := d.i
	switch dst := dst.(type) {
	case *logList:
		if logs, err := d.logs(); err == nil {
			dst.logs, dst.set = logs, true
			return true
		}
	case *logCheck:
		if same, err := d.sameLogs(dst.want); err == nil && same {
			dst.same, dst.set = true, true
			return true
		}
		d.i = start
		return d.decodeInPlace(&dst.logList)
	}
	d.i = start
	return false
}

// skipValue passes over any JSON value, checking only its structure (strings, nesting).
func (d *scanner) skipValue() error {
	d.ws()
	depth := 0
	for d.i < len(d.b) {
		switch c := d.b[d.i]; c {
		case '"':
			if err := d.skipString(); err != nil {
				return err
			}
		case '{', '[':
			depth++
			d.i++
		case '}', ']':
			if depth == 0 {
				return nil
			}
			depth--
			d.i++
		case ',':
			if depth == 0 {
				return nil
			}
			d.i++
		default:
			d.i++
		}
		if depth == 0 && d.i < len(d.b) {
			d.ws()
			if d.i < len(d.b) && (d.b[d.i] == ',' || d.b[d.i] == '}' || d.b[d.i] == ']') {
				return nil
			}
		}
	}
	if depth != 0 {
		return errors.New("unterminated value")
	}
	return nil
}

// skipString passes over the string starting at i, escapes included.
func (d *scanner) skipString() error {
	d.i++
	open := d.i
	for {
		n := bytes.IndexByte(d.b[d.i:], '"')
		if n < 0 {
			return errShape
		}
		d.i += n + 1
		escapes := 0
		for j := d.i - 2; j >= open && d.b[j] == '\\'; j-- {
			escapes++
		}
		if escapes%2 == 0 {
			return nil
		}
	}
}
