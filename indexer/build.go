package indexer

import (
	"runtime"
	"runtime/debug"
)

// Build says which didx runs: operators match it to a release, and the validate report and
// didx_build_info carry it so evidence names the binary it came from.
type Build struct {
	Version   string `json:"version"`
	Commit    string `json:"commit"`
	Modified  bool   `json:"modified,omitempty"`
	GoVersion string `json:"go_version"`
}

// ReadBuild reads the build from what the Go toolchain stamped into the binary: the module
// version (a tag, a pseudo-version, or "(devel)") and the VCS revision.
func ReadBuild() Build {
	b := Build{Version: "(devel)", Commit: "unknown", GoVersion: runtime.Version()}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return b
	}
	if v := info.Main.Version; v != "" {
		b.Version = v
	}
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			b.Commit = s.Value
		case "vcs.modified":
			b.Modified = s.Value == "true"
		}
	}
	return b
}
