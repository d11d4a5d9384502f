//go:build !nodev

// Command simnode runs a simulated chain for didx's tests in a process of its own: the tests
// are built with the race detector, this is not, so the chain runs at full speed and its
// dependencies compile once. It prints where it serves (simchain.Addresses, one JSON line) and
// runs until its standard input closes.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"

	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/didx/didx/internal/simchain"
	"github.com/didx/didx/internal/simnode"
)

func main() {
	id := flag.Uint64("id", simchain.ChainID, "chain id")
	accounts := flag.Int("accounts", 2, "funded accounts (simchain.Keys)")
	archive := flag.Bool("archive", false, "keep the state of every block")
	flag.Parse()
	if err := run(*id, *accounts, *archive); err != nil {
		fmt.Fprintln(os.Stderr, "simnode:", err)
		os.Exit(1)
	}
}

func run(id uint64, accounts int, archive bool) error {
	log.SetDefault(log.NewLogger(log.DiscardHandler()))
	_, addrs := simchain.Keys(accounts)
	node, err := simnode.Start(id, addrs, archive)
	if err != nil {
		return err
	}
	defer node.Close()
	srv := rpc.NewServer()
	defer srv.Stop()
	if err := srv.RegisterName("sim", simnode.NewControl(node)); err != nil {
		return err
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	go func() { _ = http.Serve(l, srv) }()
	defer l.Close()
	if err := json.NewEncoder(os.Stdout).Encode(simchain.Addresses{URL: node.URL, WSURL: node.WSURL,
		Control: "http://" + l.Addr().String()}); err != nil {
		return err
	}
	_, _ = io.Copy(io.Discard, os.Stdin)
	return nil
}
