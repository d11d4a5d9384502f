package indexer

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/didx/didx/contracts"
	"github.com/didx/didx/indexer/family"
	"github.com/didx/didx/rpc"
	"github.com/didx/didx/store"
)

// ValidateOptions tune Validate.
type ValidateOptions struct {
	// RangeBlocks is the block range compared at once (bounds memory); default 1000.
	RangeBlocks uint64
	// CallBatch is the number of balanceOf calls per JSON-RPC batch; default 200.
	CallBatch int
	// Timeout bounds the whole validation; default 30 minutes.
	Timeout time.Duration
	Log     zerolog.Logger
}

// Report is what `didx validate` prints: with --json, evidence a DR drill can file.
type Report struct {
	// Didx is the build that validated, so filed evidence names it.
	Didx       Build             `json:"didx"`
	Chain      uint64            `json:"chain"`
	StartedAt  time.Time         `json:"started_at"`
	FinishedAt time.Time         `json:"finished_at"`
	Checkpoint *store.Checkpoint `json:"checkpoint"`
	// Database and Lease say which database the report speaks for and who wrote the chain
	// (holder and fencing epoch) at the checkpoint read.
	Database   *store.Database `json:"database"`
	Lease      *store.LeaseAt  `json:"lease"`
	Endpoints  []string        `json:"endpoints"`
	Checks     []Check         `json:"checks"`
	Mismatches []Mismatch      `json:"mismatches"`
	Valid      bool            `json:"valid"`
}

// Check is one check that ran.
type Check struct {
	Name   string `json:"name"`
	OK     bool   `json:"ok"`
	Items  int    `json:"items"`
	Detail string `json:"detail,omitempty"`
}

// Mismatch is one difference between the indexed state and the chain.
type Mismatch struct {
	Kind      string `json:"kind"`
	Token     string `json:"token,omitempty"`
	Holder    string `json:"holder,omitempty"`
	FromBlock uint64 `json:"from_block,omitempty"`
	ToBlock   uint64 `json:"to_block,omitempty"`
	Block     uint64 `json:"block,omitempty"`
	Endpoint  string `json:"endpoint,omitempty"`
	Expected  string `json:"expected"`
	Found     string `json:"found"`
}

// ErrNotValidated wraps every reason validation could not run (exit status 2).
var ErrNotValidated = errors.New("could not validate")

// Validate checks chain chainID's indexed state against the chain as of its checkpoint, all of
// it read from one database snapshot so that a sidecar may keep writing meanwhile: the
// checkpoint hash is canonical; the transfers of every registered token equal the chain's
// Transfer logs (count and digest per block range, a differing range narrowed to its first
// differing block); every balance equals balanceOf at the checkpoint block, the transfers imply
// exactly the balance rows, and each token's balances sum to totalSupply. With several
// endpoints, the chain-side facts are cross-checked between them. An error means validation
// could not run; mismatches are in the report.
func Validate(ctx context.Context, cfg *Config, chainID uint64, opts ValidateOptions) (*Report, error) {
	if opts.RangeBlocks == 0 {
		opts.RangeBlocks = 1000
	}
	if opts.CallBatch <= 0 {
		opts.CallBatch = 200
	}
	if opts.Timeout <= 0 {
		opts.Timeout = 30 * time.Minute
	}
	ctx, cancel := context.WithTimeout(ctx, opts.Timeout)
	defer cancel()
	rep := &Report{Didx: ReadBuild(), Chain: chainID, StartedAt: time.Now().UTC(), Mismatches: []Mismatch{}}
	fail := func(err error) (*Report, error) { return rep, fmt.Errorf("%w: %v", ErrNotValidated, err) }
	var ch *ChainConfig
	for i := range cfg.Chains {
		if cfg.Chains[i].ID == chainID {
			ch = &cfg.Chains[i]
		}
	}
	if ch == nil {
		return fail(fmt.Errorf("chain %d is not configured", chainID))
	}
	st, err := store.Open(ctx, cfg.Database.URL, storeFamilies())
	if err != nil {
		return fail(err)
	}
	defer st.Close()
	if err := st.Ping(ctx); err != nil {
		return fail(fmt.Errorf("database: %s", store.RedactURL(err.Error())))
	}
	snap, err := st.Snapshot(ctx)
	if err != nil {
		return fail(err)
	}
	defer snap.Close(context.WithoutCancel(ctx))
	if rep.Checkpoint, err = snap.Checkpoint(ctx, chainID); err != nil {
		return fail(err)
	}
	db, err := snap.Database(ctx)
	if err != nil {
		return fail(err)
	}
	rep.Database = &db
	if rep.Lease, err = snap.Lease(ctx, chainID); err != nil {
		return fail(err)
	}
	if rep.Checkpoint == nil {
		return fail(fmt.Errorf("chain %d has no checkpoint: nothing is indexed", chainID))
	}
	v, err := newValidator(ctx, ch, snap, rep, opts)
	if err != nil {
		return fail(err)
	}
	defer v.close()
	for _, step := range []func(context.Context) error{v.checkpoint, v.transfers, v.balances, v.supply, v.families} {
		if err := step(ctx); err != nil {
			return fail(err)
		}
	}
	rep.FinishedAt = time.Now().UTC()
	rep.Valid = len(rep.Mismatches) == 0
	return rep, nil
}

// validator holds one client per endpoint, each wrapped in a Chain for its fetching and
// decoding: the first answers, the others cross-check.
type validator struct {
	ch       *ChainConfig
	st       *store.Snapshot
	rep      *Report
	opts     ValidateOptions
	clients  []*rpc.Client
	fetchers []*Chain
	// complete are the registered contracts whose history is indexed: the ones checked.
	complete []store.Contract
	// first is their lowest start block.
	first uint64
	// backfilling are the registered tokens whose history is still being backfilled: their
	// balances are not complete yet, so they are left out and named in the report.
	backfilling map[common.Address]bool
}

// newValidator connects to every endpoint of the chain and checks every registered contract of
// the snapshot whose history is complete.
func newValidator(ctx context.Context, ch *ChainConfig, st *store.Snapshot, rep *Report, opts ValidateOptions) (*validator, error) {
	v := &validator{ch: ch, st: st, rep: rep, opts: opts, backfilling: map[common.Address]bool{}}
	cs, err := st.Contracts(ctx, ch.ID)
	if err != nil {
		return nil, err
	}
	for _, c := range cs {
		if c.Pending() {
			v.backfilling[c.Address] = true
			continue
		}
		if len(v.complete) == 0 || c.StartBlock < v.first {
			v.first = c.StartBlock
		}
		v.complete = append(v.complete, c)
	}
	for _, e := range ch.RPC {
		one := *ch
		one.RPC = []EndpointConfig{e}
		c, err := NewClient(one, rpc.NewMetrics(nil), opts.Log)
		if err != nil {
			v.close()
			return nil, err
		}
		cctx, cancel := context.WithTimeout(ctx, 15*time.Second)
		err = c.Check(cctx)
		cancel()
		if err != nil || c.Head() < rep.Checkpoint.Number {
			c.Close()
			opts.Log.Warn().Str("endpoint", rpc.SafeName(e.URL, e.Name)).Err(err).Msg("endpoint not used: unreachable, on another chain, or behind the checkpoint")
			continue
		}
		v.clients = append(v.clients, c)
		f := NewChain(one, ChainDeps{RPC: c, Metrics: NewMetrics(nil), Log: opts.Log})
		f.set = f.newSet(0, v.complete, fromStart)
		v.fetchers = append(v.fetchers, f)
		rep.Endpoints = append(rep.Endpoints, c.Endpoints()...)
	}
	if len(v.clients) == 0 {
		return nil, errors.New("no RPC endpoint reachable that has the checkpoint block")
	}
	return v, nil
}

func (v *validator) close() {
	for _, c := range v.clients {
		c.Close()
	}
}

func (v *validator) mismatch(m Mismatch) { v.rep.Mismatches = append(v.rep.Mismatches, m) }

func (v *validator) check(name string, items, before int, detail string) {
	v.rep.Checks = append(v.rep.Checks, Check{Name: name, OK: len(v.rep.Mismatches) == before, Items: items, Detail: detail})
}

// checkpoint: the checkpoint block hash is canonical on every endpoint.
func (v *validator) checkpoint(ctx context.Context) error {
	before := len(v.rep.Mismatches)
	cp := v.rep.Checkpoint
	for _, c := range v.clients {
		hs, err := c.Headers(ctx, []uint64{cp.Number})
		if err != nil {
			return err
		}
		if hs[0].Hash != cp.Hash {
			v.mismatch(Mismatch{Kind: "checkpoint", Block: cp.Number, Endpoint: c.Endpoints()[0],
				Expected: hs[0].Hash.Hex(), Found: cp.Hash.Hex()})
		}
	}
	v.check("checkpoint_canonical", len(v.clients), before, fmt.Sprintf("block %d", cp.Number))
	return nil
}

// transfers compares the indexed transfers with the chain's logs range by range.
func (v *validator) transfers(ctx context.Context) error {
	before := len(v.rep.Mismatches)
	cp := v.rep.Checkpoint.Number
	ranges := 0
	if len(v.complete) == 0 {
		v.check("transfers", 0, before, "no contract has its history indexed yet"+v.skipped())
		return nil
	}
	for from := v.first; from <= cp; from += v.opts.RangeBlocks {
		to := min(cp, from+v.opts.RangeBlocks-1)
		ranges++
		indexed, err := v.st.Transfers(ctx, v.ch.ID, from, to)
		if err != nil {
			return err
		}
		indexed = slices.DeleteFunc(indexed, func(t store.Transfer) bool { return v.backfilling[t.Token] })
		var first []store.Transfer
		for i, c := range v.clients {
			chain, err := v.fetchers[i].transfersIn(ctx, from, to)
			if err != nil {
				return err
			}
			if i == 0 {
				first = chain
				v.compareRange(from, to, chain, indexed, "")
				continue
			}
			if digest(chain) != digest(first) {
				v.compareRange(from, to, chain, first, c.Endpoints()[0])
			}
		}
	}
	v.check("transfers", ranges, before, fmt.Sprintf("blocks %d-%d in ranges of %d, %d contracts%s", v.first, cp,
		v.opts.RangeBlocks, len(v.complete), v.skipped()))
	return nil
}

// compareRange records a mismatch when the two sides of a range differ, narrowed to the first
// differing block. endpoint is set when both sides come from the chain (a cross-check).
func (v *validator) compareRange(from, to uint64, chain, found []store.Transfer, endpoint string) {
	if len(chain) == len(found) && digest(chain) == digest(found) {
		return
	}
	block, token := firstDifference(chain, found)
	kind := "transfers"
	if endpoint != "" {
		kind = "endpoints_disagree"
	}
	exp := blockTransfers(chain, block)
	got := blockTransfers(found, block)
	v.mismatch(Mismatch{Kind: kind, Token: token, FromBlock: from, ToBlock: to, Block: block, Endpoint: endpoint,
		Expected: fmt.Sprintf("%d transfers in the range (digest %s); block %d: %d transfers (digest %s)", len(chain), digest(chain), block, len(exp), digest(exp)),
		Found:    fmt.Sprintf("%d transfers in the range (digest %s); block %d: %d transfers (digest %s)", len(found), digest(found), block, len(got), digest(got))})
}

// firstDifference is the first block (and a token there) where the two ordered lists differ.
func firstDifference(a, b []store.Transfer) (uint64, string) {
	for i := 0; i < max(len(a), len(b)); i++ {
		switch {
		case i >= len(a):
			return b[i].Block, b[i].Token.Hex()
		case i >= len(b):
			return a[i].Block, a[i].Token.Hex()
		case !bytes.Equal(encodeTransfer(a[i]), encodeTransfer(b[i])):
			blk, tok := a[i].Block, a[i].Token
			if b[i].Block < blk {
				blk, tok = b[i].Block, b[i].Token
			}
			return blk, tok.Hex()
		}
	}
	return 0, ""
}

func blockTransfers(ts []store.Transfer, block uint64) []store.Transfer {
	var out []store.Transfer
	for _, t := range ts {
		if t.Block == block {
			out = append(out, t)
		}
	}
	return out
}

// digest is the content digest of transfers, computed the same way for the chain's logs and
// the indexed rows: SHA-256 over each row's fields in order.
func digest(ts []store.Transfer) string {
	h := sha256.New()
	for _, t := range ts {
		h.Write(encodeTransfer(t))
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

func encodeTransfer(t store.Transfer) []byte {
	b := make([]byte, 0, 8+4+32+32+20+20+20+32)
	b = binary.BigEndian.AppendUint64(b, t.Block)
	b = binary.BigEndian.AppendUint32(b, uint32(t.LogIndex))
	b = append(b, t.BlockHash[:]...)
	b = append(b, t.TxHash[:]...)
	b = append(b, t.Token[:]...)
	b = append(b, t.From[:]...)
	b = append(b, t.To[:]...)
	return append(b, common.BigToHash(t.Value).Bytes()...)
}

// skipped names the contracts left out because their backfill is not done.
func (v *validator) skipped() string {
	if len(v.backfilling) == 0 {
		return ""
	}
	return fmt.Sprintf(" (%d still backfilling, not checked)", len(v.backfilling))
}

// balances compares every indexed balance with balanceOf at the checkpoint block, a page at a
// time, and the balance rows with what the indexed transfers imply.
func (v *validator) balances(ctx context.Context) error {
	before := len(v.rep.Mismatches)
	tokenABI, err := contracts.TokenMetaData.GetAbi()
	if err != nil {
		return err
	}
	cp := v.rep.Checkpoint.Number
	n := 0
	var after store.BalanceKey
	for {
		page, err := v.st.BalancesAfter(ctx, v.ch.ID, after, v.opts.CallBatch)
		if err != nil {
			return err
		}
		if len(page) == 0 {
			break
		}
		after = page[len(page)-1].BalanceKey
		page = slices.DeleteFunc(page, func(b store.Balance) bool { return v.backfilling[b.Token] })
		if len(page) == 0 {
			continue
		}
		calls := make([]rpc.Call, len(page))
		for i, b := range page {
			data, err := tokenABI.Pack("balanceOf", b.Holder)
			if err != nil {
				return err
			}
			calls[i] = rpc.Call{To: b.Token, Data: data}
		}
		for ci, c := range v.clients {
			res, err := c.CallAt(ctx, cp, calls)
			if err != nil {
				return err
			}
			for i, b := range page {
				chain := new(big.Int).SetBytes(res[i])
				if chain.Cmp(b.Amount) != 0 {
					m := Mismatch{Kind: "balance", Token: b.Token.Hex(), Holder: b.Holder.Hex(), Block: cp,
						Expected: chain.String(), Found: b.Amount.String()}
					if ci > 0 {
						m.Endpoint = c.Endpoints()[0]
					}
					v.mismatch(m)
				}
			}
		}
		n += len(page)
	}
	implied, err := v.st.ImpliedMismatches(ctx, v.ch.ID, 100)
	if err != nil {
		return err
	}
	for _, m := range implied {
		v.mismatch(Mismatch{Kind: "holder_not_implied_by_transfers", Token: m.Token.Hex(), Holder: m.Holder.Hex(), Block: cp,
			Expected: m.Implied.String(), Found: m.Stored.String()})
	}
	v.check("balances", n, before, fmt.Sprintf("balanceOf at block %d for every indexed holder; holders implied by the transfers", cp))
	return nil
}

// supply checks that each token's balances sum to totalSupply at the checkpoint block.
func (v *validator) supply(ctx context.Context) error {
	before := len(v.rep.Mismatches)
	tokenABI, err := contracts.TokenMetaData.GetAbi()
	if err != nil {
		return err
	}
	data, err := tokenABI.Pack("totalSupply")
	if err != nil {
		return err
	}
	sums, err := v.st.BalanceSums(ctx, v.ch.ID)
	if err != nil {
		return err
	}
	var addrs []common.Address
	for _, c := range v.complete {
		if isToken(c.Kind) {
			addrs = append(addrs, c.Address)
		}
	}
	supplies, err := v.st.Supplies(ctx, v.ch.ID)
	if err != nil {
		return err
	}
	calls := make([]rpc.Call, len(addrs))
	for i, a := range addrs {
		calls[i] = rpc.Call{To: a, Data: data}
	}
	for _, c := range v.clients {
		res, err := c.CallAt(ctx, v.rep.Checkpoint.Number, calls)
		if err != nil {
			return err
		}
		for i, a := range addrs {
			supply := new(big.Int).SetBytes(res[i])
			sum := sums[a]
			if sum == nil {
				sum = new(big.Int)
			}
			if supply.Cmp(sum) != 0 {
				v.mismatch(Mismatch{Kind: "total_supply", Token: a.Hex(), Block: v.rep.Checkpoint.Number,
					Endpoint: c.Endpoints()[0], Expected: supply.String(), Found: sum.String()})
			}
			if got := supplies[a]; got == nil || supply.Cmp(got) != 0 {
				v.mismatch(Mismatch{Kind: "tokens_total_supply", Token: a.Hex(), Block: v.rep.Checkpoint.Number,
					Endpoint: c.Endpoints()[0], Expected: supply.String(), Found: fmt.Sprint(got)})
			}
		}
	}
	v.check("total_supply", len(addrs), before, "sum of balances and didx.tokens.total_supply equal totalSupply at the checkpoint block")
	return nil
}

// families runs each event family's own checks against every endpoint at the checkpoint block.
func (v *validator) families(ctx context.Context) error {
	cp := v.rep.Checkpoint.Number
	for _, f := range families {
		ck, ok := f.(family.Checker)
		if !ok {
			continue
		}
		before := len(v.rep.Mismatches)
		items := 0
		for ci, c := range v.clients {
			found, n, err := ck.Check(ctx, v.st, v.ch.ID, v.backfilling, func(ctx context.Context, calls []rpc.Call) ([][]byte, error) {
				return c.CallAt(ctx, cp, calls)
			})
			if err != nil {
				return fmt.Errorf("%s checks: %w", f.Name(), err)
			}
			items = n
			for _, d := range found {
				m := Mismatch{Kind: d.Kind, Token: d.Contract.Hex(), Block: cp, Expected: d.Expected, Found: d.Found}
				if d.Holder != (common.Address{}) {
					m.Holder = d.Holder.Hex()
				}
				if ci > 0 {
					m.Endpoint = c.Endpoints()[0]
				}
				v.mismatch(m)
			}
		}
		v.check(f.Name(), items, before, fmt.Sprintf("%s state against the contracts' view functions at block %d", f.Name(), cp))
	}
	return nil
}
