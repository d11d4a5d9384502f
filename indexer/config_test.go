package indexer

import (
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"
)

const minimal = `database:
  url: postgres://didx@db/didx
chains:
  - id: %ID%
    rpc:
      - url: https://node.example/v3/KEY
    contracts:
      - kind: erc20
        address: "0x5FbDB2315678afecb367f032d93F642f64180aa3"
`

func parse(t *testing.T, yaml string, env map[string]string) (*Config, error) {
	t.Helper()
	return ParseConfig("didx.yaml", []byte(yaml), func(k string) string { return env[k] })
}

func TestConfigDefaults(t *testing.T) {
	cases := []struct {
		id    string
		tag   string
		depth uint64
	}{
		{"1", "finalized", 0},
		{"137", "", 256},
		{"1337", "", 64},
	}
	for _, c := range cases {
		cfg, err := parse(t, strings.Replace(minimal, "%ID%", c.id, 1), map[string]string{"DIDX_INSTANCE": "eu-1"})
		if err != nil {
			t.Fatal(err)
		}
		ch := cfg.Chains[0]
		if ch.Finality.Tag != c.tag || ch.Finality.Depth != c.depth {
			t.Errorf("chain %s: finality %+v", c.id, ch.Finality)
		}
		if cfg.Instance != "eu-1" || cfg.HTTP.Listen != Defaults.Listen || cfg.Lease.TTL != 5*time.Second ||
			ch.PollInterval != Defaults.PollInterval || ch.Fetch != Defaults.Fetch || !cfg.Writes(ch.ID) {
			t.Errorf("defaults not applied: %+v", cfg)
		}
	}
	cfg, err := parse(t, strings.Replace(minimal, "%ID%", "1", 1), map[string]string{"DIDX_DATABASE_URL": "postgres://other/db"})
	if err != nil || cfg.Database.URL != "postgres://other/db" {
		t.Fatalf("DIDX_DATABASE_URL does not override: %v %v", cfg, err)
	}
}

func TestConfigErrors(t *testing.T) {
	base := strings.Replace(minimal, "%ID%", "1", 1)
	cases := []struct{ name, yaml, want string }{
		{"both finality forms", strings.Replace(base, "    rpc:", "    finality:\n      tag: finalized\n      depth: 3\n    rpc:", 1), "didx.yaml:5: chains[0].finality: set either tag or depth"},
		{"bad finality tag", strings.Replace(base, "    rpc:", "    finality:\n      tag: latest\n    rpc:", 1), "chains[0].finality.tag"},
		{"lease of an unknown chain", base + "lease:\n  chains: [5]\n", "didx.yaml:11: lease.chains[0]: chain 5 is not configured"},
		{"short lease", base + "lease:\n  ttl: 100ms\n", "lease.ttl: must be at least 1s"},
		{"duplicate chain", base + strings.SplitN(base, "chains:\n", 2)[1], "chains[1].id: chain 1 is configured twice"},
		{"duplicate endpoint name", strings.Replace(base, "      - url: https://node.example/v3/KEY\n",
			"      - url: https://node.example/v3/KEY\n      - url: https://node.example/v3/OTHER\n", 1), "didx.yaml:7: chains[0].rpc[1].name: two endpoints"},
		{"bad endpoint scheme", strings.Replace(base, "https://node.example", "ftp://node.example", 1), "chains[0].rpc[0].url"},
		{"range above max", strings.Replace(base, "    rpc:", "    fetch:\n      range: 10\n      max_range: 5\n    rpc:", 1), "chains[0].fetch.range"},
		{"not YAML", "database: [", "didx.yaml"},
		{"unset variable", strings.Replace(base, "v3/KEY", "v3/${PROVIDER_SECRET}", 1), "didx.yaml:6: chains[0].rpc[0].url: ${PROVIDER_SECRET} is not set"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := parse(t, c.yaml, nil)
			if err == nil || !strings.Contains(err.Error(), c.want) || !strings.HasPrefix(err.Error(), "didx.yaml") {
				t.Fatalf("error %v, want one naming %q in didx.yaml", err, c.want)
			}
			if c.name != "not YAML" && !regexp.MustCompile(`^didx\.yaml:\d+: `).MatchString(err.Error()) {
				t.Fatalf("error %v does not name the line", err)
			}
			if strings.Contains(err.Error(), "KEY") {
				t.Fatalf("error shows the endpoint's key: %v", err)
			}
		})
	}
}

// TestConfigEnvironment: ${NAME} in any value comes from the environment, headers included.
func TestConfigEnvironment(t *testing.T) {
	yaml := strings.NewReplacer("%ID%", "1", "postgres://didx@db/didx", "postgres://didx:${PGPASSWORD}@db/didx",
		"v3/KEY\n", "v3/${PROVIDER_KEY}\n        headers:\n          Authorization: Bearer ${PROVIDER_TOKEN}\n").Replace(minimal)
	cfg, err := parse(t, yaml, map[string]string{"PGPASSWORD": "pw", "PROVIDER_KEY": "k1", "PROVIDER_TOKEN": "t1"})
	if err != nil {
		t.Fatal(err)
	}
	ep := cfg.Chains[0].RPC[0]
	if cfg.Database.URL != "postgres://didx:pw@db/didx" || ep.URL != "https://node.example/v3/k1" || ep.Headers["Authorization"] != "Bearer t1" {
		t.Fatalf("not expanded: %s %+v", cfg.Database.URL, ep)
	}
}

// TestReadmeConfiguration parses the README's configuration example with the real parser (which
// refuses unknown keys), and checks that every key the parser knows appears in it, so the README
// documents every key and no key that does not exist.
func TestReadmeConfiguration(t *testing.T) {
	data, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(data), "\n## Configuration\n")
	_, rest, ok2 := strings.Cut(rest, "```yaml\n")
	block, _, ok3 := strings.Cut(rest, "```")
	if !ok || !ok2 || !ok3 {
		t.Fatal("README has no configuration example")
	}
	env := map[string]string{"PROVIDER_KEY": "k", "PROVIDER_TOKEN": "t"}
	if _, err := parse(t, block, env); err != nil {
		t.Fatalf("the README's configuration: %v", err)
	}
	for _, key := range yamlKeys(reflect.TypeFor[Config]()) {
		if !strings.Contains("\n"+block, " "+key+":") && !strings.Contains("\n"+block, "\n"+key+":") {
			t.Errorf("the README's configuration example lacks %q", key)
		}
	}
}

// yamlKeys lists the yaml keys of t's fields, recursively.
func yamlKeys(t reflect.Type) []string {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Map {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct || t == reflect.TypeFor[time.Duration]() {
		return nil
	}
	var keys []string
	for f := range t.Fields() {
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if name == "" || name == "-" {
			continue
		}
		keys = append(keys, name)
		keys = append(keys, yamlKeys(f.Type)...)
	}
	return keys
}
