package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"text/tabwriter"

	"github.com/rs/zerolog"

	"github.com/didx/didx/indexer"
	"github.com/didx/didx/store"
)

type statusCmd struct {
	configFlag
	Chain []uint64 `help:"Only this chain (repeatable)."`
	JSON  bool     `help:"Print one JSON object."`
}

func (s *statusCmd) Run(ctx context.Context, log zerolog.Logger) error {
	fail := func(err error) error { return &exitError{code: 2, err: err} }
	cfg, err := indexer.LoadConfig(s.Config, os.Getenv)
	if err != nil {
		return fail(err)
	}
	st, err := store.Open(ctx, cfg.Database.URL)
	if err != nil {
		return fail(err)
	}
	defer st.Close()
	rep, err := indexer.Inspect(ctx, cfg, st, s.Chain)
	if err != nil {
		return fail(err)
	}
	if s.JSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "CHAIN\tHEAD\tINDEXED\tLAG\tFINALIZED\tLAST REORG\tHOLDER\tREBUILD\tNOTE")
	for _, c := range rep.Chains {
		reorg := "-"
		if c.LastReorg != nil {
			reorg = fmt.Sprintf("%s depth %d", c.LastReorg.At.Format("2006-01-02 15:04:05"), c.LastReorg.Depth)
		}
		holder := "-"
		if c.Holder != "" {
			holder = fmt.Sprintf("%s (epoch %d)", c.Holder, c.Epoch)
		}
		fmt.Fprintf(w, "%d\t%d\t%d\t%d\t%d\t%s\t%s\t%v\t%s\n", c.ID, c.Head, c.Indexed, c.Lag, c.Finalized, reorg, holder, c.Rebuild, c.Reason)
	}
	return w.Flush()
}
