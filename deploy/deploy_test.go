// Package deploy holds the operator artefacts (alert rules, dashboard, manifests); its tests
// check them with the tools operators use.
package deploy

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// promtool finds promtool: $DIDX_PROMTOOL, then ../bin (where `make tools` puts it), then PATH.
func promtool(t *testing.T) string {
	t.Helper()
	for _, p := range []string{os.Getenv("DIDX_PROMTOOL"), "../bin/promtool"} {
		if p != "" {
			if _, err := os.Stat(p); err == nil {
				return p
			}
		}
	}
	if p, err := exec.LookPath("promtool"); err == nil {
		return p
	}
	t.Fatal("promtool not found: run `make tools` (installs the pinned promtool into bin/) or set DIDX_PROMTOOL")
	return ""
}

func TestAlertRules(t *testing.T) {
	bin := promtool(t)
	for _, args := range [][]string{
		{"check", "rules", "prometheus/didx-rules.yml"},
		{"test", "rules", "prometheus/didx-rules.test.yml"},
	} {
		out, err := exec.Command(bin, args...).CombinedOutput()
		if err != nil {
			t.Fatalf("promtool %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
}

// TestEveryAlertIsTested checks that each rule has a runbook and fires in some rule test.
func TestEveryAlertIsTested(t *testing.T) {
	var rules struct {
		Groups []struct {
			Rules []struct {
				Alert       string            `yaml:"alert"`
				Annotations map[string]string `yaml:"annotations"`
			} `yaml:"rules"`
		} `yaml:"groups"`
	}
	readYAML(t, "prometheus/didx-rules.yml", &rules)
	tests, err := os.ReadFile("prometheus/didx-rules.test.yml")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rules.Groups[0].Rules {
		if r.Annotations["runbook"] == "" {
			t.Errorf("%s has no runbook annotation", r.Alert)
		}
		if !bytes.Contains(tests, []byte("alertname: "+r.Alert+"\n        exp_alerts:\n          - exp_labels")) {
			t.Errorf("%s is never tested firing", r.Alert)
		}
	}
}

func TestDashboardParses(t *testing.T) {
	data, err := os.ReadFile("grafana/didx.json")
	if err != nil {
		t.Fatal(err)
	}
	var d struct {
		Panels []struct {
			Title   string `json:"title"`
			Targets []struct {
				Expr string `json:"expr"`
			} `json:"targets"`
		} `json:"panels"`
	}
	if err := json.Unmarshal(data, &d); err != nil {
		t.Fatal(err)
	}
	for _, p := range d.Panels {
		if len(p.Targets) == 0 || p.Targets[0].Expr == "" {
			t.Errorf("panel %q queries nothing", p.Title)
		}
	}
}

// TestSidecarManifest parses every document and checks the didx container's probes point at
// its real health paths and port, and that its database URL comes from a Secret.
func TestSidecarManifest(t *testing.T) {
	f, err := os.Open(filepath.Join("kubernetes", "didx-sidecar.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	dec := yaml.NewDecoder(f)
	var found bool
	for {
		var doc map[string]any
		if err := dec.Decode(&doc); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		if doc["kind"] != "Deployment" {
			continue
		}
		var d struct {
			Spec struct {
				Template struct {
					Metadata struct {
						Annotations map[string]string `yaml:"annotations"`
					} `yaml:"metadata"`
					Spec struct {
						Containers []struct {
							Name  string `yaml:"name"`
							Ports []struct {
								ContainerPort int `yaml:"containerPort"`
							} `yaml:"ports"`
							Env []struct {
								Name      string         `yaml:"name"`
								ValueFrom map[string]any `yaml:"valueFrom"`
							} `yaml:"env"`
							Liveness  probe `yaml:"livenessProbe"`
							Readiness probe `yaml:"readinessProbe"`
						} `yaml:"containers"`
					} `yaml:"spec"`
				} `yaml:"template"`
			} `yaml:"spec"`
		}
		b, _ := yaml.Marshal(doc)
		if err := yaml.Unmarshal(b, &d); err != nil {
			t.Fatal(err)
		}
		ann := d.Spec.Template.Metadata.Annotations
		if ann["prometheus.io/scrape"] != "true" || ann["prometheus.io/path"] != "/metrics" || ann["prometheus.io/port"] != "9464" {
			t.Errorf("scrape annotations %v", ann)
		}
		for _, c := range d.Spec.Template.Spec.Containers {
			if c.Name != "didx" {
				continue
			}
			found = true
			if c.Liveness.HTTPGet.Path != "/healthz" || c.Readiness.HTTPGet.Path != "/readyz" {
				t.Errorf("probes at %q and %q", c.Liveness.HTTPGet.Path, c.Readiness.HTTPGet.Path)
			}
			if c.Liveness.HTTPGet.Port != 9464 || c.Readiness.HTTPGet.Port != 9464 || c.Ports[0].ContainerPort != 9464 {
				t.Error("probes or port do not match http.listen's 9464")
			}
			secret := false
			for _, e := range c.Env {
				if e.Name == "DIDX_DATABASE_URL" && e.ValueFrom["secretKeyRef"] != nil {
					secret = true
				}
			}
			if !secret {
				t.Error("DIDX_DATABASE_URL does not come from a Secret")
			}
		}
	}
	if !found {
		t.Fatal("no didx container in a Deployment")
	}
}

type probe struct {
	HTTPGet struct {
		Path string `yaml:"path"`
		Port int    `yaml:"port"`
	} `yaml:"httpGet"`
}

func TestDockerfileIsMultiStage(t *testing.T) {
	data, err := os.ReadFile("Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(data), "\nFROM ") + strings.Count(string(data[:5]), "FROM "); n < 2 ||
		!strings.Contains(string(data), "CGO_ENABLED=0") {
		t.Fatal("Dockerfile is not a multi-stage build of a static binary")
	}
}

func readYAML(t *testing.T, path string, v any) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(data, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}
