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

// httpBatch sends elems as one JSON-RPC batch over HTTP and splits the answer with one
// structural pass, leaving each result as raw bytes for its caller's decoder: the hot path of
// a backfill, where go-ethereum's client would decode and re-validate every byte of every
// result through encoding/json. Errors take go-ethereum's types (HTTPError, a JSON-RPC error
// with ErrorCode) so they are classified the same way.
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
	hreq.Header.Set("Content-Type", "application/json")
	hreq.Header.Set("Accept", "application/json")
	resp, err := e.http.Do(hreq)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return gethrpc.HTTPError{StatusCode: resp.StatusCode, Status: resp.Status, Body: body}
	}
	answers, err := splitBatch(body, len(elems))
	if err != nil {
		return err
	}
	for i := range elems {
		a := answers[i]
		switch {
		case a.err != nil:
			elems[i].Error = a.err
		case a.result == nil:
			elems[i].Error = garbage("no answer to call %d", i)
		default:
			elems[i].Error = assign(elems[i].Result, a.result)
		}
	}
	return nil
}

// assign stores a raw result into a call's result pointer.
func assign(dst any, raw []byte) error {
	if r, ok := dst.(*json.RawMessage); ok {
		*r = raw
		return nil
	}
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

type answer struct {
	result []byte
	err    error
}

// splitBatch finds, in a batch answer, each call's result or error by its id (the call's index).
// A single object answering the whole batch is an error for every call.
func splitBatch(body []byte, n int) ([]answer, error) {
	d := scanner{b: body}
	out := make([]answer, n)
	if d.eat('{') {
		d.i--
		start := d.i
		if err := d.skipValue(); err != nil {
			return nil, garbage("batch answer: %v", err)
		}
		var one struct {
			Error *callError `json:"error"`
		}
		if err := json.Unmarshal(body[start:d.i], &one); err != nil || one.Error == nil {
			return nil, garbage("batch answered by a single object")
		}
		return nil, one.Error
	}
	if !d.eat('[') {
		return nil, garbage("batch answer is not an array")
	}
	for first := true; !d.eat(']'); first = false {
		if !first && !d.eat(',') {
			return nil, garbage("batch answer: %v", errShape)
		}
		id, a, err := d.answer()
		if err != nil {
			return nil, garbage("batch answer: %v", err)
		}
		if id < 0 || id >= n {
			return nil, garbage("batch answer with unknown id %d", id)
		}
		out[id] = a
	}
	if !d.end() {
		return nil, garbage("batch answer: trailing data")
	}
	return out, nil
}

// answer reads one {"jsonrpc","id","result"|"error"} object.
func (d *scanner) answer() (int, answer, error) {
	var a answer
	id := -1
	if !d.eat('{') {
		return 0, a, errShape
	}
	for first := true; !d.eat('}'); first = false {
		if !first && !d.eat(',') {
			return 0, a, errShape
		}
		key, err := d.key()
		if err != nil {
			return 0, a, err
		}
		d.ws()
		start := d.i
		if err := d.skipValue(); err != nil {
			return 0, a, err
		}
		v := d.b[start:d.i]
		switch string(key) {
		case "id":
			n, err := strconv.Atoi(string(v))
			if err != nil {
				return 0, a, fmt.Errorf("id %s", v)
			}
			id = n
		case "result":
			a.result = v
		case "error":
			ce := &callError{}
			if err := json.Unmarshal(v, ce); err != nil {
				return 0, a, err
			}
			a.err = ce
		}
	}
	return id, a, nil
}

// skipValue passes over any JSON value, checking only its structure (strings, nesting).
func (d *scanner) skipValue() error {
	d.ws()
	depth := 0
	for d.i < len(d.b) {
		switch c := d.b[d.i]; c {
		case '"':
			d.i++
			for d.i < len(d.b) && d.b[d.i] != '"' {
				if d.b[d.i] == '\\' {
					d.i++
				}
				d.i++
			}
			if d.i >= len(d.b) {
				return errShape
			}
			d.i++
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
