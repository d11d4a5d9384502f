-- +goose Up
-- The indexed state of each chain: a rebuildable, verifiable cache of the chain. Every row of a
-- chain is written in the same transaction as the checkpoint that covers it.

CREATE TABLE didx.checkpoints (
    chain_id     bigint PRIMARY KEY,
    block_number bigint      NOT NULL,
    block_hash   bytea       NOT NULL,
    updated_at   timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE didx.checkpoints IS 'The newest block of each chain whose effects are all committed, written in the same transaction as those effects.';

-- The hashes of indexed blocks above the finalized block: what reorg detection compares with
-- the chain, pruned as finality advances.
CREATE TABLE didx.blocks (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   bytea  NOT NULL,
    parent_hash  bytea  NOT NULL,
    block_time   timestamptz NOT NULL,
    PRIMARY KEY (chain_id, block_number)
);

CREATE TABLE didx.erc20_transfers (
    chain_id     bigint        NOT NULL,
    block_number bigint        NOT NULL,
    block_hash   bytea         NOT NULL,
    tx_hash      bytea         NOT NULL,
    log_index    int           NOT NULL,
    token        bytea         NOT NULL,
    from_address bytea         NOT NULL,
    to_address   bytea         NOT NULL,
    value        numeric(78,0) NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);
COMMENT ON TABLE didx.erc20_transfers IS 'One row per Transfer log of a registered ERC-20 on the canonical chain, up to the checkpoint.';

CREATE TABLE didx.erc20_balances (
    chain_id bigint        NOT NULL,
    token    bytea         NOT NULL,
    holder   bytea         NOT NULL,
    balance  numeric(78,0) NOT NULL,
    PRIMARY KEY (chain_id, token, holder)
);
COMMENT ON TABLE didx.erc20_balances IS 'Each holder''s non-zero balance as of the checkpoint, derived from didx.erc20_transfers (the zero address is not a holder).';

-- Logs of registered contracts under a handled topic that did not decode: kept so that nothing
-- the chain said is silently dropped, and rolled back with their block like every indexed row.
CREATE TABLE didx.undecodable_logs (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   bytea  NOT NULL,
    tx_hash      bytea  NOT NULL,
    log_index    int    NOT NULL,
    address      bytea  NOT NULL,
    handler      text   NOT NULL,
    topics       bytea[] NOT NULL,
    data         bytea  NOT NULL,
    error        text   NOT NULL,
    PRIMARY KEY (chain_id, block_number, log_index)
);

-- Every repaired reorg, written in the rollback's transaction: the audit trail behind
-- `didx status` and the reorg alerts.
CREATE TABLE didx.reorgs (
    chain_id       bigint      NOT NULL,
    detected_at    timestamptz NOT NULL DEFAULT now(),
    old_block      bigint      NOT NULL,
    old_hash       bytea       NOT NULL,
    canonical_hash bytea       NOT NULL,
    ancestor       bigint      NOT NULL,
    depth          bigint      NOT NULL,
    rows_removed   bigint      NOT NULL
);
CREATE INDEX reorgs_chain_time ON didx.reorgs (chain_id, detected_at DESC);

-- +goose Down
DROP TABLE didx.reorgs;
DROP TABLE didx.undecodable_logs;
DROP TABLE didx.erc20_balances;
DROP TABLE didx.erc20_transfers;
DROP TABLE didx.blocks;
DROP TABLE didx.checkpoints;
