package simchain

import (
	"context"
	"fmt"
	"math/big"
	"math/rand/v2"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/didx/didx/contracts"
)

// SecurityTokens deploys a SMART-layout token, a T-REX token with unindexed amounts, one with
// indexed amounts, and an identity registry of each layout.
func (c *Chain) SecurityTokens(ctx context.Context) (tokens, registries []common.Address, err error) {
	type deployFn = func(*bind.TransactOpts, bind.ContractBackend) (common.Address, *types.Transaction, error)
	deploys := []struct {
		name     string
		registry bool
		fn       deployFn
	}{
		{"SmartToken", false, func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
			a, tx, _, err := contracts.DeploySmartToken(o, b, "Smart Bond", "SBND")
			return a, tx, err
		}},
		{"TrexToken", false, func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
			a, tx, _, err := contracts.DeployTrexToken(o, b, "T-REX Equity", "TEQ", false)
			return a, tx, err
		}},
		{"TrexToken with indexed amounts", false, func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
			a, tx, _, err := contracts.DeployTrexToken(o, b, "T-REX Fund", "TFND", true)
			return a, tx, err
		}},
		{"IdentityRegistry", true, func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
			a, tx, _, err := contracts.DeployIdentityRegistry(o, b, false)
			return a, tx, err
		}},
		{"T-REX IdentityRegistry", true, func(o *bind.TransactOpts, b bind.ContractBackend) (common.Address, *types.Transaction, error) {
			a, tx, _, err := contracts.DeployIdentityRegistry(o, b, true)
			return a, tx, err
		}},
	}
	for _, d := range deploys {
		a, err := c.Deploy(ctx, d.name, d.fn)
		if err != nil {
			return nil, nil, err
		}
		if d.registry {
			registries = append(registries, a)
		} else {
			tokens = append(tokens, a)
		}
	}
	return tokens, registries, nil
}

// SecurityActivity sends random security-token traffic: mints, transfers, burns, redemptions,
// forced transfers, partial and whole-address freezes, pauses, wallet recoveries, compliance
// and role events, and identity registrations, updates and removals. Many operations revert
// in the state they meet (a transfer while paused, an unfreeze of more than is frozen): they
// are mined without logs, as on a real chain.
type SecurityActivity struct {
	chain      *Chain
	token      *abi.ABI
	registry   *abi.ABI
	tokens     []common.Address
	registries []common.Address
	rng        *rand.Rand
	ids        uint64
}

// NewSecurityActivity returns a deterministic traffic generator for the tokens and registries.
func (c *Chain) NewSecurityActivity(tokens, registries []common.Address, seed uint64) (*SecurityActivity, error) {
	tok, err := contracts.SmartTokenMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	reg, err := contracts.IdentityRegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return &SecurityActivity{chain: c, token: tok, registry: reg, tokens: tokens, registries: registries,
		rng: rand.New(rand.NewPCG(seed, seed^0x5851f42d4c957f2d))}, nil
}

// Holders are the addresses the activity moves tokens between: every account of the chain.
func (a *SecurityActivity) Holders() []common.Address { return a.chain.Accounts }

// Send sends n random operations to the pending block without committing it.
func (a *SecurityActivity) Send(ctx context.Context, n int) error {
	for i := 0; i < n; i++ {
		sender, to, method, args := a.next()
		data, err := a.pack(method, args)
		if err != nil {
			return err
		}
		if err := a.send(ctx, sender, to, data); err != nil {
			return fmt.Errorf("send %s: %w", method, err)
		}
	}
	return nil
}

// Blocks mines count blocks of perBlock random operations each.
func (a *SecurityActivity) Blocks(ctx context.Context, count, perBlock int) error {
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

// send signs a call as account sender and adds it to the pending block.
func (a *SecurityActivity) send(ctx context.Context, sender int, to common.Address, data []byte) error {
	opts := a.chain.Transactor(sender, 300_000)
	opts.Context = ctx
	_, err := bind.NewBoundContract(to, abi.ABI{}, nil, a.chain.client, nil).RawTransact(opts, data)
	if err != nil {
		a.chain.Forget(sender)
	}
	return err
}

func (a *SecurityActivity) pack(method string, args []any) ([]byte, error) {
	if _, ok := a.registry.Methods[method]; ok {
		return a.registry.Pack(method, args...)
	}
	return a.token.Pack(method, args...)
}

// next picks an operation: who signs it, the contract and the call.
func (a *SecurityActivity) next() (sender int, to common.Address, method string, args []any) {
	accts := a.chain.Accounts
	h := 1 + a.rng.IntN(len(accts)-1)
	holder, other := accts[h], accts[a.rng.IntN(len(accts))]
	amount := new(big.Int).Mul(big.NewInt(1+a.rng.Int64N(1000)), big.NewInt(1_000_000_000_000))
	if len(a.registries) > 0 && a.rng.IntN(100) < 12 {
		reg := a.registries[a.rng.IntN(len(a.registries))]
		a.ids++
		id := common.BigToAddress(new(big.Int).SetUint64(0x1d0000 + a.ids))
		country := uint16(1 + a.rng.IntN(999))
		switch p := a.rng.IntN(100); {
		case p < 45:
			return 0, reg, "registerIdentity", []any{holder, id, country}
		case p < 65:
			return 0, reg, "updateIdentity", []any{holder, id}
		case p < 85:
			return 0, reg, "updateCountry", []any{holder, country}
		default:
			return 0, reg, "deleteIdentity", []any{holder}
		}
	}
	tok := a.tokens[a.rng.IntN(len(a.tokens))]
	switch p := a.rng.IntN(100); {
	case p < 20:
		return 0, tok, "mint", []any{holder, new(big.Int).Mul(amount, big.NewInt(10))}
	case p < 50:
		return h, tok, "transfer", []any{other, amount}
	case p < 54:
		return 0, tok, "burn", []any{holder, amount}
	case p < 57:
		return h, tok, "redeem", []any{amount}
	case p < 63:
		return 0, tok, "forcedTransfer", []any{holder, other, amount}
	case p < 71:
		return 0, tok, "freezePartialTokens", []any{holder, amount}
	case p < 77:
		return 0, tok, "unfreezePartialTokens", []any{holder, amount}
	case p < 83:
		return 0, tok, "setAddressFrozen", []any{holder, a.rng.IntN(2) == 0}
	case p < 86:
		return 0, tok, "pause", nil
	case p < 90:
		return 0, tok, "unpause", nil
	case p < 93:
		return 0, tok, "recoveryAddress", []any{holder, other}
	case p < 95:
		return 0, tok, "addModule", []any{other, []byte{byte(p), 1, 2}}
	case p < 96:
		return 0, tok, "removeModule", []any{other}
	case p < 97:
		return 0, tok, "setModuleParameters", []any{other, []byte{byte(p)}}
	case p < 99:
		return 0, tok, "grantRole", []any{[32]byte{byte(p)}, other}
	default:
		return 0, tok, "revokeRole", []any{[32]byte{byte(p)}, other}
	}
}

// Showcase mines one block in which every token and registry goes through each feature once:
// mints, a partial freeze, a forced transfer beyond the free balance (an implicit unfreeze), an
// address freeze, a pause and unpause, a wallet recovery, and identity registrations.
func (a *SecurityActivity) Showcase(ctx context.Context) error {
	h := a.chain.Accounts
	unit := big.NewInt(1_000_000_000_000_000_000)
	amt := func(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), unit) }
	type op struct {
		to     common.Address
		method string
		args   []any
	}
	var ops []op
	for _, tok := range a.tokens {
		ops = append(ops,
			op{tok, "mint", []any{h[1], amt(1000)}},
			op{tok, "mint", []any{h[2], amt(500)}},
			op{tok, "freezePartialTokens", []any{h[1], amt(300)}},
			op{tok, "forcedTransfer", []any{h[1], h[3], amt(800)}},
			op{tok, "setAddressFrozen", []any{h[2], true}},
			op{tok, "pause", nil},
			op{tok, "unpause", nil},
			op{tok, "recoveryAddress", []any{h[2], h[4]}},
		)
	}
	for _, reg := range a.registries {
		for i := 1; i < len(h); i++ {
			a.ids++
			ops = append(ops, op{reg, "registerIdentity", []any{h[i], common.BigToAddress(new(big.Int).SetUint64(0x1d0000 + a.ids)), uint16(1 + a.rng.IntN(999))}})
		}
	}
	for _, o := range ops {
		data, err := a.pack(o.method, o.args)
		if err != nil {
			return err
		}
		if err := a.send(ctx, 0, o.to, data); err != nil {
			return fmt.Errorf("send %s: %w", o.method, err)
		}
	}
	a.chain.Commit()
	return nil
}
