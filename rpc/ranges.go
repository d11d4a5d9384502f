package rpc

import (
	"sync"
)

// RangeSizer chooses how many blocks one eth_getLogs asks for. It aims at a target number of
// logs per answer from the density it observes, moves by at most a factor of two per answer,
// and never again exceeds a size a provider refused (or the size the provider suggested).
type RangeSizer struct {
	mu     sync.Mutex
	size   uint64
	max    uint64
	limit  uint64 // learned from refusals: sizes above it were too large
	hard   bool   // limit is a provider's stated cap, not a guess
	oks    int    // answers since the last refusal
	target int
	cap    uint64 // see Cap; 0: none
}

// NewRangeSizer starts at initial blocks, grows to at most max, aiming at target logs.
func NewRangeSizer(initial, maxSize uint64, target int) *RangeSizer {
	maxSize = max(maxSize, 1)
	initial = min(max(initial, 1), maxSize)
	return &RangeSizer{size: initial, max: maxSize, limit: maxSize, target: max(target, 1)}
}

// Size is the number of blocks to ask for next.
func (s *RangeSizer) Size() uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.size
}

// Cap holds the size at most n (0: no cap) until changed, whatever the density observed, for
// ranges whose density can jump (a factory's announcements bring new contracts).
func (s *RangeSizer) Cap(n uint64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.cap = n
	if n > 0 {
		s.size = min(s.size, n)
	}
}

// Observe records a successful answer of logs over blocks.
func (s *RangeSizer) Observe(blocks uint64, logs int) {
	if blocks == 0 {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var ideal uint64
	if logs == 0 {
		ideal = blocks * 2
	} else {
		ideal = uint64(float64(s.target) * float64(blocks) / float64(logs))
	}
	s.oks++
	if !s.hard && s.limit < s.max && s.oks%50 == 0 {
		s.limit = min(s.max, s.limit+s.limit/4+1)
	}
	next := min(max(ideal, s.size/2), s.size*2)
	s.size = min(max(next, 1), s.limit)
	if s.cap > 0 {
		s.size = min(s.size, s.cap)
	}
}

// Refused records that size blocks were too many; suggested, when non-zero, is the range the
// provider said would work. It returns the size to retry with.
func (s *RangeSizer) Refused(size, suggested uint64) uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	next := max(size/2, 1)
	if suggested > 0 && suggested < size {
		next = suggested
		s.hard = true
	}
	s.oks = 0
	s.limit = min(s.limit, max(next, 1))
	s.size = min(s.size, s.limit)
	return next
}
