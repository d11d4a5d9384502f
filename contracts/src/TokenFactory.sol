// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import "./Token.sol";

/// @title TokenFactory creates tokens the way the tokenization platform's token factories do, announcing
/// each with TokenAssetCreated. A token mints its initial supply before the announcement, so its first
/// Transfer precedes, in the same transaction, the event that makes it known.
contract TokenFactory {
    event TokenAssetCreated(
        address indexed sender,
        address indexed tokenAddress,
        address indexed tokenIdentity,
        bytes4[] interfaces,
        address accessManager
    );

    /// @notice Creates a token and mints supply to holder.
    function create(string calldata name, string calldata symbol, address holder, uint256 supply)
        external
        returns (address token)
    {
        Token t = new Token(name, symbol);
        t.mint(holder, supply);
        bytes4[] memory interfaces = new bytes4[](1);
        interfaces[0] = 0x36372b07;
        emit TokenAssetCreated(msg.sender, address(t), address(0), interfaces, address(this));
        return address(t);
    }
}
