//go:build !nodev

package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/rs/zerolog"
	"github.com/sourcegraph/conc/pool"

	"github.com/didx/didx/indexer"
	"github.com/didx/didx/internal/devenv"
)

// devCommands holds `didx dev`; a production build (-tags nodev) leaves it and the embedded
// PostgreSQL and dev chain out, which halves the binary.
type devCommands struct {
	Dev devCmd `cmd:"" help:"Run on an embedded default: a private PostgreSQL, a local dev chain with demo tokens, and the sidecar."`
}

type devCmd struct {
	Dir        string        `help:"Directory for the dev database (default: a temporary one, removed on exit)." type:"path"`
	Listen     string        `help:"HTTP address of /status, /metrics, /healthz and /readyz." default:"127.0.0.1:9464"`
	BlockTime  time.Duration `help:"How often the dev chain mines a block." default:"1s"`
	TxPerBlock int           `help:"Random token operations per block." default:"8"`
}

func (d *devCmd) Run(ctx context.Context, log zerolog.Logger) error {
	log.Info().Msg("starting the embedded PostgreSQL and dev chain")
	env, err := devenv.Start(ctx, devenv.Options{Dir: d.Dir, Listen: d.Listen, BlockTime: d.BlockTime, TxPerBlock: d.TxPerBlock, Log: log})
	if err != nil {
		return err
	}
	defer env.Close()
	if err := env.Mint(ctx); err != nil {
		return err
	}
	svc, err := indexer.NewService(ctx, env.Config, env.ConfigFile, indexer.ServiceOptions{Log: log})
	if err != nil {
		return err
	}
	addr, err := svc.Listen()
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, `
didx dev is running (Ctrl-C stops everything).
  status:   curl http://%[1]s/status
  metrics:  curl http://%[1]s/metrics
  ready:    curl http://%[1]s/readyz
  database: psql "%[2]s"
            e.g. SELECT token, count(*) FROM didx.erc20_transfers GROUP BY token;
                 SELECT * FROM didx.holder_balances WHERE frozen > 0 OR address_frozen;
                 SELECT block_number, event, args FROM didx.token_events ORDER BY block_number DESC LIMIT 20;
  chain:    %[3]s (chain id 1337)
  config:   %[4]s
  data:     %[5]s

`, addr, env.Cluster.URL("didx"), env.Chain.URL, env.ConfigFile, env.Dir)
	p := pool.New().WithContext(ctx).WithCancelOnError()
	p.Go(func(ctx context.Context) error { return env.Drive(ctx) })
	p.Go(func(ctx context.Context) error { return svc.Run(ctx) })
	return p.Wait()
}
