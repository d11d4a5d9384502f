//go:build nodev

package main

// devCommands is empty in a production build: `didx dev` is one `make run` away in a clone.
type devCommands struct{}
