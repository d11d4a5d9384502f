package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/rs/zerolog"

	"github.com/didx/didx/indexer"
)

type validateCmd struct {
	configFlag
	Chain uint64 `required:"" help:"The chain to validate."`
	JSON  bool   `help:"Print one JSON object: the evidence a DR drill files."`
}

// Run exits 0 when the indexed state is valid, 1 on a mismatch, 2 when it could not validate.
func (v *validateCmd) Run(ctx context.Context, log zerolog.Logger) error {
	cfg, err := indexer.LoadConfig(v.Config, os.Getenv)
	if err != nil {
		return &exitError{code: 2, err: err}
	}
	rep, err := indexer.Validate(ctx, cfg, v.Chain, indexer.ValidateOptions{Log: log})
	if err != nil {
		if !errors.Is(err, indexer.ErrNotValidated) {
			err = fmt.Errorf("%w: %v", indexer.ErrNotValidated, err)
		}
		return &exitError{code: 2, err: err}
	}
	if v.JSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			return &exitError{code: 2, err: err}
		}
	} else {
		printReport(rep)
	}
	if !rep.Valid {
		return &exitError{code: 1}
	}
	return nil
}

func printReport(rep *indexer.Report) {
	fmt.Printf("chain %d at checkpoint %d (%s), checked via %v\n", rep.Chain, rep.Checkpoint.Number, rep.Checkpoint.Hash.Hex(), rep.Endpoints)
	for _, c := range rep.Checks {
		status := "ok  "
		if !c.OK {
			status = "FAIL"
		}
		fmt.Printf("  %s  %-22s %6d checked  %s\n", status, c.Name, c.Items, c.Detail)
	}
	for _, m := range rep.Mismatches {
		fmt.Printf("  mismatch %s:", m.Kind)
		if m.Token != "" {
			fmt.Printf(" token %s", m.Token)
		}
		if m.Holder != "" {
			fmt.Printf(" holder %s", m.Holder)
		}
		if m.ToBlock > 0 {
			fmt.Printf(" blocks %d-%d", m.FromBlock, m.ToBlock)
		}
		if m.Block > 0 {
			fmt.Printf(" block %d", m.Block)
		}
		if m.Endpoint != "" {
			fmt.Printf(" endpoint %s", m.Endpoint)
		}
		fmt.Printf("\n    expected %s\n    found    %s\n", m.Expected, m.Found)
	}
	if rep.Valid {
		fmt.Println("VALID")
	} else {
		fmt.Printf("INVALID: %d mismatches\n", len(rep.Mismatches))
	}
}
