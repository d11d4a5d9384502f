package indexer

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"go.yaml.in/yaml/v3"

	"github.com/didx/didx/rpc"
)

// Config is didx's configuration file. Every key is documented in the README; only those
// marked required must be set.
type Config struct {
	Database DatabaseConfig `yaml:"database"`
	HTTP     HTTPConfig     `yaml:"http"`
	// Instance names this process as a lease holder; DIDX_INSTANCE overrides, default host name.
	Instance string        `yaml:"instance"`
	Lease    LeaseConfig   `yaml:"lease"`
	Chains   []ChainConfig `yaml:"chains"`

	// lines are the file's line of each key path, for errors found after parsing.
	lines map[string]int
}

// DatabaseConfig locates PostgreSQL.
type DatabaseConfig struct {
	// URL is required unless DIDX_DATABASE_URL is set, which overrides it.
	URL string `yaml:"url"`
}

// HTTPConfig is the listener of /metrics, /healthz, /readyz and /status.
type HTTPConfig struct {
	Listen string `yaml:"listen"`
	// Readiness is what /readyz gates on: "process" (default; see ReadyProcess) or "lag".
	Readiness string `yaml:"readiness"`
	// Pprof serves /debug/pprof/ on a non-loopback listener too.
	Pprof bool `yaml:"pprof"`
}

// LeaseConfig tunes the per-chain write lease that keeps one writer per chain.
type LeaseConfig struct {
	// TTL is how long a lease outlives its holder's last renewal: a standby takes over within
	// about TTL plus a fifth of it after the holder dies.
	TTL time.Duration `yaml:"ttl"`
	// Chains limits the chains this instance may write (default: all configured ones).
	Chains []uint64 `yaml:"chains"`
}

// ChainConfig is one chain to index.
type ChainConfig struct {
	ID         uint64           `yaml:"id"`
	RPC        []EndpointConfig `yaml:"rpc"`
	StartBlock uint64           `yaml:"start_block"`
	Contracts  []ContractConfig `yaml:"contracts"`
	// Factories are the rules that register the contracts factories announce.
	Factories []FactoryConfig `yaml:"factories"`
	Finality  FinalityConfig  `yaml:"finality"`
	// PollInterval is how often heads are polled when following the chain.
	PollInterval time.Duration `yaml:"poll_interval"`
	// ReadinessLag is the lag in blocks above which the chain is critical (lag-gated readiness fails).
	ReadinessLag uint64      `yaml:"readiness_lag"`
	Fetch        FetchConfig `yaml:"fetch"`
	// Verify is how the logs of a range are proven complete before they are committed: auto,
	// quorum, receipts or none (see rpc.Verify).
	Verify rpc.Verify `yaml:"verify"`
}

// EndpointConfig is one RPC endpoint of a chain.
type EndpointConfig struct {
	URL         string            `yaml:"url"`
	Name        string            `yaml:"name"`
	Weight      float64           `yaml:"weight"`
	RPS         float64           `yaml:"rps"`
	MaxInFlight int               `yaml:"max_in_flight"`
	Headers     map[string]string `yaml:"headers"`
}

// ContractConfig is one contract whose events are indexed.
type ContractConfig struct {
	Name       string `yaml:"name"`
	Kind       string `yaml:"kind"`
	Address    string `yaml:"address"`
	StartBlock uint64 `yaml:"start_block"`
}

// FinalityConfig says which blocks can no longer be reorganised: the `finalized` tag of the
// RPC, or the blocks at least Depth below the head.
type FinalityConfig struct {
	Tag   string `yaml:"tag"`
	Depth uint64 `yaml:"depth"`
}

// FetchConfig tunes the pipeline.
type FetchConfig struct {
	// Concurrency is the number of ranges fetched at once.
	Concurrency int `yaml:"concurrency"`
	// Range is the initial number of blocks per eth_getLogs; it adapts between 1 and MaxRange.
	Range    uint64 `yaml:"range"`
	MaxRange uint64 `yaml:"max_range"`
	// TargetLogs is the number of logs per request the adaptive range aims at. Its default,
	// 9,000, keeps under the 10,000-log answers of common hosted plans with room for the
	// density to vary: a provider bills per call, so answers near its cap cost least.
	TargetLogs int `yaml:"target_logs"`
	// BatchBlocks and BatchLogs bound one batch, the unit the builder hands the committer:
	// about 1 KiB of memory per log, for the batch that commits and the one that fills. A
	// commit window sums the balances of its batches, so larger batches save little: batches
	// of 20,000 logs (two ranges of target_logs) backfilled W1 as fast as 50,000 did (164,000
	// against 160,000 events/s), at a peak RSS of 300 MiB against 355.
	BatchBlocks uint64 `yaml:"batch_blocks"`
	BatchLogs   int    `yaml:"batch_logs"`
	// CommitWindow is how long consecutive batches of a backfill may share one transaction,
	// their balance changes summed and applied once: longer windows write each balance less
	// often, while a kill loses up to one window's work (never its correctness) and balance_at
	// sums up to a window's blocks in a backfilled stretch (a window's end is where its
	// balances are snapshotted). Its default, 15 s, backfilled W2 (10 million transfers among
	// 200,000 balances) at 217,000 events/s against 158,000 with 5 s, PostgreSQL's CPU per
	// event down from 5.8 µs to 3.4. A chain at its head commits every batch at once whatever
	// it says.
	CommitWindow time.Duration `yaml:"commit_window"`
	// MaxBatch caps the calls in one JSON-RPC batch.
	MaxBatch int `yaml:"max_batch"`
	// MaxAddresses caps the addresses in one eth_getLogs filter.
	MaxAddresses int           `yaml:"max_addresses"`
	Timeout      time.Duration `yaml:"timeout"`
}

// Defaults are the values of keys a configuration leaves out.
var Defaults = struct {
	Listen       string
	LeaseTTL     time.Duration
	PollInterval time.Duration
	ReadinessLag uint64
	Fetch        FetchConfig
}{
	Listen:       "127.0.0.1:9464",
	LeaseTTL:     5 * time.Second,
	PollInterval: 500 * time.Millisecond,
	ReadinessLag: 20,
	Fetch: FetchConfig{Concurrency: 4, Range: 100, MaxRange: 5000, TargetLogs: 9000,
		BatchBlocks: 5000, BatchLogs: 20000, CommitWindow: 15 * time.Second, MaxBatch: 1000, MaxAddresses: 500, Timeout: 20 * time.Second},
}

// finalityDepths are the default finality depths of well-known chains; other chains use the
// `finalized` tag.
var finalityDepths = map[uint64]uint64{
	137:   256, // Polygon PoS: no tag before heimdall v2; deep reorgs were seen
	56:    64,  // BNB Chain
	43114: 1,   // Avalanche C-Chain: instant finality
	1337:  64,  // dev chains
	31337: 64,
}

// ConfigError names the file and the key a configuration problem is at.
type ConfigError struct {
	File, Key, Msg string
	Line           int
}

func (e *ConfigError) Error() string {
	where := e.File
	if e.Line > 0 {
		where = fmt.Sprintf("%s:%d", e.File, e.Line)
	}
	if e.Key == "" {
		return fmt.Sprintf("%s: %s", where, e.Msg)
	}
	return fmt.Sprintf("%s: %s: %s", where, e.Key, e.Msg)
}

// LoadConfig reads, checks and completes the configuration in file. getenv supplies
// DIDX_DATABASE_URL and DIDX_INSTANCE.
func LoadConfig(file string, getenv func(string) string) (*Config, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return ParseConfig(file, data, getenv)
}

// ParseConfig is LoadConfig on data already read; file names it in errors.
func ParseConfig(file string, data []byte, getenv func(string) string) (*Config, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, &ConfigError{File: file, Msg: strings.TrimPrefix(err.Error(), "yaml: ")}
	}
	if len(root.Content) == 0 {
		return nil, &ConfigError{File: file, Msg: "empty configuration"}
	}
	if err := checkKeys(file, root.Content[0], reflect.TypeOf(Config{}), ""); err != nil {
		return nil, err
	}
	if err := expand(file, root.Content[0], getenv, ""); err != nil {
		return nil, err
	}
	var c Config
	if err := root.Content[0].Decode(&c); err != nil {
		var te *yaml.TypeError
		if errors.As(err, &te) {
			return nil, &ConfigError{File: file, Msg: strings.Join(te.Errors, "; ")}
		}
		return nil, &ConfigError{File: file, Msg: err.Error()}
	}
	if v := getenv("DIDX_DATABASE_URL"); v != "" {
		c.Database.URL = v
	}
	if v := getenv("DIDX_INSTANCE"); v != "" {
		c.Instance = v
	}
	c.lines = map[string]int{}
	keyLines(root.Content[0], "", c.lines)
	if err := c.check(file); err != nil {
		return nil, c.located(err)
	}
	c.complete()
	return &c, nil
}

// keyLines records the line of every key under n by its dotted path, and of every sequence
// item by its indexed path.
func keyLines(n *yaml.Node, path string, lines map[string]int) {
	switch n.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			key := join(path, n.Content[i].Value)
			lines[key] = n.Content[i].Line
			keyLines(n.Content[i+1], key, lines)
		}
	case yaml.SequenceNode:
		for i, item := range n.Content {
			key := fmt.Sprintf("%s[%d]", path, i)
			lines[key] = item.Line
			keyLines(item, key, lines)
		}
	}
}

// located gives a ConfigError without a line the line of its key, or of the nearest enclosing
// key present in the file (for a required key that is missing), so every configuration error
// names file, line and key alike.
func (c *Config) located(err error) error {
	var ce *ConfigError
	if !errors.As(err, &ce) || ce.Line > 0 {
		return err
	}
	for key := ce.Key; key != ""; {
		if n, ok := c.lines[key]; ok {
			ce.Line = n
			break
		}
		i := strings.LastIndexAny(key, ".[")
		if i < 0 {
			break
		}
		key = key[:i]
	}
	return ce
}

// envVar is a ${NAME} reference in a configuration value.
var envVar = regexp.MustCompile(`\$\{([A-Za-z_][A-Za-z0-9_]*)\}`)

// expand replaces every ${NAME} in the values under n with the environment variable NAME, so
// secrets (provider keys, passwords) come from the environment rather than the file. A
// reference to a variable that is unset or empty is an error naming the key and the line.
func expand(file string, n *yaml.Node, getenv func(string) string, path string) error {
	switch n.Kind {
	case yaml.ScalarNode:
		var missing string
		n.Value = envVar.ReplaceAllStringFunc(n.Value, func(ref string) string {
			name := envVar.FindStringSubmatch(ref)[1]
			v := getenv(name)
			if v == "" && missing == "" {
				missing = name
			}
			return v
		})
		if missing != "" {
			return &ConfigError{File: file, Key: path, Line: n.Line, Msg: fmt.Sprintf("${%s} is not set", missing)}
		}
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			if err := expand(file, n.Content[i+1], getenv, join(path, n.Content[i].Value)); err != nil {
				return err
			}
		}
	case yaml.SequenceNode:
		for i, item := range n.Content {
			if err := expand(file, item, getenv, fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
	}
	return nil
}

// checkKeys reports the first mapping key that names no field, with its dotted path and line.
func checkKeys(file string, n *yaml.Node, t reflect.Type, path string) error {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case n.Kind == yaml.MappingNode && t.Kind() == reflect.Struct:
		fields := map[string]reflect.Type{}
		for i := 0; i < t.NumField(); i++ {
			name, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
			fields[name] = t.Field(i).Type
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			key := join(path, k.Value)
			ft, ok := fields[k.Value]
			if !ok {
				return &ConfigError{File: file, Key: key, Line: k.Line, Msg: "unknown key"}
			}
			if err := checkKeys(file, n.Content[i+1], ft, key); err != nil {
				return err
			}
		}
	case n.Kind == yaml.SequenceNode && t.Kind() == reflect.Slice:
		for i, item := range n.Content {
			if err := checkKeys(file, item, t.Elem(), fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
	}
	return nil
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func (c *Config) check(file string) error {
	bad := func(key, format string, args ...any) error {
		return &ConfigError{File: file, Key: key, Msg: fmt.Sprintf(format, args...)}
	}
	if c.Database.URL == "" {
		return bad("database.url", "required (or set DIDX_DATABASE_URL)")
	}
	if !strings.HasPrefix(c.Database.URL, "postgres://") && !strings.HasPrefix(c.Database.URL, "postgresql://") {
		return bad("database.url", "must be a postgres:// URL")
	}
	if c.HTTP.Listen != "" {
		if _, _, err := net.SplitHostPort(c.HTTP.Listen); err != nil {
			return bad("http.listen", "%q is not host:port", c.HTTP.Listen)
		}
	}
	if r := c.HTTP.Readiness; r != "" && r != ReadyProcess && r != ReadyLag {
		return bad("http.readiness", "%q is not %q or %q", r, ReadyProcess, ReadyLag)
	}
	if c.Lease.TTL < 0 || (c.Lease.TTL > 0 && c.Lease.TTL < time.Second) {
		return bad("lease.ttl", "must be at least 1s")
	}
	if len(c.Chains) == 0 {
		return bad("chains", "required: at least one chain")
	}
	for i, id := range c.Lease.Chains {
		if !slices.ContainsFunc(c.Chains, func(ch ChainConfig) bool { return ch.ID == id }) {
			return bad(fmt.Sprintf("lease.chains[%d]", i), "chain %d is not configured", id)
		}
	}
	ids := map[uint64]bool{}
	for i, ch := range c.Chains {
		p := fmt.Sprintf("chains[%d]", i)
		if ch.ID == 0 {
			return bad(p+".id", "required: the chain id (eth_chainId)")
		}
		if ids[ch.ID] {
			return bad(p+".id", "chain %d is configured twice", ch.ID)
		}
		ids[ch.ID] = true
		if len(ch.RPC) == 0 {
			return bad(p+".rpc", "required: at least one endpoint")
		}
		names := map[string]bool{}
		for j, e := range ch.RPC {
			ep := fmt.Sprintf("%s.rpc[%d]", p, j)
			if e.URL == "" {
				return bad(ep+".url", "required")
			}
			u, err := url.Parse(e.URL)
			if err != nil || u.Host == "" || !slices.Contains([]string{"http", "https", "ws", "wss"}, u.Scheme) {
				return bad(ep+".url", "must be an http(s):// or ws(s):// URL")
			}
			name := e.Name
			if name == "" {
				name = u.Host
			}
			if names[name] {
				return bad(ep+".name", "two endpoints are both called %q; give them distinct names", name)
			}
			names[name] = true
			if e.Weight < 0 || e.RPS < 0 || e.MaxInFlight < 0 {
				return bad(ep, "weight, rps and max_in_flight cannot be negative")
			}
		}
		if len(ch.Contracts) == 0 && len(ch.Factories) == 0 {
			return bad(p+".contracts", "required: at least one contract or factory")
		}
		addrs := map[common.Address]bool{}
		if err := checkFactories(ch, p, bad); err != nil {
			return err
		}
		for j, ct := range ch.Contracts {
			cp := fmt.Sprintf("%s.contracts[%d]", p, j)
			if ct.Kind == "" {
				return bad(cp+".kind", "required (one of %v)", Kinds)
			}
			if !slices.Contains(Kinds, ct.Kind) {
				return bad(cp+".kind", "unknown kind %q (known: %v)", ct.Kind, Kinds)
			}
			if ct.Address == "" {
				return bad(cp+".address", "required")
			}
			if !common.IsHexAddress(ct.Address) || !strings.HasPrefix(ct.Address, "0x") {
				return bad(cp+".address", "%q is not a 0x-prefixed 20-byte hex address", ct.Address)
			}
			a := common.HexToAddress(ct.Address)
			if addrs[a] {
				return bad(cp+".address", "%s is registered twice", ct.Address)
			}
			addrs[a] = true
		}
		if ch.Finality.Tag != "" && ch.Finality.Tag != "finalized" && ch.Finality.Tag != "safe" {
			return bad(p+".finality.tag", "must be finalized or safe")
		}
		if ch.Finality.Tag != "" && ch.Finality.Depth != 0 {
			return bad(p+".finality", "set either tag or depth, not both")
		}
		if ch.Verify != "" && !slices.Contains(rpc.Policies, ch.Verify) {
			return bad(p+".verify", "unknown policy %q (known: %v)", ch.Verify, rpc.Policies)
		}
		f := ch.Fetch
		if f.Concurrency < 0 || f.TargetLogs < 0 || f.BatchLogs < 0 || f.MaxBatch < 0 || f.MaxAddresses < 0 || f.Timeout < 0 || f.CommitWindow < 0 {
			return bad(p+".fetch", "values cannot be negative")
		}
		if f.Range > 0 && f.MaxRange > 0 && f.Range > f.MaxRange {
			return bad(p+".fetch.range", "%d is above fetch.max_range %d", f.Range, f.MaxRange)
		}
	}
	return nil
}

// checkFactories checks a chain's factory rules: named, distinct, watching an address or
// another rule's contracts (of kind factory), with an event that parses and an address
// parameter.
func checkFactories(ch ChainConfig, p string, bad func(key, format string, args ...any) error) error {
	kinds := map[string]string{}
	for _, f := range ch.Factories {
		kinds[f.Name] = f.Kind
	}
	seen := map[string]bool{}
	for i, f := range ch.Factories {
		fp := fmt.Sprintf("%s.factories[%d]", p, i)
		switch {
		case f.Name == "":
			return bad(fp+".name", "required")
		case seen[f.Name]:
			return bad(fp+".name", "two factory rules are called %q", f.Name)
		case (f.Address == "") == (f.FromFactory == ""):
			return bad(fp, "set either address or from_factory")
		case f.Address != "" && (!common.IsHexAddress(f.Address) || !strings.HasPrefix(f.Address, "0x")):
			return bad(fp+".address", "%q is not a 0x-prefixed 20-byte hex address", f.Address)
		case f.FromFactory != "" && kinds[f.FromFactory] != KindFactory:
			return bad(fp+".from_factory", "%q is not a rule whose kind is factory", f.FromFactory)
		case f.Kind != KindFactory && !slices.Contains(Kinds, f.Kind):
			return bad(fp+".kind", "unknown kind %q (known: %v and factory)", f.Kind, Kinds)
		}
		seen[f.Name] = true
		if _, err := parseRule(f); err != nil {
			return bad(fp+".event", "%v", err)
		}
	}
	return nil
}

func (c *Config) complete() {
	if c.HTTP.Listen == "" {
		c.HTTP.Listen = Defaults.Listen
	}
	if c.HTTP.Readiness == "" {
		c.HTTP.Readiness = ReadyProcess
	}
	if c.Instance == "" {
		c.Instance, _ = os.Hostname()
	}
	if c.Lease.TTL == 0 {
		c.Lease.TTL = Defaults.LeaseTTL
	}
	for i := range c.Chains {
		ch := &c.Chains[i]
		if ch.Finality.Tag == "" && ch.Finality.Depth == 0 {
			if d, ok := finalityDepths[ch.ID]; ok {
				ch.Finality.Depth = d
			} else {
				ch.Finality.Tag = "finalized"
			}
		}
		if ch.PollInterval == 0 {
			ch.PollInterval = Defaults.PollInterval
		}
		if ch.ReadinessLag == 0 {
			ch.ReadinessLag = Defaults.ReadinessLag
		}
		if ch.Verify == "" {
			ch.Verify = rpc.VerifyAuto
		}
		fillFetch(&ch.Fetch, Defaults.Fetch)
		if ch.Fetch.Range > ch.Fetch.MaxRange {
			ch.Fetch.Range = ch.Fetch.MaxRange
		}
	}
}

// fillFetch sets every zero field of f to its default.
func fillFetch(f *FetchConfig, d FetchConfig) {
	fv, dv := reflect.ValueOf(f).Elem(), reflect.ValueOf(d)
	for i := 0; i < fv.NumField(); i++ {
		if fv.Field(i).IsZero() {
			fv.Field(i).Set(dv.Field(i))
		}
	}
}

// Writes says whether this instance may write chain id.
func (c *Config) Writes(id uint64) bool {
	return len(c.Lease.Chains) == 0 || slices.Contains(c.Lease.Chains, id)
}

// FirstBlock is the lowest block the chain's state depends on: the earliest contract start
// block, but not below the chain's own start block.
func (ch *ChainConfig) FirstBlock() uint64 {
	var starts []uint64
	for _, ct := range ch.Contracts {
		starts = append(starts, ct.StartBlock)
	}
	for _, f := range ch.Factories {
		if f.Address != "" {
			starts = append(starts, f.StartBlock)
		}
	}
	if len(starts) == 0 {
		return ch.StartBlock
	}
	return max(slices.Min(starts), ch.StartBlock)
}
