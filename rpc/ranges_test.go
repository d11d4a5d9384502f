package rpc

import "testing"

// provider answers a range of size blocks over a chain with density logs per block, refusing
// answers of more than limit logs; suggest makes it name the range that would work.
func drive(s *RangeSizer, density, limit int, suggest bool, rounds int) (sizes []uint64, refusals int) {
	for i := 0; i < rounds; i++ {
		size := s.Size()
		sizes = append(sizes, size)
		logs := int(size) * density
		if logs > limit {
			refusals++
			var hint uint64
			if suggest {
				hint = uint64(limit / density)
			}
			s.Refused(size, hint)
			continue
		}
		s.Observe(size, logs)
	}
	return sizes, refusals
}

func TestRangeSizerConverges(t *testing.T) {
	cases := []struct {
		name                   string
		density, limit, target int
		suggest                bool
		wantMin, wantMax       uint64
		maxRefusals, rounds    int
	}{
		// No provider limit: the size settles where answers hold about target logs.
		{name: "target", density: 10, limit: 1 << 30, target: 5000, wantMin: 400, wantMax: 500, maxRefusals: 0, rounds: 200},
		// A result limit below the target: the size settles just under it, with refusals rare.
		{name: "result limit", density: 10, limit: 1000, target: 5000, wantMin: 60, wantMax: 100, maxRefusals: 40, rounds: 1000},
		// A provider that names the range that works: one refusal, then never again.
		{name: "suggested", density: 10, limit: 1000, target: 5000, suggest: true, wantMin: 100, wantMax: 100, maxRefusals: 1, rounds: 500},
		// Sparse logs: the size grows to the configured maximum.
		{name: "sparse", density: 0, limit: 1000, target: 5000, wantMin: 2000, wantMax: 2000, maxRefusals: 0, rounds: 100},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := NewRangeSizer(100, 2000, c.target)
			sizes, refusals := drive(s, c.density, c.limit, c.suggest, c.rounds)
			tail := sizes[len(sizes)-20:]
			for _, sz := range tail {
				if sz < c.wantMin || sz > c.wantMax {
					t.Fatalf("settled sizes %v, want within [%d, %d]", tail, c.wantMin, c.wantMax)
				}
			}
			if refusals > c.maxRefusals {
				t.Fatalf("%d refusals in %d rounds, want at most %d", refusals, c.rounds, c.maxRefusals)
			}
			t.Logf("first sizes %v, settled %v, %d refusals", sizes[:8], tail[:5], refusals)
		})
	}
}
