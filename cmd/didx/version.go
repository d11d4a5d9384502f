package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/didx/didx/indexer"
)

type versionCmd struct {
	JSON bool `help:"Print one JSON object."`
}

func (v *versionCmd) Run() error {
	b := indexer.ReadBuild()
	if v.JSON {
		return json.NewEncoder(os.Stdout).Encode(b)
	}
	commit := b.Commit
	if b.Modified {
		commit += " (modified)"
	}
	fmt.Printf("didx %s\ncommit %s\n%s\n", b.Version, commit, b.GoVersion)
	return nil
}
