package indexer

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/didx/didx/indexer/family"
	"github.com/didx/didx/store"
)

// FactoryConfig is a factory rule: the contracts it watches (Address, or every contract that
// rule FromFactory announces) announce new contracts with Event, whose AddressParam holds the
// new contract's address. The new contracts are registered with Kind ("factory" when another
// rule names this one in from_factory) from the block of their announcement.
type FactoryConfig struct {
	Name         string `yaml:"name"`
	Address      string `yaml:"address"`
	FromFactory  string `yaml:"from_factory"`
	StartBlock   uint64 `yaml:"start_block"`
	Event        string `yaml:"event"`
	AddressParam string `yaml:"address_param"`
	Kind         string `yaml:"kind"`
}

// KindFactory is the kind of a contract that announces others.
const KindFactory = "factory"

// factoryRule is a factory rule with its event parsed.
type factoryRule struct {
	name, kind string
	event      abi.Event
	// param is the index of the announced address among the event's inputs.
	param int
}

// parseRule parses a rule's event signature with go-ethereum's ABI types and finds its address
// parameter.
func parseRule(f FactoryConfig) (*factoryRule, error) {
	ev, err := parseEvent(f.Event)
	if err != nil {
		return nil, err
	}
	for i, in := range ev.Inputs {
		if in.Name == f.AddressParam {
			if in.Type.T != abi.AddressTy {
				return nil, fmt.Errorf("address_param %q is a %s, not an address", f.AddressParam, in.Type.String())
			}
			return &factoryRule{name: f.Name, kind: f.Kind, event: ev, param: i}, nil
		}
	}
	return nil, fmt.Errorf("address_param %q is not a parameter of %s", f.AddressParam, ev.Sig)
}

// parseEvent parses a Solidity event declaration such as
// "Created(address indexed sender, address token, bytes4[] interfaces)".
func parseEvent(sig string) (abi.Event, error) {
	sig = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(sig), "event "))
	open, close := strings.IndexByte(sig, '('), strings.LastIndexByte(sig, ')')
	if open <= 0 || close != len(sig)-1 {
		return abi.Event{}, fmt.Errorf("%q is not an event signature like Name(type [indexed] name, ...)", sig)
	}
	name, params := sig[:open], strings.TrimSpace(sig[open+1:close])
	var args abi.Arguments
	if params != "" {
		for i, p := range strings.Split(params, ",") {
			f := strings.Fields(p)
			indexed := len(f) > 1 && f[1] == "indexed"
			if indexed {
				f = append(f[:1], f[2:]...)
			}
			if len(f) == 0 || len(f) > 2 || strings.ContainsAny(f[0], "()") {
				return abi.Event{}, fmt.Errorf("parameter %d %q of %s: want `type [indexed] [name]` (tuples are not supported)", i, p, name)
			}
			t, err := abi.NewType(f[0], "", nil)
			if err != nil {
				return abi.Event{}, fmt.Errorf("parameter %d of %s: %w", i, name, err)
			}
			arg := abi.Argument{Type: t, Indexed: indexed, Name: fmt.Sprintf("arg%d", i)}
			if len(f) == 2 {
				arg.Name = f[1]
			}
			args = append(args, arg)
		}
	}
	return abi.NewEvent(name, name, false, args), nil
}

// announced decodes the new contract's address from one of the rule's logs.
func (r *factoryRule) announced(l *types.Log) (common.Address, error) {
	in := r.event.Inputs[r.param]
	if in.Indexed {
		topic := 1
		for _, a := range r.event.Inputs[:r.param] {
			if a.Indexed {
				topic++
			}
		}
		if len(l.Topics) <= topic {
			return common.Address{}, fmt.Errorf("%d topics, the address is topic %d", len(l.Topics), topic)
		}
		return family.TopicAddress(l.Topics[topic])
	}
	values, err := r.event.Inputs.NonIndexed().Unpack(l.Data)
	if err != nil {
		return common.Address{}, err
	}
	k := 0
	for _, a := range r.event.Inputs[:r.param] {
		if !a.Indexed {
			k++
		}
	}
	a, ok := values[k].(common.Address)
	if !ok {
		return common.Address{}, errors.New("the address parameter did not decode as an address")
	}
	return a, nil
}

// factoryHandler registers what one factory contract announces, by the rules that watch it.
type factoryHandler struct {
	rules  map[common.Hash][]*factoryRule
	topics []common.Hash
	start  uint64
}

func newFactoryHandler(rules []*factoryRule, start uint64) *factoryHandler {
	h := &factoryHandler{rules: map[common.Hash][]*factoryRule{}, start: start}
	for _, r := range rules {
		if len(h.rules[r.event.ID]) == 0 {
			h.topics = append(h.topics, r.event.ID)
		}
		h.rules[r.event.ID] = append(h.rules[r.event.ID], r)
	}
	return h
}

// Name implements Handler.
func (h *factoryHandler) Name() string { return KindFactory }

// Topics implements Handler.
func (h *factoryHandler) Topics() []common.Hash { return h.topics }

// Handle implements Handler: each announcement becomes a contract registered, from the block of
// the announcement, with the commit that covers it.
func (h *factoryHandler) Handle(l *types.Log, b *store.Batch) error {
	if l.BlockNumber < h.start || len(l.Topics) == 0 {
		return nil
	}
	for _, r := range h.rules[l.Topics[0]] {
		child, err := r.announced(l)
		if err != nil {
			return fmt.Errorf("%s announcement of rule %s: %w", r.event.Name, r.name, err)
		}
		b.Discovered = append(b.Discovered, store.Contract{Address: child, Kind: r.kind, StartBlock: l.BlockNumber,
			Source: "factory:" + r.name})
	}
	return nil
}

// factories are a chain's parsed factory rules: those watching an address, and those watching
// what another rule announces.
type factories struct {
	byAddress map[common.Address][]*factoryRule
	byParent  map[string][]*factoryRule
}

func newFactories(cfg ChainConfig) (factories, error) {
	fs := factories{byAddress: map[common.Address][]*factoryRule{}, byParent: map[string][]*factoryRule{}}
	for _, f := range cfg.Factories {
		r, err := parseRule(f)
		if err != nil {
			return fs, err
		}
		if f.Address != "" {
			a := common.HexToAddress(f.Address)
			fs.byAddress[a] = append(fs.byAddress[a], r)
		} else {
			fs.byParent[f.FromFactory] = append(fs.byParent[f.FromFactory], r)
		}
	}
	return fs, nil
}

// rulesOf are the rules that watch contract c.
func (fs factories) rulesOf(c store.Contract) []*factoryRule {
	rules := append([]*factoryRule{}, fs.byAddress[c.Address]...)
	if parent, ok := strings.CutPrefix(c.Source, "factory:"); ok {
		rules = append(rules, fs.byParent[parent]...)
	}
	return rules
}

// factoryContracts are the registry rows of the factories the rules name by address.
func factoryContracts(cfg ChainConfig) []store.Contract {
	var out []store.Contract
	for _, f := range cfg.Factories {
		if f.Address != "" {
			out = append(out, store.Contract{Address: common.HexToAddress(f.Address), Kind: KindFactory, Name: f.Name,
				StartBlock: max(f.StartBlock, cfg.StartBlock), Source: "config"})
		}
	}
	return out
}
