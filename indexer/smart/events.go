package smart

import (
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/didx/didx/indexer/family"
)

// The events of security tokens and identity registries, in both layouts: SMART puts the
// acting sender first and indexed, T-REX does not, so most pairs differ in topic0. Where they
// share topic0 (Paused, and T-REX's TokensFrozen, whose amount became indexed between
// versions) they differ in the number of topics, which is how a log is matched. A `*` marks an
// indexed parameter. The parameter names are the keys of didx.token_events.args: each layout
// uses the same name for the same thing, so readers need not know which layout a token has.
var (
	tokenEvents = []string{
		"Transfer(address* from, address* to, uint256 value)",
		"MintCompleted(address* sender, address* to, uint256 amount)",
		"BurnCompleted(address* sender, address* from, uint256 amount)",
		"TransferCompleted(address* sender, address* from, address* to, uint256 amount)",
		"Redeemed(address* sender, uint256 amount)",
		"ForcedTransfer(address* sender, address* from, address* to, uint256 amount)",
		"TokensRecovered(address* sender, address* lostWallet, address* newWallet, uint256 amount)",

		"AddressFrozen(address* sender, address* user, bool* frozen)",
		"AddressFrozen(address* user, bool* frozen, address* owner)",
		"TokensFrozen(address* sender, address* user, uint256 amount)",
		"TokensFrozen(address* user, uint256 amount)",
		"TokensFrozen(address* user, uint256* amount)",
		"TokensUnfrozen(address* sender, address* user, uint256 amount)",
		"TokensUnfrozen(address* user, uint256 amount)",
		"TokensUnfrozen(address* user, uint256* amount)",

		"Paused(address* account)",
		"Paused(address account)",
		"Unpaused(address* account)",
		"Unpaused(address account)",

		"ComplianceModuleAdded(address* sender, address* module, bytes params)",
		"ComplianceModuleRemoved(address* sender, address* module)",
		"ModuleParametersUpdated(address* sender, address* module, bytes params)",
		"RoleGranted(bytes32* role, address* account, address* sender)",
		"RoleRevoked(bytes32* role, address* account, address* sender)",
		"AgentAdded(address* agent)",
		"AgentRemoved(address* agent)",
	}
	registryEvents = []string{
		"IdentityRegistered(address* sender, address* investor, address* identity, uint16 country)",
		"IdentityRegistered(address* investor, address* identity)",
		"IdentityRemoved(address* sender, address* investor, address* identity)",
		"IdentityRemoved(address* investor, address* identity)",
		"IdentityUpdated(address* sender, address* oldIdentity, address* newIdentity)",
		"IdentityUpdated(address* oldIdentity, address* newIdentity)",
		"CountryUpdated(address* sender, address* investor, uint16* country)",
		"CountryUpdated(address* investor, uint16* country)",
	}
)

// eventKey is how a log finds its declaration: topic0 and the number of topics.
type eventKey struct {
	topic0 common.Hash
	topics int
}

// event is one declared event layout.
type event struct {
	name    string
	params  []param
	indexed int
	data    abi.Arguments
}

type param struct {
	name    string
	typ     abi.Type
	indexed bool
}

// eventTable is a kind's declared events by eventKey, and the topic0 values they use.
type eventTable struct {
	byKey  map[eventKey]*event
	topics []common.Hash
}

// newEventTable parses declarations like "Name(type* indexedName, type name)". They are the
// package's own constants, so a malformed one is a programming error and panics.
func newEventTable(decls []string) eventTable {
	t := eventTable{byKey: map[eventKey]*event{}}
	for _, d := range decls {
		ev, sig, err := parseEvent(d)
		if err != nil {
			panic(fmt.Sprintf("event %q: %v", d, err))
		}
		k := eventKey{crypto.Keccak256Hash([]byte(sig)), 1 + ev.indexed}
		if _, dup := t.byKey[k]; dup {
			panic(fmt.Sprintf("event %q: declared twice", d))
		}
		t.byKey[k] = ev
		if !slices.Contains(t.topics, k.topic0) {
			t.topics = append(t.topics, k.topic0)
		}
	}
	return t
}

func parseEvent(decl string) (*event, string, error) {
	open, end := strings.IndexByte(decl, '('), strings.LastIndexByte(decl, ')')
	if open <= 0 || end != len(decl)-1 {
		return nil, "", fmt.Errorf("want Name(params)")
	}
	ev := &event{name: decl[:open]}
	var types []string
	for _, p := range strings.Split(decl[open+1:end], ",") {
		f := strings.Fields(p)
		if len(f) != 2 {
			return nil, "", fmt.Errorf("parameter %q: want type and name", p)
		}
		typName, indexed := strings.CutSuffix(f[0], "*")
		typ, err := abi.NewType(typName, "", nil)
		if err != nil {
			return nil, "", fmt.Errorf("parameter %q: %w", p, err)
		}
		ev.params = append(ev.params, param{name: f[1], typ: typ, indexed: indexed})
		if indexed {
			ev.indexed++
		} else {
			ev.data = append(ev.data, abi.Argument{Name: f[1], Type: typ})
		}
		types = append(types, typName)
	}
	return ev, ev.name + "(" + strings.Join(types, ",") + ")", nil
}

// arg is one decoded parameter: an address, *big.Int, bool, []byte or [32]byte. small marks an
// integer type of at most 32 bits, written to JSON as a number rather than a decimal string.
type arg struct {
	name  string
	value any
	small bool
}

// decode matches l against the table and decodes its parameters in declaration order.
func (t eventTable) decode(l *types.Log) (*event, []arg, error) {
	if len(l.Topics) == 0 {
		return nil, nil, fmt.Errorf("no topics")
	}
	ev, ok := t.byKey[eventKey{l.Topics[0], len(l.Topics)}]
	if !ok {
		return nil, nil, fmt.Errorf("no declared event has topic0 %s and %d topics", l.Topics[0].Hex(), len(l.Topics))
	}
	data, err := ev.data.Unpack(l.Data)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: data: %w", ev.name, err)
	}
	args := make([]arg, len(ev.params))
	topic, field := 1, 0
	for i, p := range ev.params {
		args[i].name, args[i].small = p.name, p.typ.T == abi.UintTy && p.typ.Size <= 32
		if !p.indexed {
			args[i].value = normalize(data[field])
			field++
			continue
		}
		v, err := topicValue(p.typ, l.Topics[topic])
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %s: %w", ev.name, p.name, err)
		}
		args[i].value = v
		topic++
	}
	return ev, args, nil
}

// topicValue decodes an indexed parameter of a static type, checking its padding.
func topicValue(typ abi.Type, t common.Hash) (any, error) {
	switch typ.T {
	case abi.AddressTy:
		return family.TopicAddress(t)
	case abi.BoolTy:
		if v := new(big.Int).SetBytes(t[:]); v.Cmp(big.NewInt(1)) > 0 {
			return nil, fmt.Errorf("%s is not a bool", t.Hex())
		}
		return t[31] == 1, nil
	case abi.UintTy:
		v := new(big.Int).SetBytes(t[:])
		if v.BitLen() > typ.Size {
			return nil, fmt.Errorf("%s does not fit uint%d", t.Hex(), typ.Size)
		}
		return v, nil
	case abi.FixedBytesTy:
		return [32]byte(t), nil
	}
	return nil, fmt.Errorf("indexed %s is not decoded", typ)
}

// normalize makes the small unsigned integers the ABI decoder returns *big.Int, like every
// other integer argument.
func normalize(v any) any {
	switch n := v.(type) {
	case uint8:
		return big.NewInt(int64(n))
	case uint16:
		return big.NewInt(int64(n))
	case uint32:
		return big.NewInt(int64(n))
	case uint64:
		return new(big.Int).SetUint64(n)
	}
	return v
}
