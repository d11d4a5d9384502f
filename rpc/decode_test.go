package rpc

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
)

// logsJSON is an eth_getLogs answer of n ERC-20 Transfer logs, as nodes encode it.
func logsJSON(n int) []byte {
	var b strings.Builder
	b.WriteByte('[')
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"address":"0x7000000000000000000000000000000000000001","topics":["0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef","0x0000000000000000000000007e00000000000000000000000000000000000001","0x00000000000000000000000010000000000000000000000000000000000%05x"],"data":"0x00000000000000000000000000000000000000000000000000000000000003e8","blockNumber":"0x%x","transactionHash":"0x%064x","transactionIndex":"0x%x","blockHash":"0x%064x","logIndex":"0x%x","removed":false}`,
			i, 100+i/100, i, i/2, 100+i/100, i%100)
	}
	b.WriteByte(']')
	return []byte(b.String())
}

func TestDecodeLogs(t *testing.T) {
	logs, err := decodeLogs(logsJSON(3))
	if err != nil || len(logs) != 3 || logs[2].Index != 2 || logs[1].Topics[2][31] != 1 || logs[0].Data[31] != 0xe8 {
		t.Fatalf("%+v %v", logs, err)
	}
	if logs, err := decodeLogs([]byte("null")); err != nil || logs != nil {
		t.Fatalf("null: %v %v", logs, err)
	}
	if _, err := decodeLogs([]byte(`[{"address":"0x12`)); err == nil {
		t.Fatal("truncated JSON decoded")
	}
}

func BenchmarkDecodeLogs(b *testing.B) {
	raw := logsJSON(1000)
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := decodeLogs(raw); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*1000), "ns/log")
}

// FuzzDecodeLogs checks the fast decoder against encoding/json: whatever encoding/json makes of
// an input, decodeLogs makes the same, and what encoding/json refuses is refused.
func FuzzDecodeLogs(f *testing.F) {
	f.Add(logsJSON(2))
	f.Add([]byte(`[]`))
	f.Add([]byte(strings.Replace(string(logsJSON(1)), `"logIndex":"0x0"`, `"logIndex":"0x00"`, 1)))
	f.Add([]byte(`[{"address":"0x7000000000000000000000000000000000000001","topics":[],"data":"0x","transactionHash":"0x0000000000000000000000000000000000000000000000000000000000000001","blockTimestamp":"0x5"}]`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		var want []types.Log
		wantErr := json.Unmarshal(raw, &want)
		got, err := decodeLogs(raw)
		if (err == nil) != (wantErr == nil) {
			t.Fatalf("decodeLogs err %v, encoding/json err %v", err, wantErr)
		}
		if err == nil && !reflect.DeepEqual(normal(got), normal(want)) {
			t.Fatalf("decodeLogs %+v, encoding/json %+v", got, want)
		}
	})
}

func normal(ls []types.Log) []types.Log {
	if len(ls) == 0 {
		return nil
	}
	for i := range ls {
		if len(ls[i].Topics) == 0 {
			ls[i].Topics = nil
		}
		if len(ls[i].Data) == 0 {
			ls[i].Data = nil
		}
	}
	return ls
}
