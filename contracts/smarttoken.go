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

// SmartTokenMetaData contains all meta data concerning the SmartToken contract.
var SmartTokenMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AddressIsFrozen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"free\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientFree\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"}],\"name\":\"NothingToRecover\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TokenPaused\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"userAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bool\",\"name\":\"isFrozen\",\"type\":\"bool\"}],\"name\":\"AddressFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BurnCompleted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"name\":\"ComplianceModuleAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"ComplianceModuleRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ForcedTransfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"MintCompleted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"name\":\"ModuleParametersUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Redeemed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TokensFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newWallet\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TokensRecovered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TokensUnfrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferCompleted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"name\":\"addModule\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"forcedTransfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"freezePartialTokens\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getFrozenTokens\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isFrozen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"lostWallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"newWallet\",\"type\":\"address\"}],\"name\":\"recoveryAddress\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"redeem\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"}],\"name\":\"removeModule\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"freeze\",\"type\":\"bool\"}],\"name\":\"setAddressFrozen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"module\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"params\",\"type\":\"bytes\"}],\"name\":\"setModuleParameters\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"unfreezePartialTokens\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x608060405234801561000f575f5ffd5b506040516114b43803806114b483398101604081905261002e916100ef565b81815f61003b83826101d8565b50600161004882826101d8565b5050505050610292565b634e487b7160e01b5f52604160045260245ffd5b5f82601f830112610075575f5ffd5b81516001600160401b0381111561008e5761008e610052565b604051601f8201601f19908116603f011681016001600160401b03811182821017156100bc576100bc610052565b6040528181528382016020018510156100d3575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f60408385031215610100575f5ffd5b82516001600160401b03811115610115575f5ffd5b61012185828601610066565b602085015190935090506001600160401b0381111561013e575f5ffd5b61014a85828601610066565b9150509250929050565b600181811c9082168061016857607f821691505b60208210810361018657634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156101d357805f5260205f20601f840160051c810160208510156101b15750805b601f840160051c820191505b818110156101d0575f81556001016101bd565b50505b505050565b81516001600160401b038111156101f1576101f1610052565b610205816101ff8454610154565b8461018c565b6020601f821160018114610237575f83156102205750848201515b5f19600385901b1c1916600184901b1784556101d0565b5f84815260208120601f198516915b828110156102665787850151825560209485019460019092019101610246565b508482101561028357868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b6112158061029f5f395ff3fe608060405234801561000f575f5ffd5b5060043610610153575f3560e01c806370a08231116100bf578063a063246111610079578063a0632461146102cf578063a9059cbb146102e2578063c69c09cf146102f5578063d547741f14610308578063db006a751461031b578063e58398361461032e575f5ffd5b806370a08231146102675780638456cb59146102865780638541be051461028e57806395d89b41146102a15780639dc29fac146102a95780639fc1d0e7146102bc575f5ffd5b80632dd3a78c116101105780632dd3a78c146101ff5780632f2ff15d14610212578063313ce567146102255780633f4ba83a1461023f57806340c10f19146102475780635c975abb1461025a575f5ffd5b806306fdde0314610157578063125c4a3314610175578063158b1a571461018a57806316d9baec146101c057806318160ddd146101e35780631fe56f7d146101ec575b5f5ffd5b61015f610359565b60405161016c9190610f0c565b60405180910390f35b610188610183366004610f5c565b6103e4565b005b6101b2610198366004610f84565b6001600160a01b03165f9081526005602052604090205490565b60405190815260200161016c565b6101d36101ce366004610fa4565b61047f565b604051901515815260200161016c565b6101b260025481565b6101886101fa366004610f5c565b6105dc565b61018861020d366004610fd5565b610617565b610188610220366004611053565b610622565b61022d601281565b60405160ff909116815260200161016c565b61018861062e565b610188610255366004610f5c565b610642565b6003546101d39060ff1681565b6101b2610275366004610f84565b60046020525f908152604090205481565b6101886106bb565b61018861029c366004610fd5565b6106d0565b61015f6106db565b6101886102b7366004610f5c565b6106e8565b6101d36102ca366004611074565b61076d565b6101886102dd366004610f84565b610798565b6101d36102f0366004610f5c565b6107a4565b6101886103033660046110ae565b6108a3565b610188610316366004611053565b6108d0565b6101886103293660046110e7565b6108db565b6101d361033c366004610f84565b6001600160a01b03165f9081526006602052604090205460ff1690565b5f8054610365906110fe565b80601f0160208091040260200160405190810160405280929190818152602001828054610391906110fe565b80156103dc5780601f106103b3576101008083540402835291602001916103dc565b820191905f5260205f20905b8154815290600101906020018083116103bf57829003601f168201915b505050505081565b6001600160a01b0382165f908152600560209081526040808320546004909252822054610411919061114a565b905080821115610443578281836040516313c3c9cf60e31b815260040161043a9392919061115d565b60405180910390fd5b6001600160a01b0383165f908152600560205260408120805484929061046a90849061117e565b9091555061047a90508383610990565b505050565b6001600160a01b0382165f908152600460205260408120548082036104c2576040516386d9d03560e01b81526001600160a01b038516600482015260240161043a565b6001600160a01b0384165f908152600560205260409020548015610502576001600160a01b0385165f9081526005602052604081205561050285826109d5565b61050d858584610a12565b801561054a576001600160a01b0384165f908152600560205260408120805483929061053a90849061117e565b9091555061054a90508482610990565b6001600160a01b0385165f9081526006602052604090205460ff16156105c4576001600160a01b0385165f908152600660205260408120805460ff19169055610594908690610ad7565b6001600160a01b0384165f908152600660205260409020805460ff191660019081179091556105c4908590610ad7565b6105cf858584610b14565b6001925050505b92915050565b6001600160a01b0382165f908152600560205260408120805483929061060390849061114a565b90915550610613905082826109d5565b5050565b61047a838383610b70565b61061382826001610bc2565b6003805460ff19169055610640610c40565b565b8060025f828254610653919061117e565b90915550506001600160a01b0382165f908152600460205260408120805483929061067f90849061117e565b90915550506040518181526001600160a01b038316905f905f5160206111c05f395f51905f529060200160405180910390a36106138282610c6c565b6003805460ff19166001179055610640610ca9565b61047a838383610cd5565b60018054610365906110fe565b6106f28282610d1a565b6001600160a01b0382165f908152600460205260408120805483929061071990849061114a565b925050819055508060025f828254610731919061114a565b90915550506040518181525f906001600160a01b038416905f5160206111c05f395f51905f529060200160405180910390a36106138282610dc1565b5f6107788483610d1a565b610783848484610a12565b61078e848484610dfe565b5060019392505050565b6107a181610e4d565b50565b6003545f9060ff16156107ca5760405163e779249560e01b815260040160405180910390fd5b335f9081526006602052604090205460ff16156107fc57604051637b7ab99d60e11b815233600482015260240161043a565b6001600160a01b0383165f9081526006602052604090205460ff161561084057604051637b7ab99d60e11b81526001600160a01b038416600482015260240161043a565b335f908152600560209081526040808320546004909252822054610864919061114a565b90508083111561088d573381846040516313c3c9cf60e31b815260040161043a9392919061115d565b610898338585610a12565b61078e338585610e85565b6001600160a01b0382165f908152600660205260409020805460ff19168215151790556106138282610ad7565b61061382825f610bc2565b335f9081526005602090815260408083205460049092528220546108ff919061114a565b905080821115610928573381836040516313c3c9cf60e31b815260040161043a9392919061115d565b335f908152600460205260408120805484929061094690849061114a565b925050819055508160025f82825461095e919061114a565b90915550506040518281525f9033905f5160206111c05f395f51905f529060200160405180910390a361061382610ed4565b6040518181526001600160a01b0383169033907f1bcfa03a03a5a801acedbac92e4c327445cae41571bdd6cf9b6988685c038e86906020015b60405180910390a35050565b6040518181526001600160a01b0383169033907f81aa4332c9e93af00ae5fdbed32b01fbc5d01ac7755a05d0962acd19030bd554906020016109c9565b6001600160a01b0383165f9081526004602052604090205481811015610a51578381836040516313c3c9cf60e31b815260040161043a9392919061115d565b610a5b828261114a565b6001600160a01b038086165f908152600460205260408082209390935590851681529081208054849290610a9090849061117e565b92505081905550826001600160a01b0316846001600160a01b03165f5160206111c05f395f51905f5284604051610ac991815260200190565b60405180910390a350505050565b604051811515906001600160a01b0384169033907f17ec2643977f0865dd45350e9efdcdfead258c9220974e67d1a37ca144772293905f90a45050565b816001600160a01b0316836001600160a01b0316336001600160a01b03167fa2231b10d9b4e4166c8a827c99f97691b05aa88fb04e009a4e499005b5c50fcc84604051610b6391815260200190565b60405180910390a4505050565b826001600160a01b0316336001600160a01b03167f4df30bfa3ec06fecb039a1a7f419067e9ae43dae6bccbbe724bf4dedcca740b38484604051610bb5929190611191565b60405180910390a3505050565b8015610c045760405133906001600160a01b0384169085907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d905f90a4505050565b60405133906001600160a01b0384169085907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b905f90a4505050565b60405133907f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa905f90a2565b6040518181526001600160a01b0383169033907fe06a64fbf06d35586ace9c9da7a5c34ca3f2c0fd07e34e80be6d0341357795a8906020016109c9565b60405133907f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258905f90a2565b826001600160a01b0316336001600160a01b03167f8191c9e77ca554fa2d71249ed7be789e36d034b36dbf87dbe2a03dd92483cd158484604051610bb5929190611191565b6001600160a01b0382165f908152600560209081526040808320546004909252822054610d47919061114a565b90508082118015610d6f57506001600160a01b0383165f908152600460205260409020548211155b1561047a575f610d7f828461114a565b6001600160a01b0385165f90815260056020526040812080549293508392909190610dab90849061114a565b90915550610dbb905084826109d5565b50505050565b6040518181526001600160a01b0383169033907f92eda58db715be76693c72f2b6c1ffec1f5d9fa127f24d7d26acaefa731a52fa906020016109c9565b816001600160a01b0316836001600160a01b0316336001600160a01b03167f47cea260e2dfb95ed2ab59ad44fe2ac9cddb432afb828d2a1475936b5a2b829a84604051610b6391815260200190565b6040516001600160a01b0382169033907f34edd82cbb989f04be4723e96eec51ffb91f506ef585c7f28ce53110782f5f5e905f90a350565b816001600160a01b0316836001600160a01b0316336001600160a01b03167f0d8423425ea24ce801d57e1af368c7ca24b3a31b719c058675916f436635eea284604051610b6391815260200190565b60405181815233907f4896181ff8f4543cc00db9fe9b6fb7e6f032b7eb772c72ab1ec1b4d2e03b93699060200160405180910390a250565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b0381168114610f57575f5ffd5b919050565b5f5f60408385031215610f6d575f5ffd5b610f7683610f41565b946020939093013593505050565b5f60208284031215610f94575f5ffd5b610f9d82610f41565b9392505050565b5f5f60408385031215610fb5575f5ffd5b610fbe83610f41565b9150610fcc60208401610f41565b90509250929050565b5f5f5f60408486031215610fe7575f5ffd5b610ff084610f41565b9250602084013567ffffffffffffffff81111561100b575f5ffd5b8401601f8101861361101b575f5ffd5b803567ffffffffffffffff811115611031575f5ffd5b866020828401011115611042575f5ffd5b939660209190910195509293505050565b5f5f60408385031215611064575f5ffd5b82359150610fcc60208401610f41565b5f5f5f60608486031215611086575f5ffd5b61108f84610f41565b925061109d60208501610f41565b929592945050506040919091013590565b5f5f604083850312156110bf575f5ffd5b6110c883610f41565b9150602083013580151581146110dc575f5ffd5b809150509250929050565b5f602082840312156110f7575f5ffd5b5035919050565b600181811c9082168061111257607f821691505b60208210810361113057634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156105d6576105d6611136565b6001600160a01b039390931683526020830191909152604082015260600190565b808201808211156105d6576105d6611136565b60208152816020820152818360408301375f818301604090810191909152601f909201601f1916010191905056feddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3efa264697066735822122059bcaa06ea33d4cfd507618c3e4039393454dcd9ed1bdc7a86f55ced1fc82d6b64736f6c634300081c0033",
}

// SmartTokenABI is the input ABI used to generate the binding from.
// Deprecated: Use SmartTokenMetaData.ABI instead.
var SmartTokenABI = SmartTokenMetaData.ABI

// SmartTokenBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use SmartTokenMetaData.Bin instead.
var SmartTokenBin = SmartTokenMetaData.Bin

// DeploySmartToken deploys a new Ethereum contract, binding an instance of SmartToken to it.
func DeploySmartToken(auth *bind.TransactOpts, backend bind.ContractBackend, name_ string, symbol_ string) (common.Address, *types.Transaction, *SmartToken, error) {
	parsed, err := SmartTokenMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(SmartTokenBin), backend, name_, symbol_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &SmartToken{SmartTokenCaller: SmartTokenCaller{contract: contract}, SmartTokenTransactor: SmartTokenTransactor{contract: contract}, SmartTokenFilterer: SmartTokenFilterer{contract: contract}}, nil
}

// SmartToken is an auto generated Go binding around an Ethereum contract.
type SmartToken struct {
	SmartTokenCaller     // Read-only binding to the contract
	SmartTokenTransactor // Write-only binding to the contract
	SmartTokenFilterer   // Log filterer for contract events
}

// SmartTokenCaller is an auto generated read-only Go binding around an Ethereum contract.
type SmartTokenCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SmartTokenTransactor is an auto generated write-only Go binding around an Ethereum contract.
type SmartTokenTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SmartTokenFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type SmartTokenFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// SmartTokenSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type SmartTokenSession struct {
	Contract     *SmartToken       // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// SmartTokenCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type SmartTokenCallerSession struct {
	Contract *SmartTokenCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts     // Call options to use throughout this session
}

// SmartTokenTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type SmartTokenTransactorSession struct {
	Contract     *SmartTokenTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts     // Transaction auth options to use throughout this session
}

// SmartTokenRaw is an auto generated low-level Go binding around an Ethereum contract.
type SmartTokenRaw struct {
	Contract *SmartToken // Generic contract binding to access the raw methods on
}

// SmartTokenCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type SmartTokenCallerRaw struct {
	Contract *SmartTokenCaller // Generic read-only contract binding to access the raw methods on
}

// SmartTokenTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type SmartTokenTransactorRaw struct {
	Contract *SmartTokenTransactor // Generic write-only contract binding to access the raw methods on
}

// NewSmartToken creates a new instance of SmartToken, bound to a specific deployed contract.
func NewSmartToken(address common.Address, backend bind.ContractBackend) (*SmartToken, error) {
	contract, err := bindSmartToken(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &SmartToken{SmartTokenCaller: SmartTokenCaller{contract: contract}, SmartTokenTransactor: SmartTokenTransactor{contract: contract}, SmartTokenFilterer: SmartTokenFilterer{contract: contract}}, nil
}

// NewSmartTokenCaller creates a new read-only instance of SmartToken, bound to a specific deployed contract.
func NewSmartTokenCaller(address common.Address, caller bind.ContractCaller) (*SmartTokenCaller, error) {
	contract, err := bindSmartToken(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &SmartTokenCaller{contract: contract}, nil
}

// NewSmartTokenTransactor creates a new write-only instance of SmartToken, bound to a specific deployed contract.
func NewSmartTokenTransactor(address common.Address, transactor bind.ContractTransactor) (*SmartTokenTransactor, error) {
	contract, err := bindSmartToken(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &SmartTokenTransactor{contract: contract}, nil
}

// NewSmartTokenFilterer creates a new log filterer instance of SmartToken, bound to a specific deployed contract.
func NewSmartTokenFilterer(address common.Address, filterer bind.ContractFilterer) (*SmartTokenFilterer, error) {
	contract, err := bindSmartToken(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &SmartTokenFilterer{contract: contract}, nil
}

// bindSmartToken binds a generic wrapper to an already deployed contract.
func bindSmartToken(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := SmartTokenMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_SmartToken *SmartTokenRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _SmartToken.Contract.SmartTokenCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_SmartToken *SmartTokenRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SmartToken.Contract.SmartTokenTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_SmartToken *SmartTokenRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _SmartToken.Contract.SmartTokenTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_SmartToken *SmartTokenCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _SmartToken.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_SmartToken *SmartTokenTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SmartToken.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_SmartToken *SmartTokenTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _SmartToken.Contract.contract.Transact(opts, method, params...)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (_SmartToken *SmartTokenCaller) BalanceOf(opts *bind.CallOpts, arg0 common.Address) (*big.Int, error) {
	var out []interface{}
	err := _SmartToken.contract.Call(opts, &out, "balanceOf", arg0)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (_SmartToken *SmartTokenSession) BalanceOf(arg0 common.Address) (*big.Int, error) {
	return _SmartToken.Contract.BalanceOf(&_SmartToken.CallOpts, arg0)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (_SmartToken *SmartTokenCallerSession) BalanceOf(arg0 common.Address) (*big.Int, error) {
	return _SmartToken.Contract.BalanceOf(&_SmartToken.CallOpts, arg0)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_SmartToken *SmartTokenCaller) Decimals(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _SmartToken.contract.Call(opts, &out, "decimals")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_SmartToken *SmartTokenSession) Decimals() (uint8, error) {
	return _SmartToken.Contract.Decimals(&_SmartToken.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_SmartToken *SmartTokenCallerSession) Decimals() (uint8, error) {
	return _SmartToken.Contract.Decimals(&_SmartToken.CallOpts)
}

// GetFrozenTokens is a free data retrieval call binding the contract method 0x158b1a57.
//
// Solidity: function getFrozenTokens(address account) view returns(uint256)
func (_SmartToken *SmartTokenCaller) GetFrozenTokens(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _SmartToken.contract.Call(opts, &out, "getFrozenTokens", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetFrozenTokens is a free data retrieval call binding the contract method 0x158b1a57.
//
// Solidity: function getFrozenTokens(address account) view returns(uint256)
func (_SmartToken *SmartTokenSession) GetFrozenTokens(account common.Address) (*big.Int, error) {
	return _SmartToken.Contract.GetFrozenTokens(&_SmartToken.CallOpts, account)
}

// GetFrozenTokens is a free data retrieval call binding the contract method 0x158b1a57.
//
// Solidity: function getFrozenTokens(address account) view returns(uint256)
func (_SmartToken *SmartTokenCallerSession) GetFrozenTokens(account common.Address) (*big.Int, error) {
	return _SmartToken.Contract.GetFrozenTokens(&_SmartToken.CallOpts, account)
}

// IsFrozen is a free data retrieval call binding the contract method 0xe5839836.
//
// Solidity: function isFrozen(address account) view returns(bool)
func (_SmartToken *SmartTokenCaller) IsFrozen(opts *bind.CallOpts, account common.Address) (bool, error) {
	var out []interface{}
	err := _SmartToken.contract.Call(opts, &out, "isFrozen", account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsFrozen is a free data retrieval call binding the contract method 0xe5839836.
//
// Solidity: function isFrozen(address account) view returns(bool)
func (_SmartToken *SmartTokenSession) IsFrozen(account common.Address) (bool, error) {
	return _SmartToken.Contract.IsFrozen(&_SmartToken.CallOpts, account)
}

// IsFrozen is a free data retrieval call binding the contract method 0xe5839836.
//
// Solidity: function isFrozen(address account) view returns(bool)
func (_SmartToken *SmartTokenCallerSession) IsFrozen(account common.Address) (bool, error) {
	return _SmartToken.Contract.IsFrozen(&_SmartToken.CallOpts, account)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_SmartToken *SmartTokenCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _SmartToken.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_SmartToken *SmartTokenSession) Name() (string, error) {
	return _SmartToken.Contract.Name(&_SmartToken.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_SmartToken *SmartTokenCallerSession) Name() (string, error) {
	return _SmartToken.Contract.Name(&_SmartToken.CallOpts)
}

// Paused is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (_SmartToken *SmartTokenCaller) Paused(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _SmartToken.contract.Call(opts, &out, "paused")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Paused is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (_SmartToken *SmartTokenSession) Paused() (bool, error) {
	return _SmartToken.Contract.Paused(&_SmartToken.CallOpts)
}

// Paused is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (_SmartToken *SmartTokenCallerSession) Paused() (bool, error) {
	return _SmartToken.Contract.Paused(&_SmartToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_SmartToken *SmartTokenCaller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _SmartToken.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_SmartToken *SmartTokenSession) Symbol() (string, error) {
	return _SmartToken.Contract.Symbol(&_SmartToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_SmartToken *SmartTokenCallerSession) Symbol() (string, error) {
	return _SmartToken.Contract.Symbol(&_SmartToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_SmartToken *SmartTokenCaller) TotalSupply(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _SmartToken.contract.Call(opts, &out, "totalSupply")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_SmartToken *SmartTokenSession) TotalSupply() (*big.Int, error) {
	return _SmartToken.Contract.TotalSupply(&_SmartToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_SmartToken *SmartTokenCallerSession) TotalSupply() (*big.Int, error) {
	return _SmartToken.Contract.TotalSupply(&_SmartToken.CallOpts)
}

// AddModule is a paid mutator transaction binding the contract method 0x2dd3a78c.
//
// Solidity: function addModule(address module, bytes params) returns()
func (_SmartToken *SmartTokenTransactor) AddModule(opts *bind.TransactOpts, module common.Address, params []byte) (*types.Transaction, error) {
	return _SmartToken.contract.Transact(opts, "addModule", module, params)
}

// AddModule is a paid mutator transaction binding the contract method 0x2dd3a78c.
//
// Solidity: function addModule(address module, bytes params) returns()
func (_SmartToken *SmartTokenSession) AddModule(module common.Address, params []byte) (*types.Transaction, error) {
	return _SmartToken.Contract.AddModule(&_SmartToken.TransactOpts, module, params)
}

// AddModule is a paid mutator transaction binding the contract method 0x2dd3a78c.
//
// Solidity: function addModule(address module, bytes params) returns()
func (_SmartToken *SmartTokenTransactorSession) AddModule(module common.Address, params []byte) (*types.Transaction, error) {
	return _SmartToken.Contract.AddModule(&_SmartToken.TransactOpts, module, params)
}

// Burn is a paid mutator transaction binding the contract method 0x9dc29fac.
//
// Solidity: function burn(address from, uint256 amount) returns()
func (_SmartToken *SmartTokenTransactor) Burn(opts *bind.TransactOpts, from common.Address, amount *big.Int) (*types.Transaction, error) {
	return _SmartToken.contract.Transact(opts, "burn", from, amount)
}

// Burn is a paid mutator transaction binding the contract method 0x9dc29fac.
//
// Solidity: function burn(address from, uint256 amount) returns()
func (_SmartToken *SmartTokenSession) Burn(from common.Address, amount *big.Int) (*types.Transaction, error) {
	return _SmartToken.Contract.Burn(&_SmartToken.TransactOpts, from, amount)
}

// Burn is a paid mutator transaction binding the contract method 0x9dc29fac.
//
// Solidity: function burn(address from, uint256 amount) returns()
func (_SmartToken *SmartTokenTransactorSession) Burn(from common.Address, amount *big.Int) (*types.Transaction, error) {
	return _SmartToken.Contract.Burn(&_SmartToken.TransactOpts, from, amount)
}

// ForcedTransfer is a paid mutator transaction binding the contract method 0x9fc1d0e7.
//
// Solidity: function forcedTransfer(address from, address to, uint256 amount) returns(bool)
func (_SmartToken *SmartTokenTransactor) ForcedTransfer(opts *bind.TransactOpts, from common.Address, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _SmartToken.contract.Transact(opts, "forcedTransfer", from, to, amount)
}

// ForcedTransfer is a paid mutator transaction binding the contract method 0x9fc1d0e7.
//
// Solidity: function forcedTransfer(address from, address to, uint256 amount) returns(bool)
func (_SmartToken *SmartTokenSession) ForcedTransfer(from common.Address, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _SmartToken.Contract.ForcedTransfer(&_SmartToken.TransactOpts, from, to, amount)
}

// ForcedTransfer is a paid mutator transaction binding the contract method 0x9fc1d0e7.
//
// Solidity: function forcedTransfer(address from, address to, uint256 amount) returns(bool)
func (_SmartToken *SmartTokenTransactorSession) ForcedTransfer(from common.Address, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _SmartToken.Contract.ForcedTransfer(&_SmartToken.TransactOpts, from, to, amount)
}

// FreezePartialTokens is a paid mutator transaction binding the contract method 0x125c4a33.
//
// Solidity: function freezePartialTokens(address account, uint256 amount) returns()
func (_SmartToken *SmartTokenTransactor) FreezePartialTokens(opts *bind.TransactOpts, account common.Address, amount *big.Int) (*types.Transaction, error) {
	return _SmartToken.contract.Transact(opts, "freezePartialTokens", account, amount)
}

// FreezePartialTokens is a paid mutator transaction binding the contract method 0x125c4a33.
//
// Solidity: function freezePartialTokens(address account, uint256 amount) returns()
func (_SmartToken *SmartTokenSession) FreezePartialTokens(account common.Address, amount *big.Int) (*types.Transaction, error) {
	return _SmartToken.Contract.FreezePartialTokens(&_SmartToken.TransactOpts, account, amount)
}

// FreezePartialTokens is a paid mutator transaction binding the contract method 0x125c4a33.
//
// Solidity: function freezePartialTokens(address account, uint256 amount) returns()
func (_SmartToken *SmartTokenTransactorSession) FreezePartialTokens(account common.Address, amount *big.Int) (*types.Transaction, error) {
	return _SmartToken.Contract.FreezePartialTokens(&_SmartToken.TransactOpts, account, amount)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_SmartToken *SmartTokenTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _SmartToken.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_SmartToken *SmartTokenSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _SmartToken.Contract.GrantRole(&_SmartToken.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_SmartToken *SmartTokenTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _SmartToken.Contract.GrantRole(&_SmartToken.TransactOpts, role, account)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_SmartToken *SmartTokenTransactor) Mint(opts *bind.TransactOpts, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _SmartToken.contract.Transact(opts, "mint", to, amount)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_SmartToken *SmartTokenSession) Mint(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _SmartToken.Contract.Mint(&_SmartToken.TransactOpts, to, amount)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_SmartToken *SmartTokenTransactorSession) Mint(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _SmartToken.Contract.Mint(&_SmartToken.TransactOpts, to, amount)
}

// Pause is a paid mutator transaction binding the contract method 0x8456cb59.
//
// Solidity: function pause() returns()
func (_SmartToken *SmartTokenTransactor) Pause(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SmartToken.contract.Transact(opts, "pause")
}

// Pause is a paid mutator transaction binding the contract method 0x8456cb59.
//
// Solidity: function pause() returns()
func (_SmartToken *SmartTokenSession) Pause() (*types.Transaction, error) {
	return _SmartToken.Contract.Pause(&_SmartToken.TransactOpts)
}

// Pause is a paid mutator transaction binding the contract method 0x8456cb59.
//
// Solidity: function pause() returns()
func (_SmartToken *SmartTokenTransactorSession) Pause() (*types.Transaction, error) {
	return _SmartToken.Contract.Pause(&_SmartToken.TransactOpts)
}

// RecoveryAddress is a paid mutator transaction binding the contract method 0x16d9baec.
//
// Solidity: function recoveryAddress(address lostWallet, address newWallet) returns(bool)
func (_SmartToken *SmartTokenTransactor) RecoveryAddress(opts *bind.TransactOpts, lostWallet common.Address, newWallet common.Address) (*types.Transaction, error) {
	return _SmartToken.contract.Transact(opts, "recoveryAddress", lostWallet, newWallet)
}

// RecoveryAddress is a paid mutator transaction binding the contract method 0x16d9baec.
//
// Solidity: function recoveryAddress(address lostWallet, address newWallet) returns(bool)
func (_SmartToken *SmartTokenSession) RecoveryAddress(lostWallet common.Address, newWallet common.Address) (*types.Transaction, error) {
	return _SmartToken.Contract.RecoveryAddress(&_SmartToken.TransactOpts, lostWallet, newWallet)
}

// RecoveryAddress is a paid mutator transaction binding the contract method 0x16d9baec.
//
// Solidity: function recoveryAddress(address lostWallet, address newWallet) returns(bool)
func (_SmartToken *SmartTokenTransactorSession) RecoveryAddress(lostWallet common.Address, newWallet common.Address) (*types.Transaction, error) {
	return _SmartToken.Contract.RecoveryAddress(&_SmartToken.TransactOpts, lostWallet, newWallet)
}

// Redeem is a paid mutator transaction binding the contract method 0xdb006a75.
//
// Solidity: function redeem(uint256 amount) returns()
func (_SmartToken *SmartTokenTransactor) Redeem(opts *bind.TransactOpts, amount *big.Int) (*types.Transaction, error) {
	return _SmartToken.contract.Transact(opts, "redeem", amount)
}

// Redeem is a paid mutator transaction binding the contract method 0xdb006a75.
//
// Solidity: function redeem(uint256 amount) returns()
func (_SmartToken *SmartTokenSession) Redeem(amount *big.Int) (*types.Transaction, error) {
	return _SmartToken.Contract.Redeem(&_SmartToken.TransactOpts, amount)
}

// Redeem is a paid mutator transaction binding the contract method 0xdb006a75.
//
// Solidity: function redeem(uint256 amount) returns()
func (_SmartToken *SmartTokenTransactorSession) Redeem(amount *big.Int) (*types.Transaction, error) {
	return _SmartToken.Contract.Redeem(&_SmartToken.TransactOpts, amount)
}

// RemoveModule is a paid mutator transaction binding the contract method 0xa0632461.
//
// Solidity: function removeModule(address module) returns()
func (_SmartToken *SmartTokenTransactor) RemoveModule(opts *bind.TransactOpts, module common.Address) (*types.Transaction, error) {
	return _SmartToken.contract.Transact(opts, "removeModule", module)
}

// RemoveModule is a paid mutator transaction binding the contract method 0xa0632461.
//
// Solidity: function removeModule(address module) returns()
func (_SmartToken *SmartTokenSession) RemoveModule(module common.Address) (*types.Transaction, error) {
	return _SmartToken.Contract.RemoveModule(&_SmartToken.TransactOpts, module)
}

// RemoveModule is a paid mutator transaction binding the contract method 0xa0632461.
//
// Solidity: function removeModule(address module) returns()
func (_SmartToken *SmartTokenTransactorSession) RemoveModule(module common.Address) (*types.Transaction, error) {
	return _SmartToken.Contract.RemoveModule(&_SmartToken.TransactOpts, module)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_SmartToken *SmartTokenTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _SmartToken.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_SmartToken *SmartTokenSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _SmartToken.Contract.RevokeRole(&_SmartToken.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_SmartToken *SmartTokenTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _SmartToken.Contract.RevokeRole(&_SmartToken.TransactOpts, role, account)
}

// SetAddressFrozen is a paid mutator transaction binding the contract method 0xc69c09cf.
//
// Solidity: function setAddressFrozen(address account, bool freeze) returns()
func (_SmartToken *SmartTokenTransactor) SetAddressFrozen(opts *bind.TransactOpts, account common.Address, freeze bool) (*types.Transaction, error) {
	return _SmartToken.contract.Transact(opts, "setAddressFrozen", account, freeze)
}

// SetAddressFrozen is a paid mutator transaction binding the contract method 0xc69c09cf.
//
// Solidity: function setAddressFrozen(address account, bool freeze) returns()
func (_SmartToken *SmartTokenSession) SetAddressFrozen(account common.Address, freeze bool) (*types.Transaction, error) {
	return _SmartToken.Contract.SetAddressFrozen(&_SmartToken.TransactOpts, account, freeze)
}

// SetAddressFrozen is a paid mutator transaction binding the contract method 0xc69c09cf.
//
// Solidity: function setAddressFrozen(address account, bool freeze) returns()
func (_SmartToken *SmartTokenTransactorSession) SetAddressFrozen(account common.Address, freeze bool) (*types.Transaction, error) {
	return _SmartToken.Contract.SetAddressFrozen(&_SmartToken.TransactOpts, account, freeze)
}

// SetModuleParameters is a paid mutator transaction binding the contract method 0x8541be05.
//
// Solidity: function setModuleParameters(address module, bytes params) returns()
func (_SmartToken *SmartTokenTransactor) SetModuleParameters(opts *bind.TransactOpts, module common.Address, params []byte) (*types.Transaction, error) {
	return _SmartToken.contract.Transact(opts, "setModuleParameters", module, params)
}

// SetModuleParameters is a paid mutator transaction binding the contract method 0x8541be05.
//
// Solidity: function setModuleParameters(address module, bytes params) returns()
func (_SmartToken *SmartTokenSession) SetModuleParameters(module common.Address, params []byte) (*types.Transaction, error) {
	return _SmartToken.Contract.SetModuleParameters(&_SmartToken.TransactOpts, module, params)
}

// SetModuleParameters is a paid mutator transaction binding the contract method 0x8541be05.
//
// Solidity: function setModuleParameters(address module, bytes params) returns()
func (_SmartToken *SmartTokenTransactorSession) SetModuleParameters(module common.Address, params []byte) (*types.Transaction, error) {
	return _SmartToken.Contract.SetModuleParameters(&_SmartToken.TransactOpts, module, params)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (_SmartToken *SmartTokenTransactor) Transfer(opts *bind.TransactOpts, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _SmartToken.contract.Transact(opts, "transfer", to, amount)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (_SmartToken *SmartTokenSession) Transfer(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _SmartToken.Contract.Transfer(&_SmartToken.TransactOpts, to, amount)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (_SmartToken *SmartTokenTransactorSession) Transfer(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _SmartToken.Contract.Transfer(&_SmartToken.TransactOpts, to, amount)
}

// UnfreezePartialTokens is a paid mutator transaction binding the contract method 0x1fe56f7d.
//
// Solidity: function unfreezePartialTokens(address account, uint256 amount) returns()
func (_SmartToken *SmartTokenTransactor) UnfreezePartialTokens(opts *bind.TransactOpts, account common.Address, amount *big.Int) (*types.Transaction, error) {
	return _SmartToken.contract.Transact(opts, "unfreezePartialTokens", account, amount)
}

// UnfreezePartialTokens is a paid mutator transaction binding the contract method 0x1fe56f7d.
//
// Solidity: function unfreezePartialTokens(address account, uint256 amount) returns()
func (_SmartToken *SmartTokenSession) UnfreezePartialTokens(account common.Address, amount *big.Int) (*types.Transaction, error) {
	return _SmartToken.Contract.UnfreezePartialTokens(&_SmartToken.TransactOpts, account, amount)
}

// UnfreezePartialTokens is a paid mutator transaction binding the contract method 0x1fe56f7d.
//
// Solidity: function unfreezePartialTokens(address account, uint256 amount) returns()
func (_SmartToken *SmartTokenTransactorSession) UnfreezePartialTokens(account common.Address, amount *big.Int) (*types.Transaction, error) {
	return _SmartToken.Contract.UnfreezePartialTokens(&_SmartToken.TransactOpts, account, amount)
}

// Unpause is a paid mutator transaction binding the contract method 0x3f4ba83a.
//
// Solidity: function unpause() returns()
func (_SmartToken *SmartTokenTransactor) Unpause(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _SmartToken.contract.Transact(opts, "unpause")
}

// Unpause is a paid mutator transaction binding the contract method 0x3f4ba83a.
//
// Solidity: function unpause() returns()
func (_SmartToken *SmartTokenSession) Unpause() (*types.Transaction, error) {
	return _SmartToken.Contract.Unpause(&_SmartToken.TransactOpts)
}

// Unpause is a paid mutator transaction binding the contract method 0x3f4ba83a.
//
// Solidity: function unpause() returns()
func (_SmartToken *SmartTokenTransactorSession) Unpause() (*types.Transaction, error) {
	return _SmartToken.Contract.Unpause(&_SmartToken.TransactOpts)
}

// SmartTokenAddressFrozenIterator is returned from FilterAddressFrozen and is used to iterate over the raw logs and unpacked data for AddressFrozen events raised by the SmartToken contract.
type SmartTokenAddressFrozenIterator struct {
	Event *SmartTokenAddressFrozen // Event containing the contract specifics and raw log

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
func (it *SmartTokenAddressFrozenIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SmartTokenAddressFrozen)
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
		it.Event = new(SmartTokenAddressFrozen)
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
func (it *SmartTokenAddressFrozenIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SmartTokenAddressFrozenIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SmartTokenAddressFrozen represents a AddressFrozen event raised by the SmartToken contract.
type SmartTokenAddressFrozen struct {
	Sender      common.Address
	UserAddress common.Address
	IsFrozen    bool
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterAddressFrozen is a free log retrieval operation binding the contract event 0x17ec2643977f0865dd45350e9efdcdfead258c9220974e67d1a37ca144772293.
//
// Solidity: event AddressFrozen(address indexed sender, address indexed userAddress, bool indexed isFrozen)
func (_SmartToken *SmartTokenFilterer) FilterAddressFrozen(opts *bind.FilterOpts, sender []common.Address, userAddress []common.Address, isFrozen []bool) (*SmartTokenAddressFrozenIterator, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var userAddressRule []interface{}
	for _, userAddressItem := range userAddress {
		userAddressRule = append(userAddressRule, userAddressItem)
	}
	var isFrozenRule []interface{}
	for _, isFrozenItem := range isFrozen {
		isFrozenRule = append(isFrozenRule, isFrozenItem)
	}

	logs, sub, err := _SmartToken.contract.FilterLogs(opts, "AddressFrozen", senderRule, userAddressRule, isFrozenRule)
	if err != nil {
		return nil, err
	}
	return &SmartTokenAddressFrozenIterator{contract: _SmartToken.contract, event: "AddressFrozen", logs: logs, sub: sub}, nil
}

// WatchAddressFrozen is a free log subscription operation binding the contract event 0x17ec2643977f0865dd45350e9efdcdfead258c9220974e67d1a37ca144772293.
//
// Solidity: event AddressFrozen(address indexed sender, address indexed userAddress, bool indexed isFrozen)
func (_SmartToken *SmartTokenFilterer) WatchAddressFrozen(opts *bind.WatchOpts, sink chan<- *SmartTokenAddressFrozen, sender []common.Address, userAddress []common.Address, isFrozen []bool) (event.Subscription, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var userAddressRule []interface{}
	for _, userAddressItem := range userAddress {
		userAddressRule = append(userAddressRule, userAddressItem)
	}
	var isFrozenRule []interface{}
	for _, isFrozenItem := range isFrozen {
		isFrozenRule = append(isFrozenRule, isFrozenItem)
	}

	logs, sub, err := _SmartToken.contract.WatchLogs(opts, "AddressFrozen", senderRule, userAddressRule, isFrozenRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SmartTokenAddressFrozen)
				if err := _SmartToken.contract.UnpackLog(event, "AddressFrozen", log); err != nil {
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

// ParseAddressFrozen is a log parse operation binding the contract event 0x17ec2643977f0865dd45350e9efdcdfead258c9220974e67d1a37ca144772293.
//
// Solidity: event AddressFrozen(address indexed sender, address indexed userAddress, bool indexed isFrozen)
func (_SmartToken *SmartTokenFilterer) ParseAddressFrozen(log types.Log) (*SmartTokenAddressFrozen, error) {
	event := new(SmartTokenAddressFrozen)
	if err := _SmartToken.contract.UnpackLog(event, "AddressFrozen", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SmartTokenBurnCompletedIterator is returned from FilterBurnCompleted and is used to iterate over the raw logs and unpacked data for BurnCompleted events raised by the SmartToken contract.
type SmartTokenBurnCompletedIterator struct {
	Event *SmartTokenBurnCompleted // Event containing the contract specifics and raw log

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
func (it *SmartTokenBurnCompletedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SmartTokenBurnCompleted)
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
		it.Event = new(SmartTokenBurnCompleted)
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
func (it *SmartTokenBurnCompletedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SmartTokenBurnCompletedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SmartTokenBurnCompleted represents a BurnCompleted event raised by the SmartToken contract.
type SmartTokenBurnCompleted struct {
	Sender common.Address
	From   common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterBurnCompleted is a free log retrieval operation binding the contract event 0x92eda58db715be76693c72f2b6c1ffec1f5d9fa127f24d7d26acaefa731a52fa.
//
// Solidity: event BurnCompleted(address indexed sender, address indexed from, uint256 amount)
func (_SmartToken *SmartTokenFilterer) FilterBurnCompleted(opts *bind.FilterOpts, sender []common.Address, from []common.Address) (*SmartTokenBurnCompletedIterator, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}

	logs, sub, err := _SmartToken.contract.FilterLogs(opts, "BurnCompleted", senderRule, fromRule)
	if err != nil {
		return nil, err
	}
	return &SmartTokenBurnCompletedIterator{contract: _SmartToken.contract, event: "BurnCompleted", logs: logs, sub: sub}, nil
}

// WatchBurnCompleted is a free log subscription operation binding the contract event 0x92eda58db715be76693c72f2b6c1ffec1f5d9fa127f24d7d26acaefa731a52fa.
//
// Solidity: event BurnCompleted(address indexed sender, address indexed from, uint256 amount)
func (_SmartToken *SmartTokenFilterer) WatchBurnCompleted(opts *bind.WatchOpts, sink chan<- *SmartTokenBurnCompleted, sender []common.Address, from []common.Address) (event.Subscription, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}

	logs, sub, err := _SmartToken.contract.WatchLogs(opts, "BurnCompleted", senderRule, fromRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SmartTokenBurnCompleted)
				if err := _SmartToken.contract.UnpackLog(event, "BurnCompleted", log); err != nil {
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

// ParseBurnCompleted is a log parse operation binding the contract event 0x92eda58db715be76693c72f2b6c1ffec1f5d9fa127f24d7d26acaefa731a52fa.
//
// Solidity: event BurnCompleted(address indexed sender, address indexed from, uint256 amount)
func (_SmartToken *SmartTokenFilterer) ParseBurnCompleted(log types.Log) (*SmartTokenBurnCompleted, error) {
	event := new(SmartTokenBurnCompleted)
	if err := _SmartToken.contract.UnpackLog(event, "BurnCompleted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SmartTokenComplianceModuleAddedIterator is returned from FilterComplianceModuleAdded and is used to iterate over the raw logs and unpacked data for ComplianceModuleAdded events raised by the SmartToken contract.
type SmartTokenComplianceModuleAddedIterator struct {
	Event *SmartTokenComplianceModuleAdded // Event containing the contract specifics and raw log

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
func (it *SmartTokenComplianceModuleAddedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SmartTokenComplianceModuleAdded)
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
		it.Event = new(SmartTokenComplianceModuleAdded)
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
func (it *SmartTokenComplianceModuleAddedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SmartTokenComplianceModuleAddedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SmartTokenComplianceModuleAdded represents a ComplianceModuleAdded event raised by the SmartToken contract.
type SmartTokenComplianceModuleAdded struct {
	Sender common.Address
	Module common.Address
	Params []byte
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterComplianceModuleAdded is a free log retrieval operation binding the contract event 0x4df30bfa3ec06fecb039a1a7f419067e9ae43dae6bccbbe724bf4dedcca740b3.
//
// Solidity: event ComplianceModuleAdded(address indexed sender, address indexed module, bytes params)
func (_SmartToken *SmartTokenFilterer) FilterComplianceModuleAdded(opts *bind.FilterOpts, sender []common.Address, module []common.Address) (*SmartTokenComplianceModuleAddedIterator, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var moduleRule []interface{}
	for _, moduleItem := range module {
		moduleRule = append(moduleRule, moduleItem)
	}

	logs, sub, err := _SmartToken.contract.FilterLogs(opts, "ComplianceModuleAdded", senderRule, moduleRule)
	if err != nil {
		return nil, err
	}
	return &SmartTokenComplianceModuleAddedIterator{contract: _SmartToken.contract, event: "ComplianceModuleAdded", logs: logs, sub: sub}, nil
}

// WatchComplianceModuleAdded is a free log subscription operation binding the contract event 0x4df30bfa3ec06fecb039a1a7f419067e9ae43dae6bccbbe724bf4dedcca740b3.
//
// Solidity: event ComplianceModuleAdded(address indexed sender, address indexed module, bytes params)
func (_SmartToken *SmartTokenFilterer) WatchComplianceModuleAdded(opts *bind.WatchOpts, sink chan<- *SmartTokenComplianceModuleAdded, sender []common.Address, module []common.Address) (event.Subscription, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var moduleRule []interface{}
	for _, moduleItem := range module {
		moduleRule = append(moduleRule, moduleItem)
	}

	logs, sub, err := _SmartToken.contract.WatchLogs(opts, "ComplianceModuleAdded", senderRule, moduleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SmartTokenComplianceModuleAdded)
				if err := _SmartToken.contract.UnpackLog(event, "ComplianceModuleAdded", log); err != nil {
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

// ParseComplianceModuleAdded is a log parse operation binding the contract event 0x4df30bfa3ec06fecb039a1a7f419067e9ae43dae6bccbbe724bf4dedcca740b3.
//
// Solidity: event ComplianceModuleAdded(address indexed sender, address indexed module, bytes params)
func (_SmartToken *SmartTokenFilterer) ParseComplianceModuleAdded(log types.Log) (*SmartTokenComplianceModuleAdded, error) {
	event := new(SmartTokenComplianceModuleAdded)
	if err := _SmartToken.contract.UnpackLog(event, "ComplianceModuleAdded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SmartTokenComplianceModuleRemovedIterator is returned from FilterComplianceModuleRemoved and is used to iterate over the raw logs and unpacked data for ComplianceModuleRemoved events raised by the SmartToken contract.
type SmartTokenComplianceModuleRemovedIterator struct {
	Event *SmartTokenComplianceModuleRemoved // Event containing the contract specifics and raw log

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
func (it *SmartTokenComplianceModuleRemovedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SmartTokenComplianceModuleRemoved)
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
		it.Event = new(SmartTokenComplianceModuleRemoved)
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
func (it *SmartTokenComplianceModuleRemovedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SmartTokenComplianceModuleRemovedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SmartTokenComplianceModuleRemoved represents a ComplianceModuleRemoved event raised by the SmartToken contract.
type SmartTokenComplianceModuleRemoved struct {
	Sender common.Address
	Module common.Address
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterComplianceModuleRemoved is a free log retrieval operation binding the contract event 0x34edd82cbb989f04be4723e96eec51ffb91f506ef585c7f28ce53110782f5f5e.
//
// Solidity: event ComplianceModuleRemoved(address indexed sender, address indexed module)
func (_SmartToken *SmartTokenFilterer) FilterComplianceModuleRemoved(opts *bind.FilterOpts, sender []common.Address, module []common.Address) (*SmartTokenComplianceModuleRemovedIterator, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var moduleRule []interface{}
	for _, moduleItem := range module {
		moduleRule = append(moduleRule, moduleItem)
	}

	logs, sub, err := _SmartToken.contract.FilterLogs(opts, "ComplianceModuleRemoved", senderRule, moduleRule)
	if err != nil {
		return nil, err
	}
	return &SmartTokenComplianceModuleRemovedIterator{contract: _SmartToken.contract, event: "ComplianceModuleRemoved", logs: logs, sub: sub}, nil
}

// WatchComplianceModuleRemoved is a free log subscription operation binding the contract event 0x34edd82cbb989f04be4723e96eec51ffb91f506ef585c7f28ce53110782f5f5e.
//
// Solidity: event ComplianceModuleRemoved(address indexed sender, address indexed module)
func (_SmartToken *SmartTokenFilterer) WatchComplianceModuleRemoved(opts *bind.WatchOpts, sink chan<- *SmartTokenComplianceModuleRemoved, sender []common.Address, module []common.Address) (event.Subscription, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var moduleRule []interface{}
	for _, moduleItem := range module {
		moduleRule = append(moduleRule, moduleItem)
	}

	logs, sub, err := _SmartToken.contract.WatchLogs(opts, "ComplianceModuleRemoved", senderRule, moduleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SmartTokenComplianceModuleRemoved)
				if err := _SmartToken.contract.UnpackLog(event, "ComplianceModuleRemoved", log); err != nil {
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

// ParseComplianceModuleRemoved is a log parse operation binding the contract event 0x34edd82cbb989f04be4723e96eec51ffb91f506ef585c7f28ce53110782f5f5e.
//
// Solidity: event ComplianceModuleRemoved(address indexed sender, address indexed module)
func (_SmartToken *SmartTokenFilterer) ParseComplianceModuleRemoved(log types.Log) (*SmartTokenComplianceModuleRemoved, error) {
	event := new(SmartTokenComplianceModuleRemoved)
	if err := _SmartToken.contract.UnpackLog(event, "ComplianceModuleRemoved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SmartTokenForcedTransferIterator is returned from FilterForcedTransfer and is used to iterate over the raw logs and unpacked data for ForcedTransfer events raised by the SmartToken contract.
type SmartTokenForcedTransferIterator struct {
	Event *SmartTokenForcedTransfer // Event containing the contract specifics and raw log

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
func (it *SmartTokenForcedTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SmartTokenForcedTransfer)
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
		it.Event = new(SmartTokenForcedTransfer)
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
func (it *SmartTokenForcedTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SmartTokenForcedTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SmartTokenForcedTransfer represents a ForcedTransfer event raised by the SmartToken contract.
type SmartTokenForcedTransfer struct {
	Sender common.Address
	From   common.Address
	To     common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterForcedTransfer is a free log retrieval operation binding the contract event 0x47cea260e2dfb95ed2ab59ad44fe2ac9cddb432afb828d2a1475936b5a2b829a.
//
// Solidity: event ForcedTransfer(address indexed sender, address indexed from, address indexed to, uint256 amount)
func (_SmartToken *SmartTokenFilterer) FilterForcedTransfer(opts *bind.FilterOpts, sender []common.Address, from []common.Address, to []common.Address) (*SmartTokenForcedTransferIterator, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _SmartToken.contract.FilterLogs(opts, "ForcedTransfer", senderRule, fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &SmartTokenForcedTransferIterator{contract: _SmartToken.contract, event: "ForcedTransfer", logs: logs, sub: sub}, nil
}

// WatchForcedTransfer is a free log subscription operation binding the contract event 0x47cea260e2dfb95ed2ab59ad44fe2ac9cddb432afb828d2a1475936b5a2b829a.
//
// Solidity: event ForcedTransfer(address indexed sender, address indexed from, address indexed to, uint256 amount)
func (_SmartToken *SmartTokenFilterer) WatchForcedTransfer(opts *bind.WatchOpts, sink chan<- *SmartTokenForcedTransfer, sender []common.Address, from []common.Address, to []common.Address) (event.Subscription, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _SmartToken.contract.WatchLogs(opts, "ForcedTransfer", senderRule, fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SmartTokenForcedTransfer)
				if err := _SmartToken.contract.UnpackLog(event, "ForcedTransfer", log); err != nil {
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

// ParseForcedTransfer is a log parse operation binding the contract event 0x47cea260e2dfb95ed2ab59ad44fe2ac9cddb432afb828d2a1475936b5a2b829a.
//
// Solidity: event ForcedTransfer(address indexed sender, address indexed from, address indexed to, uint256 amount)
func (_SmartToken *SmartTokenFilterer) ParseForcedTransfer(log types.Log) (*SmartTokenForcedTransfer, error) {
	event := new(SmartTokenForcedTransfer)
	if err := _SmartToken.contract.UnpackLog(event, "ForcedTransfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SmartTokenMintCompletedIterator is returned from FilterMintCompleted and is used to iterate over the raw logs and unpacked data for MintCompleted events raised by the SmartToken contract.
type SmartTokenMintCompletedIterator struct {
	Event *SmartTokenMintCompleted // Event containing the contract specifics and raw log

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
func (it *SmartTokenMintCompletedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SmartTokenMintCompleted)
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
		it.Event = new(SmartTokenMintCompleted)
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
func (it *SmartTokenMintCompletedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SmartTokenMintCompletedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SmartTokenMintCompleted represents a MintCompleted event raised by the SmartToken contract.
type SmartTokenMintCompleted struct {
	Sender common.Address
	To     common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterMintCompleted is a free log retrieval operation binding the contract event 0xe06a64fbf06d35586ace9c9da7a5c34ca3f2c0fd07e34e80be6d0341357795a8.
//
// Solidity: event MintCompleted(address indexed sender, address indexed to, uint256 amount)
func (_SmartToken *SmartTokenFilterer) FilterMintCompleted(opts *bind.FilterOpts, sender []common.Address, to []common.Address) (*SmartTokenMintCompletedIterator, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _SmartToken.contract.FilterLogs(opts, "MintCompleted", senderRule, toRule)
	if err != nil {
		return nil, err
	}
	return &SmartTokenMintCompletedIterator{contract: _SmartToken.contract, event: "MintCompleted", logs: logs, sub: sub}, nil
}

// WatchMintCompleted is a free log subscription operation binding the contract event 0xe06a64fbf06d35586ace9c9da7a5c34ca3f2c0fd07e34e80be6d0341357795a8.
//
// Solidity: event MintCompleted(address indexed sender, address indexed to, uint256 amount)
func (_SmartToken *SmartTokenFilterer) WatchMintCompleted(opts *bind.WatchOpts, sink chan<- *SmartTokenMintCompleted, sender []common.Address, to []common.Address) (event.Subscription, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _SmartToken.contract.WatchLogs(opts, "MintCompleted", senderRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SmartTokenMintCompleted)
				if err := _SmartToken.contract.UnpackLog(event, "MintCompleted", log); err != nil {
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

// ParseMintCompleted is a log parse operation binding the contract event 0xe06a64fbf06d35586ace9c9da7a5c34ca3f2c0fd07e34e80be6d0341357795a8.
//
// Solidity: event MintCompleted(address indexed sender, address indexed to, uint256 amount)
func (_SmartToken *SmartTokenFilterer) ParseMintCompleted(log types.Log) (*SmartTokenMintCompleted, error) {
	event := new(SmartTokenMintCompleted)
	if err := _SmartToken.contract.UnpackLog(event, "MintCompleted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SmartTokenModuleParametersUpdatedIterator is returned from FilterModuleParametersUpdated and is used to iterate over the raw logs and unpacked data for ModuleParametersUpdated events raised by the SmartToken contract.
type SmartTokenModuleParametersUpdatedIterator struct {
	Event *SmartTokenModuleParametersUpdated // Event containing the contract specifics and raw log

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
func (it *SmartTokenModuleParametersUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SmartTokenModuleParametersUpdated)
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
		it.Event = new(SmartTokenModuleParametersUpdated)
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
func (it *SmartTokenModuleParametersUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SmartTokenModuleParametersUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SmartTokenModuleParametersUpdated represents a ModuleParametersUpdated event raised by the SmartToken contract.
type SmartTokenModuleParametersUpdated struct {
	Sender common.Address
	Module common.Address
	Params []byte
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterModuleParametersUpdated is a free log retrieval operation binding the contract event 0x8191c9e77ca554fa2d71249ed7be789e36d034b36dbf87dbe2a03dd92483cd15.
//
// Solidity: event ModuleParametersUpdated(address indexed sender, address indexed module, bytes params)
func (_SmartToken *SmartTokenFilterer) FilterModuleParametersUpdated(opts *bind.FilterOpts, sender []common.Address, module []common.Address) (*SmartTokenModuleParametersUpdatedIterator, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var moduleRule []interface{}
	for _, moduleItem := range module {
		moduleRule = append(moduleRule, moduleItem)
	}

	logs, sub, err := _SmartToken.contract.FilterLogs(opts, "ModuleParametersUpdated", senderRule, moduleRule)
	if err != nil {
		return nil, err
	}
	return &SmartTokenModuleParametersUpdatedIterator{contract: _SmartToken.contract, event: "ModuleParametersUpdated", logs: logs, sub: sub}, nil
}

// WatchModuleParametersUpdated is a free log subscription operation binding the contract event 0x8191c9e77ca554fa2d71249ed7be789e36d034b36dbf87dbe2a03dd92483cd15.
//
// Solidity: event ModuleParametersUpdated(address indexed sender, address indexed module, bytes params)
func (_SmartToken *SmartTokenFilterer) WatchModuleParametersUpdated(opts *bind.WatchOpts, sink chan<- *SmartTokenModuleParametersUpdated, sender []common.Address, module []common.Address) (event.Subscription, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var moduleRule []interface{}
	for _, moduleItem := range module {
		moduleRule = append(moduleRule, moduleItem)
	}

	logs, sub, err := _SmartToken.contract.WatchLogs(opts, "ModuleParametersUpdated", senderRule, moduleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SmartTokenModuleParametersUpdated)
				if err := _SmartToken.contract.UnpackLog(event, "ModuleParametersUpdated", log); err != nil {
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

// ParseModuleParametersUpdated is a log parse operation binding the contract event 0x8191c9e77ca554fa2d71249ed7be789e36d034b36dbf87dbe2a03dd92483cd15.
//
// Solidity: event ModuleParametersUpdated(address indexed sender, address indexed module, bytes params)
func (_SmartToken *SmartTokenFilterer) ParseModuleParametersUpdated(log types.Log) (*SmartTokenModuleParametersUpdated, error) {
	event := new(SmartTokenModuleParametersUpdated)
	if err := _SmartToken.contract.UnpackLog(event, "ModuleParametersUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SmartTokenPausedIterator is returned from FilterPaused and is used to iterate over the raw logs and unpacked data for Paused events raised by the SmartToken contract.
type SmartTokenPausedIterator struct {
	Event *SmartTokenPaused // Event containing the contract specifics and raw log

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
func (it *SmartTokenPausedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SmartTokenPaused)
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
		it.Event = new(SmartTokenPaused)
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
func (it *SmartTokenPausedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SmartTokenPausedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SmartTokenPaused represents a Paused event raised by the SmartToken contract.
type SmartTokenPaused struct {
	Account common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterPaused is a free log retrieval operation binding the contract event 0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258.
//
// Solidity: event Paused(address indexed account)
func (_SmartToken *SmartTokenFilterer) FilterPaused(opts *bind.FilterOpts, account []common.Address) (*SmartTokenPausedIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _SmartToken.contract.FilterLogs(opts, "Paused", accountRule)
	if err != nil {
		return nil, err
	}
	return &SmartTokenPausedIterator{contract: _SmartToken.contract, event: "Paused", logs: logs, sub: sub}, nil
}

// WatchPaused is a free log subscription operation binding the contract event 0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258.
//
// Solidity: event Paused(address indexed account)
func (_SmartToken *SmartTokenFilterer) WatchPaused(opts *bind.WatchOpts, sink chan<- *SmartTokenPaused, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _SmartToken.contract.WatchLogs(opts, "Paused", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SmartTokenPaused)
				if err := _SmartToken.contract.UnpackLog(event, "Paused", log); err != nil {
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
// Solidity: event Paused(address indexed account)
func (_SmartToken *SmartTokenFilterer) ParsePaused(log types.Log) (*SmartTokenPaused, error) {
	event := new(SmartTokenPaused)
	if err := _SmartToken.contract.UnpackLog(event, "Paused", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SmartTokenRedeemedIterator is returned from FilterRedeemed and is used to iterate over the raw logs and unpacked data for Redeemed events raised by the SmartToken contract.
type SmartTokenRedeemedIterator struct {
	Event *SmartTokenRedeemed // Event containing the contract specifics and raw log

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
func (it *SmartTokenRedeemedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SmartTokenRedeemed)
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
		it.Event = new(SmartTokenRedeemed)
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
func (it *SmartTokenRedeemedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SmartTokenRedeemedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SmartTokenRedeemed represents a Redeemed event raised by the SmartToken contract.
type SmartTokenRedeemed struct {
	Sender common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterRedeemed is a free log retrieval operation binding the contract event 0x4896181ff8f4543cc00db9fe9b6fb7e6f032b7eb772c72ab1ec1b4d2e03b9369.
//
// Solidity: event Redeemed(address indexed sender, uint256 amount)
func (_SmartToken *SmartTokenFilterer) FilterRedeemed(opts *bind.FilterOpts, sender []common.Address) (*SmartTokenRedeemedIterator, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _SmartToken.contract.FilterLogs(opts, "Redeemed", senderRule)
	if err != nil {
		return nil, err
	}
	return &SmartTokenRedeemedIterator{contract: _SmartToken.contract, event: "Redeemed", logs: logs, sub: sub}, nil
}

// WatchRedeemed is a free log subscription operation binding the contract event 0x4896181ff8f4543cc00db9fe9b6fb7e6f032b7eb772c72ab1ec1b4d2e03b9369.
//
// Solidity: event Redeemed(address indexed sender, uint256 amount)
func (_SmartToken *SmartTokenFilterer) WatchRedeemed(opts *bind.WatchOpts, sink chan<- *SmartTokenRedeemed, sender []common.Address) (event.Subscription, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _SmartToken.contract.WatchLogs(opts, "Redeemed", senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SmartTokenRedeemed)
				if err := _SmartToken.contract.UnpackLog(event, "Redeemed", log); err != nil {
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

// ParseRedeemed is a log parse operation binding the contract event 0x4896181ff8f4543cc00db9fe9b6fb7e6f032b7eb772c72ab1ec1b4d2e03b9369.
//
// Solidity: event Redeemed(address indexed sender, uint256 amount)
func (_SmartToken *SmartTokenFilterer) ParseRedeemed(log types.Log) (*SmartTokenRedeemed, error) {
	event := new(SmartTokenRedeemed)
	if err := _SmartToken.contract.UnpackLog(event, "Redeemed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SmartTokenRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the SmartToken contract.
type SmartTokenRoleGrantedIterator struct {
	Event *SmartTokenRoleGranted // Event containing the contract specifics and raw log

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
func (it *SmartTokenRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SmartTokenRoleGranted)
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
		it.Event = new(SmartTokenRoleGranted)
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
func (it *SmartTokenRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SmartTokenRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SmartTokenRoleGranted represents a RoleGranted event raised by the SmartToken contract.
type SmartTokenRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_SmartToken *SmartTokenFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*SmartTokenRoleGrantedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _SmartToken.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &SmartTokenRoleGrantedIterator{contract: _SmartToken.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_SmartToken *SmartTokenFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *SmartTokenRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _SmartToken.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SmartTokenRoleGranted)
				if err := _SmartToken.contract.UnpackLog(event, "RoleGranted", log); err != nil {
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

// ParseRoleGranted is a log parse operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_SmartToken *SmartTokenFilterer) ParseRoleGranted(log types.Log) (*SmartTokenRoleGranted, error) {
	event := new(SmartTokenRoleGranted)
	if err := _SmartToken.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SmartTokenRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the SmartToken contract.
type SmartTokenRoleRevokedIterator struct {
	Event *SmartTokenRoleRevoked // Event containing the contract specifics and raw log

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
func (it *SmartTokenRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SmartTokenRoleRevoked)
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
		it.Event = new(SmartTokenRoleRevoked)
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
func (it *SmartTokenRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SmartTokenRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SmartTokenRoleRevoked represents a RoleRevoked event raised by the SmartToken contract.
type SmartTokenRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_SmartToken *SmartTokenFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*SmartTokenRoleRevokedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _SmartToken.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &SmartTokenRoleRevokedIterator{contract: _SmartToken.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_SmartToken *SmartTokenFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *SmartTokenRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _SmartToken.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SmartTokenRoleRevoked)
				if err := _SmartToken.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
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

// ParseRoleRevoked is a log parse operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_SmartToken *SmartTokenFilterer) ParseRoleRevoked(log types.Log) (*SmartTokenRoleRevoked, error) {
	event := new(SmartTokenRoleRevoked)
	if err := _SmartToken.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SmartTokenTokensFrozenIterator is returned from FilterTokensFrozen and is used to iterate over the raw logs and unpacked data for TokensFrozen events raised by the SmartToken contract.
type SmartTokenTokensFrozenIterator struct {
	Event *SmartTokenTokensFrozen // Event containing the contract specifics and raw log

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
func (it *SmartTokenTokensFrozenIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SmartTokenTokensFrozen)
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
		it.Event = new(SmartTokenTokensFrozen)
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
func (it *SmartTokenTokensFrozenIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SmartTokenTokensFrozenIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SmartTokenTokensFrozen represents a TokensFrozen event raised by the SmartToken contract.
type SmartTokenTokensFrozen struct {
	Sender common.Address
	User   common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterTokensFrozen is a free log retrieval operation binding the contract event 0x1bcfa03a03a5a801acedbac92e4c327445cae41571bdd6cf9b6988685c038e86.
//
// Solidity: event TokensFrozen(address indexed sender, address indexed user, uint256 amount)
func (_SmartToken *SmartTokenFilterer) FilterTokensFrozen(opts *bind.FilterOpts, sender []common.Address, user []common.Address) (*SmartTokenTokensFrozenIterator, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _SmartToken.contract.FilterLogs(opts, "TokensFrozen", senderRule, userRule)
	if err != nil {
		return nil, err
	}
	return &SmartTokenTokensFrozenIterator{contract: _SmartToken.contract, event: "TokensFrozen", logs: logs, sub: sub}, nil
}

// WatchTokensFrozen is a free log subscription operation binding the contract event 0x1bcfa03a03a5a801acedbac92e4c327445cae41571bdd6cf9b6988685c038e86.
//
// Solidity: event TokensFrozen(address indexed sender, address indexed user, uint256 amount)
func (_SmartToken *SmartTokenFilterer) WatchTokensFrozen(opts *bind.WatchOpts, sink chan<- *SmartTokenTokensFrozen, sender []common.Address, user []common.Address) (event.Subscription, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _SmartToken.contract.WatchLogs(opts, "TokensFrozen", senderRule, userRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SmartTokenTokensFrozen)
				if err := _SmartToken.contract.UnpackLog(event, "TokensFrozen", log); err != nil {
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

// ParseTokensFrozen is a log parse operation binding the contract event 0x1bcfa03a03a5a801acedbac92e4c327445cae41571bdd6cf9b6988685c038e86.
//
// Solidity: event TokensFrozen(address indexed sender, address indexed user, uint256 amount)
func (_SmartToken *SmartTokenFilterer) ParseTokensFrozen(log types.Log) (*SmartTokenTokensFrozen, error) {
	event := new(SmartTokenTokensFrozen)
	if err := _SmartToken.contract.UnpackLog(event, "TokensFrozen", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SmartTokenTokensRecoveredIterator is returned from FilterTokensRecovered and is used to iterate over the raw logs and unpacked data for TokensRecovered events raised by the SmartToken contract.
type SmartTokenTokensRecoveredIterator struct {
	Event *SmartTokenTokensRecovered // Event containing the contract specifics and raw log

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
func (it *SmartTokenTokensRecoveredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SmartTokenTokensRecovered)
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
		it.Event = new(SmartTokenTokensRecovered)
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
func (it *SmartTokenTokensRecoveredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SmartTokenTokensRecoveredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SmartTokenTokensRecovered represents a TokensRecovered event raised by the SmartToken contract.
type SmartTokenTokensRecovered struct {
	Sender     common.Address
	LostWallet common.Address
	NewWallet  common.Address
	Amount     *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterTokensRecovered is a free log retrieval operation binding the contract event 0xa2231b10d9b4e4166c8a827c99f97691b05aa88fb04e009a4e499005b5c50fcc.
//
// Solidity: event TokensRecovered(address indexed sender, address indexed lostWallet, address indexed newWallet, uint256 amount)
func (_SmartToken *SmartTokenFilterer) FilterTokensRecovered(opts *bind.FilterOpts, sender []common.Address, lostWallet []common.Address, newWallet []common.Address) (*SmartTokenTokensRecoveredIterator, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var lostWalletRule []interface{}
	for _, lostWalletItem := range lostWallet {
		lostWalletRule = append(lostWalletRule, lostWalletItem)
	}
	var newWalletRule []interface{}
	for _, newWalletItem := range newWallet {
		newWalletRule = append(newWalletRule, newWalletItem)
	}

	logs, sub, err := _SmartToken.contract.FilterLogs(opts, "TokensRecovered", senderRule, lostWalletRule, newWalletRule)
	if err != nil {
		return nil, err
	}
	return &SmartTokenTokensRecoveredIterator{contract: _SmartToken.contract, event: "TokensRecovered", logs: logs, sub: sub}, nil
}

// WatchTokensRecovered is a free log subscription operation binding the contract event 0xa2231b10d9b4e4166c8a827c99f97691b05aa88fb04e009a4e499005b5c50fcc.
//
// Solidity: event TokensRecovered(address indexed sender, address indexed lostWallet, address indexed newWallet, uint256 amount)
func (_SmartToken *SmartTokenFilterer) WatchTokensRecovered(opts *bind.WatchOpts, sink chan<- *SmartTokenTokensRecovered, sender []common.Address, lostWallet []common.Address, newWallet []common.Address) (event.Subscription, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var lostWalletRule []interface{}
	for _, lostWalletItem := range lostWallet {
		lostWalletRule = append(lostWalletRule, lostWalletItem)
	}
	var newWalletRule []interface{}
	for _, newWalletItem := range newWallet {
		newWalletRule = append(newWalletRule, newWalletItem)
	}

	logs, sub, err := _SmartToken.contract.WatchLogs(opts, "TokensRecovered", senderRule, lostWalletRule, newWalletRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SmartTokenTokensRecovered)
				if err := _SmartToken.contract.UnpackLog(event, "TokensRecovered", log); err != nil {
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

// ParseTokensRecovered is a log parse operation binding the contract event 0xa2231b10d9b4e4166c8a827c99f97691b05aa88fb04e009a4e499005b5c50fcc.
//
// Solidity: event TokensRecovered(address indexed sender, address indexed lostWallet, address indexed newWallet, uint256 amount)
func (_SmartToken *SmartTokenFilterer) ParseTokensRecovered(log types.Log) (*SmartTokenTokensRecovered, error) {
	event := new(SmartTokenTokensRecovered)
	if err := _SmartToken.contract.UnpackLog(event, "TokensRecovered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SmartTokenTokensUnfrozenIterator is returned from FilterTokensUnfrozen and is used to iterate over the raw logs and unpacked data for TokensUnfrozen events raised by the SmartToken contract.
type SmartTokenTokensUnfrozenIterator struct {
	Event *SmartTokenTokensUnfrozen // Event containing the contract specifics and raw log

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
func (it *SmartTokenTokensUnfrozenIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SmartTokenTokensUnfrozen)
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
		it.Event = new(SmartTokenTokensUnfrozen)
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
func (it *SmartTokenTokensUnfrozenIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SmartTokenTokensUnfrozenIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SmartTokenTokensUnfrozen represents a TokensUnfrozen event raised by the SmartToken contract.
type SmartTokenTokensUnfrozen struct {
	Sender common.Address
	User   common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterTokensUnfrozen is a free log retrieval operation binding the contract event 0x81aa4332c9e93af00ae5fdbed32b01fbc5d01ac7755a05d0962acd19030bd554.
//
// Solidity: event TokensUnfrozen(address indexed sender, address indexed user, uint256 amount)
func (_SmartToken *SmartTokenFilterer) FilterTokensUnfrozen(opts *bind.FilterOpts, sender []common.Address, user []common.Address) (*SmartTokenTokensUnfrozenIterator, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _SmartToken.contract.FilterLogs(opts, "TokensUnfrozen", senderRule, userRule)
	if err != nil {
		return nil, err
	}
	return &SmartTokenTokensUnfrozenIterator{contract: _SmartToken.contract, event: "TokensUnfrozen", logs: logs, sub: sub}, nil
}

// WatchTokensUnfrozen is a free log subscription operation binding the contract event 0x81aa4332c9e93af00ae5fdbed32b01fbc5d01ac7755a05d0962acd19030bd554.
//
// Solidity: event TokensUnfrozen(address indexed sender, address indexed user, uint256 amount)
func (_SmartToken *SmartTokenFilterer) WatchTokensUnfrozen(opts *bind.WatchOpts, sink chan<- *SmartTokenTokensUnfrozen, sender []common.Address, user []common.Address) (event.Subscription, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _SmartToken.contract.WatchLogs(opts, "TokensUnfrozen", senderRule, userRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SmartTokenTokensUnfrozen)
				if err := _SmartToken.contract.UnpackLog(event, "TokensUnfrozen", log); err != nil {
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

// ParseTokensUnfrozen is a log parse operation binding the contract event 0x81aa4332c9e93af00ae5fdbed32b01fbc5d01ac7755a05d0962acd19030bd554.
//
// Solidity: event TokensUnfrozen(address indexed sender, address indexed user, uint256 amount)
func (_SmartToken *SmartTokenFilterer) ParseTokensUnfrozen(log types.Log) (*SmartTokenTokensUnfrozen, error) {
	event := new(SmartTokenTokensUnfrozen)
	if err := _SmartToken.contract.UnpackLog(event, "TokensUnfrozen", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SmartTokenTransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the SmartToken contract.
type SmartTokenTransferIterator struct {
	Event *SmartTokenTransfer // Event containing the contract specifics and raw log

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
func (it *SmartTokenTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SmartTokenTransfer)
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
		it.Event = new(SmartTokenTransfer)
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
func (it *SmartTokenTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SmartTokenTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SmartTokenTransfer represents a Transfer event raised by the SmartToken contract.
type SmartTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_SmartToken *SmartTokenFilterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*SmartTokenTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _SmartToken.contract.FilterLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &SmartTokenTransferIterator{contract: _SmartToken.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_SmartToken *SmartTokenFilterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *SmartTokenTransfer, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _SmartToken.contract.WatchLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SmartTokenTransfer)
				if err := _SmartToken.contract.UnpackLog(event, "Transfer", log); err != nil {
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
func (_SmartToken *SmartTokenFilterer) ParseTransfer(log types.Log) (*SmartTokenTransfer, error) {
	event := new(SmartTokenTransfer)
	if err := _SmartToken.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SmartTokenTransferCompletedIterator is returned from FilterTransferCompleted and is used to iterate over the raw logs and unpacked data for TransferCompleted events raised by the SmartToken contract.
type SmartTokenTransferCompletedIterator struct {
	Event *SmartTokenTransferCompleted // Event containing the contract specifics and raw log

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
func (it *SmartTokenTransferCompletedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SmartTokenTransferCompleted)
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
		it.Event = new(SmartTokenTransferCompleted)
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
func (it *SmartTokenTransferCompletedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SmartTokenTransferCompletedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SmartTokenTransferCompleted represents a TransferCompleted event raised by the SmartToken contract.
type SmartTokenTransferCompleted struct {
	Sender common.Address
	From   common.Address
	To     common.Address
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterTransferCompleted is a free log retrieval operation binding the contract event 0x0d8423425ea24ce801d57e1af368c7ca24b3a31b719c058675916f436635eea2.
//
// Solidity: event TransferCompleted(address indexed sender, address indexed from, address indexed to, uint256 amount)
func (_SmartToken *SmartTokenFilterer) FilterTransferCompleted(opts *bind.FilterOpts, sender []common.Address, from []common.Address, to []common.Address) (*SmartTokenTransferCompletedIterator, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _SmartToken.contract.FilterLogs(opts, "TransferCompleted", senderRule, fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &SmartTokenTransferCompletedIterator{contract: _SmartToken.contract, event: "TransferCompleted", logs: logs, sub: sub}, nil
}

// WatchTransferCompleted is a free log subscription operation binding the contract event 0x0d8423425ea24ce801d57e1af368c7ca24b3a31b719c058675916f436635eea2.
//
// Solidity: event TransferCompleted(address indexed sender, address indexed from, address indexed to, uint256 amount)
func (_SmartToken *SmartTokenFilterer) WatchTransferCompleted(opts *bind.WatchOpts, sink chan<- *SmartTokenTransferCompleted, sender []common.Address, from []common.Address, to []common.Address) (event.Subscription, error) {

	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}
	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _SmartToken.contract.WatchLogs(opts, "TransferCompleted", senderRule, fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SmartTokenTransferCompleted)
				if err := _SmartToken.contract.UnpackLog(event, "TransferCompleted", log); err != nil {
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

// ParseTransferCompleted is a log parse operation binding the contract event 0x0d8423425ea24ce801d57e1af368c7ca24b3a31b719c058675916f436635eea2.
//
// Solidity: event TransferCompleted(address indexed sender, address indexed from, address indexed to, uint256 amount)
func (_SmartToken *SmartTokenFilterer) ParseTransferCompleted(log types.Log) (*SmartTokenTransferCompleted, error) {
	event := new(SmartTokenTransferCompleted)
	if err := _SmartToken.contract.UnpackLog(event, "TransferCompleted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// SmartTokenUnpausedIterator is returned from FilterUnpaused and is used to iterate over the raw logs and unpacked data for Unpaused events raised by the SmartToken contract.
type SmartTokenUnpausedIterator struct {
	Event *SmartTokenUnpaused // Event containing the contract specifics and raw log

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
func (it *SmartTokenUnpausedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(SmartTokenUnpaused)
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
		it.Event = new(SmartTokenUnpaused)
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
func (it *SmartTokenUnpausedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *SmartTokenUnpausedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// SmartTokenUnpaused represents a Unpaused event raised by the SmartToken contract.
type SmartTokenUnpaused struct {
	Account common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterUnpaused is a free log retrieval operation binding the contract event 0x5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa.
//
// Solidity: event Unpaused(address indexed account)
func (_SmartToken *SmartTokenFilterer) FilterUnpaused(opts *bind.FilterOpts, account []common.Address) (*SmartTokenUnpausedIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _SmartToken.contract.FilterLogs(opts, "Unpaused", accountRule)
	if err != nil {
		return nil, err
	}
	return &SmartTokenUnpausedIterator{contract: _SmartToken.contract, event: "Unpaused", logs: logs, sub: sub}, nil
}

// WatchUnpaused is a free log subscription operation binding the contract event 0x5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa.
//
// Solidity: event Unpaused(address indexed account)
func (_SmartToken *SmartTokenFilterer) WatchUnpaused(opts *bind.WatchOpts, sink chan<- *SmartTokenUnpaused, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _SmartToken.contract.WatchLogs(opts, "Unpaused", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(SmartTokenUnpaused)
				if err := _SmartToken.contract.UnpackLog(event, "Unpaused", log); err != nil {
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
// Solidity: event Unpaused(address indexed account)
func (_SmartToken *SmartTokenFilterer) ParseUnpaused(log types.Log) (*SmartTokenUnpaused, error) {
	event := new(SmartTokenUnpaused)
	if err := _SmartToken.contract.UnpackLog(event, "Unpaused", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
