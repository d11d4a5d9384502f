package rpc

import (
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the RPC pool's Prometheus series. They are registered once per process and
// shared by every chain's client, labelled by chain and endpoint safe name.
type Metrics struct {
	requests *prometheus.CounterVec
	latency  *prometheus.HistogramVec
	upGauge  *prometheus.GaugeVec
	// contradictions counts endpoints caught answering against a proof.
	contradictions *prometheus.CounterVec
	// proven counts blocks with logs of interest by how their completeness was proven.
	proven *prometheus.CounterVec
}

// Methods are the JSON-RPC methods the pool counts; their series exist from start-up.
var Methods = []string{"eth_getLogs", "eth_getBlockByNumber", "eth_getBlockReceipts", "eth_blockNumber", "eth_call"}

// Proofs are the values of didx_blocks_proven_total's proof label.
var Proofs = []string{"quorum", "receipts", "unverified"}

// Outcomes are the values of the outcome label.
var Outcomes = []string{"ok", "transient", "rate_limited", "too_much", "invalid", "garbage"}

// NewMetrics creates the series and registers them with reg (nil: not registered).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "didx_rpc_requests_total",
			Help: "JSON-RPC requests (a batch counts once) by chain, endpoint, method and outcome.",
		}, []string{"chain", "endpoint", "method", "outcome"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "didx_rpc_request_duration_seconds",
			Help:    "Latency of JSON-RPC requests by chain, endpoint and method.",
			Buckets: prometheus.ExponentialBuckets(0.002, 2.5, 10),
		}, []string{"chain", "endpoint", "method"}),
		upGauge: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "didx_rpc_endpoint_up",
			Help: "1 while the endpoint answers and serves the configured chain.",
		}, []string{"chain", "endpoint"}),
		contradictions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "didx_rpc_contradictions_total",
			Help: "Answers an endpoint gave that a proof (receipts root, or a receipts-settled quorum) showed false: the endpoint hid, added or changed logs.",
		}, []string{"chain", "endpoint"}),
		proven: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "didx_blocks_proven_total",
			Help: "Blocks whose bloom filter admits logs of interest, by the proof their logs were committed on: quorum, receipts, or unverified (verify: none).",
		}, []string{"chain", "proof"}),
	}
	if reg != nil {
		reg.MustRegister(m.requests, m.latency, m.upGauge, m.contradictions, m.proven)
	}
	return m
}

func (m *Metrics) endpoint(chain uint64, name string) {
	c := strconv.FormatUint(chain, 10)
	for _, method := range Methods {
		for _, o := range Outcomes {
			m.requests.WithLabelValues(c, name, method, o)
		}
	}
	m.upGauge.WithLabelValues(c, name).Set(0)
	m.contradictions.WithLabelValues(c, name)
	for _, p := range Proofs {
		m.proven.WithLabelValues(c, p)
	}
}

func (m *Metrics) request(chain uint64, name, method, outcome string, d time.Duration) {
	c := strconv.FormatUint(chain, 10)
	m.requests.WithLabelValues(c, name, method, outcome).Inc()
	if outcome == "ok" {
		m.latency.WithLabelValues(c, name, method).Observe(d.Seconds())
	}
}

func (m *Metrics) up(chain uint64, name string, up bool) {
	v := 0.0
	if up {
		v = 1
	}
	m.upGauge.WithLabelValues(strconv.FormatUint(chain, 10), name).Set(v)
}

func (m *Metrics) contradiction(chain uint64, name string) {
	m.contradictions.WithLabelValues(strconv.FormatUint(chain, 10), name).Inc()
}

func (m *Metrics) provenBlocks(chain uint64, proof string, n int) {
	if n > 0 {
		m.proven.WithLabelValues(strconv.FormatUint(chain, 10), proof).Add(float64(n))
	}
}
