// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title IdentityRegistry maps investor wallets to their identity contract and country, emitting
/// the SMART layout (sender first, country in the events) or, with trex, the T-REX layout (no
/// sender; a registration carries no country, which indexers read with investorCountry).
contract IdentityRegistry {
    bool public immutable trex;

    mapping(address => address) public identity;
    mapping(address => uint16) public investorCountry;

    event IdentityRegistered(address indexed sender, address indexed investor, address indexed identity, uint16 country);
    event IdentityRemoved(address indexed sender, address indexed investor, address indexed identity);
    event IdentityUpdated(address indexed sender, address indexed oldIdentity, address indexed newIdentity);
    event CountryUpdated(address indexed sender, address indexed investor, uint16 indexed country);

    error AlreadyRegistered(address investor);
    error NotRegistered(address investor);

    constructor(bool trex_) {
        trex = trex_;
    }

    function contains(address investor) external view returns (bool) {
        return identity[investor] != address(0);
    }

    function registerIdentity(address investor, address id, uint16 country) external {
        if (identity[investor] != address(0)) revert AlreadyRegistered(investor);
        identity[investor] = id;
        investorCountry[investor] = country;
        if (trex) {
            _log3(keccak256("IdentityRegistered(address,address)"), investor, id);
        } else {
            emit IdentityRegistered(msg.sender, investor, id, country);
        }
    }

    function deleteIdentity(address investor) external {
        address id = identity[investor];
        if (id == address(0)) revert NotRegistered(investor);
        delete identity[investor];
        delete investorCountry[investor];
        if (trex) {
            _log3(keccak256("IdentityRemoved(address,address)"), investor, id);
        } else {
            emit IdentityRemoved(msg.sender, investor, id);
        }
    }

    function updateIdentity(address investor, address id) external {
        address old = identity[investor];
        if (old == address(0)) revert NotRegistered(investor);
        identity[investor] = id;
        if (trex) {
            _log3(keccak256("IdentityUpdated(address,address)"), old, id);
        } else {
            emit IdentityUpdated(msg.sender, old, id);
        }
    }

    function updateCountry(address investor, uint16 country) external {
        if (identity[investor] == address(0)) revert NotRegistered(investor);
        investorCountry[investor] = country;
        if (trex) {
            _log3(keccak256("CountryUpdated(address,uint16)"), investor, bytes32(uint256(country)));
        } else {
            emit CountryUpdated(msg.sender, investor, country);
        }
    }

    function _log3(bytes32 topic, address a, address b) private {
        _log3(topic, a, bytes32(uint256(uint160(b))));
    }

    function _log3(bytes32 topic, address a, bytes32 b) private {
        assembly {
            log3(0, 0, topic, a, b)
        }
    }
}
