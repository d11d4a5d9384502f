package rpc

import (
	"encoding/json"

	"github.com/ethereum/go-ethereum/core/types"
)

// decodeLogs decodes an eth_getLogs result.
func decodeLogs(raw json.RawMessage) ([]types.Log, error) {
	var logs []types.Log
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	if err := json.Unmarshal(raw, &logs); err != nil {
		return nil, err
	}
	return logs, nil
}
