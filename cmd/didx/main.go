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
	"github.com/rs/zerolog"
)

// cli is the command line. Exit statuses are part of the interface other tools rely on.
type cli struct {
	LogLevel  string `help:"Log level: debug, info, warn, error." default:"info" enum:"debug,info,warn,error"`
	LogFormat string `help:"Log format: auto (console on a terminal, else JSON), json or console." default:"auto" enum:"auto,json,console"`

	Run         runCmd `cmd:"" help:"Index every configured chain until SIGINT/SIGTERM."`
	devCommands `embed:""`
	Status      statusCmd    `cmd:"" help:"Show each chain's RPC head, indexed block, lag, finalized block and lease holder."`
	Migrate     migrateCmd   `cmd:"" help:"Apply (up) or list (status) the database migrations."`
	Rebuild     rebuildCmd   `cmd:"" help:"Re-index a chain from the chain into a shadow copy and swap it in atomically."`
	Contracts   contractsCmd `cmd:"" help:"Register a contract at run time (add) or list the registered ones (list)."`
	Validate    validateCmd  `cmd:"" help:"Check a chain's indexed state against the chain: exit 0 valid, 1 mismatch, 2 could not validate."`
	Version     versionCmd   `cmd:"" help:"Print the version, commit and Go version of this didx."`
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
	os.Exit(run(os.Args[1:]))
}

// run parses args and runs the command, returning the exit status: 2 for a usage error (after
// the usage), the command's own status otherwise. A command's error is logged as the last line,
// in the log's format (a JSON line under JSON logging).
func run(args []string) int {
	var c cli
	parser, err := kong.New(&c, kong.Name("didx"), kong.Description("An EVM chain indexer sidecar for PostgreSQL."),
		kong.Exit(func(code int) { panic(exitCode(code)) }))
	if err != nil {
		panic(err)
	}
	kctx, err := parse(parser, args)
	if kctx == nil {
		if err != nil {
			fmt.Fprintln(os.Stderr, "didx:", err)
			fmt.Fprintln(os.Stderr, "run `didx --help` for the commands and their flags")
			return 2
		}
		return 0
	}
	log := newLogger(c.LogLevel, c.LogFormat)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	kctx.BindTo(ctx, (*context.Context)(nil))
	err = kctx.Run(log)
	if err == nil {
		return 0
	}
	code := 1
	var ee *exitError
	if errors.As(err, &ee) {
		code = ee.code
		if ee.err == nil {
			return code
		}
	}
	log.WithLevel(zerolog.FatalLevel).Err(err).Int("exit", code).Msg("didx: " + err.Error())
	return code
}

// exitCode is how kong's --help (and other early exits) leave parse.
type exitCode int

// parse runs kong's parser; a nil context with a nil error means --help was shown.
func parse(p *kong.Kong, args []string) (kctx *kong.Context, err error) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(exitCode); !ok {
				panic(r)
			}
			kctx, err = nil, nil
		}
	}()
	return p.Parse(args)
}
