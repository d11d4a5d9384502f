package deploy

import (
	"context"
	"log/slog"
	"maps"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/histogram"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/model/rulefmt"
	"github.com/prometheus/prometheus/promql"
	"github.com/prometheus/prometheus/promql/parser"
	"github.com/prometheus/prometheus/storage"
	"github.com/prometheus/prometheus/template"
	"github.com/prometheus/prometheus/tsdb/chunkenc"
	"github.com/prometheus/prometheus/tsdb/chunks"
	"github.com/prometheus/prometheus/util/annotations"
)

// ruleTests is the unit-test file of the alert rules, in promtool's format, so an operator can
// also run `promtool test rules` on it.
type ruleTests struct {
	RuleFiles          []string `yaml:"rule_files"`
	EvaluationInterval string   `yaml:"evaluation_interval"`
	Tests              []struct {
		Name        string `yaml:"name"`
		Interval    string `yaml:"interval"`
		InputSeries []struct {
			Series string `yaml:"series"`
			Values string `yaml:"values"`
		} `yaml:"input_series"`
		AlertRuleTests []alertTest `yaml:"alert_rule_test"`
	} `yaml:"tests"`
}

type alertTest struct {
	EvalTime  string `yaml:"eval_time"`
	Alertname string `yaml:"alertname"`
	ExpAlerts []struct {
		ExpLabels      map[string]string `yaml:"exp_labels"`
		ExpAnnotations map[string]string `yaml:"exp_annotations"`
	} `yaml:"exp_alerts"`
}

// TestAlertRules evaluates the shipped alert rules against their unit tests with Prometheus'
// own rule parser, PromQL engine and template expander, stepping through time as
// `promtool test rules` does: at every evaluation interval from time 0 each alert's expression
// is evaluated, an alert becomes pending when its series appears and firing once it has been
// active for the rule's `for`, and at each test's eval_time the firing alerts must be exactly
// the expected ones (labels, and the annotations a test names). It runs on an in-memory series
// store, so it needs neither promtool nor Prometheus' TSDB.
func TestAlertRules(t *testing.T) {
	var file ruleTests
	readYAML(t, "prometheus/didx-rules.test.yml", &file)
	p := parser.NewParser(parser.Options{})
	var rules []rulefmt.Rule
	for _, f := range file.RuleFiles {
		groups, errs := rulefmt.ParseFile("prometheus/"+f, false, model.UTF8Validation, p, slog.New(slog.DiscardHandler))
		if len(errs) > 0 {
			t.Fatalf("%s: %v", f, errs)
		}
		for _, g := range groups.Groups {
			rules = append(rules, g.Rules...)
		}
	}
	every := duration(t, file.EvaluationInterval)
	engine := promql.NewEngine(promql.EngineOpts{MaxSamples: 1e6, Timeout: time.Minute, LookbackDelta: 5 * time.Minute})
	for _, tc := range file.Tests {
		t.Run(tc.Name, func(t *testing.T) {
			step := duration(t, tc.Interval)
			var series []storage.Series
			for _, s := range tc.InputSeries {
				l, values, err := p.ParseSeriesDesc(s.Series + " " + s.Values)
				if err != nil {
					t.Fatalf("series %s %s: %v", s.Series, s.Values, err)
				}
				var samples []chunks.Sample
				for i, v := range values {
					if !v.Omitted {
						samples = append(samples, sample{t: int64(time.Duration(i) * step / time.Millisecond), f: v.Value})
					}
				}
				series = append(series, storage.NewListSeries(l, samples))
			}
			store := memory(series)
			checks := map[time.Duration][]alertTest{}
			var last time.Duration
			for _, at := range tc.AlertRuleTests {
				d := duration(t, at.EvalTime)
				checks[d] = append(checks[d], at)
				last = max(last, d)
			}
			active := map[string]map[string]*alert{}
			for at := time.Duration(0); at <= last; at += every {
				ts := time.Unix(0, 0).UTC().Add(at)
				for _, r := range rules {
					active[r.Alert] = evalAlert(t, engine, store, p, r, ts, active[r.Alert])
				}
				for d, cases := range checks {
					if d >= at && d < at+every {
						for _, c := range cases {
							checkAlerts(t, c, active[c.Alertname])
						}
					}
				}
			}
		})
	}
}

// alert is one active alert of a rule: its labels, annotations and since when it is active.
type alert struct {
	labels      labels.Labels
	annotations map[string]string
	since       time.Time
}

// evalAlert evaluates rule r at ts as Prometheus' alerting rule does, carrying the alerts
// active before: a series in the result keeps its alert (or starts one); one gone resolves it.
func evalAlert(t *testing.T, engine *promql.Engine, store storage.Queryable, p parser.Parser, r rulefmt.Rule, ts time.Time,
	before map[string]*alert) map[string]*alert {
	t.Helper()
	q, err := engine.NewInstantQuery(context.Background(), store, promql.NewPrometheusQueryOpts(false, 0, nil), r.Expr, ts)
	if err != nil {
		t.Fatalf("%s: %v", r.Alert, err)
	}
	res := q.Exec(context.Background())
	if res.Err != nil {
		t.Fatalf("%s at %s: %v", r.Alert, ts, res.Err)
	}
	vec, err := res.Vector()
	if err != nil {
		t.Fatalf("%s at %s: %v", r.Alert, ts, err)
	}
	now := map[string]*alert{}
	for _, s := range vec {
		data := template.AlertTemplateData(s.Metric.Map(), nil, "", s)
		expand := func(name, text string) string {
			defs := "{{$labels := .Labels}}{{$externalLabels := .ExternalLabels}}{{$externalURL := .ExternalURL}}{{$value := .Value}}"
			out, err := template.NewTemplateExpander(context.Background(), defs+text, name, data, model.TimeFromUnixNano(ts.UnixNano()),
				nil, nil, nil).Expand()
			if err != nil {
				t.Fatalf("%s: %s: %v", r.Alert, name, err)
			}
			return out
		}
		b := labels.NewBuilder(s.Metric).Del(labels.MetricName)
		for k, v := range r.Labels {
			b.Set(k, expand(k, v))
		}
		b.Set(labels.AlertName, r.Alert)
		l := b.Labels()
		a := &alert{labels: l, annotations: map[string]string{}, since: ts}
		if prev, ok := before[l.String()]; ok {
			a.since = prev.since
		}
		for k, v := range r.Annotations {
			a.annotations[k] = expand(k, v)
		}
		now[l.String()] = a
	}
	for _, a := range now {
		if ts.Sub(a.since) < time.Duration(r.For) {
			a.annotations = nil
		}
	}
	return now
}

// checkAlerts compares the firing alerts (those active for their `for`) with c's expectations.
func checkAlerts(t *testing.T, c alertTest, active map[string]*alert) {
	t.Helper()
	var got, want []string
	for _, a := range active {
		if a.annotations == nil {
			continue
		}
		ann := map[string]string{}
		for _, e := range c.ExpAlerts {
			for k := range e.ExpAnnotations {
				ann[k] = a.annotations[k]
			}
		}
		got = append(got, describe(a.labels.Map(), ann))
	}
	for _, e := range c.ExpAlerts {
		l := map[string]string{"alertname": c.Alertname}
		maps.Copy(l, e.ExpLabels)
		want = append(want, describe(l, e.ExpAnnotations))
	}
	sort.Strings(got)
	sort.Strings(want)
	if !slices.Equal(got, want) {
		t.Errorf("%s at %s:\n  firing   %v\n  expected %v", c.Alertname, c.EvalTime, got, want)
	}
}

// describe renders labels and the annotations a test checks as one comparable string.
func describe(l, ann map[string]string) string {
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(l)) {
		parts = append(parts, k+"="+l[k])
	}
	for _, k := range slices.Sorted(maps.Keys(ann)) {
		if ann[k] != "" {
			parts = append(parts, "annotation "+k+"="+ann[k])
		}
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

func duration(t *testing.T, s string) time.Duration {
	t.Helper()
	d, err := model.ParseDuration(s)
	if err != nil {
		t.Fatalf("duration %q: %v", s, err)
	}
	return time.Duration(d)
}

// memory is a queryable over fixed in-memory series.
func memory(series []storage.Series) storage.Queryable {
	return &storage.MockQueryable{MockQuerier: &storage.MockQuerier{
		SelectMockFunction: func(_ bool, _ *storage.SelectHints, ms ...*labels.Matcher) storage.SeriesSet {
			var out []storage.Series
			for _, s := range series {
				if matches(s.Labels(), ms) {
					out = append(out, s)
				}
			}
			slices.SortFunc(out, func(a, b storage.Series) int { return labels.Compare(a.Labels(), b.Labels()) })
			return &seriesSet{list: out, i: -1}
		}}}
}

func matches(l labels.Labels, ms []*labels.Matcher) bool {
	for _, m := range ms {
		if !m.Matches(l.Get(m.Name)) {
			return false
		}
	}
	return true
}

// seriesSet iterates a list of series.
type seriesSet struct {
	list []storage.Series
	i    int
}

func (s *seriesSet) Next() bool                        { s.i++; return s.i < len(s.list) }
func (s *seriesSet) At() storage.Series                { return s.list[s.i] }
func (s *seriesSet) Err() error                        { return nil }
func (s *seriesSet) Warnings() annotations.Annotations { return nil }

// sample is one float sample of an input series.
type sample struct {
	t int64
	f float64
}

func (s sample) T() int64                      { return s.t }
func (s sample) F() float64                    { return s.f }
func (s sample) H() *histogram.Histogram       { return nil }
func (s sample) FH() *histogram.FloatHistogram { return nil }
func (s sample) ST() int64                     { return 0 }
func (s sample) Type() chunkenc.ValueType      { return chunkenc.ValFloat }
func (s sample) Copy() chunks.Sample           { return s }
