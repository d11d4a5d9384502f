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

// IdentityRegistryMetaData contains all meta data concerning the IdentityRegistry contract.
var IdentityRegistryMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"trex_\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"investor\",\"type\":\"address\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"investor\",\"type\":\"address\"}],\"name\":\"NotRegistered\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"investor\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"CountryUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"investor\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"identity\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"IdentityRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"investor\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"identity\",\"type\":\"address\"}],\"name\":\"IdentityRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"oldIdentity\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newIdentity\",\"type\":\"address\"}],\"name\":\"IdentityUpdated\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"investor\",\"type\":\"address\"}],\"name\":\"contains\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"investor\",\"type\":\"address\"}],\"name\":\"deleteIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"identity\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"investorCountry\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"investor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"id\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"registerIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"trex\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"investor\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"updateCountry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"investor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"id\",\"type\":\"address\"}],\"name\":\"updateIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60a060405234801561000f575f5ffd5b506040516107b93803806107b983398101604081905261002e91610038565b151560805261005e565b5f60208284031215610048575f5ffd5b81518015158114610057575f5ffd5b9392505050565b6080516107276100925f395f8181610154015281816102250152818161034301528181610457015261056001526107275ff3fe608060405234801561000f575f5ffd5b5060043610610085575f3560e01c80638e098ca1116100585780638e098ca114610129578063a8d29d1d1461013c578063b38795861461014f578063f0eb5e5414610176575f5ffd5b80633b239a7f14610089578063454a03e01461009e5780635dbe47e8146100b15780637e42683b146100f3575b5f5ffd5b61009c610097366004610638565b6101b6565b005b61009c6100ac366004610669565b6102bb565b6100de6100bf3660046106a9565b6001600160a01b039081165f9081526020819052604090205416151590565b60405190151581526020015b60405180910390f35b6101166101013660046106a9565b60016020525f908152604090205461ffff1681565b60405161ffff90911681526020016100ea565b61009c6101373660046106c9565b6103e5565b61009c61014a3660046106a9565b6104e5565b6100de7f000000000000000000000000000000000000000000000000000000000000000081565b61019e6101843660046106a9565b5f602081905290815260409020546001600160a01b031681565b6040516001600160a01b0390911681526020016100ea565b6001600160a01b038281165f90815260208190526040902054166101fd5760405163bfc6c33760e01b81526001600160a01b03831660048201526024015b60405180910390fd5b6001600160a01b0382165f908152600160205260409020805461ffff191661ffff83161790557f00000000000000000000000000000000000000000000000000000000000000001561027c576102787f04ed3b726495c2dca1ff1215d9ca54e1a4030abb5e82b0f6ce55702416cee8538361ffff84166105ed565b5050565b60405161ffff8216906001600160a01b0384169033907fcac7061b6cbeaa6b9ac84616fd7af5e7d0e57e1b4b028d18261698d29a5054ba905f90a45050565b6001600160a01b038381165f9081526020819052604090205416156102fe576040516345ed80e960e01b81526001600160a01b03841660048201526024016101f4565b6001600160a01b038381165f9081526020818152604080832080546001600160a01b031916948716949094179093556001905220805461ffff191661ffff83161790557f000000000000000000000000000000000000000000000000000000000000000015610397576103927f6ae73635c50d24a45af6fbd5e016ac4bed179addbc8bf24e04ff0fcc6d33af1984846105f8565b505050565b60405161ffff821681526001600160a01b03808416919085169033907f6680dc6d23915f02197cb4ac29f4b00443a14ca1cbe22d6b93045c32b98a82379060200160405180910390a4505050565b6001600160a01b038083165f9081526020819052604090205416806104285760405163bfc6c33760e01b81526001600160a01b03841660048201526024016101f4565b6001600160a01b038381165f90815260208190526040902080546001600160a01b0319169184169190911790557f0000000000000000000000000000000000000000000000000000000000000000156104a6576103927fe98082932c8056a0f514da9104e4a66bc2cbaef102ad59d90c4b24220ebf601082846105f8565b6040516001600160a01b03808416919083169033907f9e8fe855fb89edef1315cb1d05f3b5e083450023e05286452fe6bee9179aca8c905f90a4505050565b6001600160a01b038082165f9081526020819052604090205416806105285760405163bfc6c33760e01b81526001600160a01b03831660048201526024016101f4565b6001600160a01b0382165f9081526020818152604080832080546001600160a01b031916905560019091529020805461ffff191690557f0000000000000000000000000000000000000000000000000000000000000000156105af576102787f59d6590e225b81befe259af056324092801080acbb7feab310eb34678871f32783836105f8565b6040516001600160a01b03808316919084169033907fe08c9a3c1d21f02066d00c9f7a9b2423a12b17569c3bc0cb4e84ca48d38e4a56905f90a45050565b8082845f5fa3505050565b61039283836001600160a01b0384166105ed565b80356001600160a01b0381168114610622575f5ffd5b919050565b803561ffff81168114610622575f5ffd5b5f5f60408385031215610649575f5ffd5b6106528361060c565b915061066060208401610627565b90509250929050565b5f5f5f6060848603121561067b575f5ffd5b6106848461060c565b92506106926020850161060c565b91506106a060408501610627565b90509250925092565b5f602082840312156106b9575f5ffd5b6106c28261060c565b9392505050565b5f5f604083850312156106da575f5ffd5b6106e38361060c565b91506106606020840161060c56fea26469706673582212200f66ea6c9ffb35fe945420b04a5b6b0e3a2816cf0da875d789f2aef4b0b84faa64736f6c634300081c0033",
}

// IdentityRegistryABI is the input ABI used to generate the binding from.
// Deprecated: Use IdentityRegistryMetaData.ABI instead.
var IdentityRegistryABI = IdentityRegistryMetaData.ABI

// IdentityRegistryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use IdentityRegistryMetaData.Bin instead.
var IdentityRegistryBin = IdentityRegistryMetaData.Bin

// DeployIdentityRegistry deploys a new Ethereum contract, binding an instance of IdentityRegistry to it.
func DeployIdentityRegistry(auth *bind.TransactOpts, backend bind.ContractBackend, trex_ bool) (common.Address, *types.Transaction, *IdentityRegistry, error) {
	parsed, err := IdentityRegistryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(IdentityRegistryBin), backend, trex_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &IdentityRegistry{IdentityRegistryCaller: IdentityRegistryCaller{contract: contract}, IdentityRegistryTransactor: IdentityRegistryTransactor{contract: contract}, IdentityRegistryFilterer: IdentityRegistryFilterer{contract: contract}}, nil
}

// IdentityRegistry is an auto generated Go binding around an Ethereum contract.
type IdentityRegistry struct {
	IdentityRegistryCaller     // Read-only binding to the contract
	IdentityRegistryTransactor // Write-only binding to the contract
	IdentityRegistryFilterer   // Log filterer for contract events
}

// IdentityRegistryCaller is an auto generated read-only Go binding around an Ethereum contract.
type IdentityRegistryCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IdentityRegistryTransactor is an auto generated write-only Go binding around an Ethereum contract.
type IdentityRegistryTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IdentityRegistryFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type IdentityRegistryFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// IdentityRegistrySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type IdentityRegistrySession struct {
	Contract     *IdentityRegistry // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// IdentityRegistryCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type IdentityRegistryCallerSession struct {
	Contract *IdentityRegistryCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts           // Call options to use throughout this session
}

// IdentityRegistryTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type IdentityRegistryTransactorSession struct {
	Contract     *IdentityRegistryTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts           // Transaction auth options to use throughout this session
}

// IdentityRegistryRaw is an auto generated low-level Go binding around an Ethereum contract.
type IdentityRegistryRaw struct {
	Contract *IdentityRegistry // Generic contract binding to access the raw methods on
}

// IdentityRegistryCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type IdentityRegistryCallerRaw struct {
	Contract *IdentityRegistryCaller // Generic read-only contract binding to access the raw methods on
}

// IdentityRegistryTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type IdentityRegistryTransactorRaw struct {
	Contract *IdentityRegistryTransactor // Generic write-only contract binding to access the raw methods on
}

// NewIdentityRegistry creates a new instance of IdentityRegistry, bound to a specific deployed contract.
func NewIdentityRegistry(address common.Address, backend bind.ContractBackend) (*IdentityRegistry, error) {
	contract, err := bindIdentityRegistry(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &IdentityRegistry{IdentityRegistryCaller: IdentityRegistryCaller{contract: contract}, IdentityRegistryTransactor: IdentityRegistryTransactor{contract: contract}, IdentityRegistryFilterer: IdentityRegistryFilterer{contract: contract}}, nil
}

// NewIdentityRegistryCaller creates a new read-only instance of IdentityRegistry, bound to a specific deployed contract.
func NewIdentityRegistryCaller(address common.Address, caller bind.ContractCaller) (*IdentityRegistryCaller, error) {
	contract, err := bindIdentityRegistry(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &IdentityRegistryCaller{contract: contract}, nil
}

// NewIdentityRegistryTransactor creates a new write-only instance of IdentityRegistry, bound to a specific deployed contract.
func NewIdentityRegistryTransactor(address common.Address, transactor bind.ContractTransactor) (*IdentityRegistryTransactor, error) {
	contract, err := bindIdentityRegistry(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &IdentityRegistryTransactor{contract: contract}, nil
}

// NewIdentityRegistryFilterer creates a new log filterer instance of IdentityRegistry, bound to a specific deployed contract.
func NewIdentityRegistryFilterer(address common.Address, filterer bind.ContractFilterer) (*IdentityRegistryFilterer, error) {
	contract, err := bindIdentityRegistry(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &IdentityRegistryFilterer{contract: contract}, nil
}

// bindIdentityRegistry binds a generic wrapper to an already deployed contract.
func bindIdentityRegistry(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := IdentityRegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_IdentityRegistry *IdentityRegistryRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _IdentityRegistry.Contract.IdentityRegistryCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_IdentityRegistry *IdentityRegistryRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _IdentityRegistry.Contract.IdentityRegistryTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_IdentityRegistry *IdentityRegistryRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _IdentityRegistry.Contract.IdentityRegistryTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_IdentityRegistry *IdentityRegistryCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _IdentityRegistry.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_IdentityRegistry *IdentityRegistryTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _IdentityRegistry.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_IdentityRegistry *IdentityRegistryTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _IdentityRegistry.Contract.contract.Transact(opts, method, params...)
}

// Contains is a free data retrieval call binding the contract method 0x5dbe47e8.
//
// Solidity: function contains(address investor) view returns(bool)
func (_IdentityRegistry *IdentityRegistryCaller) Contains(opts *bind.CallOpts, investor common.Address) (bool, error) {
	var out []interface{}
	err := _IdentityRegistry.contract.Call(opts, &out, "contains", investor)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Contains is a free data retrieval call binding the contract method 0x5dbe47e8.
//
// Solidity: function contains(address investor) view returns(bool)
func (_IdentityRegistry *IdentityRegistrySession) Contains(investor common.Address) (bool, error) {
	return _IdentityRegistry.Contract.Contains(&_IdentityRegistry.CallOpts, investor)
}

// Contains is a free data retrieval call binding the contract method 0x5dbe47e8.
//
// Solidity: function contains(address investor) view returns(bool)
func (_IdentityRegistry *IdentityRegistryCallerSession) Contains(investor common.Address) (bool, error) {
	return _IdentityRegistry.Contract.Contains(&_IdentityRegistry.CallOpts, investor)
}

// Identity is a free data retrieval call binding the contract method 0xf0eb5e54.
//
// Solidity: function identity(address ) view returns(address)
func (_IdentityRegistry *IdentityRegistryCaller) Identity(opts *bind.CallOpts, arg0 common.Address) (common.Address, error) {
	var out []interface{}
	err := _IdentityRegistry.contract.Call(opts, &out, "identity", arg0)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Identity is a free data retrieval call binding the contract method 0xf0eb5e54.
//
// Solidity: function identity(address ) view returns(address)
func (_IdentityRegistry *IdentityRegistrySession) Identity(arg0 common.Address) (common.Address, error) {
	return _IdentityRegistry.Contract.Identity(&_IdentityRegistry.CallOpts, arg0)
}

// Identity is a free data retrieval call binding the contract method 0xf0eb5e54.
//
// Solidity: function identity(address ) view returns(address)
func (_IdentityRegistry *IdentityRegistryCallerSession) Identity(arg0 common.Address) (common.Address, error) {
	return _IdentityRegistry.Contract.Identity(&_IdentityRegistry.CallOpts, arg0)
}

// InvestorCountry is a free data retrieval call binding the contract method 0x7e42683b.
//
// Solidity: function investorCountry(address ) view returns(uint16)
func (_IdentityRegistry *IdentityRegistryCaller) InvestorCountry(opts *bind.CallOpts, arg0 common.Address) (uint16, error) {
	var out []interface{}
	err := _IdentityRegistry.contract.Call(opts, &out, "investorCountry", arg0)

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// InvestorCountry is a free data retrieval call binding the contract method 0x7e42683b.
//
// Solidity: function investorCountry(address ) view returns(uint16)
func (_IdentityRegistry *IdentityRegistrySession) InvestorCountry(arg0 common.Address) (uint16, error) {
	return _IdentityRegistry.Contract.InvestorCountry(&_IdentityRegistry.CallOpts, arg0)
}

// InvestorCountry is a free data retrieval call binding the contract method 0x7e42683b.
//
// Solidity: function investorCountry(address ) view returns(uint16)
func (_IdentityRegistry *IdentityRegistryCallerSession) InvestorCountry(arg0 common.Address) (uint16, error) {
	return _IdentityRegistry.Contract.InvestorCountry(&_IdentityRegistry.CallOpts, arg0)
}

// Trex is a free data retrieval call binding the contract method 0xb3879586.
//
// Solidity: function trex() view returns(bool)
func (_IdentityRegistry *IdentityRegistryCaller) Trex(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _IdentityRegistry.contract.Call(opts, &out, "trex")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Trex is a free data retrieval call binding the contract method 0xb3879586.
//
// Solidity: function trex() view returns(bool)
func (_IdentityRegistry *IdentityRegistrySession) Trex() (bool, error) {
	return _IdentityRegistry.Contract.Trex(&_IdentityRegistry.CallOpts)
}

// Trex is a free data retrieval call binding the contract method 0xb3879586.
//
// Solidity: function trex() view returns(bool)
func (_IdentityRegistry *IdentityRegistryCallerSession) Trex() (bool, error) {
	return _IdentityRegistry.Contract.Trex(&_IdentityRegistry.CallOpts)
}

// DeleteIdentity is a paid mutator transaction binding the contract method 0xa8d29d1d.
//
// Solidity: function deleteIdentity(address investor) returns()
func (_IdentityRegistry *IdentityRegistryTransactor) DeleteIdentity(opts *bind.TransactOpts, investor common.Address) (*types.Transaction, error) {
	return _IdentityRegistry.contract.Transact(opts, "deleteIdentity", investor)
}

// DeleteIdentity is a paid mutator transaction binding the contract method 0xa8d29d1d.
//
// Solidity: function deleteIdentity(address investor) returns()
func (_IdentityRegistry *IdentityRegistrySession) DeleteIdentity(investor common.Address) (*types.Transaction, error) {
	return _IdentityRegistry.Contract.DeleteIdentity(&_IdentityRegistry.TransactOpts, investor)
}

// DeleteIdentity is a paid mutator transaction binding the contract method 0xa8d29d1d.
//
// Solidity: function deleteIdentity(address investor) returns()
func (_IdentityRegistry *IdentityRegistryTransactorSession) DeleteIdentity(investor common.Address) (*types.Transaction, error) {
	return _IdentityRegistry.Contract.DeleteIdentity(&_IdentityRegistry.TransactOpts, investor)
}

// RegisterIdentity is a paid mutator transaction binding the contract method 0x454a03e0.
//
// Solidity: function registerIdentity(address investor, address id, uint16 country) returns()
func (_IdentityRegistry *IdentityRegistryTransactor) RegisterIdentity(opts *bind.TransactOpts, investor common.Address, id common.Address, country uint16) (*types.Transaction, error) {
	return _IdentityRegistry.contract.Transact(opts, "registerIdentity", investor, id, country)
}

// RegisterIdentity is a paid mutator transaction binding the contract method 0x454a03e0.
//
// Solidity: function registerIdentity(address investor, address id, uint16 country) returns()
func (_IdentityRegistry *IdentityRegistrySession) RegisterIdentity(investor common.Address, id common.Address, country uint16) (*types.Transaction, error) {
	return _IdentityRegistry.Contract.RegisterIdentity(&_IdentityRegistry.TransactOpts, investor, id, country)
}

// RegisterIdentity is a paid mutator transaction binding the contract method 0x454a03e0.
//
// Solidity: function registerIdentity(address investor, address id, uint16 country) returns()
func (_IdentityRegistry *IdentityRegistryTransactorSession) RegisterIdentity(investor common.Address, id common.Address, country uint16) (*types.Transaction, error) {
	return _IdentityRegistry.Contract.RegisterIdentity(&_IdentityRegistry.TransactOpts, investor, id, country)
}

// UpdateCountry is a paid mutator transaction binding the contract method 0x3b239a7f.
//
// Solidity: function updateCountry(address investor, uint16 country) returns()
func (_IdentityRegistry *IdentityRegistryTransactor) UpdateCountry(opts *bind.TransactOpts, investor common.Address, country uint16) (*types.Transaction, error) {
	return _IdentityRegistry.contract.Transact(opts, "updateCountry", investor, country)
}

// UpdateCountry is a paid mutator transaction binding the contract method 0x3b239a7f.
//
// Solidity: function updateCountry(address investor, uint16 country) returns()
func (_IdentityRegistry *IdentityRegistrySession) UpdateCountry(investor common.Address, country uint16) (*types.Transaction, error) {
	return _IdentityRegistry.Contract.UpdateCountry(&_IdentityRegistry.TransactOpts, investor, country)
}

// UpdateCountry is a paid mutator transaction binding the contract method 0x3b239a7f.
//
// Solidity: function updateCountry(address investor, uint16 country) returns()
func (_IdentityRegistry *IdentityRegistryTransactorSession) UpdateCountry(investor common.Address, country uint16) (*types.Transaction, error) {
	return _IdentityRegistry.Contract.UpdateCountry(&_IdentityRegistry.TransactOpts, investor, country)
}

// UpdateIdentity is a paid mutator transaction binding the contract method 0x8e098ca1.
//
// Solidity: function updateIdentity(address investor, address id) returns()
func (_IdentityRegistry *IdentityRegistryTransactor) UpdateIdentity(opts *bind.TransactOpts, investor common.Address, id common.Address) (*types.Transaction, error) {
	return _IdentityRegistry.contract.Transact(opts, "updateIdentity", investor, id)
}

// UpdateIdentity is a paid mutator transaction binding the contract method 0x8e098ca1.
//
// Solidity: function updateIdentity(address investor, address id) returns()
func (_IdentityRegistry *IdentityRegistrySession) UpdateIdentity(investor common.Address, id common.Address) (*types.Transaction, error) {
	return _IdentityRegistry.Contract.UpdateIdentity(&_IdentityRegistry.TransactOpts, investor, id)
}

// UpdateIdentity is a paid mutator transaction binding the contract method 0x8e098ca1.
//
// Solidity: function updateIdentity(address investor, address id) returns()
func (_IdentityRegistry *IdentityRegistryTransactorSession) UpdateIdentity(investor common.Address, id common.Address) (*types.Transaction, error) {
	return _IdentityRegistry.Contract.UpdateIdentity(&_IdentityRegistry.TransactOpts, investor, id)
}

// IdentityRegistryCountryUpdatedIterator is returned from FilterCountryUpdated and is used to iterate over the raw logs and unpacked data for CountryUpdated events raised by the IdentityRegistry contract.
type IdentityRegistryCountryUpdatedIterator struct {
	Event *IdentityRegistryCountryUpdated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *IdentityRegistryCountryUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(IdentityRegistryCountryUpdated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(IdentityRegistryCountryUpdated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *IdentityRegistryCountryUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *IdentityRegistryCountryUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// IdentityRegistryCountryUpdated represents a CountryUpdated event raised by the IdentityRegistry contract.
type IdentityRegistryCountryUpdated struct {
	Sender   common.Address
	Investor common.Address
	Country  uint16
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterCountryUpdated is a free log retrieval operation binding the contract event 0xcac7061b6cbeaa6b9ac84616fd7af5e7d0e57e1b4b028d18261698d29a5054ba.
//
// Solidity: event CountryUpdated(address indexed sender, address indexed investor, uint16 indexed country)
func (_IdentityRegistry *IdentityRegistryFilterer) FilterCountryUpdated(opts *bind.FilterOpts, sender []common.Address, investor []common.Address, country []uint16) (*IdentityRegistryCountryUpdatedIterator, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var investorRule []interface{}
	for _, investorItem := range investor {
		investorRule = append(investorRule, investorItem)
	}
	var countryRule []interface{}
	for _, countryItem := range country {
		countryRule = append(countryRule, countryItem)
	}

	logs, sub, err := _IdentityRegistry.contract.FilterLogs(opts, "CountryUpdated", senderRule, investorRule, countryRule)
	if err != nil {
		return nil, err
	}
	return &IdentityRegistryCountryUpdatedIterator{contract: _IdentityRegistry.contract, event: "CountryUpdated", logs: logs, sub: sub}, nil
}

// WatchCountryUpdated is a free log subscription operation binding the contract event 0xcac7061b6cbeaa6b9ac84616fd7af5e7d0e57e1b4b028d18261698d29a5054ba.
//
// Solidity: event CountryUpdated(address indexed sender, address indexed investor, uint16 indexed country)
func (_IdentityRegistry *IdentityRegistryFilterer) WatchCountryUpdated(opts *bind.WatchOpts, sink chan<- *IdentityRegistryCountryUpdated, sender []common.Address, investor []common.Address, country []uint16) (event.Subscription, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var investorRule []interface{}
	for _, investorItem := range investor {
		investorRule = append(investorRule, investorItem)
	}
	var countryRule []interface{}
	for _, countryItem := range country {
		countryRule = append(countryRule, countryItem)
	}

	logs, sub, err := _IdentityRegistry.contract.WatchLogs(opts, "CountryUpdated", senderRule, investorRule, countryRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(IdentityRegistryCountryUpdated)
				if err := _IdentityRegistry.contract.UnpackLog(event, "CountryUpdated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseCountryUpdated is a log parse operation binding the contract event 0xcac7061b6cbeaa6b9ac84616fd7af5e7d0e57e1b4b028d18261698d29a5054ba.
//
// Solidity: event CountryUpdated(address indexed sender, address indexed investor, uint16 indexed country)
func (_IdentityRegistry *IdentityRegistryFilterer) ParseCountryUpdated(log types.Log) (*IdentityRegistryCountryUpdated, error) {
	event := new(IdentityRegistryCountryUpdated)
	if err := _IdentityRegistry.contract.UnpackLog(event, "CountryUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// IdentityRegistryIdentityRegisteredIterator is returned from FilterIdentityRegistered and is used to iterate over the raw logs and unpacked data for IdentityRegistered events raised by the IdentityRegistry contract.
type IdentityRegistryIdentityRegisteredIterator struct {
	Event *IdentityRegistryIdentityRegistered // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *IdentityRegistryIdentityRegisteredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(IdentityRegistryIdentityRegistered)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(IdentityRegistryIdentityRegistered)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *IdentityRegistryIdentityRegisteredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *IdentityRegistryIdentityRegisteredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// IdentityRegistryIdentityRegistered represents a IdentityRegistered event raised by the IdentityRegistry contract.
type IdentityRegistryIdentityRegistered struct {
	Sender   common.Address
	Investor common.Address
	Identity common.Address
	Country  uint16
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterIdentityRegistered is a free log retrieval operation binding the contract event 0x6680dc6d23915f02197cb4ac29f4b00443a14ca1cbe22d6b93045c32b98a8237.
//
// Solidity: event IdentityRegistered(address indexed sender, address indexed investor, address indexed identity, uint16 country)
func (_IdentityRegistry *IdentityRegistryFilterer) FilterIdentityRegistered(opts *bind.FilterOpts, sender []common.Address, investor []common.Address, identity []common.Address) (*IdentityRegistryIdentityRegisteredIterator, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var investorRule []interface{}
	for _, investorItem := range investor {
		investorRule = append(investorRule, investorItem)
	}
	var identityRule []interface{}
	for _, identityItem := range identity {
		identityRule = append(identityRule, identityItem)
	}

	logs, sub, err := _IdentityRegistry.contract.FilterLogs(opts, "IdentityRegistered", senderRule, investorRule, identityRule)
	if err != nil {
		return nil, err
	}
	return &IdentityRegistryIdentityRegisteredIterator{contract: _IdentityRegistry.contract, event: "IdentityRegistered", logs: logs, sub: sub}, nil
}

// WatchIdentityRegistered is a free log subscription operation binding the contract event 0x6680dc6d23915f02197cb4ac29f4b00443a14ca1cbe22d6b93045c32b98a8237.
//
// Solidity: event IdentityRegistered(address indexed sender, address indexed investor, address indexed identity, uint16 country)
func (_IdentityRegistry *IdentityRegistryFilterer) WatchIdentityRegistered(opts *bind.WatchOpts, sink chan<- *IdentityRegistryIdentityRegistered, sender []common.Address, investor []common.Address, identity []common.Address) (event.Subscription, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var investorRule []interface{}
	for _, investorItem := range investor {
		investorRule = append(investorRule, investorItem)
	}
	var identityRule []interface{}
	for _, identityItem := range identity {
		identityRule = append(identityRule, identityItem)
	}

	logs, sub, err := _IdentityRegistry.contract.WatchLogs(opts, "IdentityRegistered", senderRule, investorRule, identityRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(IdentityRegistryIdentityRegistered)
				if err := _IdentityRegistry.contract.UnpackLog(event, "IdentityRegistered", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseIdentityRegistered is a log parse operation binding the contract event 0x6680dc6d23915f02197cb4ac29f4b00443a14ca1cbe22d6b93045c32b98a8237.
//
// Solidity: event IdentityRegistered(address indexed sender, address indexed investor, address indexed identity, uint16 country)
func (_IdentityRegistry *IdentityRegistryFilterer) ParseIdentityRegistered(log types.Log) (*IdentityRegistryIdentityRegistered, error) {
	event := new(IdentityRegistryIdentityRegistered)
	if err := _IdentityRegistry.contract.UnpackLog(event, "IdentityRegistered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// IdentityRegistryIdentityRemovedIterator is returned from FilterIdentityRemoved and is used to iterate over the raw logs and unpacked data for IdentityRemoved events raised by the IdentityRegistry contract.
type IdentityRegistryIdentityRemovedIterator struct {
	Event *IdentityRegistryIdentityRemoved // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *IdentityRegistryIdentityRemovedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(IdentityRegistryIdentityRemoved)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(IdentityRegistryIdentityRemoved)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *IdentityRegistryIdentityRemovedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *IdentityRegistryIdentityRemovedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// IdentityRegistryIdentityRemoved represents a IdentityRemoved event raised by the IdentityRegistry contract.
type IdentityRegistryIdentityRemoved struct {
	Sender   common.Address
	Investor common.Address
	Identity common.Address
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterIdentityRemoved is a free log retrieval operation binding the contract event 0xe08c9a3c1d21f02066d00c9f7a9b2423a12b17569c3bc0cb4e84ca48d38e4a56.
//
// Solidity: event IdentityRemoved(address indexed sender, address indexed investor, address indexed identity)
func (_IdentityRegistry *IdentityRegistryFilterer) FilterIdentityRemoved(opts *bind.FilterOpts, sender []common.Address, investor []common.Address, identity []common.Address) (*IdentityRegistryIdentityRemovedIterator, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var investorRule []interface{}
	for _, investorItem := range investor {
		investorRule = append(investorRule, investorItem)
	}
	var identityRule []interface{}
	for _, identityItem := range identity {
		identityRule = append(identityRule, identityItem)
	}

	logs, sub, err := _IdentityRegistry.contract.FilterLogs(opts, "IdentityRemoved", senderRule, investorRule, identityRule)
	if err != nil {
		return nil, err
	}
	return &IdentityRegistryIdentityRemovedIterator{contract: _IdentityRegistry.contract, event: "IdentityRemoved", logs: logs, sub: sub}, nil
}

// WatchIdentityRemoved is a free log subscription operation binding the contract event 0xe08c9a3c1d21f02066d00c9f7a9b2423a12b17569c3bc0cb4e84ca48d38e4a56.
//
// Solidity: event IdentityRemoved(address indexed sender, address indexed investor, address indexed identity)
func (_IdentityRegistry *IdentityRegistryFilterer) WatchIdentityRemoved(opts *bind.WatchOpts, sink chan<- *IdentityRegistryIdentityRemoved, sender []common.Address, investor []common.Address, identity []common.Address) (event.Subscription, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var investorRule []interface{}
	for _, investorItem := range investor {
		investorRule = append(investorRule, investorItem)
	}
	var identityRule []interface{}
	for _, identityItem := range identity {
		identityRule = append(identityRule, identityItem)
	}

	logs, sub, err := _IdentityRegistry.contract.WatchLogs(opts, "IdentityRemoved", senderRule, investorRule, identityRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(IdentityRegistryIdentityRemoved)
				if err := _IdentityRegistry.contract.UnpackLog(event, "IdentityRemoved", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseIdentityRemoved is a log parse operation binding the contract event 0xe08c9a3c1d21f02066d00c9f7a9b2423a12b17569c3bc0cb4e84ca48d38e4a56.
//
// Solidity: event IdentityRemoved(address indexed sender, address indexed investor, address indexed identity)
func (_IdentityRegistry *IdentityRegistryFilterer) ParseIdentityRemoved(log types.Log) (*IdentityRegistryIdentityRemoved, error) {
	event := new(IdentityRegistryIdentityRemoved)
	if err := _IdentityRegistry.contract.UnpackLog(event, "IdentityRemoved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// IdentityRegistryIdentityUpdatedIterator is returned from FilterIdentityUpdated and is used to iterate over the raw logs and unpacked data for IdentityUpdated events raised by the IdentityRegistry contract.
type IdentityRegistryIdentityUpdatedIterator struct {
	Event *IdentityRegistryIdentityUpdated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *IdentityRegistryIdentityUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(IdentityRegistryIdentityUpdated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(IdentityRegistryIdentityUpdated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *IdentityRegistryIdentityUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *IdentityRegistryIdentityUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// IdentityRegistryIdentityUpdated represents a IdentityUpdated event raised by the IdentityRegistry contract.
type IdentityRegistryIdentityUpdated struct {
	Sender      common.Address
	OldIdentity common.Address
	NewIdentity common.Address
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterIdentityUpdated is a free log retrieval operation binding the contract event 0x9e8fe855fb89edef1315cb1d05f3b5e083450023e05286452fe6bee9179aca8c.
//
// Solidity: event IdentityUpdated(address indexed sender, address indexed oldIdentity, address indexed newIdentity)
func (_IdentityRegistry *IdentityRegistryFilterer) FilterIdentityUpdated(opts *bind.FilterOpts, sender []common.Address, oldIdentity []common.Address, newIdentity []common.Address) (*IdentityRegistryIdentityUpdatedIterator, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var oldIdentityRule []interface{}
	for _, oldIdentityItem := range oldIdentity {
		oldIdentityRule = append(oldIdentityRule, oldIdentityItem)
	}
	var newIdentityRule []interface{}
	for _, newIdentityItem := range newIdentity {
		newIdentityRule = append(newIdentityRule, newIdentityItem)
	}

	logs, sub, err := _IdentityRegistry.contract.FilterLogs(opts, "IdentityUpdated", senderRule, oldIdentityRule, newIdentityRule)
	if err != nil {
		return nil, err
	}
	return &IdentityRegistryIdentityUpdatedIterator{contract: _IdentityRegistry.contract, event: "IdentityUpdated", logs: logs, sub: sub}, nil
}

// WatchIdentityUpdated is a free log subscription operation binding the contract event 0x9e8fe855fb89edef1315cb1d05f3b5e083450023e05286452fe6bee9179aca8c.
//
// Solidity: event IdentityUpdated(address indexed sender, address indexed oldIdentity, address indexed newIdentity)
func (_IdentityRegistry *IdentityRegistryFilterer) WatchIdentityUpdated(opts *bind.WatchOpts, sink chan<- *IdentityRegistryIdentityUpdated, sender []common.Address, oldIdentity []common.Address, newIdentity []common.Address) (event.Subscription, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var oldIdentityRule []interface{}
	for _, oldIdentityItem := range oldIdentity {
		oldIdentityRule = append(oldIdentityRule, oldIdentityItem)
	}
	var newIdentityRule []interface{}
	for _, newIdentityItem := range newIdentity {
		newIdentityRule = append(newIdentityRule, newIdentityItem)
	}

	logs, sub, err := _IdentityRegistry.contract.WatchLogs(opts, "IdentityUpdated", senderRule, oldIdentityRule, newIdentityRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(IdentityRegistryIdentityUpdated)
				if err := _IdentityRegistry.contract.UnpackLog(event, "IdentityUpdated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseIdentityUpdated is a log parse operation binding the contract event 0x9e8fe855fb89edef1315cb1d05f3b5e083450023e05286452fe6bee9179aca8c.
//
// Solidity: event IdentityUpdated(address indexed sender, address indexed oldIdentity, address indexed newIdentity)
func (_IdentityRegistry *IdentityRegistryFilterer) ParseIdentityUpdated(log types.Log) (*IdentityRegistryIdentityUpdated, error) {
	event := new(IdentityRegistryIdentityUpdated)
	if err := _IdentityRegistry.contract.UnpackLog(event, "IdentityUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
