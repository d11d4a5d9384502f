// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title Rogue emits logs under the ERC-20 Transfer topic that do not decode as an ERC-20 Transfer
/// (the ERC-721 shape: three indexed arguments and no data), so tests can check that such a log is
/// counted and recorded without stopping the indexer.
contract Rogue {
    bytes32 constant TRANSFER = keccak256("Transfer(address,address,uint256)");

    function emitNFTTransfer(address from, address to, uint256 tokenId) external {
        bytes32 t = TRANSFER;
        assembly {
            log4(0, 0, t, from, to, tokenId)
        }
    }
}
