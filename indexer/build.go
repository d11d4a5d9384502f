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

// version and commit are stamped by the linker where the toolchain cannot read them from the
// VCS (an image build without .git): -ldflags "-X github.com/didx/didx/indexer.version=v1.2.3
// -X github.com/didx/didx/indexer.commit=abc123".
var version, commit string

// ReadBuild reads the build from what was stamped into the binary: the linker's version and
// commit when set, else the module version (a tag, a pseudo-version, or "(devel)") and the VCS
// revision the Go toolchain recorded.
func ReadBuild() Build {
	b := readBuildInfo()
	if version != "" {
		b.Version = version
	}
	if commit != "" {
		b.Commit = commit
	}
	return b
}

func readBuildInfo() Build {
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
