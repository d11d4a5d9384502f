package simchain_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/didx/didx/internal/testenv"
)

// TestForgottenNonceCountsThePool covers a send that failed to its caller after its
// transaction reached the pool (a stopped traffic generator): the account's next transaction
// takes the next nonce instead of replacing the pooled one, and both are mined.
func TestForgottenNonceCountsThePool(t *testing.T) {
	ctx := context.Background()
	c := testenv.Chain(t, 2)
	_, tok, err := c.DeployToken(ctx, "T", "T")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tok.Mint(c.Transactor(0, 300_000), c.Accounts[1], big.NewInt(1)); err != nil {
		t.Fatal(err)
	}
	c.Forget(0)
	if _, err := tok.Mint(c.Transactor(0, 300_000), c.Accounts[1], big.NewInt(2)); err != nil {
		t.Fatalf("second send after Forget: %v", err)
	}
	c.Commit()
	got, err := tok.BalanceOf(nil, c.Accounts[1])
	if err != nil {
		t.Fatal(err)
	}
	if got.Int64() != 3 {
		t.Fatalf("balance %d after both mints, want 3", got)
	}
}
