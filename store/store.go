// Package store keeps didx's indexed state in PostgreSQL. Every change to a chain's rows is made
// in one transaction together with the chain's checkpoint, which it moves by compare-and-set, so
// a crash, a kill or a second writer can never leave rows without the checkpoint that covers
// them, nor apply a batch twice.
package store

import (
	"context"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"

	"github.com/didx/didx/migrations"
)

// Store is a pool of connections to the didx database, reading and writing the indexed
// tables of one schema: didx (live) or didx_rebuild (a rebuild's shadow copy).
type Store struct {
	pool     *pgxpool.Pool
	sch      Schema
	families []Family
	// partitioned holds the chains whose partitions this process has ensured.
	partitioned *sync.Map
}

// Schema names the schema holding the indexed tables: didx or didx_rebuild. Event families
// write their tables through it, so the same code fills the live tables and a rebuild's copy.
type Schema string

// Q puts the schema's name into sql wherever it says {s}.
func (s Schema) Q(sql string) string { return strings.ReplaceAll(sql, "{s}", string(s)) }

// Live and Shadow are the schemas of the indexed tables readers use, and of a rebuild's copy.
const (
	Live   = "didx"
	Shadow = "didx_rebuild"
)

// In returns a Store on the same pool that works on the indexed tables of schema sch.
func (s *Store) In(sch string) *Store {
	return &Store{pool: s.pool, sch: Schema(sch), families: s.families, partitioned: s.partitioned}
}

// Option tunes Open.
type Option func(*options)

type options struct {
	pool     *pgxpool.Config
	families []Family
}

// WithIdleTxTimeout makes the server end a session idle inside a transaction for longer than
// d: a writer paused mid-transaction (SIGSTOP, a partition) then cannot keep its lease row
// locked and block the instance taking over.
func WithIdleTxTimeout(d time.Duration) Option {
	return func(o *options) {
		o.pool.ConnConfig.RuntimeParams["idle_in_transaction_session_timeout"] = fmt.Sprint(d.Milliseconds())
	}
}

// Open connects to the database at url. The error never shows the password.
func Open(ctx context.Context, dbURL string, opts ...Option) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(dbURL)
	if err != nil {
		return nil, fmt.Errorf("database url: %w", errors.New(RedactURL(err.Error())))
	}
	if cfg.MaxConns < 8 {
		cfg.MaxConns = 8
	}
	o := options{pool: cfg}
	for _, opt := range opts {
		opt(&o)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("connect %s: %w", RedactURL(dbURL), err)
	}
	return &Store{pool: pool, sch: Live, families: o.families, partitioned: &sync.Map{}}, nil
}

// Close closes every connection.
func (s *Store) Close() { s.pool.Close() }

// Ping checks that the database answers.
func (s *Store) Ping(ctx context.Context) error { return s.pool.Ping(ctx) }

// Pool is the underlying pool, for callers that read the tables directly.
func (s *Store) Pool() *pgxpool.Pool { return s.pool }

func (s *Store) migrator(ctx context.Context) (*goose.Provider, func() error, error) {
	// CREATE SCHEMA IF NOT EXISTS is not safe against itself: of two sidecars starting together
	// on a fresh database, one fails on the catalog's unique index unless they take turns.
	if err := txDo(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtextextended('didx.schema', 0))`); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, "CREATE SCHEMA IF NOT EXISTS didx")
		return err
	}); err != nil {
		return nil, nil, fmt.Errorf("create schema didx: %w", err)
	}
	// goose's lock is asked for every second (its default, every five, makes the sidecars
	// that start together wait seconds for one another), for five minutes.
	locker, err := lock.NewPostgresSessionLocker(lock.WithLockTimeout(1, 300))
	if err != nil {
		return nil, nil, err
	}
	db := stdlib.OpenDBFromPool(s.pool)
	p, err := goose.NewProvider(goose.DialectPostgres, db, migrations.FS,
		goose.WithTableName("didx.goose_db_version"), goose.WithSessionLocker(locker))
	if err != nil {
		db.Close()
		return nil, nil, fmt.Errorf("migrations: %w", err)
	}
	return p, db.Close, nil
}

// Migrate applies every pending migration. Concurrent callers (sidecars starting together)
// take turns through a PostgreSQL advisory lock.
func (s *Store) Migrate(ctx context.Context) error {
	p, closeDB, err := s.migrator(ctx)
	if err != nil {
		return err
	}
	defer closeDB()
	if _, err := p.Up(ctx); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	return nil
}

// MigrationStatus writes one line per migration: version, state and file.
func (s *Store) MigrationStatus(ctx context.Context, w io.Writer) error {
	p, closeDB, err := s.migrator(ctx)
	if err != nil {
		return err
	}
	defer closeDB()
	st, err := p.Status(ctx)
	if err != nil {
		return fmt.Errorf("migration status: %w", err)
	}
	for _, m := range st {
		applied := "pending"
		if m.State == goose.StateApplied {
			applied = "applied " + m.AppliedAt.Format("2006-01-02 15:04:05")
		}
		fmt.Fprintf(w, "%05d  %-28s  %s\n", m.Source.Version, applied, m.Source.Path)
	}
	return nil
}

var (
	urlPassword = regexp.MustCompile(`(://[^:/@\s]*):[^@\s]*@`)
	dsnPassword = regexp.MustCompile(`(?i)(password\s*=\s*)('[^']*'|\S+)`)
)

// RedactURL hides every password in s, whether in a URL (user:pass@) or a key=value DSN.
func RedactURL(s string) string {
	s = urlPassword.ReplaceAllString(s, "$1:xxxxx@")
	return dsnPassword.ReplaceAllString(s, "${1}xxxxx")
}

// ErrCheckpointMoved is returned when a chain's checkpoint is not the one the writer built on:
// another writer advanced or rolled it back. The writer must re-read it before going on.
var ErrCheckpointMoved = errors.New("checkpoint moved under the writer")

func txDo(ctx context.Context, pool *pgxpool.Pool, fn func(pgx.Tx) error) error {
	return pgx.BeginFunc(ctx, pool, fn)
}
