package smart

import (
	"encoding/hex"
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/didx/didx/indexer/family"
	"github.com/didx/didx/store"
)

// handler decodes the logs of one kind (smart or identity_registry) into audit rows, and a
// smart token's Transfers into the batch's transfers as well.
type handler struct {
	kind  string
	table eventTable
	start map[common.Address]uint64
}

// Name implements family.Handler.
func (h *handler) Name() string { return h.kind }

// Topics implements family.Handler.
func (h *handler) Topics() []common.Hash { return h.table.topics }

// Handle implements family.Handler. Only Transfer moves balances: the SMART events that
// repeat a mint, burn or transfer go to the audit log alone, or they would count twice.
func (h *handler) Handle(l *types.Log, b *store.Batch) error {
	if start, ok := h.start[l.Address]; !ok || l.BlockNumber < start {
		return nil
	}
	var name string
	var args []arg
	if h.kind == KindToken && len(l.Topics) > 0 && l.Topics[0] == family.TransferTopic {
		// Most logs of a token: decoded once, into the batch's transfers, and the audit row
		// takes its arguments from there.
		if err := family.AppendTransfer(l, b); err != nil {
			return err
		}
		t := &b.Transfers[len(b.Transfers)-1]
		name, args = "Transfer", []arg{{name: "from", value: t.From}, {name: "to", value: t.To}, {name: "value", value: t.Value}}
	} else {
		ev, decoded, err := h.table.decode(l)
		if err != nil {
			return err
		}
		name, args = ev.name, decoded
	}
	r := b.Ext(Name, func() store.Rows { return &Rows{} }).(*Rows)
	e := Event{Block: l.BlockNumber, LogIndex: l.Index, BlockHash: l.BlockHash, TxHash: l.TxHash,
		Contract: l.Address, Name: name, args: args}
	switch name {
	case "AddressFrozen", "TokensFrozen", "TokensUnfrozen":
		e.Subject = e.address("user")
	case "Paused", "Unpaused":
		e.Subject = l.Address
	case "IdentityRegistered", "IdentityRemoved", "CountryUpdated":
		e.Subject = e.address("investor")
	}
	if name == "IdentityRegistered" && e.arg("country") == nil {
		r.unresolved = append(r.unresolved, len(r.events))
	}
	r.events = append(r.events, e)
	return nil
}

// Event is one decoded event of a security token or identity registry: a row of
// didx.token_events.
type Event struct {
	Block     uint64
	LogIndex  uint
	BlockHash common.Hash
	TxHash    common.Hash
	Contract  common.Address
	Name      string
	// Subject is the key the event's state hangs on: the holder of a freeze, the token of a
	// pause, the investor of a registry entry; zero for the others.
	Subject common.Address
	args    []arg
}

func (e *Event) arg(name string) any {
	for _, a := range e.args {
		if a.name == name {
			return a.value
		}
	}
	return nil
}

func (e *Event) address(name string) common.Address {
	a, _ := e.arg(name).(common.Address)
	return a
}

func (e *Event) amount(name string) *big.Int {
	if v, ok := e.arg(name).(*big.Int); ok {
		return v
	}
	return new(big.Int)
}

// appendArgs appends the arguments as a JSON object in declaration order: addresses, hashes and
// bytes as 0x-prefixed hex, uint256 amounts as decimal strings (they exceed JSON's exact
// integers), small integers (a country code) as numbers.
func (e *Event) appendArgs(b []byte) []byte {
	b = append(b, '{')
	for i, a := range e.args {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendQuote(b, a.name)
		b = append(b, ':')
		switch v := a.value.(type) {
		case common.Address:
			b = appendHex(b, v[:])
		case [32]byte:
			b = appendHex(b, v[:])
		case []byte:
			b = appendHex(b, v)
		case bool:
			b = strconv.AppendBool(b, v)
		case *big.Int:
			if a.small {
				b = v.Append(b, 10)
			} else {
				b = append(v.Append(append(b, '"'), 10), '"')
			}
		default:
			b = append(b, "null"...)
		}
	}
	return append(b, '}')
}

func appendHex(b, v []byte) []byte {
	b = append(b, `"0x`...)
	b = hex.AppendEncode(b, v)
	return append(b, '"')
}
