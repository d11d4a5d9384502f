package indexer

import (
	"encoding/json"
	"net"
	"net/http"
	"net/http/pprof"
	"strconv"

	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Handler serves /metrics, /healthz, /readyz and /status, and, when http.pprof is set or the
// listener is on loopback, Go's profiles under /debug/pprof/ for diagnosing a slow or stuck
// sidecar (profiles reveal internals, so they stay off a pod's network by default).
//
// /readyz?lag=1 answers as in http.readiness: lag whatever the configured mode, for a script
// that waits for the chains to catch up.
func (s *Service) Handler() http.Handler {
	mux := http.NewServeMux()
	if s.cfg.HTTP.Pprof || loopback(s.cfg.HTTP.Listen) {
		mux.HandleFunc("GET /debug/pprof/", pprof.Index)
		mux.HandleFunc("GET /debug/pprof/profile", pprof.Profile)
		mux.HandleFunc("GET /debug/pprof/trace", pprof.Trace)
	}
	mux.Handle("GET /metrics", promhttp.HandlerFor(s.registry, promhttp.HandlerOpts{Registry: s.registry}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		ok, body := s.health.alive()
		writeJSON(w, probeCode(ok), body)
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		lag, _ := strconv.ParseBool(r.URL.Query().Get("lag"))
		ok, body := s.health.ready(lag)
		writeJSON(w, probeCode(ok), body)
	})
	mux.HandleFunc("GET /status", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, s.Status())
	})
	return mux
}

// StatusReport is the body of /status.
type StatusReport struct {
	Instance string        `json:"instance"`
	Chains   []ChainStatus `json:"chains"`
}

// Status reports every chain.
func (s *Service) Status() StatusReport {
	out := StatusReport{Instance: s.cfg.Instance, Chains: make([]ChainStatus, 0, len(s.chains))}
	for _, c := range s.chains {
		out.Chains = append(out.Chains, c.Status())
	}
	return out
}

func probeCode(ok bool) int {
	if ok {
		return http.StatusOK
	}
	return http.StatusServiceUnavailable
}

// loopback says whether a listen address accepts only local connections.
func loopback(listen string) bool {
	host, _, err := net.SplitHostPort(listen)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}
