package indexer_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"github.com/didx/didx/indexer"
	"github.com/didx/didx/internal/testenv"
)

func get(t *testing.T, svc *indexer.Service, path string) (int, string) {
	t.Helper()
	resp, err := http.Get(fmt.Sprintf("http://%s%s", svc.Addr(), path))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

// waitReady polls path until it answers code with a body containing want.
func waitReady(t *testing.T, svc *indexer.Service, path string, code int, want string) {
	t.Helper()
	testenv.Eventually(t, 30*time.Second, func() error {
		got, body := get(t, svc, path)
		if got != code || !strings.Contains(body, want) {
			return fmt.Errorf("%s %d %s, want %d with %q", path, got, body, code, want)
		}
		return nil
	})
}

// TestHTTPEndpoints drives a running sidecar through healthy, lagging, database down and RPC
// down, checking /healthz, /readyz (this process: ready through lag and RPC trouble),
// /readyz?lag=1 (the chains) and /status each time.
func TestHTTPEndpoints(t *testing.T) {
	h := newHarness(t, 1)
	ctx := context.Background()
	if err := h.act.Blocks(ctx, 10, 2); err != nil {
		t.Fatal(err)
	}
	rpcProxy := testenv.NewProxy(t, h.chain.URL)
	h.endpoints = []string{rpcProxy.URL}
	u, _ := url.Parse(h.db)
	dbProxy := testenv.NewTCPProxy(t, u.Host)
	u.Host = dbProxy.Addr
	h.db = u.String()
	svc, _ := h.run(h.config("    readiness_lag: 5\n"))

	// Healthy.
	h.waitSynced(30 * time.Second)
	waitReady(t, svc, "/readyz?lag=1", 200, `"state": "healthy"`)
	waitReady(t, svc, "/readyz", 200, `"readiness": "process"`)
	if code, _ := get(t, svc, "/healthz"); code != 200 {
		t.Fatalf("/healthz %d", code)
	}
	_, body := get(t, svc, "/status")
	var st struct {
		Chains []map[string]any `json:"chains"`
	}
	if err := json.Unmarshal([]byte(body), &st); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"id", "head", "indexed", "lag", "finalized"} {
		if _, ok := st.Chains[0][k]; !ok {
			t.Fatalf("/status lacks %q: %s", k, body)
		}
	}

	// Lagging: the endpoint answers too slowly for the chain.
	rpcProxy.Set(testenv.Fault{Delay: 3 * time.Second})
	if err := h.act.Blocks(ctx, 12, 1); err != nil {
		t.Fatal(err)
	}
	waitReady(t, svc, "/readyz?lag=1", 503, "lag above readiness_lag")
	waitReady(t, svc, "/readyz", 200, "lag above readiness_lag")
	rpcProxy.Set(testenv.Fault{})
	h.waitSynced(30 * time.Second)
	waitReady(t, svc, "/readyz?lag=1", 200, `"ready": true`)

	// RPC down.
	rpcProxy.Set(testenv.Fault{Down: true})
	waitReady(t, svc, "/readyz?lag=1", 503, "no RPC endpoint reachable")
	waitReady(t, svc, "/readyz", 200, "no RPC endpoint reachable")
	rpcProxy.Set(testenv.Fault{})
	waitReady(t, svc, "/readyz?lag=1", 200, `"ready": true`)

	// Database down: not ready, but alive.
	dbProxy.Down()
	waitReady(t, svc, "/readyz", 503, "database unreachable")
	if code, _ := get(t, svc, "/healthz"); code != 200 {
		t.Fatalf("/healthz %d while the database is down", code)
	}
	dbProxy.Up(t, "")
	if err := h.act.Blocks(ctx, 2, 1); err != nil {
		t.Fatal(err)
	}
	h.waitSynced(30 * time.Second)
	waitReady(t, svc, "/readyz", 200, `"ready": true`)
}

// specMetrics are the metrics ../shared/spec names, with their types and labels.
var specMetrics = map[string]struct {
	typ    dto.MetricType
	labels []string
}{
	"didx_chain_head_block":          {dto.MetricType_GAUGE, []string{"chain"}},
	"didx_indexed_block":             {dto.MetricType_GAUGE, []string{"chain"}},
	"didx_block_lag":                 {dto.MetricType_GAUGE, []string{"chain"}},
	"didx_indexed_block_age_seconds": {dto.MetricType_GAUGE, []string{"chain"}},
	"didx_reorgs_total":              {dto.MetricType_COUNTER, []string{"chain"}},
	"didx_rpc_requests_total":        {dto.MetricType_COUNTER, []string{"chain", "endpoint", "method", "outcome"}},
	"didx_rpc_endpoint_up":           {dto.MetricType_GAUGE, []string{"chain", "endpoint"}},
	"didx_handler_errors_total":      {dto.MetricType_COUNTER, []string{"chain", "handler"}},
	"didx_backfill_remaining_blocks": {dto.MetricType_GAUGE, []string{"chain"}},
	"didx_lease_held":                {dto.MetricType_GAUGE, []string{"chain"}},
	"didx_build_info":                {dto.MetricType_GAUGE, []string{"version", "commit", "goversion"}},
}

// TestMetricsExported scrapes a sidecar that has just started: every metric of the spec is
// there with its type and labels, and so is every metric the shipped alert rules and dashboard
// query and the README names.
func TestMetricsExported(t *testing.T) {
	h := newHarness(t, 1)
	h.endpoints = []string{testenv.NewProxy(t, h.chain.URL).URL}
	svc, _ := h.run(h.config(""))
	waitReady(t, svc, "/readyz", 200, `"ready": true`)
	_, body := get(t, svc, "/metrics")
	parser := expfmt.NewTextParser(model.LegacyValidation)
	families, err := parser.TextToMetricFamilies(strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range specMetrics {
		f, ok := families[name]
		if !ok {
			t.Errorf("%s is not exported", name)
			continue
		}
		if f.GetType() != want.typ {
			t.Errorf("%s is a %s, want %s", name, f.GetType(), want.typ)
		}
		for _, m := range f.GetMetric() {
			var labels []string
			for _, l := range m.GetLabel() {
				labels = append(labels, l.GetName())
			}
			sort.Strings(labels)
			exp := slices.Clone(want.labels)
			sort.Strings(exp)
			if !slices.Equal(labels, exp) {
				t.Errorf("%s has labels %v, want %v", name, labels, exp)
			}
		}
	}
	// The rebuild's shadow schema and the chains' partitions, named in the README.
	notMetrics := map[string]bool{"didx_rebuild": true, "didx_part": true}
	for _, artefact := range []string{"../deploy/prometheus/didx-rules.yml", "../deploy/grafana/didx.json", "../README.md"} {
		text, err := os.ReadFile(artefact)
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range regexp.MustCompile(`didx_[a-z_]+`).FindAllString(string(text), -1) {
			base := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(name, "_bucket"), "_sum"), "_count")
			if _, ok := families[base]; !ok && !notMetrics[name] {
				t.Errorf("%s names %s, which didx does not export", artefact, name)
			}
		}
	}
}
