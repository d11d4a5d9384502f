package rpc

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"regexp"
	"strconv"
	"strings"
	"syscall"

	gethrpc "github.com/ethereum/go-ethereum/rpc"
)

// errKind says what a failed request means for the caller.
type errKind int

const (
	// errTransient: the endpoint failed (timeout, reset, 5xx, a node hiccup); another endpoint
	// or a later try will do.
	errTransient errKind = iota
	// errRateLimited: the endpoint asked us to slow down (HTTP 429 or a provider's message).
	errRateLimited
	// errTooMuch: the eth_getLogs range or its answer is too large; a smaller range will do.
	errTooMuch
	// errInvalid: the request itself is wrong; retrying it unchanged cannot help.
	errInvalid
	// errGarbage: the endpoint answered, but with something that is not a valid answer.
	errGarbage
)

func (k errKind) String() string {
	return [...]string{"transient", "rate_limited", "too_much", "invalid", "garbage"}[k]
}

// RangeError is returned by FetchRange when every endpoint refused the range as too large. Max,
// when non-zero, is the number of blocks a provider suggested.
type RangeError struct {
	From, To uint64
	Max      uint64
	Err      error
}

func (e *RangeError) Error() string {
	return fmt.Sprintf("logs %d-%d too large: %v", e.From, e.To, e.Err)
}

func (e *RangeError) Unwrap() error { return e.Err }

// garbageError marks an answer that parsed as JSON-RPC but is not a valid answer.
type garbageError struct{ msg string }

func (e *garbageError) Error() string { return "invalid answer: " + e.msg }

func garbage(format string, args ...any) error {
	return &garbageError{msg: fmt.Sprintf(format, args...)}
}

// providerMessage is one known wording of "that eth_getLogs was too large", with an optional
// extractor of the range size the provider suggests.
type providerMessage struct {
	provider string
	match    *regexp.Regexp
	suggest  func(m []string) uint64
}

var hexRange = func(m []string) uint64 {
	a, err1 := strconv.ParseUint(strings.TrimPrefix(m[1], "0x"), 16, 64)
	b, err2 := strconv.ParseUint(strings.TrimPrefix(m[2], "0x"), 16, 64)
	if err1 != nil || err2 != nil || b < a {
		return 0
	}
	return b - a + 1
}

var decRange = func(m []string) uint64 {
	a, err1 := strconv.ParseUint(m[1], 10, 64)
	b, err2 := strconv.ParseUint(m[2], 10, 64)
	if err1 != nil || err2 != nil || b < a {
		return 0
	}
	return b - a + 1
}

var capNumber = func(m []string) uint64 {
	n, err := strconv.ParseUint(strings.ReplaceAll(m[1], ",", ""), 10, 64)
	if err != nil {
		return 0
	}
	if len(m) > 2 && strings.EqualFold(m[2], "k") {
		n *= 1000
	}
	return n
}

// providerMessages are the "too large" answers of node software and hosted providers, most
// specific first. Each has a test in errors_test.go.
var providerMessages = []providerMessage{
	{"alchemy", regexp.MustCompile(`(?i)this block range should work: \[(0x[0-9a-f]+),\s*(0x[0-9a-f]+)\]`), hexRange},
	{"infura", regexp.MustCompile(`(?i)try with this block range \[(0x[0-9a-f]+),\s*(0x[0-9a-f]+)\]`), hexRange},
	{"geth-style", regexp.MustCompile(`(?i)retry with the range (\d+)-(\d+)`), decRange},
	{"quicknode", regexp.MustCompile(`(?i)limited to a ([\d,]+)\s*(k)?\s*blocks? range`), capNumber},
	{"alchemy-plan", regexp.MustCompile(`(?i)up to a ([\d,]+)\s*(k)?\s*block range`), capNumber},
	{"erigon", regexp.MustCompile(`(?i)maximum is set to (\d+)`), capNumber},
	{"publicnode", regexp.MustCompile(`(?i)exceed(?:s|ed)? maximum block range:?\s*(\d+)`), capNumber},
	{"chainstack", regexp.MustCompile(`(?i)block range limit \((\d+)\) exceeded`), capNumber},
	{"infura-results", regexp.MustCompile(`(?i)query returned more than \d+ results`), nil},
	{"geth-results", regexp.MustCompile(`(?i)query exceeds max results`), nil},
	{"ankr", regexp.MustCompile(`(?i)block range is too wide`), nil},
	{"generic-range", regexp.MustCompile(`(?i)block range (?:is )?too (?:large|big)|range too large|too many blocks`), nil},
	{"response-size", regexp.MustCompile(`(?i)response size (?:exceeded|is larger|should not be greater)|log response size|too many (?:logs|results)`), nil},
	{"query-timeout", regexp.MustCompile(`(?i)query timeout|query timed out|statement timeout`), nil},
}

// tooMuch reports whether msg is a known "range too large" answer and the range it suggests.
func tooMuch(msg string) (ok bool, suggest uint64) {
	if len(msg) > 1024 {
		msg = msg[:1024]
	}
	for _, p := range providerMessages {
		m := p.match.FindStringSubmatch(msg)
		if m == nil {
			continue
		}
		if p.suggest != nil {
			suggest = p.suggest(m)
		}
		return true, suggest
	}
	return false, 0
}

var rateLimited = regexp.MustCompile(`(?i)rate.?limit|too many requests|compute units|capacity|exceeded .*quota|request limit`)

// transientNodeErrors are node answers that mean "ask again shortly", such as geth's while it
// re-indexes logs after a reorg, or its refusal of a range above a head that a reorg just moved
// down.
var transientNodeErrors = regexp.MustCompile(`(?i)failed to process log index|header not found|unknown block|beyond current head|after last accepted block|missing trie node|internal error|temporarily|try again|service unavailable|busy`)

// classify turns a request error into what the caller should do about it.
func classify(err error) errKind {
	var ge *garbageError
	if errors.As(err, &ge) {
		return errGarbage
	}
	var large *answerTooLarge
	if errors.As(err, &large) {
		return errTooMuch
	}
	var he gethrpc.HTTPError
	if errors.As(err, &he) {
		switch {
		case he.StatusCode == 429:
			return errRateLimited
		case he.StatusCode == 413:
			return errTooMuch
		case he.StatusCode >= 500:
			return errTransient
		}
	}
	msg := err.Error()
	if strings.Contains(msg, "execution reverted") {
		return errInvalid
	}
	if ok, _ := tooMuch(msg); ok {
		return errTooMuch
	}
	if rateLimited.MatchString(msg) {
		return errRateLimited
	}
	var re gethrpc.Error
	if errors.As(err, &re) {
		switch re.ErrorCode() {
		case -32005:
			return errRateLimited
		case -32602, -32601, -32600:
			if transientNodeErrors.MatchString(msg) {
				return errTransient
			}
			return errInvalid
		}
	}
	if transientNodeErrors.MatchString(msg) {
		return errTransient
	}
	var ne net.Error
	if errors.As(err, &ne) || errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.ECONNREFUSED) ||
		errors.Is(err, context.DeadlineExceeded) {
		return errTransient
	}
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	if errors.As(err, &se) || errors.As(err, &te) || strings.Contains(msg, "invalid character") ||
		strings.Contains(msg, "unexpected end of JSON") {
		return errGarbage
	}
	return errTransient
}
