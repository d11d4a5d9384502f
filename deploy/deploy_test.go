// Package deploy holds the operator artefacts (alert rules, dashboard, manifests); its tests
// check them with the tools operators use.
package deploy

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

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

// TestDockerfile checks the image: a multi-stage build of a static production binary (no
// embedded dev environment), stamped with its version, run as a numeric non-root user.
func TestDockerfile(t *testing.T) {
	data := readFile(t, "Dockerfile")
	for _, want := range []string{"CGO_ENABLED=0", "-tags nodev", "indexer.version=${VERSION}", "indexer.commit=${COMMIT}",
		"org.opencontainers.image.revision", "\nUSER 65532:65532\n"} {
		if !strings.Contains(data, want) {
			t.Errorf("Dockerfile lacks %q", want)
		}
	}
	if strings.Count(data, "\nFROM ") < 2 {
		t.Error("Dockerfile is not a multi-stage build")
	}
	if !strings.Contains(readFile(t, "../.dockerignore"), ".git") {
		t.Error(".dockerignore does not keep .git out of the build context")
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
