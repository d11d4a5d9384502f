// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contracts

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// RogueMetaData contains all meta data concerning the Rogue contract.
var RogueMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"emitNFTTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b5060ed8061001b5f395ff3fe6080604052348015600e575f5ffd5b50600436106026575f3560e01c80639d2a02c614602a575b5f5ffd5b603960353660046083565b603b565b005b7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef818385835f80a450505050565b80356001600160a01b0381168114607e575f5ffd5b919050565b5f5f5f606084860312156094575f5ffd5b609b846069565b925060a7602085016069565b915060408401359050925092509256fea26469706673582212207d872f1cbe93d8a4e853a4e3991df682f4706f7b40b0ccfe32e0817ab104357c64736f6c634300081c0033",
}

// RogueABI is the input ABI used to generate the binding from.
// Deprecated: Use RogueMetaData.ABI instead.
var RogueABI = RogueMetaData.ABI

// RogueBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use RogueMetaData.Bin instead.
var RogueBin = RogueMetaData.Bin

// DeployRogue deploys a new Ethereum contract, binding an instance of Rogue to it.
func DeployRogue(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *Rogue, error) {
	parsed, err := RogueMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(RogueBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &Rogue{RogueCaller: RogueCaller{contract: contract}, RogueTransactor: RogueTransactor{contract: contract}, RogueFilterer: RogueFilterer{contract: contract}}, nil
}

// Rogue is an auto generated Go binding around an Ethereum contract.
type Rogue struct {
	RogueCaller     // Read-only binding to the contract
	RogueTransactor // Write-only binding to the contract
	RogueFilterer   // Log filterer for contract events
}

// RogueCaller is an auto generated read-only Go binding around an Ethereum contract.
type RogueCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RogueTransactor is an auto generated write-only Go binding around an Ethereum contract.
type RogueTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RogueFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type RogueFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RogueSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type RogueSession struct {
	Contract     *Rogue            // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// RogueCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type RogueCallerSession struct {
	Contract *RogueCaller  // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts // Call options to use throughout this session
}

// RogueTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type RogueTransactorSession struct {
	Contract     *RogueTransactor  // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// RogueRaw is an auto generated low-level Go binding around an Ethereum contract.
type RogueRaw struct {
	Contract *Rogue // Generic contract binding to access the raw methods on
}

// RogueCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type RogueCallerRaw struct {
	Contract *RogueCaller // Generic read-only contract binding to access the raw methods on
}

// RogueTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type RogueTransactorRaw struct {
	Contract *RogueTransactor // Generic write-only contract binding to access the raw methods on
}

// NewRogue creates a new instance of Rogue, bound to a specific deployed contract.
func NewRogue(address common.Address, backend bind.ContractBackend) (*Rogue, error) {
	contract, err := bindRogue(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &Rogue{RogueCaller: RogueCaller{contract: contract}, RogueTransactor: RogueTransactor{contract: contract}, RogueFilterer: RogueFilterer{contract: contract}}, nil
}

// NewRogueCaller creates a new read-only instance of Rogue, bound to a specific deployed contract.
func NewRogueCaller(address common.Address, caller bind.ContractCaller) (*RogueCaller, error) {
	contract, err := bindRogue(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &RogueCaller{contract: contract}, nil
}

// NewRogueTransactor creates a new write-only instance of Rogue, bound to a specific deployed contract.
func NewRogueTransactor(address common.Address, transactor bind.ContractTransactor) (*RogueTransactor, error) {
	contract, err := bindRogue(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &RogueTransactor{contract: contract}, nil
}

// NewRogueFilterer creates a new log filterer instance of Rogue, bound to a specific deployed contract.
func NewRogueFilterer(address common.Address, filterer bind.ContractFilterer) (*RogueFilterer, error) {
	contract, err := bindRogue(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &RogueFilterer{contract: contract}, nil
}

// bindRogue binds a generic wrapper to an already deployed contract.
func bindRogue(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := RogueMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Rogue *RogueRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Rogue.Contract.RogueCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Rogue *RogueRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Rogue.Contract.RogueTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Rogue *RogueRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Rogue.Contract.RogueTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Rogue *RogueCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Rogue.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Rogue *RogueTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Rogue.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Rogue *RogueTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Rogue.Contract.contract.Transact(opts, method, params...)
}

// EmitNFTTransfer is a paid mutator transaction binding the contract method 0x9d2a02c6.
//
// Solidity: function emitNFTTransfer(address from, address to, uint256 tokenId) returns()
func (_Rogue *RogueTransactor) EmitNFTTransfer(opts *bind.TransactOpts, from common.Address, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _Rogue.contract.Transact(opts, "emitNFTTransfer", from, to, tokenId)
}

// EmitNFTTransfer is a paid mutator transaction binding the contract method 0x9d2a02c6.
//
// Solidity: function emitNFTTransfer(address from, address to, uint256 tokenId) returns()
func (_Rogue *RogueSession) EmitNFTTransfer(from common.Address, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _Rogue.Contract.EmitNFTTransfer(&_Rogue.TransactOpts, from, to, tokenId)
}

// EmitNFTTransfer is a paid mutator transaction binding the contract method 0x9d2a02c6.
//
// Solidity: function emitNFTTransfer(address from, address to, uint256 tokenId) returns()
func (_Rogue *RogueTransactorSession) EmitNFTTransfer(from common.Address, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _Rogue.Contract.EmitNFTTransfer(&_Rogue.TransactOpts, from, to, tokenId)
}
