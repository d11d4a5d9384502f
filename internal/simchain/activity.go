package simchain

import (
	"context"
	"fmt"
	"math/big"
	"math/rand/v2"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/didx/didx/contracts"
)

// Activity sends random ERC-20 traffic (mints, transfers, burns) over a set of tokens and the
// chain's accounts. Transfers and burns may exceed a balance: such a transaction reverts and is
// mined without logs, which is also what a real chain does.
type Activity struct {
	chain  *Chain
	tokens []*contracts.Token
	rng    *rand.Rand
}

// NewActivity returns a deterministic traffic generator for the given tokens.
func (c *Chain) NewActivity(tokens []*contracts.Token, seed uint64) *Activity {
	return &Activity{chain: c, tokens: tokens, rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
}

// Send sends n random operations to the pending block without committing it.
func (a *Activity) Send(ctx context.Context, n int) error {
	unit := big.NewInt(1_000_000_000_000)
	signer := func(i int) *bind.TransactOpts {
		opts := a.chain.Transactor(i, 300_000)
		opts.Context = ctx
		return opts
	}
	for i := 0; i < n; i++ {
		tok := a.tokens[a.rng.IntN(len(a.tokens))]
		holder := 1 + a.rng.IntN(len(a.chain.Accounts)-1)
		amount := new(big.Int).Mul(big.NewInt(1+a.rng.Int64N(1000)), unit)
		var err error
		sender := 0
		switch p := a.rng.IntN(100); {
		case p < 30:
			amount.Mul(amount, big.NewInt(100))
			_, err = tok.Mint(signer(0), a.chain.Accounts[holder], amount)
		case p < 85:
			sender = holder
			to := a.chain.Accounts[a.rng.IntN(len(a.chain.Accounts))]
			_, err = tok.Transfer(signer(holder), to, amount)
		default:
			_, err = tok.Burn(signer(0), a.chain.Accounts[holder], amount)
		}
		if err != nil {
			a.chain.Forget(sender)
			return fmt.Errorf("send activity: %w", err)
		}
	}
	return nil
}

// Blocks mines count blocks of perBlock random operations each.
func (a *Activity) Blocks(ctx context.Context, count, perBlock int) error {
	for b := 0; b < count; b++ {
		if err := a.Send(ctx, perBlock); err != nil {
			return err
		}
		if _, err := a.chain.seal(); err != nil {
			return err
		}
	}
	return nil
}
