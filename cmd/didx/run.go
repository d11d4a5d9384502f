package main

import (
	"context"
	"os"

	"github.com/rs/zerolog"

	"github.com/didx/didx/indexer"
)

type runCmd struct {
	configFlag
	AcceptFinalityViolation bool `help:"Repair a reorg below finality (found and reported by an earlier run) instead of halting the chain."`
}

func (r *runCmd) Run(ctx context.Context, log zerolog.Logger) error {
	cfg, err := indexer.LoadConfig(r.Config, os.Getenv)
	if err != nil {
		return err
	}
	svc, err := indexer.NewService(ctx, cfg, r.Config, indexer.ServiceOptions{Log: log, AcceptFinalityViolation: r.AcceptFinalityViolation})
	if err != nil {
		return err
	}
	return svc.Run(ctx)
}
