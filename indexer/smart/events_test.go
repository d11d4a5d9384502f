package smart

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/didx/didx/store"
)

func topic(sig string) common.Hash { return crypto.Keccak256Hash([]byte(sig)) }

func word(v int64) []byte { return common.BigToHash(big.NewInt(v)).Bytes() }

func TestHandleLayouts(t *testing.T) {
	token, user, sender := common.HexToAddress("0x70"), common.HexToAddress("0xa1"), common.HexToAddress("0x5e")
	ut, st := common.BytesToHash(user.Bytes()), common.BytesToHash(sender.Bytes())
	f := New()
	for _, tc := range []struct {
		name     string
		kind     string
		topics   []common.Hash
		data     []byte
		event    string
		args     string
		transfer bool
		err      string
	}{
		{"smart tokens frozen", KindToken, []common.Hash{topic("TokensFrozen(address,address,uint256)"), st, ut}, word(5),
			"TokensFrozen", `{"sender":"0x000000000000000000000000000000000000005e","user":"0x00000000000000000000000000000000000000a1","amount":"5"}`, false, ""},
		{"t-rex tokens frozen", KindToken, []common.Hash{topic("TokensFrozen(address,uint256)"), ut}, word(5),
			"TokensFrozen", `{"user":"0x00000000000000000000000000000000000000a1","amount":"5"}`, false, ""},
		{"t-rex tokens frozen, amount indexed", KindToken, []common.Hash{topic("TokensFrozen(address,uint256)"), ut, common.BigToHash(big.NewInt(5))}, nil,
			"TokensFrozen", `{"user":"0x00000000000000000000000000000000000000a1","amount":"5"}`, false, ""},
		{"smart address frozen", KindToken, []common.Hash{topic("AddressFrozen(address,address,bool)"), st, ut, common.BigToHash(big.NewInt(1))}, nil,
			"AddressFrozen", `{"sender":"0x000000000000000000000000000000000000005e","user":"0x00000000000000000000000000000000000000a1","frozen":true}`, false, ""},
		{"t-rex address frozen", KindToken, []common.Hash{topic("AddressFrozen(address,bool,address)"), ut, {}, st}, nil,
			"AddressFrozen", `{"user":"0x00000000000000000000000000000000000000a1","frozen":false,"owner":"0x000000000000000000000000000000000000005e"}`, false, ""},
		{"smart paused", KindToken, []common.Hash{topic("Paused(address)"), st}, nil,
			"Paused", `{"account":"0x000000000000000000000000000000000000005e"}`, false, ""},
		{"openzeppelin paused", KindToken, []common.Hash{topic("Paused(address)")}, common.LeftPadBytes(sender.Bytes(), 32),
			"Paused", `{"account":"0x000000000000000000000000000000000000005e"}`, false, ""},
		{"transfer", KindToken, []common.Hash{topic("Transfer(address,address,uint256)"), st, ut}, word(9),
			"Transfer", `{"from":"0x000000000000000000000000000000000000005e","to":"0x00000000000000000000000000000000000000a1","value":"9"}`, true, ""},
		{"smart registration", KindRegistry, []common.Hash{topic("IdentityRegistered(address,address,address,uint16)"), st, ut, st}, word(840),
			"IdentityRegistered", `{"sender":"0x000000000000000000000000000000000000005e","investor":"0x00000000000000000000000000000000000000a1","identity":"0x000000000000000000000000000000000000005e","country":840}`, false, ""},
		{"country updated", KindRegistry, []common.Hash{topic("CountryUpdated(address,uint16)"), ut, common.BigToHash(big.NewInt(250))}, nil,
			"CountryUpdated", `{"investor":"0x00000000000000000000000000000000000000a1","country":250}`, false, ""},
		{"bool out of range", KindToken, []common.Hash{topic("AddressFrozen(address,address,bool)"), st, ut, common.BigToHash(big.NewInt(2))}, nil,
			"", "", false, "not a bool"},
		{"country beyond uint16", KindRegistry, []common.Hash{topic("CountryUpdated(address,uint16)"), ut, common.BigToHash(big.NewInt(70000))}, nil,
			"", "", false, "does not fit uint16"},
		{"dirty address", KindToken, []common.Hash{topic("TokensFrozen(address,uint256)"), {1}}, word(5),
			"", "", false, "not an address"},
		{"unknown topic count", KindToken, []common.Hash{topic("TokensFrozen(address,uint256)"), ut, ut, ut}, nil,
			"", "", false, "no declared event"},
		{"short data", KindToken, []common.Hash{topic("TokensFrozen(address,address,uint256)"), st, ut}, word(5)[:31],
			"", "", false, "data"},
		{"registry event on a token", KindToken, []common.Hash{topic("CountryUpdated(address,uint16)"), ut, {}}, nil,
			"", "", false, "no declared event"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := f.Handler(tc.kind, map[common.Address]uint64{token: 0})
			var b store.Batch
			err := h.Handle(&types.Log{Address: token, Topics: tc.topics, Data: tc.data, BlockNumber: 3}, &b)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want one saying %q", err, tc.err)
				}
				if len(b.Exts()) != 0 || len(b.Transfers) != 0 {
					t.Fatal("a log that does not decode left rows")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			evs := b.Exts()[0].(*Rows).Events()
			if len(evs) != 1 || evs[0].Name != tc.event || string(evs[0].appendArgs(nil)) != tc.args {
				t.Fatalf("decoded %s %s, want %s %s", evs[0].Name, evs[0].appendArgs(nil), tc.event, tc.args)
			}
			if got := len(b.Transfers) == 1; got != tc.transfer {
				t.Fatalf("transfer appended: %v, want %v", got, tc.transfer)
			}
		})
	}
}

// TestRegistryReplay holds the fold of identity events to what the registry contract does.
func TestRegistryReplay(t *testing.T) {
	a, b := common.HexToAddress("0xa"), common.HexToAddress("0xb")
	id1, id2, id3 := common.HexToAddress("0x1d1"), common.HexToAddress("0x1d2"), common.HexToAddress("0x1d3")
	m := map[common.Address]entry{}
	for _, e := range []struct {
		event string
		args  registryArgs
	}{
		{"IdentityRegistered", registryArgs{Investor: a, Identity: id1, Country: 840}},
		{"IdentityRegistered", registryArgs{Investor: b, Identity: id2, Country: 250}},
		{"IdentityUpdated", registryArgs{OldIdentity: id1, NewIdentity: id3}},
		{"CountryUpdated", registryArgs{Investor: a, Country: 276}},
		{"IdentityRemoved", registryArgs{Investor: b, Identity: id2}},
		{"CountryUpdated", registryArgs{Investor: b, Country: 1}},
	} {
		apply(m, e.event, e.args)
	}
	if len(m) != 1 || m[a] != (entry{identity: id3, country: 276}) {
		t.Fatalf("entries %v, want only %s with identity %s in 276", m, a, id3)
	}
}
