#!/usr/bin/env bash
# Compiles the Solidity sources with the pinned solc (npm) and regenerates the ABIs, bytecode and Go bindings.
set -euo pipefail
cd "$(dirname "$0")"
[ -x node_modules/.bin/solcjs ] || npm install --no-audit --no-fund
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for c in Token Rogue TokenFactory SmartToken TrexToken IdentityRegistry; do
  node_modules/.bin/solcjs --optimize --abi --bin --base-path . -o "$out" "src/$c.sol"
  cp "$out/src_${c}_sol_${c}.abi" "abi/$c.abi"
  cp "$out/src_${c}_sol_${c}.bin" "abi/$c.bin"
  lower=$(echo "$c" | tr '[:upper:]' '[:lower:]')
  go run github.com/ethereum/go-ethereum/cmd/abigen@v1.17.10 --abi "abi/$c.abi" --bin "abi/$c.bin" --pkg contracts --type "$c" --out "$lower.go"
done
