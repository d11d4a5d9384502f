// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import "./SecurityToken.sol";

/// @title SmartToken emits the SMART protocol's event layout: the acting sender first and indexed.
contract SmartToken is SecurityToken {
    event AddressFrozen(address indexed sender, address indexed userAddress, bool indexed isFrozen);
    event TokensFrozen(address indexed sender, address indexed user, uint256 amount);
    event TokensUnfrozen(address indexed sender, address indexed user, uint256 amount);
    event Paused(address indexed account);
    event Unpaused(address indexed account);
    event MintCompleted(address indexed sender, address indexed to, uint256 amount);
    event BurnCompleted(address indexed sender, address indexed from, uint256 amount);
    event TransferCompleted(address indexed sender, address indexed from, address indexed to, uint256 amount);
    event Redeemed(address indexed sender, uint256 amount);
    event ForcedTransfer(address indexed sender, address indexed from, address indexed to, uint256 amount);
    event TokensRecovered(address indexed sender, address indexed lostWallet, address indexed newWallet, uint256 amount);
    event ComplianceModuleAdded(address indexed sender, address indexed module, bytes params);
    event ComplianceModuleRemoved(address indexed sender, address indexed module);
    event ModuleParametersUpdated(address indexed sender, address indexed module, bytes params);
    event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender);
    event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender);

    constructor(string memory name_, string memory symbol_) SecurityToken(name_, symbol_) {}

    function _addressFrozen(address account, bool freeze) internal override {
        emit AddressFrozen(msg.sender, account, freeze);
    }

    function _tokensFrozen(address account, uint256 amount) internal override {
        emit TokensFrozen(msg.sender, account, amount);
    }

    function _tokensUnfrozen(address account, uint256 amount) internal override {
        emit TokensUnfrozen(msg.sender, account, amount);
    }

    function _paused() internal override {
        emit Paused(msg.sender);
    }

    function _unpaused() internal override {
        emit Unpaused(msg.sender);
    }

    function _mintCompleted(address to, uint256 amount) internal override {
        emit MintCompleted(msg.sender, to, amount);
    }

    function _burnCompleted(address from, uint256 amount) internal override {
        emit BurnCompleted(msg.sender, from, amount);
    }

    function _transferCompleted(address from, address to, uint256 amount) internal override {
        emit TransferCompleted(msg.sender, from, to, amount);
    }

    function _redeemed(uint256 amount) internal override {
        emit Redeemed(msg.sender, amount);
    }

    function _forcedTransfer(address from, address to, uint256 amount) internal override {
        emit ForcedTransfer(msg.sender, from, to, amount);
    }

    function _recovered(address lostWallet, address newWallet, uint256 amount) internal override {
        emit TokensRecovered(msg.sender, lostWallet, newWallet, amount);
    }

    function _moduleAdded(address module, bytes calldata params) internal override {
        emit ComplianceModuleAdded(msg.sender, module, params);
    }

    function _moduleRemoved(address module) internal override {
        emit ComplianceModuleRemoved(msg.sender, module);
    }

    function _moduleParameters(address module, bytes calldata params) internal override {
        emit ModuleParametersUpdated(msg.sender, module, params);
    }

    function _roleChanged(bytes32 role, address account, bool granted) internal override {
        if (granted) {
            emit RoleGranted(role, account, msg.sender);
        } else {
            emit RoleRevoked(role, account, msg.sender);
        }
    }
}
