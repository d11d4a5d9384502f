package indexer_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/didx/didx/indexer"
	"github.com/didx/didx/internal/testenv"
)

// TestEndpointFaults runs indexing with misbehaving endpoints in front of the real chain:
// each time indexing completes and the final state is exact.
func TestEndpointFaults(t *testing.T) {
	slowCatchUp := "    fetch:\n      range: 2\n      max_range: 2\n      concurrency: 2\n      commit_window: 100ms\n"
	slow := testenv.Fault{Delay: 40 * time.Millisecond}
	cases := []struct {
		name   string
		faults []testenv.Fault
		extra  string
		// blocks is the backlog to catch up on, 40 unless the fault needs a longer one.
		blocks int
		// during, when set, runs once catch-up is under way.
		during func(p []*testenv.Proxy)
		// steady: the faults only ask didx to slow down, so no indexing cycle may fail.
		steady bool
	}{
		{name: "one down from the start", faults: []testenv.Fault{{Down: true}, {}}},
		{name: "one dies mid catch-up", faults: []testenv.Fault{slow, slow}, extra: slowCatchUp, blocks: 100,
			during: func(p []*testenv.Proxy) { p[0].Set(testenv.Fault{Down: true}) }},
		{name: "429 storm", faults: []testenv.Fault{{RateLimit: 0.7}, {RateLimit: 0.7}}, steady: true},
		{name: "slow endpoint", faults: []testenv.Fault{{Delay: 2 * time.Second}, {}}},
		{name: "lagging endpoint", faults: []testenv.Fault{{LagBlocks: 60}, {}}, blocks: 100},
		{name: "empty logs", faults: []testenv.Fault{{EmptyLogs: true}, {}}},
		{name: "malformed JSON", faults: []testenv.Fault{{Malformed: true}, {}}},
		{name: "too many results", faults: []testenv.Fault{{MaxResults: 25}, {MaxResults: 25}}},
		{name: "too many results, suggested range", faults: []testenv.Fault{{MaxResults: 25, SuggestRange: true}, {MaxResults: 25, SuggestRange: true}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, 2)
			blocks := c.blocks
			if blocks == 0 {
				blocks = 40
			}
			if err := h.act.Blocks(context.Background(), blocks, 5); err != nil {
				t.Fatal(err)
			}
			proxies := make([]*testenv.Proxy, len(c.faults))
			h.endpoints = nil
			for i, f := range c.faults {
				proxies[i] = testenv.NewProxy(t, h.chain.URL)
				proxies[i].Set(f)
				h.endpoints = append(h.endpoints, proxies[i].URL)
			}
			start := time.Now()
			var logs testenv.Buffer
			h.run(h.config(c.extra), func(o *indexer.ServiceOptions) {
				o.Log = zerolog.New(io.MultiWriter(zerolog.NewTestWriter(t), &logs)).Level(zerolog.InfoLevel)
			})
			if c.during != nil {
				testenv.Eventually(t, 30*time.Second, func() error {
					if n, _, _ := testenv.Checkpoint(t, h.db, 1337); n < 20 {
						return fmt.Errorf("checkpoint %d", n)
					}
					return nil
				})
				c.during(proxies)
				if n, _, _ := testenv.Checkpoint(t, h.db, 1337); n >= h.head() {
					t.Fatalf("the fault came after catch-up (checkpoint %d); the test proves nothing", n)
				}
			}
			cp := h.waitSynced(2 * time.Minute)
			failed := grep(logs.String(), `"message":"indexing failed"`)
			t.Logf("indexed %d blocks in %s", cp, time.Since(start).Round(time.Millisecond))
			if c.steady && failed != "" {
				t.Errorf("indexing cycles failed on endpoints that only asked to slow down:\n%s", failed)
			}
		})
	}
}

// TestNoSecretsShown gives an endpoint an API key in its path and query, makes it fail, and
// searches logs, metrics, /status and `didx status`'s report for the key.
func TestNoSecretsShown(t *testing.T) {
	h := newHarness(t, 1)
	if err := h.act.Blocks(context.Background(), 10, 3); err != nil {
		t.Fatal(err)
	}
	bad := testenv.NewProxy(t, h.chain.URL)
	good := testenv.NewProxy(t, h.chain.URL)
	h.endpoints = []string{bad.URL + "/v3/sk_live_SECRETPATH?apikey=SECRETQUERY", good.URL + "/key/SECRETTOO"}
	cfgText := strings.ReplaceAll(h.yaml(""), "        name: ep0\n", "")
	cfgText = strings.ReplaceAll(cfgText, "        name: ep1\n", "")
	cfg, err := indexer.ParseConfig("test.yaml", []byte(cfgText), func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	var logs testenv.Buffer
	svc, _ := h.run(cfg, func(o *indexer.ServiceOptions) { o.Log = zerolog.New(&logs).Level(zerolog.DebugLevel) })
	h.waitSynced(30 * time.Second)
	bad.Set(testenv.Fault{Malformed: true})
	if err := h.act.Blocks(context.Background(), 3, 2); err != nil {
		t.Fatal(err)
	}
	h.waitSynced(30 * time.Second)
	bad.Set(testenv.Fault{Down: true})
	if err := h.act.Blocks(context.Background(), 3, 2); err != nil {
		t.Fatal(err)
	}
	h.waitSynced(30 * time.Second)
	testenv.Eventually(t, 10*time.Second, func() error {
		if !strings.Contains(logs.String(), "endpoint not answering") {
			return fmt.Errorf("the down endpoint was not logged yet")
		}
		return nil
	})

	seen := map[string]string{"logs": logs.String()}
	for _, path := range []string{"/metrics", "/status", "/readyz"} {
		resp, err := http.Get(fmt.Sprintf("http://%s%s", svc.Addr(), path))
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		seen[path] = string(body)
	}
	rep, err := indexer.Inspect(context.Background(), cfg, svc.Store(), nil)
	if err != nil {
		t.Fatal(err)
	}
	seen["didx status"] = fmt.Sprintf("%+v", rep)
	if !strings.Contains(seen["/metrics"], `endpoint="`+strings.TrimPrefix(bad.URL, "http://")+`"`) {
		t.Fatalf("metrics do not name the endpoint by host:port:\n%s", grep(seen["/metrics"], "didx_rpc_endpoint_up"))
	}
	if !strings.Contains(seen["logs"], "endpoint") {
		t.Fatal("the failing endpoint was never logged; the search proves nothing")
	}
	for where, text := range seen {
		for _, secret := range []string{"SECRET", "sk_live", "apikey"} {
			if strings.Contains(text, secret) {
				t.Errorf("%s shows %q:\n%s", where, secret, grep(text, secret))
			}
		}
	}
}

// TestEndpointHeaders: an endpoint's configured headers, with ${NAME} from the environment,
// go with every request, batches and single calls alike: the endpoint refuses any without.
func TestEndpointHeaders(t *testing.T) {
	h := newHarness(t, 1)
	if err := h.act.Blocks(context.Background(), 5, 2); err != nil {
		t.Fatal(err)
	}
	p := testenv.NewProxy(t, h.chain.URL)
	p.Set(testenv.Fault{Authorization: "Bearer s3cret"})
	h.endpoints = []string{p.URL}
	yaml := strings.Replace(h.yaml(""), "name: ep0\n", "name: ep0\n        headers:\n          Authorization: Bearer ${PROVIDER_TOKEN}\n", 1)
	cfg, err := indexer.ParseConfig("test.yaml", []byte(yaml), func(k string) string { return map[string]string{"PROVIDER_TOKEN": "s3cret"}[k] })
	if err != nil {
		t.Fatal(err)
	}
	h.run(cfg)
	h.waitSynced(30 * time.Second)
}

func grep(text, s string) string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if strings.Contains(l, s) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
