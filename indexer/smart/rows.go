package smart

import (
	"context"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/didx/didx/contracts"
	"github.com/didx/didx/indexer/family"
	"github.com/didx/didx/rpc"
	"github.com/didx/didx/store"
)

// Rows are a batch's security-token events. Written after the batch's transfers, they add to
// the audit log and then re-derive the state they touch.
type Rows struct {
	events []Event
	// unresolved are the T-REX registrations (indexes into events) whose country is read
	// from the registry at their block before the batch commits.
	unresolved []int
}

// Counts implements family.Counted.
func (r *Rows) Counts() map[string]int { return map[string]int{"token_events": len(r.events)} }

// Events are the decoded events, in log order.
func (r *Rows) Events() []Event { return r.events }

// Resolve implements family.Resolver: a T-REX IdentityRegistered carries no country, so it is
// read with investorCountry(investor) at the event's block.
func (r *Rows) Resolve(ctx context.Context, c family.Caller) error {
	if len(r.unresolved) == 0 {
		return nil
	}
	reg, err := contracts.IdentityRegistryMetaData.GetAbi()
	if err != nil {
		return err
	}
	for start := 0; start < len(r.unresolved); {
		block := r.events[r.unresolved[start]].Block
		end := start
		var calls []rpc.Call
		for ; end < len(r.unresolved) && r.events[r.unresolved[end]].Block == block; end++ {
			e := &r.events[r.unresolved[end]]
			data, err := reg.Pack("investorCountry", e.address("investor"))
			if err != nil {
				return err
			}
			calls = append(calls, rpc.Call{To: e.Contract, Data: data})
		}
		out, err := c.CallAt(ctx, block, calls)
		if err != nil {
			return fmt.Errorf("read the countries of %d registrations at %d: %w", len(calls), block, err)
		}
		for i, res := range out {
			e := &r.events[r.unresolved[start+i]]
			vals, err := reg.Unpack("investorCountry", res)
			if err != nil || len(vals) != 1 {
				return fmt.Errorf("investorCountry(%s) of registry %s at %d: %q does not decode: %v",
					e.address("investor").Hex(), e.Contract.Hex(), block, res, err)
			}
			country, _ := vals[0].(uint16)
			e.args = append(e.args, arg{name: "country", value: big.NewInt(int64(country)), small: true})
		}
		start = end
	}
	r.unresolved = nil
	return nil
}

// eventRowSize is about what a row of didx.token_events takes in a COPY stream.
const eventRowSize = 400

var eventColumns = []string{"chain_id", "block_number", "log_index", "block_hash", "tx_hash", "contract", "event", "args", "subject"}

// Write implements store.Rows: it appends the events to didx.token_events, then derives what
// they change from the stored events, so rows committed out of block order (a backfill
// behind the head) derive the same state as rows committed in order.
func (r *Rows) Write(ctx context.Context, tx pgx.Tx, sch store.Schema, chain uint64) error {
	if len(r.unresolved) > 0 {
		return fmt.Errorf("%d T-REX registrations without their country", len(r.unresolved))
	}
	if len(r.events) == 0 {
		return nil
	}
	cs := store.NewCopyStream(eventRowSize * len(r.events))
	for i := range r.events {
		e := &r.events[i]
		cs.Row(len(eventColumns))
		cs.Int8(int64(chain))
		cs.Int8(int64(e.Block))
		cs.Int4(int32(e.LogIndex))
		cs.Bytes(e.BlockHash[:])
		cs.Bytes(e.TxHash[:])
		cs.Bytes(e.Contract[:])
		cs.Text(e.Name)
		cs.JSONB(e.appendArgs)
		if e.Subject == (common.Address{}) {
			cs.Null()
		} else {
			cs.Bytes(e.Subject[:])
		}
	}
	if err := cs.Copy(ctx, tx, sch, "token_events", eventColumns); err != nil {
		return err
	}
	var c changes
	for i := range r.events {
		e := &r.events[i]
		c.add(e.Name, e.Contract, e.Subject, e.amount("amount"), 1)
	}
	return c.apply(ctx, tx, sch, chain)
}

// changes are what a set of events does to derived state: frozen amounts move by deltas; the
// address freezes, pauses and registries they touch are derived again from the newest
// surviving event.
type changes struct {
	frozen     map[key]*big.Int
	addresses  map[key]bool
	paused     map[common.Address]bool
	registries map[common.Address]bool
}

type key struct{ token, holder common.Address }

// add records one event, applied (sign 1) or undone (sign -1).
func (c *changes) add(event string, contract, subject common.Address, amount *big.Int, sign int) {
	switch event {
	case "TokensFrozen", "TokensUnfrozen":
		if c.frozen == nil {
			c.frozen = map[key]*big.Int{}
		}
		k := key{contract, subject}
		d, ok := c.frozen[k]
		if !ok {
			d = new(big.Int)
			c.frozen[k] = d
		}
		if (event == "TokensFrozen") == (sign > 0) {
			d.Add(d, amount)
		} else {
			d.Sub(d, amount)
		}
	case "AddressFrozen":
		if c.addresses == nil {
			c.addresses = map[key]bool{}
		}
		c.addresses[key{contract, subject}] = true
	case "Paused", "Unpaused":
		if c.paused == nil {
			c.paused = map[common.Address]bool{}
		}
		c.paused[contract] = true
	case "IdentityRegistered", "IdentityRemoved", "IdentityUpdated", "CountryUpdated":
		if c.registries == nil {
			c.registries = map[common.Address]bool{}
		}
		c.registries[contract] = true
	}
}

func (c *changes) apply(ctx context.Context, tx pgx.Tx, sch store.Schema, chain uint64) error {
	if err := c.applyRestrictions(ctx, tx, sch, chain); err != nil {
		return err
	}
	if len(c.paused) > 0 {
		tokens := sortedAddrs(c.paused)
		if _, err := tx.Exec(ctx, sch.Q(`UPDATE {s}.tokens t SET paused = coalesce((
				SELECT e.event = 'Paused' FROM {s}.token_events e
				WHERE e.chain_id = $1 AND e.contract = t.token AND e.subject = t.token AND e.event IN ('Paused', 'Unpaused')
				ORDER BY e.block_number DESC, e.log_index DESC LIMIT 1), false)
			WHERE t.chain_id = $1 AND t.token = ANY($2)`), int64(chain), tokens); err != nil {
			return fmt.Errorf("derive the pause of %d tokens: %w", len(tokens), err)
		}
	}
	if len(c.registries) > 0 {
		return replayRegistries(ctx, tx, sch, chain, sortedAddrs(c.registries))
	}
	return nil
}

// applyRestrictions adds the frozen deltas and derives the address freezes again, for every
// holder either touches, then drops the rows that restrict nothing.
func (c *changes) applyRestrictions(ctx context.Context, tx pgx.Tx, sch store.Schema, chain uint64) error {
	all := map[key]bool{}
	for k := range c.frozen {
		all[k] = true
	}
	for k := range c.addresses {
		all[k] = true
	}
	if len(all) == 0 {
		return nil
	}
	keys := make([]key, 0, len(all))
	for k := range all {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b key) int {
		if n := a.token.Cmp(b.token); n != 0 {
			return n
		}
		return a.holder.Cmp(b.holder)
	})
	tokens, holders, deltas, addr := make([][]byte, len(keys)), make([][]byte, len(keys)), make([]string, len(keys)), make([]bool, len(keys))
	for i, k := range keys {
		tokens[i], holders[i], deltas[i], addr[i] = k.token.Bytes(), k.holder.Bytes(), "0", c.addresses[k]
		if d := c.frozen[k]; d != nil {
			deltas[i] = d.String()
		}
	}
	q := &pgx.Batch{}
	q.Queue(sch.Q(`INSERT INTO {s}.holder_restrictions (chain_id, token, holder)
		SELECT $1, * FROM unnest($2::bytea[], $3::bytea[]) ON CONFLICT DO NOTHING`), int64(chain), tokens, holders)
	q.Queue(sch.Q(`UPDATE {s}.holder_restrictions r SET frozen = r.frozen + d.delta,
			address_frozen = CASE WHEN NOT d.addr THEN r.address_frozen ELSE coalesce((
				SELECT (e.args->>'frozen')::boolean FROM {s}.token_events e
				WHERE e.chain_id = $1 AND e.contract = d.token AND e.subject = d.holder AND e.event = 'AddressFrozen'
				ORDER BY e.block_number DESC, e.log_index DESC LIMIT 1), false) END
		FROM unnest($2::bytea[], $3::bytea[], $4::numeric[], $5::boolean[]) AS d(token, holder, delta, addr)
		WHERE r.chain_id = $1 AND r.token = d.token AND r.holder = d.holder`), int64(chain), tokens, holders, deltas, addr)
	q.Queue(sch.Q(`DELETE FROM {s}.holder_restrictions r USING unnest($2::bytea[], $3::bytea[]) AS d(token, holder)
		WHERE r.chain_id = $1 AND r.token = d.token AND r.holder = d.holder AND r.frozen = 0 AND NOT r.address_frozen`),
		int64(chain), tokens, holders)
	if err := tx.SendBatch(ctx, q).Close(); err != nil {
		return fmt.Errorf("derive the restrictions of %d holders: %w", len(keys), err)
	}
	return nil
}

func sortedAddrs(m map[common.Address]bool) [][]byte {
	as := make([]common.Address, 0, len(m))
	for a := range m {
		as = append(as, a)
	}
	slices.SortFunc(as, func(a, b common.Address) int { return a.Cmp(b) })
	out := make([][]byte, len(as))
	for i, a := range as {
		out[i] = a.Bytes()
	}
	return out
}
