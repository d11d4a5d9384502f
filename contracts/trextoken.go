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

// TrexTokenMetaData contains all meta data concerning the TrexToken contract.
var TrexTokenMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"bool\",\"name\":\"indexedAmounts_\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AddressIsFrozen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"free\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientFree\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"}],\"name\":\"NothingToRecover\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TokenPaused\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"userAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bool\",\"name\":\"isFrozen\",\"type\":\"bool\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"AddressFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AgentAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AgentRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"userAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TokensFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"userAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TokensUnfrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"name\":\"addModule\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"forcedTransfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"freezePartialTokens\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getFrozenTokens\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"indexedAmounts\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isFrozen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"newWallet\",\"type\":\"address\"}],\"name\":\"recoveryAddress\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"redeem\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"removeModule\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"freeze\",\"type\":\"bool\"}],\"name\":\"setAddressFrozen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"name\":\"setModuleParameters\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"unfreezePartialTokens\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161121c38038061121c83398101604081905261002e916100f5565b82825f61003b83826101f5565b50600161004882826101f5565b5050501515608052506102af9050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f83011261007b575f5ffd5b81516001600160401b0381111561009457610094610058565b604051601f8201601f19908116603f011681016001600160401b03811182821017156100c2576100c2610058565b6040528181528382016020018510156100d9575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f5f60608486031215610107575f5ffd5b83516001600160401b0381111561011c575f5ffd5b6101288682870161006c565b602086015190945090506001600160401b03811115610145575f5ffd5b6101518682870161006c565b92505060408401518015158114610166575f5ffd5b809150509250925092565b600181811c9082168061018557607f821691505b6020821081036101a357634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156101f057805f5260205f20601f840160051c810160208510156101ce5750805b601f840160051c820191505b818110156101ed575f81556001016101da565b50505b505050565b81516001600160401b0381111561020e5761020e610058565b6102228161021c8454610171565b846101a9565b6020601f821160018114610254575f831561023d5750848201515b5f19600385901b1c1916600184901b1784556101ed565b5f84815260208120601f198516915b828110156102835787850151825560209485019460019092019101610263565b50848210156102a057868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b608051610f4e6102ce5f395f81816102a50152610c330152610f4e5ff3fe608060405234801561000f575f5ffd5b506004361061016d575f3560e01c806370a08231116100d95780639fc1d0e711610093578063c69c09cf1161006e578063c69c09cf14610321578063d547741f14610334578063db006a7514610347578063e58398361461035a575f5ffd5b80639fc1d0e7146102ea578063a0632461146102fd578063a9059cbb1461030e575f5ffd5b806370a0823114610281578063764cf04e146102a05780638456cb59146102c75780638541be051461021957806395d89b41146102cf5780639dc29fac146102d7575f5ffd5b80632dd3a78c1161012a5780632dd3a78c146102195780632f2ff15d1461022c578063313ce5671461023f5780633f4ba83a1461025957806340c10f19146102615780635c975abb14610274575f5ffd5b806306fdde0314610171578063125c4a331461018f578063158b1a57146101a457806316d9baec146101da57806318160ddd146101fd5780631fe56f7d14610206575b5f5ffd5b610179610385565b6040516101869190610c73565b60405180910390f35b6101a261019d366004610cc3565b610410565b005b6101cc6101b2366004610ceb565b6001600160a01b03165f9081526005602052604090205490565b604051908152602001610186565b6101ed6101e8366004610d0b565b6104a6565b6040519015158152602001610186565b6101cc60025481565b6101a2610214366004610cc3565b6105f8565b6101a2610227366004610d3c565b505050565b6101a261023a366004610dba565b610633565b610247601281565b60405160ff9091168152602001610186565b6101a261063f565b6101a261026f366004610cc3565b610653565b6003546101ed9060ff1681565b6101cc61028f366004610ceb565b60046020525f908152604090205481565b6101ed7f000000000000000000000000000000000000000000000000000000000000000081565b6101a26106c7565b6101796106dc565b6101a26102e5366004610cc3565b6106e9565b6101ed6102f8366004610ddb565b610761565b6101a261030b366004610ceb565b50565b6101ed61031c366004610cc3565b610781565b6101a261032f366004610e15565b610875565b6101a2610342366004610dba565b6108a2565b6101a2610355366004610e4e565b6108ad565b6101ed610368366004610ceb565b6001600160a01b03165f9081526006602052604090205460ff1690565b5f805461039190610e65565b80601f01602080910402602001604051908101604052809291908181526020018280546103bd90610e65565b80156104085780601f106103df57610100808354040283529160200191610408565b820191905f5260205f20905b8154815290600101906020018083116103eb57829003601f168201915b505050505081565b6001600160a01b0382165f90815260056020908152604080832054600490925282205461043d9190610eb1565b90508082111561046f578281836040516313c3c9cf60e31b815260040161046693929190610ec4565b60405180910390fd5b6001600160a01b0383165f9081526005602052604081208054849290610496908490610ee5565b9091555061022790508383610956565b6001600160a01b0382165f908152600460205260408120548082036104e9576040516386d9d03560e01b81526001600160a01b0385166004820152602401610466565b6001600160a01b0384165f908152600560205260409020548015610529576001600160a01b0385165f908152600560205260408120556105298582610981565b6105348585846109ac565b8015610571576001600160a01b0384165f9081526005602052604081208054839290610561908490610ee5565b9091555061057190508482610956565b6001600160a01b0385165f9081526006602052604090205460ff16156105eb576001600160a01b0385165f908152600660205260408120805460ff191690556105bb908690610a71565b6001600160a01b0384165f908152600660205260409020805460ff191660019081179091556105eb908590610a71565b6001925050505b92915050565b6001600160a01b0382165f908152600560205260408120805483929061061f908490610eb1565b9091555061062f90508282610981565b5050565b61062f82826001610aae565b6003805460ff19169055610651610b24565b565b8060025f8282546106649190610ee5565b90915550506001600160a01b0382165f9081526004602052604081208054839290610690908490610ee5565b90915550506040518181526001600160a01b038316905f905f516020610ef95f395f51905f52906020015b60405180910390a35050565b6003805460ff19166001179055610651610b5a565b6001805461039190610e65565b6106f38282610b8a565b6001600160a01b0382165f908152600460205260408120805483929061071a908490610eb1565b925050819055508060025f8282546107329190610eb1565b90915550506040518181525f906001600160a01b038416905f516020610ef95f395f51905f52906020016106bb565b5f61076c8483610b8a565b6107778484846109ac565b5060019392505050565b6003545f9060ff16156107a75760405163e779249560e01b815260040160405180910390fd5b335f9081526006602052604090205460ff16156107d957604051637b7ab99d60e11b8152336004820152602401610466565b6001600160a01b0383165f9081526006602052604090205460ff161561081d57604051637b7ab99d60e11b81526001600160a01b0384166004820152602401610466565b335f9081526005602090815260408083205460049092528220546108419190610eb1565b90508083111561086a573381846040516313c3c9cf60e31b815260040161046693929190610ec4565b6107773385856109ac565b6001600160a01b0382165f908152600660205260409020805460ff191682151517905561062f8282610a71565b61062f82825f610aae565b335f9081526005602090815260408083205460049092528220546108d19190610eb1565b9050808211156108fa573381836040516313c3c9cf60e31b815260040161046693929190610ec4565b335f9081526004602052604081208054849290610918908490610eb1565b925050819055508160025f8282546109309190610eb1565b90915550506040518281525f9033905f516020610ef95f395f51905f52906020016106bb565b61062f7fa065e63c631c86f1b9f66a4a2f63f2093bf1c2168d23290259dbd969e0222a458383610c31565b61062f7f9bed35cb62ad0dba04f9d5bfee4b5bc91443e77da8a65c4c84834c51bb08b0d68383610c31565b6001600160a01b0383165f90815260046020526040902054818110156109eb578381836040516313c3c9cf60e31b815260040161046693929190610ec4565b6109f58282610eb1565b6001600160a01b038086165f908152600460205260408082209390935590851681529081208054849290610a2a908490610ee5565b92505081905550826001600160a01b0316846001600160a01b03165f516020610ef95f395f51905f5284604051610a6391815260200190565b60405180910390a350505050565b6040513390821515906001600160a01b038516907f7fa523c84ab8d7fc5b72f08b9e46dbbf10c39e119a075b3e317002d14bc9f436905f90a45050565b8015610aec576040516001600160a01b038316907ff68e73cec97f2d70aa641fb26e87a4383686e2efacb648f2165aeb02ac562ec5905f90a2505050565b6040516001600160a01b038316907fed9c8ad8d5a0a66898ea49d2956929c93ae2e8bd50281b2ed897c5d1a6737e0b905f90a2505050565b6040513381527f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa906020015b60405180910390a1565b6040513381527f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25890602001610b50565b6001600160a01b0382165f908152600560209081526040808320546004909252822054610bb79190610eb1565b90508082118015610bdf57506001600160a01b0383165f908152600460205260409020548211155b15610227575f610bef8284610eb1565b6001600160a01b0385165f90815260056020526040812080549293508392909190610c1b908490610eb1565b90915550610c2b90508482610981565b50505050565b7f0000000000000000000000000000000000000000000000000000000000000000610c68576040518181528284602083a250505050565b8082845f5fa3505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b0381168114610cbe575f5ffd5b919050565b5f5f60408385031215610cd4575f5ffd5b610cdd83610ca8565b946020939093013593505050565b5f60208284031215610cfb575f5ffd5b610d0482610ca8565b9392505050565b5f5f60408385031215610d1c575f5ffd5b610d2583610ca8565b9150610d3360208401610ca8565b90509250929050565b5f5f5f60408486031215610d4e575f5ffd5b610d5784610ca8565b9250602084013567ffffffffffffffff811115610d72575f5ffd5b8401601f81018613610d82575f5ffd5b803567ffffffffffffffff811115610d98575f5ffd5b866020828401011115610da9575f5ffd5b939660209190910195509293505050565b5f5f60408385031215610dcb575f5ffd5b82359150610d3360208401610ca8565b5f5f5f60608486031215610ded575f5ffd5b610df684610ca8565b9250610e0460208501610ca8565b929592945050506040919091013590565b5f5f60408385031215610e26575f5ffd5b610e2f83610ca8565b915060208301358015158114610e43575f5ffd5b809150509250929050565b5f60208284031215610e5e575f5ffd5b5035919050565b600181811c90821680610e7957607f821691505b602082108103610e9757634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156105f2576105f2610e9d565b6001600160a01b039390931683526020830191909152604082015260600190565b808201808211156105f2576105f2610e9d56feddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3efa2646970667358221220f21731653b44fbb3eddfbf7011a43ac040e5710c396b2c18f60e1dd965fc4b6d64736f6c634300081c0033",
}

// TrexTokenABI is the input ABI used to generate the binding from.
// Deprecated: Use TrexTokenMetaData.ABI instead.
var TrexTokenABI = TrexTokenMetaData.ABI

// TrexTokenBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use TrexTokenMetaData.Bin instead.
var TrexTokenBin = TrexTokenMetaData.Bin

// DeployTrexToken deploys a new Ethereum contract, binding an instance of TrexToken to it.
func DeployTrexToken(auth *bind.TransactOpts, backend bind.ContractBackend, name_ string, symbol_ string, indexedAmounts_ bool) (common.Address, *types.Transaction, *TrexToken, error) {
	parsed, err := TrexTokenMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(TrexTokenBin), backend, name_, symbol_, indexedAmounts_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &TrexToken{TrexTokenCaller: TrexTokenCaller{contract: contract}, TrexTokenTransactor: TrexTokenTransactor{contract: contract}, TrexTokenFilterer: TrexTokenFilterer{contract: contract}}, nil
}

// TrexToken is an auto generated Go binding around an Ethereum contract.
type TrexToken struct {
	TrexTokenCaller     // Read-only binding to the contract
	TrexTokenTransactor // Write-only binding to the contract
	TrexTokenFilterer   // Log filterer for contract events
}

// TrexTokenCaller is an auto generated read-only Go binding around an Ethereum contract.
type TrexTokenCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TrexTokenTransactor is an auto generated write-only Go binding around an Ethereum contract.
type TrexTokenTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TrexTokenFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type TrexTokenFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TrexTokenSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type TrexTokenSession struct {
	Contract     *TrexToken        // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// TrexTokenCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type TrexTokenCallerSession struct {
	Contract *TrexTokenCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts    // Call options to use throughout this session
}

// TrexTokenTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type TrexTokenTransactorSession struct {
	Contract     *TrexTokenTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts    // Transaction auth options to use throughout this session
}

// TrexTokenRaw is an auto generated low-level Go binding around an Ethereum contract.
type TrexTokenRaw struct {
	Contract *TrexToken // Generic contract binding to access the raw methods on
}

// TrexTokenCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type TrexTokenCallerRaw struct {
	Contract *TrexTokenCaller // Generic read-only contract binding to access the raw methods on
}

// TrexTokenTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type TrexTokenTransactorRaw struct {
	Contract *TrexTokenTransactor // Generic write-only contract binding to access the raw methods on
}

// NewTrexToken creates a new instance of TrexToken, bound to a specific deployed contract.
func NewTrexToken(address common.Address, backend bind.ContractBackend) (*TrexToken, error) {
	contract, err := bindTrexToken(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &TrexToken{TrexTokenCaller: TrexTokenCaller{contract: contract}, TrexTokenTransactor: TrexTokenTransactor{contract: contract}, TrexTokenFilterer: TrexTokenFilterer{contract: contract}}, nil
}

// NewTrexTokenCaller creates a new read-only instance of TrexToken, bound to a specific deployed contract.
func NewTrexTokenCaller(address common.Address, caller bind.ContractCaller) (*TrexTokenCaller, error) {
	contract, err := bindTrexToken(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &TrexTokenCaller{contract: contract}, nil
}

// NewTrexTokenTransactor creates a new write-only instance of TrexToken, bound to a specific deployed contract.
func NewTrexTokenTransactor(address common.Address, transactor bind.ContractTransactor) (*TrexTokenTransactor, error) {
	contract, err := bindTrexToken(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &TrexTokenTransactor{contract: contract}, nil
}

// NewTrexTokenFilterer creates a new log filterer instance of TrexToken, bound to a specific deployed contract.
func NewTrexTokenFilterer(address common.Address, filterer bind.ContractFilterer) (*TrexTokenFilterer, error) {
	contract, err := bindTrexToken(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &TrexTokenFilterer{contract: contract}, nil
}

// bindTrexToken binds a generic wrapper to an already deployed contract.
func bindTrexToken(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := TrexTokenMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_TrexToken *TrexTokenRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _TrexToken.Contract.TrexTokenCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_TrexToken *TrexTokenRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TrexToken.Contract.TrexTokenTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_TrexToken *TrexTokenRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _TrexToken.Contract.TrexTokenTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_TrexToken *TrexTokenCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _TrexToken.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_TrexToken *TrexTokenTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TrexToken.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_TrexToken *TrexTokenTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _TrexToken.Contract.contract.Transact(opts, method, params...)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (_TrexToken *TrexTokenCaller) BalanceOf(opts *bind.CallOpts, arg0 common.Address) (*big.Int, error) {
	var out []interface{}
	err := _TrexToken.contract.Call(opts, &out, "balanceOf", arg0)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (_TrexToken *TrexTokenSession) BalanceOf(arg0 common.Address) (*big.Int, error) {
	return _TrexToken.Contract.BalanceOf(&_TrexToken.CallOpts, arg0)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (_TrexToken *TrexTokenCallerSession) BalanceOf(arg0 common.Address) (*big.Int, error) {
	return _TrexToken.Contract.BalanceOf(&_TrexToken.CallOpts, arg0)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_TrexToken *TrexTokenCaller) Decimals(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _TrexToken.contract.Call(opts, &out, "decimals")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_TrexToken *TrexTokenSession) Decimals() (uint8, error) {
	return _TrexToken.Contract.Decimals(&_TrexToken.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_TrexToken *TrexTokenCallerSession) Decimals() (uint8, error) {
	return _TrexToken.Contract.Decimals(&_TrexToken.CallOpts)
}

// GetFrozenTokens is a free data retrieval call binding the contract method 0x158b1a57.
//
// Solidity: function getFrozenTokens(address account) view returns(uint256)
func (_TrexToken *TrexTokenCaller) GetFrozenTokens(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _TrexToken.contract.Call(opts, &out, "getFrozenTokens", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetFrozenTokens is a free data retrieval call binding the contract method 0x158b1a57.
//
// Solidity: function getFrozenTokens(address account) view returns(uint256)
func (_TrexToken *TrexTokenSession) GetFrozenTokens(account common.Address) (*big.Int, error) {
	return _TrexToken.Contract.GetFrozenTokens(&_TrexToken.CallOpts, account)
}

// GetFrozenTokens is a free data retrieval call binding the contract method 0x158b1a57.
//
// Solidity: function getFrozenTokens(address account) view returns(uint256)
func (_TrexToken *TrexTokenCallerSession) GetFrozenTokens(account common.Address) (*big.Int, error) {
	return _TrexToken.Contract.GetFrozenTokens(&_TrexToken.CallOpts, account)
}

// IndexedAmounts is a free data retrieval call binding the contract method 0x764cf04e.
//
// Solidity: function indexedAmounts() view returns(bool)
func (_TrexToken *TrexTokenCaller) IndexedAmounts(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _TrexToken.contract.Call(opts, &out, "indexedAmounts")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IndexedAmounts is a free data retrieval call binding the contract method 0x764cf04e.
//
// Solidity: function indexedAmounts() view returns(bool)
func (_TrexToken *TrexTokenSession) IndexedAmounts() (bool, error) {
	return _TrexToken.Contract.IndexedAmounts(&_TrexToken.CallOpts)
}

// IndexedAmounts is a free data retrieval call binding the contract method 0x764cf04e.
//
// Solidity: function indexedAmounts() view returns(bool)
func (_TrexToken *TrexTokenCallerSession) IndexedAmounts() (bool, error) {
	return _TrexToken.Contract.IndexedAmounts(&_TrexToken.CallOpts)
}

// IsFrozen is a free data retrieval call binding the contract method 0xe5839836.
//
// Solidity: function isFrozen(address account) view returns(bool)
func (_TrexToken *TrexTokenCaller) IsFrozen(opts *bind.CallOpts, account common.Address) (bool, error) {
	var out []interface{}
	err := _TrexToken.contract.Call(opts, &out, "isFrozen", account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsFrozen is a free data retrieval call binding the contract method 0xe5839836.
//
// Solidity: function isFrozen(address account) view returns(bool)
func (_TrexToken *TrexTokenSession) IsFrozen(account common.Address) (bool, error) {
	return _TrexToken.Contract.IsFrozen(&_TrexToken.CallOpts, account)
}

// IsFrozen is a free data retrieval call binding the contract method 0xe5839836.
//
// Solidity: function isFrozen(address account) view returns(bool)
func (_TrexToken *TrexTokenCallerSession) IsFrozen(account common.Address) (bool, error) {
	return _TrexToken.Contract.IsFrozen(&_TrexToken.CallOpts, account)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_TrexToken *TrexTokenCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _TrexToken.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_TrexToken *TrexTokenSession) Name() (string, error) {
	return _TrexToken.Contract.Name(&_TrexToken.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_TrexToken *TrexTokenCallerSession) Name() (string, error) {
	return _TrexToken.Contract.Name(&_TrexToken.CallOpts)
}

// Paused is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (_TrexToken *TrexTokenCaller) Paused(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _TrexToken.contract.Call(opts, &out, "paused")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Paused is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (_TrexToken *TrexTokenSession) Paused() (bool, error) {
	return _TrexToken.Contract.Paused(&_TrexToken.CallOpts)
}

// Paused is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (_TrexToken *TrexTokenCallerSession) Paused() (bool, error) {
	return _TrexToken.Contract.Paused(&_TrexToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_TrexToken *TrexTokenCaller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _TrexToken.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_TrexToken *TrexTokenSession) Symbol() (string, error) {
	return _TrexToken.Contract.Symbol(&_TrexToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_TrexToken *TrexTokenCallerSession) Symbol() (string, error) {
	return _TrexToken.Contract.Symbol(&_TrexToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_TrexToken *TrexTokenCaller) TotalSupply(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _TrexToken.contract.Call(opts, &out, "totalSupply")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_TrexToken *TrexTokenSession) TotalSupply() (*big.Int, error) {
	return _TrexToken.Contract.TotalSupply(&_TrexToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_TrexToken *TrexTokenCallerSession) TotalSupply() (*big.Int, error) {
	return _TrexToken.Contract.TotalSupply(&_TrexToken.CallOpts)
}

// AddModule is a paid mutator transaction binding the contract method 0x2dd3a78c.
//
// Solidity: function addModule(address module, bytes params) returns()
func (_TrexToken *TrexTokenTransactor) AddModule(opts *bind.TransactOpts, module common.Address, params []byte) (*types.Transaction, error) {
	return _TrexToken.contract.Transact(opts, "addModule", module, params)
}

// AddModule is a paid mutator transaction binding the contract method 0x2dd3a78c.
//
// Solidity: function addModule(address module, bytes params) returns()
func (_TrexToken *TrexTokenSession) AddModule(module common.Address, params []byte) (*types.Transaction, error) {
	return _TrexToken.Contract.AddModule(&_TrexToken.TransactOpts, module, params)
}

// AddModule is a paid mutator transaction binding the contract method 0x2dd3a78c.
//
// Solidity: function addModule(address module, bytes params) returns()
func (_TrexToken *TrexTokenTransactorSession) AddModule(module common.Address, params []byte) (*types.Transaction, error) {
	return _TrexToken.Contract.AddModule(&_TrexToken.TransactOpts, module, params)
}

// Burn is a paid mutator transaction binding the contract method 0x9dc29fac.
//
// Solidity: function burn(address from, uint256 amount) returns()
func (_TrexToken *TrexTokenTransactor) Burn(opts *bind.TransactOpts, from common.Address, amount *big.Int) (*types.Transaction, error) {
	return _TrexToken.contract.Transact(opts, "burn", from, amount)
}

// Burn is a paid mutator transaction binding the contract method 0x9dc29fac.
//
// Solidity: function burn(address from, uint256 amount) returns()
func (_TrexToken *TrexTokenSession) Burn(from common.Address, amount *big.Int) (*types.Transaction, error) {
	return _TrexToken.Contract.Burn(&_TrexToken.TransactOpts, from, amount)
}

// Burn is a paid mutator transaction binding the contract method 0x9dc29fac.
//
// Solidity: function burn(address from, uint256 amount) returns()
func (_TrexToken *TrexTokenTransactorSession) Burn(from common.Address, amount *big.Int) (*types.Transaction, error) {
	return _TrexToken.Contract.Burn(&_TrexToken.TransactOpts, from, amount)
}

// ForcedTransfer is a paid mutator transaction binding the contract method 0x9fc1d0e7.
//
// Solidity: function forcedTransfer(address from, address to, uint256 amount) returns(bool)
func (_TrexToken *TrexTokenTransactor) ForcedTransfer(opts *bind.TransactOpts, from common.Address, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _TrexToken.contract.Transact(opts, "forcedTransfer", from, to, amount)
}

// ForcedTransfer is a paid mutator transaction binding the contract method 0x9fc1d0e7.
//
// Solidity: function forcedTransfer(address from, address to, uint256 amount) returns(bool)
func (_TrexToken *TrexTokenSession) ForcedTransfer(from common.Address, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _TrexToken.Contract.ForcedTransfer(&_TrexToken.TransactOpts, from, to, amount)
}

// ForcedTransfer is a paid mutator transaction binding the contract method 0x9fc1d0e7.
//
// Solidity: function forcedTransfer(address from, address to, uint256 amount) returns(bool)
func (_TrexToken *TrexTokenTransactorSession) ForcedTransfer(from common.Address, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _TrexToken.Contract.ForcedTransfer(&_TrexToken.TransactOpts, from, to, amount)
}

// FreezePartialTokens is a paid mutator transaction binding the contract method 0x125c4a33.
//
// Solidity: function freezePartialTokens(address account, uint256 amount) returns()
func (_TrexToken *TrexTokenTransactor) FreezePartialTokens(opts *bind.TransactOpts, account common.Address, amount *big.Int) (*types.Transaction, error) {
	return _TrexToken.contract.Transact(opts, "freezePartialTokens", account, amount)
}

// FreezePartialTokens is a paid mutator transaction binding the contract method 0x125c4a33.
//
// Solidity: function freezePartialTokens(address account, uint256 amount) returns()
func (_TrexToken *TrexTokenSession) FreezePartialTokens(account common.Address, amount *big.Int) (*types.Transaction, error) {
	return _TrexToken.Contract.FreezePartialTokens(&_TrexToken.TransactOpts, account, amount)
}

// FreezePartialTokens is a paid mutator transaction binding the contract method 0x125c4a33.
//
// Solidity: function freezePartialTokens(address account, uint256 amount) returns()
func (_TrexToken *TrexTokenTransactorSession) FreezePartialTokens(account common.Address, amount *big.Int) (*types.Transaction, error) {
	return _TrexToken.Contract.FreezePartialTokens(&_TrexToken.TransactOpts, account, amount)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_TrexToken *TrexTokenTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _TrexToken.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_TrexToken *TrexTokenSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _TrexToken.Contract.GrantRole(&_TrexToken.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_TrexToken *TrexTokenTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _TrexToken.Contract.GrantRole(&_TrexToken.TransactOpts, role, account)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_TrexToken *TrexTokenTransactor) Mint(opts *bind.TransactOpts, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _TrexToken.contract.Transact(opts, "mint", to, amount)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_TrexToken *TrexTokenSession) Mint(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _TrexToken.Contract.Mint(&_TrexToken.TransactOpts, to, amount)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_TrexToken *TrexTokenTransactorSession) Mint(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _TrexToken.Contract.Mint(&_TrexToken.TransactOpts, to, amount)
}

// Pause is a paid mutator transaction binding the contract method 0x8456cb59.
//
// Solidity: function pause() returns()
func (_TrexToken *TrexTokenTransactor) Pause(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TrexToken.contract.Transact(opts, "pause")
}

// Pause is a paid mutator transaction binding the contract method 0x8456cb59.
//
// Solidity: function pause() returns()
func (_TrexToken *TrexTokenSession) Pause() (*types.Transaction, error) {
	return _TrexToken.Contract.Pause(&_TrexToken.TransactOpts)
}

// Pause is a paid mutator transaction binding the contract method 0x8456cb59.
//
// Solidity: function pause() returns()
func (_TrexToken *TrexTokenTransactorSession) Pause() (*types.Transaction, error) {
	return _TrexToken.Contract.Pause(&_TrexToken.TransactOpts)
}

// RecoveryAddress is a paid mutator transaction binding the contract method 0x16d9baec.
//
// Solidity: function recoveryAddress(address lostWallet, address newWallet) returns(bool)
func (_TrexToken *TrexTokenTransactor) RecoveryAddress(opts *bind.TransactOpts, lostWallet common.Address, newWallet common.Address) (*types.Transaction, error) {
	return _TrexToken.contract.Transact(opts, "recoveryAddress", lostWallet, newWallet)
}

// RecoveryAddress is a paid mutator transaction binding the contract method 0x16d9baec.
//
// Solidity: function recoveryAddress(address lostWallet, address newWallet) returns(bool)
func (_TrexToken *TrexTokenSession) RecoveryAddress(lostWallet common.Address, newWallet common.Address) (*types.Transaction, error) {
	return _TrexToken.Contract.RecoveryAddress(&_TrexToken.TransactOpts, lostWallet, newWallet)
}

// RecoveryAddress is a paid mutator transaction binding the contract method 0x16d9baec.
//
// Solidity: function recoveryAddress(address lostWallet, address newWallet) returns(bool)
func (_TrexToken *TrexTokenTransactorSession) RecoveryAddress(lostWallet common.Address, newWallet common.Address) (*types.Transaction, error) {
	return _TrexToken.Contract.RecoveryAddress(&_TrexToken.TransactOpts, lostWallet, newWallet)
}

// Redeem is a paid mutator transaction binding the contract method 0xdb006a75.
//
// Solidity: function redeem(uint256 amount) returns()
func (_TrexToken *TrexTokenTransactor) Redeem(opts *bind.TransactOpts, amount *big.Int) (*types.Transaction, error) {
	return _TrexToken.contract.Transact(opts, "redeem", amount)
}

// Redeem is a paid mutator transaction binding the contract method 0xdb006a75.
//
// Solidity: function redeem(uint256 amount) returns()
func (_TrexToken *TrexTokenSession) Redeem(amount *big.Int) (*types.Transaction, error) {
	return _TrexToken.Contract.Redeem(&_TrexToken.TransactOpts, amount)
}

// Redeem is a paid mutator transaction binding the contract method 0xdb006a75.
//
// Solidity: function redeem(uint256 amount) returns()
func (_TrexToken *TrexTokenTransactorSession) Redeem(amount *big.Int) (*types.Transaction, error) {
	return _TrexToken.Contract.Redeem(&_TrexToken.TransactOpts, amount)
}

// RemoveModule is a paid mutator transaction binding the contract method 0xa0632461.
//
// Solidity: function removeModule(address module) returns()
func (_TrexToken *TrexTokenTransactor) RemoveModule(opts *bind.TransactOpts, module common.Address) (*types.Transaction, error) {
	return _TrexToken.contract.Transact(opts, "removeModule", module)
}

// RemoveModule is a paid mutator transaction binding the contract method 0xa0632461.
//
// Solidity: function removeModule(address module) returns()
func (_TrexToken *TrexTokenSession) RemoveModule(module common.Address) (*types.Transaction, error) {
	return _TrexToken.Contract.RemoveModule(&_TrexToken.TransactOpts, module)
}

// RemoveModule is a paid mutator transaction binding the contract method 0xa0632461.
//
// Solidity: function removeModule(address module) returns()
func (_TrexToken *TrexTokenTransactorSession) RemoveModule(module common.Address) (*types.Transaction, error) {
	return _TrexToken.Contract.RemoveModule(&_TrexToken.TransactOpts, module)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_TrexToken *TrexTokenTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _TrexToken.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_TrexToken *TrexTokenSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _TrexToken.Contract.RevokeRole(&_TrexToken.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_TrexToken *TrexTokenTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _TrexToken.Contract.RevokeRole(&_TrexToken.TransactOpts, role, account)
}

// SetAddressFrozen is a paid mutator transaction binding the contract method 0xc69c09cf.
//
// Solidity: function setAddressFrozen(address account, bool freeze) returns()
func (_TrexToken *TrexTokenTransactor) SetAddressFrozen(opts *bind.TransactOpts, account common.Address, freeze bool) (*types.Transaction, error) {
	return _TrexToken.contract.Transact(opts, "setAddressFrozen", account, freeze)
}

// SetAddressFrozen is a paid mutator transaction binding the contract method 0xc69c09cf.
//
// Solidity: function setAddressFrozen(address account, bool freeze) returns()
func (_TrexToken *TrexTokenSession) SetAddressFrozen(account common.Address, freeze bool) (*types.Transaction, error) {
	return _TrexToken.Contract.SetAddressFrozen(&_TrexToken.TransactOpts, account, freeze)
}

// SetAddressFrozen is a paid mutator transaction binding the contract method 0xc69c09cf.
//
// Solidity: function setAddressFrozen(address account, bool freeze) returns()
func (_TrexToken *TrexTokenTransactorSession) SetAddressFrozen(account common.Address, freeze bool) (*types.Transaction, error) {
	return _TrexToken.Contract.SetAddressFrozen(&_TrexToken.TransactOpts, account, freeze)
}

// SetModuleParameters is a paid mutator transaction binding the contract method 0x8541be05.
//
// Solidity: function setModuleParameters(address module, bytes params) returns()
func (_TrexToken *TrexTokenTransactor) SetModuleParameters(opts *bind.TransactOpts, module common.Address, params []byte) (*types.Transaction, error) {
	return _TrexToken.contract.Transact(opts, "setModuleParameters", module, params)
}

// SetModuleParameters is a paid mutator transaction binding the contract method 0x8541be05.
//
// Solidity: function setModuleParameters(address module, bytes params) returns()
func (_TrexToken *TrexTokenSession) SetModuleParameters(module common.Address, params []byte) (*types.Transaction, error) {
	return _TrexToken.Contract.SetModuleParameters(&_TrexToken.TransactOpts, module, params)
}

// SetModuleParameters is a paid mutator transaction binding the contract method 0x8541be05.
//
// Solidity: function setModuleParameters(address module, bytes params) returns()
func (_TrexToken *TrexTokenTransactorSession) SetModuleParameters(module common.Address, params []byte) (*types.Transaction, error) {
	return _TrexToken.Contract.SetModuleParameters(&_TrexToken.TransactOpts, module, params)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (_TrexToken *TrexTokenTransactor) Transfer(opts *bind.TransactOpts, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _TrexToken.contract.Transact(opts, "transfer", to, amount)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (_TrexToken *TrexTokenSession) Transfer(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _TrexToken.Contract.Transfer(&_TrexToken.TransactOpts, to, amount)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (_TrexToken *TrexTokenTransactorSession) Transfer(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _TrexToken.Contract.Transfer(&_TrexToken.TransactOpts, to, amount)
}

// UnfreezePartialTokens is a paid mutator transaction binding the contract method 0x1fe56f7d.
//
// Solidity: function unfreezePartialTokens(address account, uint256 amount) returns()
func (_TrexToken *TrexTokenTransactor) UnfreezePartialTokens(opts *bind.TransactOpts, account common.Address, amount *big.Int) (*types.Transaction, error) {
	return _TrexToken.contract.Transact(opts, "unfreezePartialTokens", account, amount)
}

// UnfreezePartialTokens is a paid mutator transaction binding the contract method 0x1fe56f7d.
//
// Solidity: function unfreezePartialTokens(address account, uint256 amount) returns()
func (_TrexToken *TrexTokenSession) UnfreezePartialTokens(account common.Address, amount *big.Int) (*types.Transaction, error) {
	return _TrexToken.Contract.UnfreezePartialTokens(&_TrexToken.TransactOpts, account, amount)
}

// UnfreezePartialTokens is a paid mutator transaction binding the contract method 0x1fe56f7d.
//
// Solidity: function unfreezePartialTokens(address account, uint256 amount) returns()
func (_TrexToken *TrexTokenTransactorSession) UnfreezePartialTokens(account common.Address, amount *big.Int) (*types.Transaction, error) {
	return _TrexToken.Contract.UnfreezePartialTokens(&_TrexToken.TransactOpts, account, amount)
}

// Unpause is a paid mutator transaction binding the contract method 0x3f4ba83a.
//
// Solidity: function unpause() returns()
func (_TrexToken *TrexTokenTransactor) Unpause(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TrexToken.contract.Transact(opts, "unpause")
}

// Unpause is a paid mutator transaction binding the contract method 0x3f4ba83a.
//
// Solidity: function unpause() returns()
func (_TrexToken *TrexTokenSession) Unpause() (*types.Transaction, error) {
	return _TrexToken.Contract.Unpause(&_TrexToken.TransactOpts)
}

// Unpause is a paid mutator transaction binding the contract method 0x3f4ba83a.
//
// Solidity: function unpause() returns()
func (_TrexToken *TrexTokenTransactorSession) Unpause() (*types.Transaction, error) {
	return _TrexToken.Contract.Unpause(&_TrexToken.TransactOpts)
}

// TrexTokenAddressFrozenIterator is returned from FilterAddressFrozen and is used to iterate over the raw logs and unpacked data for AddressFrozen events raised by the TrexToken contract.
type TrexTokenAddressFrozenIterator struct {
	Event *TrexTokenAddressFrozen // Event containing the contract specifics and raw log

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
func (it *TrexTokenAddressFrozenIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TrexTokenAddressFrozen)
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
		it.Event = new(TrexTokenAddressFrozen)
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
func (it *TrexTokenAddressFrozenIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TrexTokenAddressFrozenIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TrexTokenAddressFrozen represents a AddressFrozen event raised by the TrexToken contract.
type TrexTokenAddressFrozen struct {
	UserAddress common.Address
	IsFrozen    bool
	Owner       common.Address
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterAddressFrozen is a free log retrieval operation binding the contract event 0x7fa523c84ab8d7fc5b72f08b9e46dbbf10c39e119a075b3e317002d14bc9f436.
//
// Solidity: event AddressFrozen(address indexed userAddress, bool indexed isFrozen, address indexed owner)
func (_TrexToken *TrexTokenFilterer) FilterAddressFrozen(opts *bind.FilterOpts, userAddress []common.Address, isFrozen []bool, owner []common.Address) (*TrexTokenAddressFrozenIterator, error) {

	var userAddressRule []interface{}
	for _, userAddressItem := range userAddress {
		userAddressRule = append(userAddressRule, userAddressItem)
	}
	var isFrozenRule []interface{}
	for _, isFrozenItem := range isFrozen {
		isFrozenRule = append(isFrozenRule, isFrozenItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _TrexToken.contract.FilterLogs(opts, "AddressFrozen", userAddressRule, isFrozenRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return &TrexTokenAddressFrozenIterator{contract: _TrexToken.contract, event: "AddressFrozen", logs: logs, sub: sub}, nil
}

// WatchAddressFrozen is a free log subscription operation binding the contract event 0x7fa523c84ab8d7fc5b72f08b9e46dbbf10c39e119a075b3e317002d14bc9f436.
//
// Solidity: event AddressFrozen(address indexed userAddress, bool indexed isFrozen, address indexed owner)
func (_TrexToken *TrexTokenFilterer) WatchAddressFrozen(opts *bind.WatchOpts, sink chan<- *TrexTokenAddressFrozen, userAddress []common.Address, isFrozen []bool, owner []common.Address) (event.Subscription, error) {

	var userAddressRule []interface{}
	for _, userAddressItem := range userAddress {
		userAddressRule = append(userAddressRule, userAddressItem)
	}
	var isFrozenRule []interface{}
	for _, isFrozenItem := range isFrozen {
		isFrozenRule = append(isFrozenRule, isFrozenItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _TrexToken.contract.WatchLogs(opts, "AddressFrozen", userAddressRule, isFrozenRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TrexTokenAddressFrozen)
				if err := _TrexToken.contract.UnpackLog(event, "AddressFrozen", log); err != nil {
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

// ParseAddressFrozen is a log parse operation binding the contract event 0x7fa523c84ab8d7fc5b72f08b9e46dbbf10c39e119a075b3e317002d14bc9f436.
//
// Solidity: event AddressFrozen(address indexed userAddress, bool indexed isFrozen, address indexed owner)
func (_TrexToken *TrexTokenFilterer) ParseAddressFrozen(log types.Log) (*TrexTokenAddressFrozen, error) {
	event := new(TrexTokenAddressFrozen)
	if err := _TrexToken.contract.UnpackLog(event, "AddressFrozen", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TrexTokenAgentAddedIterator is returned from FilterAgentAdded and is used to iterate over the raw logs and unpacked data for AgentAdded events raised by the TrexToken contract.
type TrexTokenAgentAddedIterator struct {
	Event *TrexTokenAgentAdded // Event containing the contract specifics and raw log

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
func (it *TrexTokenAgentAddedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TrexTokenAgentAdded)
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
		it.Event = new(TrexTokenAgentAdded)
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
func (it *TrexTokenAgentAddedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TrexTokenAgentAddedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TrexTokenAgentAdded represents a AgentAdded event raised by the TrexToken contract.
type TrexTokenAgentAdded struct {
	Agent common.Address
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterAgentAdded is a free log retrieval operation binding the contract event 0xf68e73cec97f2d70aa641fb26e87a4383686e2efacb648f2165aeb02ac562ec5.
//
// Solidity: event AgentAdded(address indexed agent)
func (_TrexToken *TrexTokenFilterer) FilterAgentAdded(opts *bind.FilterOpts, agent []common.Address) (*TrexTokenAgentAddedIterator, error) {

	var agentRule []interface{}
	for _, agentItem := range agent {
		agentRule = append(agentRule, agentItem)
	}

	logs, sub, err := _TrexToken.contract.FilterLogs(opts, "AgentAdded", agentRule)
	if err != nil {
		return nil, err
	}
	return &TrexTokenAgentAddedIterator{contract: _TrexToken.contract, event: "AgentAdded", logs: logs, sub: sub}, nil
}

// WatchAgentAdded is a free log subscription operation binding the contract event 0xf68e73cec97f2d70aa641fb26e87a4383686e2efacb648f2165aeb02ac562ec5.
//
// Solidity: event AgentAdded(address indexed agent)
func (_TrexToken *TrexTokenFilterer) WatchAgentAdded(opts *bind.WatchOpts, sink chan<- *TrexTokenAgentAdded, agent []common.Address) (event.Subscription, error) {

	var agentRule []interface{}
	for _, agentItem := range agent {
		agentRule = append(agentRule, agentItem)
	}

	logs, sub, err := _TrexToken.contract.WatchLogs(opts, "AgentAdded", agentRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TrexTokenAgentAdded)
				if err := _TrexToken.contract.UnpackLog(event, "AgentAdded", log); err != nil {
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

// ParseAgentAdded is a log parse operation binding the contract event 0xf68e73cec97f2d70aa641fb26e87a4383686e2efacb648f2165aeb02ac562ec5.
//
// Solidity: event AgentAdded(address indexed agent)
func (_TrexToken *TrexTokenFilterer) ParseAgentAdded(log types.Log) (*TrexTokenAgentAdded, error) {
	event := new(TrexTokenAgentAdded)
	if err := _TrexToken.contract.UnpackLog(event, "AgentAdded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TrexTokenAgentRemovedIterator is returned from FilterAgentRemoved and is used to iterate over the raw logs and unpacked data for AgentRemoved events raised by the TrexToken contract.
type TrexTokenAgentRemovedIterator struct {
	Event *TrexTokenAgentRemoved // Event containing the contract specifics and raw log

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
func (it *TrexTokenAgentRemovedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TrexTokenAgentRemoved)
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
		it.Event = new(TrexTokenAgentRemoved)
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
func (it *TrexTokenAgentRemovedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TrexTokenAgentRemovedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TrexTokenAgentRemoved represents a AgentRemoved event raised by the TrexToken contract.
type TrexTokenAgentRemoved struct {
	Agent common.Address
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterAgentRemoved is a free log retrieval operation binding the contract event 0xed9c8ad8d5a0a66898ea49d2956929c93ae2e8bd50281b2ed897c5d1a6737e0b.
//
// Solidity: event AgentRemoved(address indexed agent)
func (_TrexToken *TrexTokenFilterer) FilterAgentRemoved(opts *bind.FilterOpts, agent []common.Address) (*TrexTokenAgentRemovedIterator, error) {

	var agentRule []interface{}
	for _, agentItem := range agent {
		agentRule = append(agentRule, agentItem)
	}

	logs, sub, err := _TrexToken.contract.FilterLogs(opts, "AgentRemoved", agentRule)
	if err != nil {
		return nil, err
	}
	return &TrexTokenAgentRemovedIterator{contract: _TrexToken.contract, event: "AgentRemoved", logs: logs, sub: sub}, nil
}

// WatchAgentRemoved is a free log subscription operation binding the contract event 0xed9c8ad8d5a0a66898ea49d2956929c93ae2e8bd50281b2ed897c5d1a6737e0b.
//
// Solidity: event AgentRemoved(address indexed agent)
func (_TrexToken *TrexTokenFilterer) WatchAgentRemoved(opts *bind.WatchOpts, sink chan<- *TrexTokenAgentRemoved, agent []common.Address) (event.Subscription, error) {

	var agentRule []interface{}
	for _, agentItem := range agent {
		agentRule = append(agentRule, agentItem)
	}

	logs, sub, err := _TrexToken.contract.WatchLogs(opts, "AgentRemoved", agentRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TrexTokenAgentRemoved)
				if err := _TrexToken.contract.UnpackLog(event, "AgentRemoved", log); err != nil {
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

// ParseAgentRemoved is a log parse operation binding the contract event 0xed9c8ad8d5a0a66898ea49d2956929c93ae2e8bd50281b2ed897c5d1a6737e0b.
//
// Solidity: event AgentRemoved(address indexed agent)
func (_TrexToken *TrexTokenFilterer) ParseAgentRemoved(log types.Log) (*TrexTokenAgentRemoved, error) {
	event := new(TrexTokenAgentRemoved)
	if err := _TrexToken.contract.UnpackLog(event, "AgentRemoved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TrexTokenPausedIterator is returned from FilterPaused and is used to iterate over the raw logs and unpacked data for Paused events raised by the TrexToken contract.
type TrexTokenPausedIterator struct {
	Event *TrexTokenPaused // Event containing the contract specifics and raw log

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
func (it *TrexTokenPausedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TrexTokenPaused)
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
		it.Event = new(TrexTokenPaused)
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
func (it *TrexTokenPausedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TrexTokenPausedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TrexTokenPaused represents a Paused event raised by the TrexToken contract.
type TrexTokenPaused struct {
	Account common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterPaused is a free log retrieval operation binding the contract event 0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258.
//
// Solidity: event Paused(address account)
func (_TrexToken *TrexTokenFilterer) FilterPaused(opts *bind.FilterOpts) (*TrexTokenPausedIterator, error) {

	logs, sub, err := _TrexToken.contract.FilterLogs(opts, "Paused")
	if err != nil {
		return nil, err
	}
	return &TrexTokenPausedIterator{contract: _TrexToken.contract, event: "Paused", logs: logs, sub: sub}, nil
}

// WatchPaused is a free log subscription operation binding the contract event 0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258.
//
// Solidity: event Paused(address account)
func (_TrexToken *TrexTokenFilterer) WatchPaused(opts *bind.WatchOpts, sink chan<- *TrexTokenPaused) (event.Subscription, error) {

	logs, sub, err := _TrexToken.contract.WatchLogs(opts, "Paused")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TrexTokenPaused)
				if err := _TrexToken.contract.UnpackLog(event, "Paused", log); err != nil {
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

// ParsePaused is a log parse operation binding the contract event 0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258.
//
// Solidity: event Paused(address account)
func (_TrexToken *TrexTokenFilterer) ParsePaused(log types.Log) (*TrexTokenPaused, error) {
	event := new(TrexTokenPaused)
	if err := _TrexToken.contract.UnpackLog(event, "Paused", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TrexTokenTokensFrozenIterator is returned from FilterTokensFrozen and is used to iterate over the raw logs and unpacked data for TokensFrozen events raised by the TrexToken contract.
type TrexTokenTokensFrozenIterator struct {
	Event *TrexTokenTokensFrozen // Event containing the contract specifics and raw log

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
func (it *TrexTokenTokensFrozenIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TrexTokenTokensFrozen)
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
		it.Event = new(TrexTokenTokensFrozen)
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
func (it *TrexTokenTokensFrozenIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TrexTokenTokensFrozenIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TrexTokenTokensFrozen represents a TokensFrozen event raised by the TrexToken contract.
type TrexTokenTokensFrozen struct {
	UserAddress common.Address
	Amount      *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterTokensFrozen is a free log retrieval operation binding the contract event 0xa065e63c631c86f1b9f66a4a2f63f2093bf1c2168d23290259dbd969e0222a45.
//
// Solidity: event TokensFrozen(address indexed userAddress, uint256 amount)
func (_TrexToken *TrexTokenFilterer) FilterTokensFrozen(opts *bind.FilterOpts, userAddress []common.Address) (*TrexTokenTokensFrozenIterator, error) {

	var userAddressRule []interface{}
	for _, userAddressItem := range userAddress {
		userAddressRule = append(userAddressRule, userAddressItem)
	}

	logs, sub, err := _TrexToken.contract.FilterLogs(opts, "TokensFrozen", userAddressRule)
	if err != nil {
		return nil, err
	}
	return &TrexTokenTokensFrozenIterator{contract: _TrexToken.contract, event: "TokensFrozen", logs: logs, sub: sub}, nil
}

// WatchTokensFrozen is a free log subscription operation binding the contract event 0xa065e63c631c86f1b9f66a4a2f63f2093bf1c2168d23290259dbd969e0222a45.
//
// Solidity: event TokensFrozen(address indexed userAddress, uint256 amount)
func (_TrexToken *TrexTokenFilterer) WatchTokensFrozen(opts *bind.WatchOpts, sink chan<- *TrexTokenTokensFrozen, userAddress []common.Address) (event.Subscription, error) {

	var userAddressRule []interface{}
	for _, userAddressItem := range userAddress {
		userAddressRule = append(userAddressRule, userAddressItem)
	}

	logs, sub, err := _TrexToken.contract.WatchLogs(opts, "TokensFrozen", userAddressRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TrexTokenTokensFrozen)
				if err := _TrexToken.contract.UnpackLog(event, "TokensFrozen", log); err != nil {
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

// ParseTokensFrozen is a log parse operation binding the contract event 0xa065e63c631c86f1b9f66a4a2f63f2093bf1c2168d23290259dbd969e0222a45.
//
// Solidity: event TokensFrozen(address indexed userAddress, uint256 amount)
func (_TrexToken *TrexTokenFilterer) ParseTokensFrozen(log types.Log) (*TrexTokenTokensFrozen, error) {
	event := new(TrexTokenTokensFrozen)
	if err := _TrexToken.contract.UnpackLog(event, "TokensFrozen", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TrexTokenTokensUnfrozenIterator is returned from FilterTokensUnfrozen and is used to iterate over the raw logs and unpacked data for TokensUnfrozen events raised by the TrexToken contract.
type TrexTokenTokensUnfrozenIterator struct {
	Event *TrexTokenTokensUnfrozen // Event containing the contract specifics and raw log

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
func (it *TrexTokenTokensUnfrozenIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TrexTokenTokensUnfrozen)
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
		it.Event = new(TrexTokenTokensUnfrozen)
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
func (it *TrexTokenTokensUnfrozenIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TrexTokenTokensUnfrozenIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TrexTokenTokensUnfrozen represents a TokensUnfrozen event raised by the TrexToken contract.
type TrexTokenTokensUnfrozen struct {
	UserAddress common.Address
	Amount      *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterTokensUnfrozen is a free log retrieval operation binding the contract event 0x9bed35cb62ad0dba04f9d5bfee4b5bc91443e77da8a65c4c84834c51bb08b0d6.
//
// Solidity: event TokensUnfrozen(address indexed userAddress, uint256 amount)
func (_TrexToken *TrexTokenFilterer) FilterTokensUnfrozen(opts *bind.FilterOpts, userAddress []common.Address) (*TrexTokenTokensUnfrozenIterator, error) {

	var userAddressRule []interface{}
	for _, userAddressItem := range userAddress {
		userAddressRule = append(userAddressRule, userAddressItem)
	}

	logs, sub, err := _TrexToken.contract.FilterLogs(opts, "TokensUnfrozen", userAddressRule)
	if err != nil {
		return nil, err
	}
	return &TrexTokenTokensUnfrozenIterator{contract: _TrexToken.contract, event: "TokensUnfrozen", logs: logs, sub: sub}, nil
}

// WatchTokensUnfrozen is a free log subscription operation binding the contract event 0x9bed35cb62ad0dba04f9d5bfee4b5bc91443e77da8a65c4c84834c51bb08b0d6.
//
// Solidity: event TokensUnfrozen(address indexed userAddress, uint256 amount)
func (_TrexToken *TrexTokenFilterer) WatchTokensUnfrozen(opts *bind.WatchOpts, sink chan<- *TrexTokenTokensUnfrozen, userAddress []common.Address) (event.Subscription, error) {

	var userAddressRule []interface{}
	for _, userAddressItem := range userAddress {
		userAddressRule = append(userAddressRule, userAddressItem)
	}

	logs, sub, err := _TrexToken.contract.WatchLogs(opts, "TokensUnfrozen", userAddressRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TrexTokenTokensUnfrozen)
				if err := _TrexToken.contract.UnpackLog(event, "TokensUnfrozen", log); err != nil {
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

// ParseTokensUnfrozen is a log parse operation binding the contract event 0x9bed35cb62ad0dba04f9d5bfee4b5bc91443e77da8a65c4c84834c51bb08b0d6.
//
// Solidity: event TokensUnfrozen(address indexed userAddress, uint256 amount)
func (_TrexToken *TrexTokenFilterer) ParseTokensUnfrozen(log types.Log) (*TrexTokenTokensUnfrozen, error) {
	event := new(TrexTokenTokensUnfrozen)
	if err := _TrexToken.contract.UnpackLog(event, "TokensUnfrozen", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TrexTokenTransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the TrexToken contract.
type TrexTokenTransferIterator struct {
	Event *TrexTokenTransfer // Event containing the contract specifics and raw log

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
func (it *TrexTokenTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TrexTokenTransfer)
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
		it.Event = new(TrexTokenTransfer)
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
func (it *TrexTokenTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TrexTokenTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TrexTokenTransfer represents a Transfer event raised by the TrexToken contract.
type TrexTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_TrexToken *TrexTokenFilterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*TrexTokenTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _TrexToken.contract.FilterLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &TrexTokenTransferIterator{contract: _TrexToken.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_TrexToken *TrexTokenFilterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *TrexTokenTransfer, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _TrexToken.contract.WatchLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TrexTokenTransfer)
				if err := _TrexToken.contract.UnpackLog(event, "Transfer", log); err != nil {
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

// ParseTransfer is a log parse operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_TrexToken *TrexTokenFilterer) ParseTransfer(log types.Log) (*TrexTokenTransfer, error) {
	event := new(TrexTokenTransfer)
	if err := _TrexToken.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TrexTokenUnpausedIterator is returned from FilterUnpaused and is used to iterate over the raw logs and unpacked data for Unpaused events raised by the TrexToken contract.
type TrexTokenUnpausedIterator struct {
	Event *TrexTokenUnpaused // Event containing the contract specifics and raw log

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
func (it *TrexTokenUnpausedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TrexTokenUnpaused)
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
		it.Event = new(TrexTokenUnpaused)
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
func (it *TrexTokenUnpausedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TrexTokenUnpausedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TrexTokenUnpaused represents a Unpaused event raised by the TrexToken contract.
type TrexTokenUnpaused struct {
	Account common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterUnpaused is a free log retrieval operation binding the contract event 0x5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa.
//
// Solidity: event Unpaused(address account)
func (_TrexToken *TrexTokenFilterer) FilterUnpaused(opts *bind.FilterOpts) (*TrexTokenUnpausedIterator, error) {

	logs, sub, err := _TrexToken.contract.FilterLogs(opts, "Unpaused")
	if err != nil {
		return nil, err
	}
	return &TrexTokenUnpausedIterator{contract: _TrexToken.contract, event: "Unpaused", logs: logs, sub: sub}, nil
}

// WatchUnpaused is a free log subscription operation binding the contract event 0x5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa.
//
// Solidity: event Unpaused(address account)
func (_TrexToken *TrexTokenFilterer) WatchUnpaused(opts *bind.WatchOpts, sink chan<- *TrexTokenUnpaused) (event.Subscription, error) {

	logs, sub, err := _TrexToken.contract.WatchLogs(opts, "Unpaused")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TrexTokenUnpaused)
				if err := _TrexToken.contract.UnpackLog(event, "Unpaused", log); err != nil {
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

// ParseUnpaused is a log parse operation binding the contract event 0x5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa.
//
// Solidity: event Unpaused(address account)
func (_TrexToken *TrexTokenFilterer) ParseUnpaused(log types.Log) (*TrexTokenUnpaused, error) {
	event := new(TrexTokenUnpaused)
	if err := _TrexToken.contract.UnpackLog(event, "Unpaused", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
