package rpc_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/didx/didx/internal/simchain"
	"github.com/didx/didx/internal/testenv"
	"github.com/didx/didx/rpc"
)

// BenchmarkFiveEndpoints fetches 20-block ranges through a pool of five endpoints, all up or
// with one of them down: the throughput cost of a dead endpoint.
func BenchmarkFiveEndpoints(b *testing.B) {
	chain := testenv.Chain(b, 2)
	for i := 0; i < 400; i++ {
		chain.Commit()
	}
	for _, down := range []int{0, 1} {
		b.Run(fmt.Sprintf("%d-down", down), func(b *testing.B) {
			var urls []string
			for i := 0; i < 5; i++ {
				p := testenv.NewProxy(b, chain.URL)
				if i < down {
					p.Set(testenv.Fault{Down: true})
				}
				urls = append(urls, p.URL)
			}
			c := client(b, simchain.ChainID, 0, urls...)
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if err := c.Check(ctx); err != nil {
				b.Fatal(err)
			}
			go c.Run(ctx)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				from := uint64(1 + (i*20)%380)
				if _, err := c.FetchRange(ctx, from, from+19, rpc.Filter{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N*20)/b.Elapsed().Seconds(), "blocks/s")
		})
	}
}
