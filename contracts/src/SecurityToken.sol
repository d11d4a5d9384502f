// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title SecurityToken is the ERC-3643 logic that didx's tests and dev chain index, with the
/// events left to its two layouts: SmartToken (SMART protocol) and TrexToken (T-REX).
/// @notice Balances move only with Transfer. A forced transfer or burn beyond the free balance
/// unfreezes the difference first; a recovery moves the balance, the frozen tokens and the
/// address freeze to the new wallet. Every function is open: access control is not what is tested.
abstract contract SecurityToken {
    string public name;
    string public symbol;
    uint8 public constant decimals = 18;
    uint256 public totalSupply;
    bool public paused;

    mapping(address => uint256) public balanceOf;
    mapping(address => uint256) private _frozenTokens;
    mapping(address => bool) private _frozen;

    event Transfer(address indexed from, address indexed to, uint256 value);

    error TokenPaused();
    error AddressIsFrozen(address account);
    error InsufficientFree(address account, uint256 free, uint256 needed);
    error NothingToRecover(address lostWallet);

    constructor(string memory name_, string memory symbol_) {
        name = name_;
        symbol = symbol_;
    }

    function isFrozen(address account) external view returns (bool) {
        return _frozen[account];
    }

    function getFrozenTokens(address account) external view returns (uint256) {
        return _frozenTokens[account];
    }

    function transfer(address to, uint256 amount) external returns (bool) {
        if (paused) revert TokenPaused();
        if (_frozen[msg.sender]) revert AddressIsFrozen(msg.sender);
        if (_frozen[to]) revert AddressIsFrozen(to);
        uint256 free = balanceOf[msg.sender] - _frozenTokens[msg.sender];
        if (amount > free) revert InsufficientFree(msg.sender, free, amount);
        _move(msg.sender, to, amount);
        _transferCompleted(msg.sender, to, amount);
        return true;
    }

    function mint(address to, uint256 amount) external {
        totalSupply += amount;
        balanceOf[to] += amount;
        emit Transfer(address(0), to, amount);
        _mintCompleted(to, amount);
    }

    function burn(address from, uint256 amount) external {
        _unfreezeBeyondFree(from, amount);
        balanceOf[from] -= amount;
        totalSupply -= amount;
        emit Transfer(from, address(0), amount);
        _burnCompleted(from, amount);
    }

    function redeem(uint256 amount) external {
        uint256 free = balanceOf[msg.sender] - _frozenTokens[msg.sender];
        if (amount > free) revert InsufficientFree(msg.sender, free, amount);
        balanceOf[msg.sender] -= amount;
        totalSupply -= amount;
        emit Transfer(msg.sender, address(0), amount);
        _redeemed(amount);
    }

    function forcedTransfer(address from, address to, uint256 amount) external returns (bool) {
        _unfreezeBeyondFree(from, amount);
        _move(from, to, amount);
        _forcedTransfer(from, to, amount);
        return true;
    }

    function setAddressFrozen(address account, bool freeze) external {
        _frozen[account] = freeze;
        _addressFrozen(account, freeze);
    }

    function freezePartialTokens(address account, uint256 amount) external {
        uint256 free = balanceOf[account] - _frozenTokens[account];
        if (amount > free) revert InsufficientFree(account, free, amount);
        _frozenTokens[account] += amount;
        _tokensFrozen(account, amount);
    }

    function unfreezePartialTokens(address account, uint256 amount) external {
        _frozenTokens[account] -= amount;
        _tokensUnfrozen(account, amount);
    }

    function pause() external {
        paused = true;
        _paused();
    }

    function unpause() external {
        paused = false;
        _unpaused();
    }

    function recoveryAddress(address lostWallet, address newWallet) external returns (bool) {
        uint256 amount = balanceOf[lostWallet];
        if (amount == 0) revert NothingToRecover(lostWallet);
        uint256 frozenTokens = _frozenTokens[lostWallet];
        if (frozenTokens > 0) {
            _frozenTokens[lostWallet] = 0;
            _tokensUnfrozen(lostWallet, frozenTokens);
        }
        _move(lostWallet, newWallet, amount);
        if (frozenTokens > 0) {
            _frozenTokens[newWallet] += frozenTokens;
            _tokensFrozen(newWallet, frozenTokens);
        }
        if (_frozen[lostWallet]) {
            _frozen[lostWallet] = false;
            _addressFrozen(lostWallet, false);
            _frozen[newWallet] = true;
            _addressFrozen(newWallet, true);
        }
        _recovered(lostWallet, newWallet, amount);
        return true;
    }

    function addModule(address module, bytes calldata params) external {
        _moduleAdded(module, params);
    }

    function removeModule(address module) external {
        _moduleRemoved(module);
    }

    function setModuleParameters(address module, bytes calldata params) external {
        _moduleParameters(module, params);
    }

    function grantRole(bytes32 role, address account) external {
        _roleChanged(role, account, true);
    }

    function revokeRole(bytes32 role, address account) external {
        _roleChanged(role, account, false);
    }

    function _move(address from, address to, uint256 amount) private {
        uint256 bal = balanceOf[from];
        if (bal < amount) revert InsufficientFree(from, bal, amount);
        balanceOf[from] = bal - amount;
        balanceOf[to] += amount;
        emit Transfer(from, to, amount);
    }

    function _unfreezeBeyondFree(address from, uint256 amount) private {
        uint256 free = balanceOf[from] - _frozenTokens[from];
        if (amount > free && amount <= balanceOf[from]) {
            uint256 unfreeze = amount - free;
            _frozenTokens[from] -= unfreeze;
            _tokensUnfrozen(from, unfreeze);
        }
    }

    function _addressFrozen(address account, bool freeze) internal virtual;
    function _tokensFrozen(address account, uint256 amount) internal virtual;
    function _tokensUnfrozen(address account, uint256 amount) internal virtual;
    function _paused() internal virtual;
    function _unpaused() internal virtual;
    function _mintCompleted(address to, uint256 amount) internal virtual;
    function _burnCompleted(address from, uint256 amount) internal virtual;
    function _transferCompleted(address from, address to, uint256 amount) internal virtual;
    function _redeemed(uint256 amount) internal virtual;
    function _forcedTransfer(address from, address to, uint256 amount) internal virtual;
    function _recovered(address lostWallet, address newWallet, uint256 amount) internal virtual;
    function _moduleAdded(address module, bytes calldata params) internal virtual;
    function _moduleRemoved(address module) internal virtual;
    function _moduleParameters(address module, bytes calldata params) internal virtual;
    function _roleChanged(bytes32 role, address account, bool granted) internal virtual;
}
