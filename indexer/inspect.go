package indexer

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/rs/zerolog"

	"github.com/didx/didx/rpc"
	"github.com/didx/didx/store"
)

// Inspect reports the chains in ids (all when empty) from the database and the RPC endpoints,
// without a running sidecar: what `didx status` prints.
func Inspect(ctx context.Context, cfg *Config, st *store.Store, ids []uint64) (StatusReport, error) {
	out := StatusReport{Instance: cfg.Instance}
	leases, err := st.Leases(ctx)
	if err != nil {
		return out, err
	}
	rebuilds, err := st.Rebuilds(ctx)
	if err != nil {
		return out, err
	}
	for _, ch := range cfg.Chains {
		if len(ids) > 0 && !slices.Contains(ids, ch.ID) {
			continue
		}
		s, err := inspectChain(ctx, ch, st)
		if err != nil {
			return out, fmt.Errorf("chain %d: %w", ch.ID, err)
		}
		if li, ok := leases[ch.ID]; ok && li.Live {
			s.Holder, s.Epoch = li.Holder, li.Epoch
		}
		_, s.Rebuild = rebuilds[ch.ID]
		out.Chains = append(out.Chains, s)
	}
	if len(ids) > 0 && len(out.Chains) < len(ids) {
		return out, fmt.Errorf("chain %v is not configured", ids)
	}
	return out, nil
}

func inspectChain(ctx context.Context, ch ChainConfig, st *store.Store) (ChainStatus, error) {
	s := ChainStatus{ID: ch.ID}
	cp, err := st.Checkpoint(ctx, ch.ID)
	if err != nil {
		return s, err
	}
	if cp != nil {
		s.Indexed = cp.Number
	}
	if s.LastReorg, err = st.LastReorg(ctx, ch.ID); err != nil {
		return s, err
	}
	client, err := NewClient(ch, rpc.NewMetrics(nil), zerolog.Nop())
	if err != nil {
		return s, err
	}
	defer client.Close()
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := client.Check(cctx); err != nil {
		return s, err
	}
	s.Endpoints = client.Status()
	s.Head = client.Head()
	if s.Head == 0 {
		s.Reason = "no RPC endpoint reachable"
		return s, nil
	}
	if s.Head > s.Indexed {
		s.Lag = s.Head - s.Indexed
	}
	probe := &Chain{cfg: ch, rpc: client}
	if s.Finalized, err = probe.finalizedAt(cctx); err != nil {
		s.Reason = err.Error()
	}
	return s, nil
}
