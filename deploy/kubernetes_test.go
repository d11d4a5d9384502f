package deploy

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	monitoringv1 "github.com/prometheus-operator/prometheus-operator/pkg/apis/monitoring/v1"
	appsv1 "k8s.io/api/apps/v1"
	corev1 "k8s.io/api/core/v1"
	policyv1 "k8s.io/api/policy/v1"
	"k8s.io/apimachinery/pkg/api/resource"
	"k8s.io/apimachinery/pkg/labels"
	"sigs.k8s.io/kustomize/api/krusty"
	"sigs.k8s.io/kustomize/kyaml/filesys"
	"sigs.k8s.io/yaml"

	"github.com/didx/didx/indexer"
)

var update = flag.Bool("update", false, "rewrite kubernetes/prometheusrule.yaml from prometheus/didx-rules.yml")

// base is the kustomize base, built as `kubectl apply -k` would and decoded strictly into the
// Kubernetes and Prometheus Operator Go types: a misspelt or misplaced field fails here.
type base struct {
	deployment appsv1.Deployment
	pdb        policyv1.PodDisruptionBudget
	monitor    monitoringv1.PodMonitor
	rule       monitoringv1.PrometheusRule
	config     corev1.ConfigMap
}

func buildBase(t *testing.T) base {
	t.Helper()
	res, err := krusty.MakeKustomizer(krusty.MakeDefaultOptions()).Run(filesys.MakeFsOnDisk(), "kubernetes")
	if err != nil {
		t.Fatalf("kustomize build: %v", err)
	}
	var b base
	seen := map[string]int{}
	for _, r := range res.Resources() {
		data, err := r.AsYAML()
		if err != nil {
			t.Fatal(err)
		}
		var into any
		switch r.GetKind() {
		case "Deployment":
			into = &b.deployment
		case "PodDisruptionBudget":
			into = &b.pdb
		case "PodMonitor":
			into = &b.monitor
		case "PrometheusRule":
			into = &b.rule
		case "ConfigMap":
			into = &b.config
		default:
			t.Fatalf("unexpected %s in the base", r.GetKind())
		}
		if err := yaml.UnmarshalStrict(data, into); err != nil {
			t.Fatalf("%s %s: %v", r.GetKind(), r.GetName(), err)
		}
		seen[r.GetKind()]++
	}
	for _, k := range []string{"Deployment", "PodDisruptionBudget", "PodMonitor", "PrometheusRule", "ConfigMap"} {
		if seen[k] != 1 {
			t.Fatalf("the base has %d %s, want 1", seen[k], k)
		}
	}
	return b
}

// TestKustomizeBase checks the hardened sidecar: numeric non-root user matching the image,
// read-only root, no capabilities, resources and GOMEMLIMIT below the limit, startup, liveness
// and readiness probes on the real paths and port, secrets from a Secret, and a PDB and a
// PodMonitor that select the pods.
func TestKustomizeBase(t *testing.T) {
	b := buildBase(t)
	pod := b.deployment.Spec.Template
	var c *corev1.Container
	for i := range pod.Spec.Containers {
		if pod.Spec.Containers[i].Name == "didx" {
			c = &pod.Spec.Containers[i]
		}
	}
	if c == nil {
		t.Fatal("no didx container")
	}
	psc := pod.Spec.SecurityContext
	if psc == nil || psc.RunAsNonRoot == nil || !*psc.RunAsNonRoot || psc.RunAsUser == nil || *psc.RunAsUser == 0 {
		t.Fatalf("pod security context %+v: want runAsNonRoot with a numeric non-zero runAsUser", psc)
	}
	if !strings.Contains(readFile(t, "Dockerfile"), "USER "+itoa(*psc.RunAsUser)+":") {
		t.Errorf("the image's USER is not the manifest's runAsUser %d", *psc.RunAsUser)
	}
	sc := c.SecurityContext
	if sc == nil || sc.ReadOnlyRootFilesystem == nil || !*sc.ReadOnlyRootFilesystem ||
		sc.AllowPrivilegeEscalation == nil || *sc.AllowPrivilegeEscalation ||
		sc.Capabilities == nil || len(sc.Capabilities.Drop) != 1 || sc.Capabilities.Drop[0] != "ALL" {
		t.Errorf("didx container security context %+v", sc)
	}
	limit, ok := c.Resources.Limits[corev1.ResourceMemory]
	if !ok || c.Resources.Requests.Cpu().IsZero() {
		t.Fatalf("resources %+v: want a memory limit and a CPU request", c.Resources)
	}
	env := map[string]corev1.EnvVar{}
	for _, e := range c.Env {
		env[e.Name] = e
	}
	gomem, err := resource.ParseQuantity(strings.TrimSuffix(env["GOMEMLIMIT"].Value, "B"))
	if err != nil || gomem.Cmp(limit) >= 0 || gomem.Value() < limit.Value()*3/4 {
		t.Errorf("GOMEMLIMIT %q: want 75-100%% of the memory limit %s (%v)", env["GOMEMLIMIT"].Value, limit.String(), err)
	}
	for _, name := range []string{"DIDX_DATABASE_URL", "DIDX_PROVIDER_KEY"} {
		if e := env[name]; e.ValueFrom == nil || e.ValueFrom.SecretKeyRef == nil {
			t.Errorf("%s does not come from a Secret", name)
		}
	}
	port := c.Ports[0]
	for name, p := range map[string]*corev1.Probe{"startup": c.StartupProbe, "liveness": c.LivenessProbe, "readiness": c.ReadinessProbe} {
		want := "/healthz"
		if name == "readiness" {
			want = "/readyz"
		}
		if p == nil || p.HTTPGet == nil || p.HTTPGet.Path != want || p.HTTPGet.Port.String() != port.Name {
			t.Errorf("%s probe %+v: want %s on port %s", name, p, want, port.Name)
		}
	}
	if s := c.StartupProbe; s != nil && s.PeriodSeconds*s.FailureThreshold < 60 {
		t.Errorf("the startup probe gives %ds, want at least a minute", s.PeriodSeconds*s.FailureThreshold)
	}
	podLabels := labels.Set(pod.Labels)
	if sel := b.pdb.Spec.Selector; sel == nil || !labels.SelectorFromSet(sel.MatchLabels).Matches(podLabels) ||
		b.pdb.Spec.MaxUnavailable == nil {
		t.Errorf("PDB %+v does not bound the pods %v", b.pdb.Spec, pod.Labels)
	}
	if !labels.SelectorFromSet(b.monitor.Spec.Selector.MatchLabels).Matches(podLabels) ||
		len(b.monitor.Spec.PodMetricsEndpoints) != 1 || b.monitor.Spec.PodMetricsEndpoints[0].Port == nil ||
		*b.monitor.Spec.PodMetricsEndpoints[0].Port != port.Name {
		t.Errorf("PodMonitor %+v does not scrape the didx port of the pods", b.monitor.Spec)
	}
	if a := pod.Annotations; a["prometheus.io/port"] != itoa(int64(port.ContainerPort)) || a["prometheus.io/path"] != "/metrics" {
		t.Errorf("scrape annotations %v", a)
	}

	cfgFile := filepath.Join(t.TempDir(), "didx.yaml")
	if err := os.WriteFile(cfgFile, []byte(b.config.Data["didx.yaml"]), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, err := indexer.LoadConfig(cfgFile, func(k string) string {
		return map[string]string{"DIDX_DATABASE_URL": "postgres://didx:pw@db/didx", "DIDX_PROVIDER_KEY": "k"}[k]
	})
	if err != nil {
		t.Fatalf("the shipped didx.yaml: %v", err)
	}
	if _, p, _ := strings.Cut(cfg.HTTP.Listen, ":"); p != itoa(int64(port.ContainerPort)) {
		t.Errorf("http.listen %s is not the container port %d", cfg.HTTP.Listen, port.ContainerPort)
	}
}

// TestPrometheusRuleMatchesRules keeps the PrometheusRule a copy of the plain rule file, which
// is what the rule tests run on. Run with -update to regenerate it.
func TestPrometheusRuleMatchesRules(t *testing.T) {
	rules := readFile(t, "prometheus/didx-rules.yml")
	i := strings.Index(rules, "\ngroups:\n")
	if i < 0 {
		t.Fatal("didx-rules.yml has no groups")
	}
	var want bytes.Buffer
	want.WriteString("# Generated from ../prometheus/didx-rules.yml by `go test ./deploy -run TestPrometheusRuleMatchesRules -update`.\n")
	want.WriteString("apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata:\n  name: didx\nspec:\n")
	for _, line := range strings.SplitAfter(rules[i+1:], "\n") {
		if strings.TrimSpace(line) != "" {
			want.WriteString("  ")
		}
		want.WriteString(line)
	}
	path := filepath.Join("kubernetes", "prometheusrule.yaml")
	if *update {
		if err := os.WriteFile(path, want.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if got := readFile(t, path); got != want.String() {
		t.Fatalf("%s differs from prometheus/didx-rules.yml: run go test ./deploy -run TestPrometheusRuleMatchesRules -update", path)
	}
	var plain struct {
		Groups []monitoringv1.RuleGroup `json:"groups"`
	}
	if err := yaml.UnmarshalStrict([]byte(rules), &plain); err != nil {
		t.Fatal(err)
	}
	if b := buildBase(t); !reflect.DeepEqual(b.rule.Spec.Groups, plain.Groups) {
		t.Fatal("the built PrometheusRule's groups differ from didx-rules.yml")
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func itoa(n int64) string { return resource.NewQuantity(n, resource.DecimalSI).String() }
