-- +goose Up
-- Security tokens (kind smart: ERC-3643 / SMART) and identity registries. Like the balances,
-- every table here is derived from stored rows: additive state (supply, frozen amounts) by
-- deltas, last-writer-wins state (paused, address freezes, identities) from the newest
-- surviving event in didx.token_events, so a rollback is the same derivation reversed.

-- One row per registered token, as of the checkpoint.
CREATE TABLE didx.tokens (
    chain_id     bigint        NOT NULL,
    token        bytea         NOT NULL,
    kind         text          NOT NULL,
    paused       boolean       NOT NULL DEFAULT false,
    total_supply numeric(78,0) NOT NULL DEFAULT 0,
    PRIMARY KEY (chain_id, token)
);
COMMENT ON TABLE didx.tokens IS 'One row per registered token: pause state and supply (mints less burns) as of the checkpoint.';

-- Partially frozen amounts and whole-address freezes; no row means nothing frozen.
CREATE TABLE didx.holder_restrictions (
    chain_id       bigint        NOT NULL,
    token          bytea         NOT NULL,
    holder         bytea         NOT NULL,
    frozen         numeric(78,0) NOT NULL DEFAULT 0,
    address_frozen boolean       NOT NULL DEFAULT false,
    PRIMARY KEY (chain_id, token, holder)
);
COMMENT ON TABLE didx.holder_restrictions IS 'Frozen amount and whole-address freeze of each restricted holder as of the checkpoint (no row: nothing frozen).';

CREATE TABLE didx.identities (
    chain_id bigint  NOT NULL,
    registry bytea   NOT NULL,
    investor bytea   NOT NULL,
    identity bytea   NOT NULL,
    country  integer NOT NULL,
    PRIMARY KEY (chain_id, registry, investor)
);
COMMENT ON TABLE didx.identities IS 'Identity registry entries (investor to identity contract and country) as of the checkpoint.';

-- The audit log: every decoded event of a smart token or identity registry. subject is the key
-- the event's state hangs on (the holder, the investor), so a rollback finds the newest
-- surviving event of a key through token_events_state.
CREATE TABLE didx.token_events (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    log_index    int    NOT NULL,
    block_hash   bytea  NOT NULL,
    tx_hash      bytea  NOT NULL,
    contract     bytea  NOT NULL,
    event        text   NOT NULL,
    args         jsonb  NOT NULL,
    subject      bytea,
    PRIMARY KEY (chain_id, block_number, log_index)
);
COMMENT ON TABLE didx.token_events IS 'Every decoded event of a registered smart token or identity registry on the canonical chain, up to the checkpoint.';
CREATE INDEX token_events_contract ON didx.token_events (chain_id, contract, block_number);
CREATE INDEX token_events_state ON didx.token_events (chain_id, contract, subject, block_number, log_index)
    WHERE event IN ('AddressFrozen', 'Paused', 'Unpaused',
        'IdentityRegistered', 'IdentityRemoved', 'IdentityUpdated', 'CountryUpdated');

-- A holder's balance at the end of a batch that touched it, once the batches that touched it
-- since its last snapshot span enough blocks, so balance_at sums the holder's transfers of a
-- short run of blocks after the nearest snapshot. changes counts those blocks on the balance row.
CREATE TABLE didx.balance_snapshots (
    chain_id     bigint        NOT NULL,
    token        bytea         NOT NULL,
    holder       bytea         NOT NULL,
    block_number bigint        NOT NULL,
    balance      numeric(78,0) NOT NULL,
    PRIMARY KEY (chain_id, token, holder, block_number)
);
ALTER TABLE didx.erc20_balances ADD COLUMN changes integer NOT NULL DEFAULT 0;
ALTER TABLE didx_rebuild.erc20_balances ADD COLUMN changes integer NOT NULL DEFAULT 0;

-- The transfers of one holder between a snapshot and a block: a block-range BRIN with bloom
-- filters on both addresses costs a fraction of a btree per row and skips every page range
-- the holder does not appear in. A range of 8 pages holds about 360 transfers and up to as
-- many distinct addresses per column: the filters are sized for 500 at 1% false positives.
CREATE INDEX erc20_transfers_holders ON didx.erc20_transfers USING brin
    (block_number, from_address bytea_bloom_ops (n_distinct_per_range = 500, false_positive_rate = 0.01),
        to_address bytea_bloom_ops (n_distinct_per_range = 500, false_positive_rate = 0.01))
    WITH (pages_per_range = 8, autosummarize = on);

CREATE VIEW didx.holder_balances AS
SELECT chain_id, token, holder,
    coalesce(b.balance, 0) AS balance,
    coalesce(r.frozen, 0) AS frozen,
    CASE WHEN coalesce(r.address_frozen, false) THEN 0
        ELSE greatest(coalesce(b.balance, 0) - coalesce(r.frozen, 0), 0) END AS available,
    coalesce(r.address_frozen, false) AS address_frozen
FROM didx.erc20_balances b FULL JOIN didx.holder_restrictions r USING (chain_id, token, holder);
COMMENT ON VIEW didx.holder_balances IS 'Each holder''s balance, frozen amount and what is available to transfer (balance - frozen, 0 while the address is frozen).';

-- A holder's balance at the end of block, NULL above the chain's checkpoint.
-- +goose StatementBegin
CREATE FUNCTION didx.balance_at(p_chain bigint, p_token bytea, p_holder bytea, p_block bigint)
RETURNS numeric(78,0) LANGUAGE plpgsql STABLE AS $$
DECLARE
    snap_block bigint := -1;
    snap       numeric(78,0) := 0;
    moved      numeric(78,0);
BEGIN
    IF p_block > (SELECT block_number FROM didx.checkpoints WHERE chain_id = p_chain) IS NOT FALSE THEN
        RETURN NULL;
    END IF;
    SELECT s.block_number, s.balance INTO snap_block, snap FROM didx.balance_snapshots s
        WHERE s.chain_id = p_chain AND s.token = p_token AND s.holder = p_holder AND s.block_number <= p_block
        ORDER BY s.block_number DESC LIMIT 1;
    IF NOT FOUND THEN
        snap_block := -1;
        snap := 0;
    END IF;
    SELECT coalesce(sum(CASE WHEN t.to_address = p_holder THEN t.value ELSE -t.value END), 0) INTO moved
        FROM didx.erc20_transfers t
        WHERE t.chain_id = p_chain AND t.token = p_token AND t.block_number > snap_block AND t.block_number <= p_block
            AND (t.from_address = p_holder OR t.to_address = p_holder) AND t.from_address <> t.to_address;
    RETURN snap + moved;
END $$;
-- +goose StatementEnd
COMMENT ON FUNCTION didx.balance_at IS 'A holder''s balance at the end of any indexed block: the nearest snapshot plus the transfers after it.';

CREATE TABLE didx_rebuild.tokens              (LIKE didx.tokens INCLUDING ALL);
CREATE TABLE didx_rebuild.holder_restrictions (LIKE didx.holder_restrictions INCLUDING ALL);
CREATE TABLE didx_rebuild.identities          (LIKE didx.identities INCLUDING ALL);
CREATE TABLE didx_rebuild.token_events        (LIKE didx.token_events INCLUDING ALL);
CREATE TABLE didx_rebuild.balance_snapshots   (LIKE didx.balance_snapshots INCLUDING ALL);

-- Tokens registered before this migration, with the supply their transfers imply.
INSERT INTO didx.tokens (chain_id, token, kind, total_supply)
SELECT c.chain_id, c.address, c.kind, coalesce((
    SELECT sum(CASE WHEN t.from_address = '\x0000000000000000000000000000000000000000'::bytea THEN t.value ELSE -t.value END)
    FROM didx.erc20_transfers t
    WHERE t.chain_id = c.chain_id AND t.token = c.address AND t.from_address <> t.to_address
        AND '\x0000000000000000000000000000000000000000'::bytea IN (t.from_address, t.to_address)), 0)
FROM didx.contracts c WHERE c.kind = 'erc20' AND c.main_from IS NOT NULL;

-- +goose Down
DROP TABLE didx_rebuild.balance_snapshots;
DROP TABLE didx_rebuild.token_events;
DROP TABLE didx_rebuild.identities;
DROP TABLE didx_rebuild.holder_restrictions;
DROP TABLE didx_rebuild.tokens;
DROP FUNCTION didx.balance_at;
DROP VIEW didx.holder_balances;
DROP INDEX didx.erc20_transfers_holders;
ALTER TABLE didx_rebuild.erc20_balances DROP COLUMN changes;
ALTER TABLE didx.erc20_balances DROP COLUMN changes;
DROP TABLE didx.balance_snapshots;
DROP TABLE didx.token_events;
DROP TABLE didx.identities;
DROP TABLE didx.holder_restrictions;
DROP TABLE didx.tokens;
