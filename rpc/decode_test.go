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

// headerJSON is an eth_getBlockByNumber answer as geth sends it, with transaction hashes and
// post-merge fields the indexer does not keep.
var headerJSON = `{"baseFeePerGas":"0x3b9aca00","difficulty":"0x0","extraData":"0x","gasLimit":"0x1c9c380","gasUsed":"0x5208",
"hash":"0x88e96d4537bea4d9c05d12549907b32561d3bf31f45aae734cdc119f13406cb6","logsBloom":"0x` + bloomHex + `",
"miner":"0x0000000000000000000000000000000000000000","mixHash":"0x0000000000000000000000000000000000000000000000000000000000000000",
"nonce":"0x0000000000000000","number":"0x1b4","parentHash":"0xd4e56740f876aef8c010b86a40d5f56745a118d0906a34e69aec8c0db1cb8fa3",
"receiptsRoot":"0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421","sha3Uncles":"0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347",
"size":"0x220","stateRoot":"0xd7f8974fb5ac78d9ac099b9ad5018bedc2ce0a72dad1827a1709da30580f0544","timestamp":"0x55ba467c",
"transactions":["0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060","0xbb9bc244d798123fde783fcc1c72d3bb8c189413"],
"transactionsRoot":"0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421","uncles":[],"withdrawals":[{"index":"0x1","amount":"0x2"}],
"withdrawalsRoot":"0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421"}`

var bloomHex = strings.Repeat("00", 255) + "80"

func TestDecodeHeader(t *testing.T) {
	d := scanner{b: []byte(headerJSON)}
	h, err := d.header()
	if err != nil || !d.end() {
		t.Fatalf("header: %v", err)
	}
	var want rawHeader
	if err := json.Unmarshal([]byte(headerJSON), &want); err != nil {
		t.Fatal(err)
	}
	if *h != want || h.Number != 0x1b4 || h.Bloom[255] != 0x80 {
		t.Fatalf("scanner %+v, encoding/json %+v", h, want)
	}
	for _, raw := range []string{`null`, `{"number":"0x1"}`, `{"number":"0x01","hash":"0x00"}`} {
		d := scanner{b: []byte(raw)}
		if h, err := d.header(); raw == "null" && (h != nil || err != nil) || raw != "null" && err == nil {
			t.Fatalf("%s: %+v %v", raw, h, err)
		}
	}
}

// FuzzDecodeHeader checks the header scanner against encoding/json: whenever the scanner
// accepts an answer, encoding/json accepts it too and makes the same header of it.
func FuzzDecodeHeader(f *testing.F) {
	f.Add([]byte(headerJSON))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		d := scanner{b: raw}
		h, err := d.header()
		if err != nil || !d.end() {
			return
		}
		var want *rawHeader
		if err := json.Unmarshal(raw, &want); err != nil {
			t.Fatalf("scanner accepted what encoding/json refuses: %v", err)
		}
		if (h == nil) != (want == nil) || h != nil && *h != *want {
			t.Fatalf("scanner %+v, encoding/json %+v", h, want)
		}
	})
}
