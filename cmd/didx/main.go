// Command didx is the EVM chain indexer sidecar: see README.md for its commands.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/alecthomas/kong"
)

// cli is the command line. Exit statuses are part of the interface other tools rely on.
type cli struct {
	LogLevel  string `help:"Log level: debug, info, warn, error." default:"info" enum:"debug,info,warn,error"`
	LogFormat string `help:"Log format: auto (console on a terminal, else JSON), json or console." default:"auto" enum:"auto,json,console"`

	Run      runCmd      `cmd:"" help:"Index every configured chain until SIGINT/SIGTERM."`
	Dev      devCmd      `cmd:"" help:"Run on an embedded default: a private PostgreSQL, a local dev chain with demo tokens, and the sidecar."`
	Status   statusCmd   `cmd:"" help:"Show each chain's RPC head, indexed block, lag, finalized block and lease holder."`
	Migrate  migrateCmd  `cmd:"" help:"Apply (up) or list (status) the database migrations."`
	Rebuild  rebuildCmd  `cmd:"" help:"Re-index a chain from the chain into a shadow copy and swap it in atomically."`
	Validate validateCmd `cmd:"" help:"Check a chain's indexed state against the chain: exit 0 valid, 1 mismatch, 2 could not validate."`
	Version  versionCmd  `cmd:"" help:"Print the version, commit and Go version of this didx."`
}

// configFlag is the --config flag shared by the commands that read the configuration.
type configFlag struct {
	Config string `help:"Configuration file (default $DIDX_CONFIG, then ./didx.yaml)." env:"DIDX_CONFIG" default:"didx.yaml" type:"path"`
}

// exitError carries a command's exit status.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }

func main() {
	var c cli
	kctx := kong.Parse(&c, kong.Name("didx"), kong.Description("An EVM chain indexer sidecar for PostgreSQL."),
		kong.UsageOnError())
	log := newLogger(c.LogLevel, c.LogFormat)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	kctx.BindTo(ctx, (*context.Context)(nil))
	err := kctx.Run(log)
	if err == nil {
		return
	}
	code := 1
	var ee *exitError
	if errors.As(err, &ee) {
		code = ee.code
		if ee.err == nil {
			stop()
			os.Exit(code)
		}
	}
	fmt.Fprintln(os.Stderr, "didx:", err)
	stop()
	os.Exit(code)
}
