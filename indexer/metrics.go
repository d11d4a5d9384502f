package indexer

import (
	"strconv"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the indexer's Prometheus series, labelled by chain (decimal id) and never by
// address or block number, so cardinality is bounded by configuration.
type Metrics struct {
	Head        *prometheus.GaugeVec
	Indexed     *prometheus.GaugeVec
	Lag         *prometheus.GaugeVec
	Age         *prometheus.GaugeVec
	Finalized   *prometheus.GaugeVec
	Reorgs      *prometheus.CounterVec
	ReorgDepth  *prometheus.HistogramVec
	RepairTime  *prometheus.HistogramVec
	Violation   *prometheus.GaugeVec
	HandlerErrs *prometheus.CounterVec
	Remaining   *prometheus.GaugeVec
	LeaseHeld   *prometheus.GaugeVec
	QueueDepth  *prometheus.GaugeVec
	Rows        *prometheus.CounterVec
	CommitTime  *prometheus.HistogramVec
	Blocks      *prometheus.CounterVec
	RangeSize   *prometheus.GaugeVec
	Status      *prometheus.GaugeVec
	Rebuild     *prometheus.GaugeVec
	Negative    *prometheus.CounterVec
	Reproven    *prometheus.CounterVec
	BuildInfo   *prometheus.GaugeVec
}

// NewMetrics creates the series and registers them with reg (nil: not registered).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	chain := []string{"chain"}
	g := func(name, help string, labels ...string) *prometheus.GaugeVec {
		return prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: name, Help: help}, append(chain, labels...))
	}
	c := func(name, help string, labels ...string) *prometheus.CounterVec {
		return prometheus.NewCounterVec(prometheus.CounterOpts{Name: name, Help: help}, append(chain, labels...))
	}
	h := func(name, help string, buckets []float64) *prometheus.HistogramVec {
		return prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: name, Help: help, Buckets: buckets}, chain)
	}
	m := &Metrics{
		Head:        g("didx_chain_head_block", "Newest block reported by the chain's RPC endpoints."),
		Indexed:     g("didx_indexed_block", "The chain's checkpoint: newest block whose effects are committed."),
		Lag:         g("didx_block_lag", "Head minus checkpoint, in blocks."),
		Age:         g("didx_indexed_block_age_seconds", "Seconds since the timestamp of the checkpoint block."),
		Finalized:   g("didx_finalized_block", "Newest block the chain considers final."),
		Reorgs:      c("didx_reorgs_total", "Reorgs detected and repaired."),
		ReorgDepth:  h("didx_reorg_depth_blocks", "Depth of repaired reorgs, in blocks.", []float64{1, 2, 3, 5, 8, 13, 21, 34, 64, 128}),
		RepairTime:  h("didx_reorg_repair_seconds", "Time from detecting a reorg to the rolled-back checkpoint.", prometheus.ExponentialBuckets(0.005, 2.5, 10)),
		Violation:   g("didx_finality_violation", "1 while the chain is halted by a reorg below finality (latched until an operator acts)."),
		HandlerErrs: c("didx_handler_errors_total", "Logs of registered contracts a handler could not decode; each is recorded in didx.undecodable_logs.", "handler"),
		Remaining:   g("didx_backfill_remaining_blocks", "Blocks a backfill (the catch-up after start or after falling behind by more than readiness_lag) still has to index; 0 at the head."),
		LeaseHeld:   g("didx_lease_held", "1 while this instance holds the chain's write lease."),
		QueueDepth:  g("didx_pipeline_queue_depth", "Ranges in flight between the planner and the builder."),
		Rows:        c("didx_rows_written_total", "Rows written by table.", "table"),
		CommitTime:  h("didx_batch_commit_seconds", "Duration of one batch's database transaction.", prometheus.ExponentialBuckets(0.001, 2.5, 12)),
		Blocks:      c("didx_blocks_indexed_total", "Blocks committed."),
		RangeSize:   g("didx_fetch_range_blocks", "Current adaptive eth_getLogs range, in blocks."),
		Status:      g("didx_chain_status", "1 for the chain's current readiness state.", "state"),
		Rebuild:     g("didx_rebuild_remaining_blocks", "Blocks a running rebuild still has to index (0 when none runs)."),
		Negative:    c("didx_negative_balances_total", "Balances a commit left below zero: no token allows that, so each is the mark of a lost log."),
		Reproven:    c("didx_reproven_blocks_total", "Committed blocks indexed again because an endpoint that proved them by quorum was caught lying."),
		BuildInfo: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "didx_build_info", Help: "1, labelled with the version, commit and Go version of the running didx."},
			[]string{"version", "commit", "goversion"}),
	}
	b := ReadBuild()
	m.BuildInfo.WithLabelValues(b.Version, b.Commit, b.GoVersion).Set(1)
	if reg != nil {
		reg.MustRegister(m.Head, m.Indexed, m.Lag, m.Age, m.Finalized, m.Reorgs, m.ReorgDepth, m.RepairTime,
			m.Violation, m.HandlerErrs, m.Remaining, m.LeaseHeld, m.QueueDepth, m.Rows,
			m.CommitTime, m.Blocks, m.RangeSize, m.Status, m.Rebuild, m.Negative, m.Reproven, m.BuildInfo)
	}
	return m
}

// States are the values of didx_chain_status's state label.
var States = []string{"healthy", "degraded", "critical", "reindexing", "halted"}

// chain creates every series of a chain at its zero value, so alerts never wait on a series.
func (m *Metrics) chain(id uint64, handlers []string) string {
	c := strconv.FormatUint(id, 10)
	for _, v := range []*prometheus.GaugeVec{m.Head, m.Indexed, m.Lag, m.Age, m.Finalized, m.Violation,
		m.Remaining, m.LeaseHeld, m.QueueDepth, m.RangeSize, m.Rebuild} {
		v.WithLabelValues(c)
	}
	m.Reorgs.WithLabelValues(c)
	m.Blocks.WithLabelValues(c)
	m.Negative.WithLabelValues(c)
	m.Reproven.WithLabelValues(c)
	m.ReorgDepth.WithLabelValues(c)
	m.RepairTime.WithLabelValues(c)
	m.CommitTime.WithLabelValues(c)
	for _, h := range handlers {
		m.HandlerErrs.WithLabelValues(c, h)
	}
	for _, t := range []string{"erc20_transfers", "erc20_balances", "undecodable_logs", "token_events"} {
		m.Rows.WithLabelValues(c, t)
	}
	for _, s := range States {
		m.Status.WithLabelValues(c, s)
	}
	return c
}
