-- +goose Up
-- The registry: what a chain indexes is the set of rows here, whoever registered them (the
-- configuration at start, `didx contracts add`, a factory rule), so every instance of a hot-hot
-- deployment indexes the same set.
CREATE TABLE didx.contracts (
    chain_id      bigint      NOT NULL,
    address       bytea       NOT NULL,
    kind          text        NOT NULL,
    name          text        NOT NULL DEFAULT '',
    start_block   bigint      NOT NULL,
    source        text        NOT NULL,
    registered_at timestamptz NOT NULL DEFAULT now(),
    -- The main cursor indexes the contract's logs from main_from on; the backfill indexes
    -- [backfill_next, main_from). Both are NULL until the chain's writer adopts the contract.
    main_from     bigint,
    backfill_next bigint,
    PRIMARY KEY (chain_id, address)
);
COMMENT ON TABLE didx.contracts IS 'Every registered contract of each chain: source config, cli, or factory:RULE.';

-- Each chain's registry version, bumped by every registration: a writer commits only while the
-- version it built its filters for is current.
CREATE TABLE didx.registry (
    chain_id bigint PRIMARY KEY,
    version  bigint NOT NULL
);

CREATE TABLE didx_rebuild.contracts (LIKE didx.contracts INCLUDING ALL);
CREATE TABLE didx_rebuild.registry  (LIKE didx.registry INCLUDING ALL);

-- +goose Down
DROP TABLE didx_rebuild.registry;
DROP TABLE didx_rebuild.contracts;
DROP TABLE didx.registry;
DROP TABLE didx.contracts;
