package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/rs/zerolog"
	"github.com/schollz/progressbar/v3"

	"github.com/didx/didx/indexer"
)

type rebuildCmd struct {
	configFlag
	Chain uint64  `required:"" help:"The chain to rebuild."`
	From  *uint64 `help:"Re-index from this block instead of each contract's start block."`
}

func (r *rebuildCmd) Run(ctx context.Context, log zerolog.Logger) error {
	cfg, err := indexer.LoadConfig(r.Config, os.Getenv)
	if err != nil {
		return err
	}
	res, err := indexer.Rebuild(ctx, cfg, r.Chain, indexer.RebuildOptions{From: r.From, Progress: progress(log.With().Uint64("chain", r.Chain).Logger(), r.Chain), Log: log})
	if err != nil {
		return err
	}
	log.Info().Uint64("chain", res.Chain).Uint64("checkpoint", res.Checkpoint).Int64("rows", res.Rows).
		Dur("took", res.Took).Msg("rebuild done")
	return nil
}

// progress shows a rebuild's progress once the target is known: a bar with blocks/s and ETA on
// a terminal, else a log line (carrying the chain) every five seconds.
func progress(log zerolog.Logger, chain uint64) func(indexed, head uint64) {
	var first uint64
	started := false
	if isatty.IsTerminal(os.Stderr.Fd()) {
		var bar *progressbar.ProgressBar
		return func(indexed, head uint64) {
			if head == 0 {
				return
			}
			if !started {
				first, started = indexed, true
				bar = progressbar.NewOptions64(int64(head-first), progressbar.OptionSetWriter(os.Stderr),
					progressbar.OptionSetDescription(fmt.Sprintf("rebuild chain %d", chain)), progressbar.OptionShowCount(),
					progressbar.OptionSetItsString("blocks"), progressbar.OptionShowIts(),
					progressbar.OptionSetPredictTime(true), progressbar.OptionThrottle(200*time.Millisecond))
			}
			bar.ChangeMax64(int64(max(head, indexed) - first))
			_ = bar.Set64(int64(indexed - first))
		}
	}
	var last time.Time
	var lastBlock uint64
	return func(indexed, head uint64) {
		if head == 0 || time.Since(last) < 5*time.Second {
			return
		}
		ev := log.Info().Uint64("indexed", indexed).Uint64("head", head)
		if !last.IsZero() && indexed > lastBlock {
			rate := float64(indexed-lastBlock) / time.Since(last).Seconds()
			ev = ev.Float64("blocks_per_s", rate)
			if head > indexed {
				ev = ev.Dur("eta", time.Duration(float64(head-indexed)/rate*float64(time.Second)))
			}
		}
		ev.Msg("rebuild progress")
		last, lastBlock = time.Now(), indexed
	}
}
