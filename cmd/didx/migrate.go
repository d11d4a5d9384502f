package main

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/rs/zerolog"

	"github.com/didx/didx/indexer"
	"github.com/didx/didx/store"
)

type migrateCmd struct {
	configFlag
	Action string `arg:"" optional:"" default:"up" enum:"up,status" help:"up (default) applies pending migrations; status lists them."`
}

func (m *migrateCmd) Run(ctx context.Context, log zerolog.Logger) error {
	url, err := databaseURL(m.Config)
	if err != nil {
		return err
	}
	st, err := store.Open(ctx, url)
	if err != nil {
		return err
	}
	defer st.Close()
	if m.Action == "status" {
		return st.MigrationStatus(ctx, os.Stdout)
	}
	if err := st.Migrate(ctx); err != nil {
		return err
	}
	log.Info().Msg("migrations applied")
	return nil
}

// databaseURL is DIDX_DATABASE_URL, else the configuration's database.url.
func databaseURL(file string) (string, error) {
	if u := os.Getenv("DIDX_DATABASE_URL"); u != "" {
		return u, nil
	}
	cfg, err := indexer.LoadConfig(file, os.Getenv)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return "", fmt.Errorf("no database: set DIDX_DATABASE_URL or database.url in %s", file)
		}
		return "", err
	}
	return cfg.Database.URL, nil
}
