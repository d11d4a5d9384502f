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

// TokenFactoryMetaData contains all meta data concerning the TokenFactory contract.
var TokenFactoryMetaData = &bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"tokenAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"tokenIdentity\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes4[]\",\"name\":\"interfaces\",\"type\":\"bytes4[]\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"accessManager\",\"type\":\"address\"}],\"name\":\"TokenAssetCreated\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"name\":\"create\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b50610f9e8061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610029575f3560e01c8063d069c3711461002d575b5f5ffd5b61004061003b366004610207565b61005c565b6040516001600160a01b03909116815260200160405180910390f35b5f5f8787878760405161006e906101b5565b61007b94939291906102c5565b604051809103905ff080158015610094573d5f5f3e3d5ffd5b506040516340c10f1960e01b81526001600160a01b03868116600483015260248201869052919250908216906340c10f19906044015f604051808303815f87803b1580156100e0575f5ffd5b505af11580156100f2573d5f5f3e3d5ffd5b505f9250600191506101019050565b60405190808252806020026020018201604052801561012a578160200160208202803683370190505b5090506336372b0760e01b815f81518110610147576101476102f6565b6001600160e01b0319909216602092830291909101909101526040515f906001600160a01b0384169033907f32100191aac720b586d5e0c2e7856cb5cec1e145c75639b03f4b0d4d17d05435906101a1908690309061030a565b60405180910390a450979650505050505050565b610bfb8061036e83390190565b5f5f83601f8401126101d2575f5ffd5b50813567ffffffffffffffff8111156101e9575f5ffd5b602083019150836020828501011115610200575f5ffd5b9250929050565b5f5f5f5f5f5f6080878903121561021c575f5ffd5b863567ffffffffffffffff811115610232575f5ffd5b61023e89828a016101c2565b909750955050602087013567ffffffffffffffff81111561025d575f5ffd5b61026989828a016101c2565b90955093505060408701356001600160a01b0381168114610288575f5ffd5b80925050606087013590509295509295509295565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b604081525f6102d860408301868861029d565b82810360208401526102eb81858761029d565b979650505050505050565b634e487b7160e01b5f52603260045260245ffd5b604080825283519082018190525f9060208501906060840190835b8181101561034d5783516001600160e01b031916835260209384019390920191600101610325565b50506001600160a01b03949094166020939093019290925250909291505056fe60a060405234801561000f575f5ffd5b50604051610bfb380380610bfb83398101604081905261002e916100ef565b5f61003983826101d8565b50600161004682826101d8565b50503360805250610292565b634e487b7160e01b5f52604160045260245ffd5b5f82601f830112610075575f5ffd5b81516001600160401b0381111561008e5761008e610052565b604051601f8201601f19908116603f011681016001600160401b03811182821017156100bc576100bc610052565b6040528181528382016020018510156100d3575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f60408385031215610100575f5ffd5b82516001600160401b03811115610115575f5ffd5b61012185828601610066565b602085015190935090506001600160401b0381111561013e575f5ffd5b61014a85828601610066565b9150509250929050565b600181811c9082168061016857607f821691505b60208210810361018657634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156101d357805f5260205f20601f840160051c810160208510156101b15750805b601f840160051c820191505b818110156101d0575f81556001016101bd565b50505b505050565b81516001600160401b038111156101f1576101f1610052565b610205816101ff8454610154565b8461018c565b6020601f821160018114610237575f83156102205750848201515b5f19600385901b1c1916600184901b1784556101d0565b5f84815260208120601f198516915b828110156102665787850151825560209485019460019092019101610246565b508482101561028357868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b6080516109436102b85f395f81816101a0015281816103d901526104fe01526109435ff3fe608060405234801561000f575f5ffd5b50600436106100cb575f3560e01c806370a082311161008857806395d89b411161006357806395d89b41146101da5780639dc29fac146101e2578063a9059cbb146101f5578063dd62ed3e14610208575f5ffd5b806370a082311461016957806383f12fec146101885780638da5cb5b1461019b575f5ffd5b806306fdde03146100cf578063095ea7b3146100ed57806318160ddd1461011057806323b872dd14610127578063313ce5671461013a57806340c10f1914610154575b5f5ffd5b6100d7610232565b6040516100e4919061070f565b60405180910390f35b6101006100fb36600461075f565b6102bd565b60405190151581526020016100e4565b61011960025481565b6040519081526020016100e4565b610100610135366004610787565b610329565b610142601281565b60405160ff90911681526020016100e4565b61016761016236600461075f565b6103ce565b005b6101196101773660046107c1565b60036020525f908152604090205481565b6101676101963660046107e1565b61049d565b6101c27f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100e4565b6100d76104e6565b6101676101f036600461075f565b6104f3565b61010061020336600461075f565b61060f565b610119610216366004610856565b600460209081525f928352604080842090915290825290205481565b5f805461023e90610887565b80601f016020809104026020016040519081016040528092919081815260200182805461026a90610887565b80156102b55780601f1061028c576101008083540402835291602001916102b5565b820191905f5260205f20905b81548152906001019060200180831161029857829003601f168201915b505050505081565b335f8181526004602090815260408083206001600160a01b038716808552925280832085905551919290917f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925906103179086815260200190565b60405180910390a35060015b92915050565b6001600160a01b0383165f9081526004602090815260408083203384529091528120545f1981146103b8578281101561038a57604051630c95cf2760e11b815233600482015260248101829052604481018490526064015b60405180910390fd5b61039483826108d3565b6001600160a01b0386165f9081526004602090815260408083203384529091529020555b6103c3858585610624565b506001949350505050565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610417576040516330cd747160e01b815260040160405180910390fd5b8060025f82825461042891906108e6565b90915550506001600160a01b0382165f90815260036020526040812080548392906104549084906108e6565b90915550506040518181526001600160a01b038316905f907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9060200160405180910390a35050565b5f5b828110156104e0576104d8338585848181106104bd576104bd6108f9565b90506020020160208101906104d291906107c1565b84610624565b60010161049f565b50505050565b6001805461023e90610887565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461053c576040516330cd747160e01b815260040160405180910390fd5b6001600160a01b0382165f908152600360205260409020548181101561058e5760405163db42144d60e01b81526001600160a01b03841660048201526024810182905260448101839052606401610381565b61059882826108d3565b6001600160a01b0384165f90815260036020526040812091909155600280548492906105c59084906108d3565b90915550506040518281525f906001600160a01b038516907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9060200160405180910390a3505050565b5f61061b338484610624565b50600192915050565b6001600160a01b0383165f90815260036020526040902054818110156106765760405163db42144d60e01b81526001600160a01b03851660048201526024810182905260448101839052606401610381565b61068082826108d3565b6001600160a01b038086165f9081526003602052604080822093909355908516815290812080548492906106b59084906108e6565b92505081905550826001600160a01b0316846001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8460405161070191815260200190565b60405180910390a350505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b038116811461075a575f5ffd5b919050565b5f5f60408385031215610770575f5ffd5b61077983610744565b946020939093013593505050565b5f5f5f60608486031215610799575f5ffd5b6107a284610744565b92506107b060208501610744565b929592945050506040919091013590565b5f602082840312156107d1575f5ffd5b6107da82610744565b9392505050565b5f5f5f604084860312156107f3575f5ffd5b833567ffffffffffffffff811115610809575f5ffd5b8401601f81018613610819575f5ffd5b803567ffffffffffffffff81111561082f575f5ffd5b8660208260051b8401011115610843575f5ffd5b6020918201979096509401359392505050565b5f5f60408385031215610867575f5ffd5b61087083610744565b915061087e60208401610744565b90509250929050565b600181811c9082168061089b57607f821691505b6020821081036108b957634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610323576103236108bf565b80820180821115610323576103236108bf565b634e487b7160e01b5f52603260045260245ffdfea26469706673582212203b3fbe1a219a5061987cc44ae0adc8723319dd697c5fea62c2abad61876ef3d564736f6c634300081c0033a2646970667358221220e1c3f743dcba0d7904e4f5d707b575a60e781c0121fbf01523e1b047f3df18a464736f6c634300081c0033",
}

// TokenFactoryABI is the input ABI used to generate the binding from.
// Deprecated: Use TokenFactoryMetaData.ABI instead.
var TokenFactoryABI = TokenFactoryMetaData.ABI

// TokenFactoryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use TokenFactoryMetaData.Bin instead.
var TokenFactoryBin = TokenFactoryMetaData.Bin

// DeployTokenFactory deploys a new Ethereum contract, binding an instance of TokenFactory to it.
func DeployTokenFactory(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *TokenFactory, error) {
	parsed, err := TokenFactoryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(TokenFactoryBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &TokenFactory{TokenFactoryCaller: TokenFactoryCaller{contract: contract}, TokenFactoryTransactor: TokenFactoryTransactor{contract: contract}, TokenFactoryFilterer: TokenFactoryFilterer{contract: contract}}, nil
}

// TokenFactory is an auto generated Go binding around an Ethereum contract.
type TokenFactory struct {
	TokenFactoryCaller     // Read-only binding to the contract
	TokenFactoryTransactor // Write-only binding to the contract
	TokenFactoryFilterer   // Log filterer for contract events
}

// TokenFactoryCaller is an auto generated read-only Go binding around an Ethereum contract.
type TokenFactoryCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TokenFactoryTransactor is an auto generated write-only Go binding around an Ethereum contract.
type TokenFactoryTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TokenFactoryFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type TokenFactoryFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TokenFactorySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type TokenFactorySession struct {
	Contract     *TokenFactory     // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// TokenFactoryCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type TokenFactoryCallerSession struct {
	Contract *TokenFactoryCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts       // Call options to use throughout this session
}

// TokenFactoryTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type TokenFactoryTransactorSession struct {
	Contract     *TokenFactoryTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts       // Transaction auth options to use throughout this session
}

// TokenFactoryRaw is an auto generated low-level Go binding around an Ethereum contract.
type TokenFactoryRaw struct {
	Contract *TokenFactory // Generic contract binding to access the raw methods on
}

// TokenFactoryCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type TokenFactoryCallerRaw struct {
	Contract *TokenFactoryCaller // Generic read-only contract binding to access the raw methods on
}

// TokenFactoryTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type TokenFactoryTransactorRaw struct {
	Contract *TokenFactoryTransactor // Generic write-only contract binding to access the raw methods on
}

// NewTokenFactory creates a new instance of TokenFactory, bound to a specific deployed contract.
func NewTokenFactory(address common.Address, backend bind.ContractBackend) (*TokenFactory, error) {
	contract, err := bindTokenFactory(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &TokenFactory{TokenFactoryCaller: TokenFactoryCaller{contract: contract}, TokenFactoryTransactor: TokenFactoryTransactor{contract: contract}, TokenFactoryFilterer: TokenFactoryFilterer{contract: contract}}, nil
}

// NewTokenFactoryCaller creates a new read-only instance of TokenFactory, bound to a specific deployed contract.
func NewTokenFactoryCaller(address common.Address, caller bind.ContractCaller) (*TokenFactoryCaller, error) {
	contract, err := bindTokenFactory(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &TokenFactoryCaller{contract: contract}, nil
}

// NewTokenFactoryTransactor creates a new write-only instance of TokenFactory, bound to a specific deployed contract.
func NewTokenFactoryTransactor(address common.Address, transactor bind.ContractTransactor) (*TokenFactoryTransactor, error) {
	contract, err := bindTokenFactory(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &TokenFactoryTransactor{contract: contract}, nil
}

// NewTokenFactoryFilterer creates a new log filterer instance of TokenFactory, bound to a specific deployed contract.
func NewTokenFactoryFilterer(address common.Address, filterer bind.ContractFilterer) (*TokenFactoryFilterer, error) {
	contract, err := bindTokenFactory(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &TokenFactoryFilterer{contract: contract}, nil
}

// bindTokenFactory binds a generic wrapper to an already deployed contract.
func bindTokenFactory(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := TokenFactoryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_TokenFactory *TokenFactoryRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _TokenFactory.Contract.TokenFactoryCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_TokenFactory *TokenFactoryRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TokenFactory.Contract.TokenFactoryTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_TokenFactory *TokenFactoryRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _TokenFactory.Contract.TokenFactoryTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_TokenFactory *TokenFactoryCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _TokenFactory.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_TokenFactory *TokenFactoryTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TokenFactory.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_TokenFactory *TokenFactoryTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _TokenFactory.Contract.contract.Transact(opts, method, params...)
}

// Create is a paid mutator transaction binding the contract method 0xd069c371.
//
// Solidity: function create(string name, string symbol, address holder, uint256 supply) returns(address token)
func (_TokenFactory *TokenFactoryTransactor) Create(opts *bind.TransactOpts, name string, symbol string, holder common.Address, supply *big.Int) (*types.Transaction, error) {
	return _TokenFactory.contract.Transact(opts, "create", name, symbol, holder, supply)
}

// Create is a paid mutator transaction binding the contract method 0xd069c371.
//
// Solidity: function create(string name, string symbol, address holder, uint256 supply) returns(address token)
func (_TokenFactory *TokenFactorySession) Create(name string, symbol string, holder common.Address, supply *big.Int) (*types.Transaction, error) {
	return _TokenFactory.Contract.Create(&_TokenFactory.TransactOpts, name, symbol, holder, supply)
}

// Create is a paid mutator transaction binding the contract method 0xd069c371.
//
// Solidity: function create(string name, string symbol, address holder, uint256 supply) returns(address token)
func (_TokenFactory *TokenFactoryTransactorSession) Create(name string, symbol string, holder common.Address, supply *big.Int) (*types.Transaction, error) {
	return _TokenFactory.Contract.Create(&_TokenFactory.TransactOpts, name, symbol, holder, supply)
}

// TokenFactoryTokenAssetCreatedIterator is returned from FilterTokenAssetCreated and is used to iterate over the raw logs and unpacked data for TokenAssetCreated events raised by the TokenFactory contract.
type TokenFactoryTokenAssetCreatedIterator struct {
	Event *TokenFactoryTokenAssetCreated // Event containing the contract specifics and raw log

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
func (it *TokenFactoryTokenAssetCreatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TokenFactoryTokenAssetCreated)
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
		it.Event = new(TokenFactoryTokenAssetCreated)
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
func (it *TokenFactoryTokenAssetCreatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TokenFactoryTokenAssetCreatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TokenFactoryTokenAssetCreated represents a TokenAssetCreated event raised by the TokenFactory contract.
type TokenFactoryTokenAssetCreated struct {
	Sender        common.Address
	TokenAddress  common.Address
	TokenIdentity common.Address
	Interfaces    [][4]byte
	AccessManager common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterTokenAssetCreated is a free log retrieval operation binding the contract event 0x32100191aac720b586d5e0c2e7856cb5cec1e145c75639b03f4b0d4d17d05435.
//
// Solidity: event TokenAssetCreated(address indexed sender, address indexed tokenAddress, address indexed tokenIdentity, bytes4[] interfaces, address accessManager)
func (_TokenFactory *TokenFactoryFilterer) FilterTokenAssetCreated(opts *bind.FilterOpts, sender []common.Address, tokenAddress []common.Address, tokenIdentity []common.Address) (*TokenFactoryTokenAssetCreatedIterator, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var tokenAddressRule []interface{}
	for _, tokenAddressItem := range tokenAddress {
		tokenAddressRule = append(tokenAddressRule, tokenAddressItem)
	}
	var tokenIdentityRule []interface{}
	for _, tokenIdentityItem := range tokenIdentity {
		tokenIdentityRule = append(tokenIdentityRule, tokenIdentityItem)
	}

	logs, sub, err := _TokenFactory.contract.FilterLogs(opts, "TokenAssetCreated", senderRule, tokenAddressRule, tokenIdentityRule)
	if err != nil {
		return nil, err
	}
	return &TokenFactoryTokenAssetCreatedIterator{contract: _TokenFactory.contract, event: "TokenAssetCreated", logs: logs, sub: sub}, nil
}

// WatchTokenAssetCreated is a free log subscription operation binding the contract event 0x32100191aac720b586d5e0c2e7856cb5cec1e145c75639b03f4b0d4d17d05435.
//
// Solidity: event TokenAssetCreated(address indexed sender, address indexed tokenAddress, address indexed tokenIdentity, bytes4[] interfaces, address accessManager)
func (_TokenFactory *TokenFactoryFilterer) WatchTokenAssetCreated(opts *bind.WatchOpts, sink chan<- *TokenFactoryTokenAssetCreated, sender []common.Address, tokenAddress []common.Address, tokenIdentity []common.Address) (event.Subscription, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var tokenAddressRule []interface{}
	for _, tokenAddressItem := range tokenAddress {
		tokenAddressRule = append(tokenAddressRule, tokenAddressItem)
	}
	var tokenIdentityRule []interface{}
	for _, tokenIdentityItem := range tokenIdentity {
		tokenIdentityRule = append(tokenIdentityRule, tokenIdentityItem)
	}

	logs, sub, err := _TokenFactory.contract.WatchLogs(opts, "TokenAssetCreated", senderRule, tokenAddressRule, tokenIdentityRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TokenFactoryTokenAssetCreated)
				if err := _TokenFactory.contract.UnpackLog(event, "TokenAssetCreated", log); err != nil {
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

// ParseTokenAssetCreated is a log parse operation binding the contract event 0x32100191aac720b586d5e0c2e7856cb5cec1e145c75639b03f4b0d4d17d05435.
//
// Solidity: event TokenAssetCreated(address indexed sender, address indexed tokenAddress, address indexed tokenIdentity, bytes4[] interfaces, address accessManager)
func (_TokenFactory *TokenFactoryFilterer) ParseTokenAssetCreated(log types.Log) (*TokenFactoryTokenAssetCreated, error) {
	event := new(TokenFactoryTokenAssetCreated)
	if err := _TokenFactory.contract.UnpackLog(event, "TokenAssetCreated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
