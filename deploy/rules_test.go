package deploy

import (
	"context"
	"fmt"
	"log/slog"
	"maps"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/promql/promqltest"
	"github.com/prometheus/prometheus/rules"
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
// own rule manager and PromQL engine, as `promtool test rules` does: the series are loaded,
// every rule group is evaluated at each evaluation interval from time 0, and at each test's
// eval_time the firing alerts must be exactly the expected ones (labels, and the annotations a
// test names).
func TestAlertRules(t *testing.T) {
	var file ruleTests
	readYAML(t, "prometheus/didx-rules.test.yml", &file)
	every := duration(t, file.EvaluationInterval)
	for _, tc := range file.Tests {
		t.Run(tc.Name, func(t *testing.T) {
			var load strings.Builder
			fmt.Fprintf(&load, "load %s\n", tc.Interval)
			for _, s := range tc.InputSeries {
				fmt.Fprintf(&load, "  %s %s\n", s.Series, s.Values)
			}
			suite, err := promqltest.NewLazyLoader(load.String(), promqltest.LazyLoaderOpts{})
			if err != nil {
				t.Fatal(err)
			}
			defer suite.Close()
			m := rules.NewManager(&rules.ManagerOptions{
				QueryFunc:    rules.EngineQueryFunc(suite.QueryEngine(), suite.Storage()),
				AppendableV2: suite.Storage(),
				Context:      context.Background(),
				NotifyFunc:   func(context.Context, string, ...*rules.Alert) {},
				Logger:       slog.New(slog.DiscardHandler),
			})
			var files []string
			for _, f := range file.RuleFiles {
				files = append(files, "prometheus/"+f)
			}
			groups, errs := m.LoadGroups(every, labels.EmptyLabels(), "", nil, false, files...)
			if len(errs) > 0 {
				t.Fatalf("load rules: %v", errs)
			}
			checks := map[time.Duration][]alertTest{}
			var last time.Duration
			for _, at := range tc.AlertRuleTests {
				d := duration(t, at.EvalTime)
				checks[d] = append(checks[d], at)
				last = max(last, d)
			}
			for _, g := range groups {
				for _, r := range g.Rules() {
					if ar, ok := r.(*rules.AlertingRule); ok {
						ar.SetRestored(true)
					}
				}
			}
			start := time.Unix(0, 0).UTC()
			for at := time.Duration(0); at <= last; at += every {
				ts := start.Add(at)
				suite.WithSamplesTill(ts, func(err error) {
					if err != nil {
						t.Fatal(err)
					}
					for _, g := range groups {
						g.Eval(suite.Context(), ts)
						for _, r := range g.Rules() {
							if r.LastError() != nil {
								t.Fatalf("rule %s at %s: %v", r.Name(), at, r.LastError())
							}
						}
					}
				})
				for d, cases := range checks {
					if d < at || d >= at+every {
						continue
					}
					for _, c := range cases {
						checkAlerts(t, groups, c)
					}
				}
			}
		})
	}
}

// checkAlerts compares the firing alerts named c.Alertname with c's expectations.
func checkAlerts(t *testing.T, groups map[string]*rules.Group, c alertTest) {
	t.Helper()
	var got, want []string
	for _, g := range groups {
		for _, r := range g.Rules() {
			ar, ok := r.(*rules.AlertingRule)
			if !ok || ar.Name() != c.Alertname {
				continue
			}
			for _, a := range ar.ActiveAlerts() {
				if a.State != rules.StateFiring {
					continue
				}
				ann := map[string]string{}
				for _, e := range c.ExpAlerts {
					for k := range e.ExpAnnotations {
						ann[k] = a.Annotations.Get(k)
					}
				}
				got = append(got, describe(a.Labels.Map(), ann))
			}
		}
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
