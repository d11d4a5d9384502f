package rpc

import (
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Header is the part of a block header the indexer keeps. It comes only from an answer whose
// fields hash to the hash it claims, so its bloom and receipts root are evidence: an endpoint
// cannot forge them without forging the block.
type Header struct {
	Number       uint64
	Hash         common.Hash
	ParentHash   common.Hash
	Time         uint64
	Bloom        types.Bloom
	ReceiptsRoot common.Hash
}

// rawHeader is an eth_getBlockByNumber result or a newHeads notification, decoded with
// go-ethereum's own header type and checked: the fields consensus hashes (go-ethereum refuses
// a header without logsBloom, receiptsRoot or parentHash) must hash to "hash".
type rawHeader struct{ Header }

// UnmarshalJSON implements json.Unmarshaler.
func (h *rawHeader) UnmarshalJSON(raw []byte) error {
	var full types.Header
	if err := json.Unmarshal(raw, &full); err != nil {
		return garbage("header: %v", err)
	}
	var claimed struct {
		Hash *common.Hash `json:"hash"`
	}
	if err := json.Unmarshal(raw, &claimed); err != nil || claimed.Hash == nil {
		return garbage("header %v without hash", full.Number)
	}
	if !full.Number.IsUint64() {
		return garbage("header number %v", full.Number)
	}
	n := full.Number.Uint64()
	if got := full.Hash(); got != *claimed.Hash {
		return garbage("header %d: fields hash to %s, not to the claimed %s", n, got.TerminalString(), claimed.Hash.TerminalString())
	}
	h.Header = Header{Number: n, Hash: *claimed.Hash, ParentHash: full.ParentHash, Time: full.Time,
		Bloom: full.Bloom, ReceiptsRoot: full.ReceiptHash}
	return nil
}

// headerOf checks that h answers a request for block n.
func headerOf(h *rawHeader, n uint64) (Header, error) {
	if h == nil {
		return Header{}, fmt.Errorf("block %d not found (endpoint behind)", n)
	}
	if h.Number != n {
		return Header{}, garbage("asked block %d, got %d", n, h.Number)
	}
	return h.Header, nil
}
