// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import "./SecurityToken.sol";

/// @title TrexToken emits the T-REX (ERC-3643 reference) event layout. With indexedAmounts it
/// emits TokensFrozen and TokensUnfrozen with the amount indexed, as an earlier T-REX version
/// did under the same topic0.
contract TrexToken is SecurityToken {
    bool public immutable indexedAmounts;

    event AddressFrozen(address indexed userAddress, bool indexed isFrozen, address indexed owner);
    event TokensFrozen(address indexed userAddress, uint256 amount);
    event TokensUnfrozen(address indexed userAddress, uint256 amount);
    event Paused(address account);
    event Unpaused(address account);
    event AgentAdded(address indexed agent);
    event AgentRemoved(address indexed agent);

    constructor(string memory name_, string memory symbol_, bool indexedAmounts_) SecurityToken(name_, symbol_) {
        indexedAmounts = indexedAmounts_;
    }

    function _addressFrozen(address account, bool freeze) internal override {
        emit AddressFrozen(account, freeze, msg.sender);
    }

    function _tokensFrozen(address account, uint256 amount) internal override {
        _amountEvent(keccak256("TokensFrozen(address,uint256)"), account, amount);
    }

    function _tokensUnfrozen(address account, uint256 amount) internal override {
        _amountEvent(keccak256("TokensUnfrozen(address,uint256)"), account, amount);
    }

    function _amountEvent(bytes32 topic, address account, uint256 amount) private {
        if (!indexedAmounts) {
            assembly {
                let p := mload(0x40)
                mstore(p, amount)
                log2(p, 32, topic, account)
            }
        } else {
            assembly {
                log3(0, 0, topic, account, amount)
            }
        }
    }

    function _paused() internal override {
        emit Paused(msg.sender);
    }

    function _unpaused() internal override {
        emit Unpaused(msg.sender);
    }

    function _mintCompleted(address, uint256) internal override {}

    function _burnCompleted(address, uint256) internal override {}

    function _transferCompleted(address, address, uint256) internal override {}

    function _redeemed(uint256) internal override {}

    function _forcedTransfer(address, address, uint256) internal override {}

    function _recovered(address, address, uint256) internal override {}

    function _moduleAdded(address, bytes calldata) internal override {}

    function _moduleRemoved(address) internal override {}

    function _moduleParameters(address, bytes calldata) internal override {}

    function _roleChanged(bytes32, address account, bool granted) internal override {
        if (granted) {
            emit AgentAdded(account);
        } else {
            emit AgentRemoved(account);
        }
    }
}
