//go:build !nodev

// Package devenv is `didx dev`'s embedded default: a private PostgreSQL from the machine's own
// binaries, a simulated chain on loopback with demo ERC-20 tokens, and a driver that mines
// random transfers (and now and then a short reorg) so there is always something to index.
package devenv

import (
	"context"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/rs/zerolog"

	"github.com/didx/didx/contracts"
	"github.com/didx/didx/indexer"
	"github.com/didx/didx/internal/pgcluster"
	"github.com/didx/didx/internal/simchain"
	"github.com/didx/didx/internal/simnode"
)

// Options tune the environment.
type Options struct {
	// Dir holds the database; a fresh temporary directory when empty, removed on Close.
	Dir string
	// Listen is the sidecar's HTTP address.
	Listen string
	// BlockTime is how often the driver mines a block.
	BlockTime time.Duration
	// TxPerBlock is how many random token operations each block carries.
	TxPerBlock int
	Log        zerolog.Logger
}

// Env is a running environment.
type Env struct {
	Dir        string
	ConfigFile string
	Config     *indexer.Config
	Cluster    *pgcluster.Cluster
	Chain      *simchain.Chain
	Tokens     []common.Address
	// Security are security tokens (SMART and T-REX layouts) and Registries their identity
	// registries, driven through freezes, pauses, forced transfers, recoveries and identity
	// changes.
	Security, Registries []common.Address
	// Factory creates a token every so often, as the platform's token factories do: didx finds
	// each by its announcement and indexes it from its creation block.
	Factory common.Address

	opts    Options
	tokens  []*contracts.Token
	factory *contracts.TokenFactory
	ownsDir bool
}

// Start brings up the database and the chain and deploys the demo tokens.
func Start(ctx context.Context, opts Options) (env *Env, err error) {
	e := &Env{opts: opts, Dir: opts.Dir}
	defer func() {
		if err != nil {
			e.Close()
		}
	}()
	// The server may run as the postgres user, which must reach the data directory below.
	if e.Dir == "" {
		if e.Dir, err = os.MkdirTemp("", "didx-dev-"); err != nil {
			return nil, err
		}
		e.ownsDir = true
		if err := os.Chmod(e.Dir, 0o755); err != nil {
			return nil, err
		}
	} else if err := os.MkdirAll(e.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("dev directory: %w", err)
	}
	if e.Cluster, err = pgcluster.Start(ctx, pgcluster.Options{Dir: filepath.Join(e.Dir, "postgres"), Fast: true}); err != nil {
		return nil, err
	}
	if err := createDatabase(ctx, e.Cluster, "didx"); err != nil {
		return nil, err
	}
	_, accounts := simchain.Keys(12)
	node, err := simnode.Start(simchain.ChainID, accounts, false)
	if err != nil {
		return nil, err
	}
	if e.Chain, err = simchain.New(node, node.URL, node.WSURL, simchain.ChainID, len(accounts)); err != nil {
		_ = node.Close()
		return nil, err
	}
	for _, sym := range []string{"AAA", "BBB", "CCC"} {
		addr, tok, err := e.Chain.DeployToken(ctx, "Demo "+sym, sym)
		if err != nil {
			return nil, err
		}
		e.Tokens = append(e.Tokens, addr)
		e.tokens = append(e.tokens, tok)
	}
	if e.Security, e.Registries, err = e.Chain.SecurityTokens(ctx); err != nil {
		return nil, err
	}
	if e.Factory, e.factory, err = e.Chain.DeployFactory(ctx); err != nil {
		return nil, err
	}
	e.ConfigFile = filepath.Join(e.Dir, "didx.yaml")
	if err := os.WriteFile(e.ConfigFile, []byte(e.yaml()), 0o644); err != nil {
		return nil, err
	}
	if e.Config, err = indexer.LoadConfig(e.ConfigFile, func(string) string { return "" }); err != nil {
		return nil, err
	}
	return e, nil
}

func (e *Env) yaml() string {
	s := fmt.Sprintf(`# Written by didx dev: the embedded default's configuration.
database:
  url: %s
http:
  listen: %s
instance: dev
chains:
  - id: %d
    poll_interval: 200ms
    finality:
      depth: 32
    rpc:
      - name: dev-http
        url: %s
      - name: dev-ws
        url: %s
    contracts:
`, e.Cluster.URL("didx"), e.opts.Listen, simchain.ChainID, e.Chain.URL, e.Chain.WSURL)
	for i, a := range e.Tokens {
		s += fmt.Sprintf("      - name: Demo%c\n        kind: erc20\n        address: \"%s\"\n", 'A'+i, a.Hex())
	}
	for i, a := range e.Security {
		s += fmt.Sprintf("      - name: Security%c\n        kind: smart\n        address: \"%s\"\n", 'A'+i, a.Hex())
	}
	for i, a := range e.Registries {
		s += fmt.Sprintf("      - name: Registry%c\n        kind: identity_registry\n        address: \"%s\"\n", 'A'+i, a.Hex())
	}
	s += fmt.Sprintf(`    factories:
      - name: tokens
        address: "%s"
        event: "TokenAssetCreated(address indexed sender, address indexed tokenAddress, address indexed tokenIdentity, bytes4[] interfaces, address accessManager)"
        address_param: tokenAddress
        kind: erc20
`, e.Factory.Hex())
	return s
}

// Drive mines a block of random token traffic every BlockTime until ctx ends; about one block
// in forty is followed by a reorg of one to three blocks, and about one in thirty creates a
// token through the factory (which then joins the traffic). Every block also carries
// security-token operations: freezes, partial freezes, pauses, forced transfers, recoveries and
// identity changes.
func (e *Env) Drive(ctx context.Context) error {
	// The chain is driven over JSON-RPC: a call that ctx interrupts is the end, not an error.
	if err := e.drive(ctx); err != nil && ctx.Err() == nil {
		return err
	}
	return nil
}

func (e *Env) drive(ctx context.Context) error {
	act := e.Chain.NewActivity(e.tokens, uint64(time.Now().UnixNano()))
	sec, err := e.Chain.NewSecurityActivity(e.Security, e.Registries, uint64(time.Now().UnixNano()))
	if err != nil {
		return err
	}
	if err := sec.Showcase(ctx); err != nil {
		return err
	}
	block := func(n int) error {
		for i := 0; i < n; i++ {
			if err := act.Send(ctx, e.opts.TxPerBlock); err != nil {
				return err
			}
			if err := sec.Send(ctx, max(1, e.opts.TxPerBlock/2)); err != nil {
				return err
			}
			e.Chain.Commit()
		}
		return nil
	}
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 7))
	known := map[common.Address]bool{}
	t := time.NewTicker(e.opts.BlockTime)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		if rng.IntN(40) == 0 {
			depth := uint64(1 + rng.IntN(3))
			if err := e.Chain.Reorg(ctx, depth); err == nil {
				e.opts.Log.Info().Uint64("depth", depth).Msg("dev chain: reorg")
				if err := block(int(depth) + 1); err != nil {
					return err
				}
				continue
			}
		}
		if rng.IntN(30) == 0 {
			holder := e.Chain.Accounts[1+rng.IntN(len(e.Chain.Accounts)-1)]
			if err := e.Chain.CreateToken(e.factory, fmt.Sprintf("Factory %d", len(known)+1), holder, new(big.Int).Mul(big.NewInt(1e18), big.NewInt(1000))); err != nil {
				return err
			}
		}
		if err := block(1); err != nil {
			return err
		}
		head, err := e.Chain.Head(ctx)
		if err != nil {
			return err
		}
		created, _, err := e.Chain.Created(ctx, e.Factory, e.factory, head)
		if err != nil {
			return err
		}
		if grew := e.follow(created, known); grew {
			act = e.Chain.NewActivity(e.tokens, rng.Uint64())
		}
	}
}

// follow adds the factory's new tokens to the traffic, and says whether there were any.
func (e *Env) follow(created []common.Address, known map[common.Address]bool) bool {
	grew := false
	for _, a := range created {
		if known[a] {
			continue
		}
		tok, err := contracts.NewToken(a, e.Chain.Client())
		if err != nil {
			continue
		}
		known[a], grew = true, true
		e.tokens = append(e.tokens, tok)
		e.opts.Log.Info().Str("token", a.Hex()).Msg("dev chain: the factory created a token")
	}
	return grew
}

// Close stops the chain and the database and removes a temporary directory.
func (e *Env) Close() {
	if e.Chain != nil {
		_ = e.Chain.Close()
	}
	if e.Cluster != nil {
		_ = e.Cluster.Stop()
	}
	if e.ownsDir {
		_ = os.RemoveAll(e.Dir)
	}
}

func createDatabase(ctx context.Context, c *pgcluster.Cluster, name string) error {
	conn, err := pgx.Connect(ctx, c.URL("postgres"))
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()); err != nil {
		return fmt.Errorf("create database %s: %w", name, err)
	}
	return nil
}

// Mint gives every account an opening balance of each token, so transfers have funds to move.
func (e *Env) Mint(ctx context.Context) error {
	amount := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1_000_000_000_000_000_000))
	for _, tok := range e.tokens {
		for _, a := range e.Chain.Accounts[1:] {
			if _, err := tok.Mint(e.Chain.Transactor(0, 300_000), a, amount); err != nil {
				return fmt.Errorf("mint: %w", err)
			}
		}
	}
	e.Chain.Commit()
	return nil
}
