package rpc

import (
	"context"
	"strings"
	"time"
)

func isWebSocket(u string) bool {
	return strings.HasPrefix(u, "ws://") || strings.HasPrefix(u, "wss://")
}

// subscribe follows newHeads on a WebSocket endpoint, resubscribing after a failure; polling
// carries on meanwhile, so a broken subscription only costs latency.
func (c *Client) subscribe(ctx context.Context, e *endpoint) {
	wait := Backoff{Min: 5 * time.Second, Max: 5 * time.Second}
	for ctx.Err() == nil {
		ch := make(chan *rawHeader, 16)
		sub, err := e.client.EthSubscribe(ctx, ch, "newHeads")
		if err != nil {
			c.opts.Log.Debug().Str("endpoint", e.name).Err(redact(err, e.rawURL, e.name)).Msg("newHeads subscription failed")
			if wait.Wait(ctx) != nil {
				return
			}
			continue
		}
		c.follow(ctx, e, ch, sub.Err())
		sub.Unsubscribe()
	}
}

func (c *Client) follow(ctx context.Context, e *endpoint, ch <-chan *rawHeader, errc <-chan error) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-errc:
			return
		case h := <-ch:
			if h == nil {
				continue
			}
			e.mu.Lock()
			ok := e.chainOK
			e.mu.Unlock()
			if !ok {
				continue
			}
			before := c.Head()
			e.setHead(uint64(h.Number))
			if uint64(h.Number) > before {
				c.notify()
			}
		}
	}
}
