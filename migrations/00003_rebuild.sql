-- +goose Up
-- A rebuild indexes a chain from scratch into this shadow copy of the indexed tables, while
-- readers keep using didx; the swap into didx is one transaction.
CREATE SCHEMA didx_rebuild;
CREATE TABLE didx_rebuild.checkpoints      (LIKE didx.checkpoints INCLUDING ALL);
CREATE TABLE didx_rebuild.blocks           (LIKE didx.blocks INCLUDING ALL);
CREATE TABLE didx_rebuild.erc20_transfers  (LIKE didx.erc20_transfers INCLUDING ALL);
CREATE TABLE didx_rebuild.erc20_balances   (LIKE didx.erc20_balances INCLUDING ALL);
CREATE TABLE didx_rebuild.undecodable_logs (LIKE didx.undecodable_logs INCLUDING ALL);
CREATE TABLE didx_rebuild.reorgs           (LIKE didx.reorgs INCLUDING ALL);

-- Running rebuilds: a sidecar holding a chain's lease gives it up when the chain's rebuild asks
-- for it (wants_lease), and does not take it back while the rebuild's heartbeat is fresh.
CREATE TABLE didx.rebuilds (
    chain_id     bigint      PRIMARY KEY,
    instance     text        NOT NULL,
    from_block   bigint      NOT NULL,
    started_at   timestamptz NOT NULL DEFAULT now(),
    heartbeat_at timestamptz NOT NULL DEFAULT now(),
    wants_lease  boolean     NOT NULL DEFAULT false
);

-- +goose Down
DROP TABLE didx.rebuilds;
DROP SCHEMA didx_rebuild CASCADE;
