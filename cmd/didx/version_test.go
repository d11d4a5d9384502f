package main

import (
	"encoding/json"
	"runtime"
	"strings"
	"testing"
)

// TestVersion: `didx version` names the build, in text and as one JSON object.
func TestVersion(t *testing.T) {
	out, err := didx("version").Output()
	if err != nil || !strings.HasPrefix(string(out), "didx ") || !strings.Contains(string(out), runtime.Version()) {
		t.Fatalf("didx version: %v\n%s", err, out)
	}
	out, err = didx("version", "--json").Output()
	var b struct {
		Version   string `json:"version"`
		Commit    string `json:"commit"`
		GoVersion string `json:"go_version"`
	}
	if err != nil || json.Unmarshal(out, &b) != nil || b.Version == "" || b.Commit == "" || b.GoVersion != runtime.Version() {
		t.Fatalf("didx version --json: %v\n%s", err, out)
	}
}
