package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/didx/didx/indexer"
	"github.com/didx/didx/store"
)

type contractsCmd struct {
	Add  contractsAddCmd  `cmd:"" help:"Register a contract in the database: every sidecar writing the chain indexes it within seconds and backfills its history. Exit 0 registered (or already, the same way), 1 refused, 2 no database."`
	List contractsListCmd `cmd:"" help:"List a chain's registered contracts and how far each is indexed."`
}

type contractsAddCmd struct {
	configFlag
	Chain      uint64  `required:"" help:"The chain the contract lives on."`
	Address    string  `required:"" help:"The contract's address (0x…)."`
	Kind       string  `required:"" help:"The contract's kind: erc20."`
	Name       string  `help:"A name shown in listings."`
	StartBlock *uint64 `help:"The first block to index (default: the chain's start_block)."`
}

func (a *contractsAddCmd) Run(ctx context.Context, log zerolog.Logger) error {
	refuse := func(err error) error { return &exitError{code: 1, err: err} }
	cfg, err := indexer.LoadConfig(a.Config, os.Getenv)
	if err != nil {
		return refuse(err)
	}
	ch, ok := chainConfig(cfg, a.Chain)
	if !ok {
		return refuse(fmt.Errorf("chain %d is not configured in %s", a.Chain, a.Config))
	}
	if !common.IsHexAddress(a.Address) || len(a.Address) != 42 {
		return refuse(fmt.Errorf("--address %q is not a 0x-prefixed 20-byte hex address", a.Address))
	}
	if !slices.Contains(indexer.Kinds, a.Kind) {
		return refuse(fmt.Errorf("--kind %q: unknown kind (known: %v)", a.Kind, indexer.Kinds))
	}
	c := store.Contract{Address: common.HexToAddress(a.Address), Kind: a.Kind, Name: a.Name, StartBlock: ch.StartBlock, Source: "cli"}
	if a.StartBlock != nil {
		c.StartBlock = max(*a.StartBlock, ch.StartBlock)
	}
	st, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	added, err := st.Register(ctx, a.Chain, []store.Contract{c})
	if errors.Is(err, store.ErrRegisteredDifferently) {
		return refuse(err)
	}
	if err != nil {
		return &exitError{code: 2, err: err}
	}
	verb := "already registered"
	if len(added) > 0 {
		verb = "registered"
	}
	fmt.Printf("%s %s %s on chain %d from block %d\n", verb, c.Kind, c.Address.Hex(), a.Chain, c.StartBlock)
	return nil
}

type contractsListCmd struct {
	configFlag
	Chain uint64 `required:"" help:"The chain."`
	JSON  bool   `help:"Print one JSON array."`
}

// listed is one row of `didx contracts list`.
type listed struct {
	Address    string `json:"address"`
	Name       string `json:"name"`
	Kind       string `json:"kind"`
	StartBlock uint64 `json:"start_block"`
	Source     string `json:"source"`
	// State is "indexed" (followed by the main cursor, history complete), "backfilling", or
	// "waiting" (registered, not yet taken over by the chain's writer).
	State string `json:"state"`
	// IndexedTo is the newest block up to which the contract's history is complete.
	IndexedTo *uint64 `json:"indexed_to"`
	// Remaining is how many blocks of history the backfill still has to index.
	Remaining uint64 `json:"backfill_remaining_blocks"`
}

func (l *contractsListCmd) Run(ctx context.Context, log zerolog.Logger) error {
	fail := func(err error) error { return &exitError{code: 2, err: err} }
	cfg, err := indexer.LoadConfig(l.Config, os.Getenv)
	if err != nil {
		return fail(err)
	}
	st, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	reg, err := st.Registry(ctx, l.Chain)
	if err != nil {
		return fail(err)
	}
	cp, err := st.Checkpoint(ctx, l.Chain)
	if err != nil {
		return fail(err)
	}
	rows := make([]listed, 0, len(reg.Contracts))
	for _, c := range reg.Contracts {
		r := listed{Address: c.Address.Hex(), Name: c.Name, Kind: c.Kind, StartBlock: c.StartBlock, Source: c.Source,
			State: "indexed", Remaining: c.Remaining()}
		var to uint64
		switch {
		case !c.Adopted:
			r.State = "waiting"
		case c.Pending():
			r.State = "backfilling"
			if next := max(c.BackfillNext, c.StartBlock); next > c.StartBlock {
				to = next - 1
				r.IndexedTo = &to
			}
		case cp != nil && cp.Number >= c.StartBlock:
			to = cp.Number
			r.IndexedTo = &to
		}
		rows = append(rows, r)
	}
	if l.JSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rows)
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "ADDRESS\tNAME\tKIND\tSTART\tSOURCE\tSTATE\tINDEXED TO\tBACKFILL LEFT")
	for _, r := range rows {
		to := "-"
		if r.IndexedTo != nil {
			to = fmt.Sprint(*r.IndexedTo)
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%d\t%s\t%s\t%s\t%d\n", r.Address, r.Name, r.Kind, r.StartBlock, r.Source, r.State, to, r.Remaining)
	}
	return w.Flush()
}

// openStore connects to the configured database and applies the migrations, exiting 2 when it
// cannot.
func openStore(ctx context.Context, cfg *indexer.Config) (*store.Store, error) {
	st, err := store.Open(ctx, cfg.Database.URL)
	if err != nil {
		return nil, &exitError{code: 2, err: err}
	}
	if err := st.Migrate(ctx); err != nil {
		st.Close()
		return nil, &exitError{code: 2, err: fmt.Errorf("database: %s", store.RedactURL(err.Error()))}
	}
	return st, nil
}

func chainConfig(cfg *indexer.Config, id uint64) (indexer.ChainConfig, bool) {
	for _, ch := range cfg.Chains {
		if ch.ID == id {
			return ch, true
		}
	}
	return indexer.ChainConfig{}, false
}
