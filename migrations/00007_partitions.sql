-- +goose Up
-- A chain's indexed rows live in partitions of their own (LIST on chain_id), two per table and
-- chain in schema didx_part: one attached to the live table (didx), one to the rebuild's shadow
-- (didx_rebuild). A rebuild's swap exchanges them (detach both, attach crosswise, truncate the
-- old one) instead of copying rows, so a rebuild costs what a backfill does. Every table a swap
-- replaces is partitioned, so a reader that took its snapshot before the swap and waited for
-- its locks finds every table switched, and sees the rebuilt rows as of its snapshot: one
-- consistent state, never the checkpoint of one and the rows of the other. Each partition
-- carries CHECK (chain_id = c), so attaching it scans nothing. Rows of a chain whose partitions
-- do not exist yet (a contract registered before its chain first ran) wait in a default
-- partition until didx.ensure_chain moves them.
CREATE SCHEMA didx_part;

-- +goose StatementBegin
CREATE FUNCTION didx.partition_of(p_parent regclass, p_table text, p_chain bigint) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT c.relname::text FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
    WHERE i.inhparent = p_parent AND c.relname IN (p_table || '_' || p_chain || '_1', p_table || '_' || p_chain || '_2')
$$;
-- +goose StatementEnd
COMMENT ON FUNCTION didx.partition_of IS 'The partition of chain p_chain of table p_table attached to p_parent (didx or didx_rebuild), NULL if none.';

-- +goose StatementBegin
CREATE FUNCTION didx.ensure_chain(p_chain bigint, p_tables text[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    t    text;
    s    text;
    def  text;
    part text;
    opts text[];
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended('didx.partitions', p_chain));
    FOREACH t IN ARRAY p_tables LOOP
        CONTINUE WHEN NOT EXISTS (SELECT 1 FROM pg_partitioned_table WHERE partrelid = format('didx.%I', t)::regclass);
        FOREACH s IN ARRAY ARRAY['didx', 'didx_rebuild'] LOOP
            CONTINUE WHEN didx.partition_of(format('%I.%I', s, t)::regclass, t, p_chain) IS NOT NULL;
            part := t || '_' || p_chain || '_1';
            IF to_regclass(format('didx_part.%I', part)) IS NOT NULL THEN
                part := t || '_' || p_chain || '_2';
            END IF;
            def := t || CASE s WHEN 'didx' THEN '_default' ELSE '_rebuild_default' END;
            SELECT reloptions INTO opts FROM pg_class WHERE oid = format('didx_part.%I', def)::regclass;
            EXECUTE format('CREATE TABLE didx_part.%I (LIKE %I.%I INCLUDING DEFAULTS INCLUDING CONSTRAINTS) %s',
                part, s, t, CASE WHEN opts IS NULL THEN '' ELSE 'WITH (' || array_to_string(opts, ', ') || ')' END);
            EXECUTE format('ALTER TABLE didx_part.%I ADD CONSTRAINT %I CHECK (chain_id = %s)', part, part || '_chain', p_chain);
            EXECUTE format('WITH moved AS (DELETE FROM didx_part.%I WHERE chain_id = %s RETURNING *) INSERT INTO didx_part.%I SELECT * FROM moved',
                def, p_chain, part);
            EXECUTE format('ALTER TABLE %I.%I ATTACH PARTITION didx_part.%I FOR VALUES IN (%s)', s, t, part, p_chain);
        END LOOP;
    END LOOP;
END $$;
-- +goose StatementEnd
COMMENT ON FUNCTION didx.ensure_chain IS 'Creates the live and shadow partitions of chain p_chain of each partitioned table in p_tables, moving its rows out of the default partitions.';

-- +goose StatementBegin
CREATE FUNCTION didx.swap_chain(p_chain bigint, p_tables text[]) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    t      text;
    live   text;
    shadow text;
    n      bigint;
    moved  bigint := 0;
BEGIN
    PERFORM didx.ensure_chain(p_chain, p_tables);
    FOREACH t IN ARRAY p_tables LOOP
        EXECUTE format('SELECT count(*) FROM didx_rebuild.%I WHERE chain_id = %s', t, p_chain) INTO n;
        moved := moved + n;
    END LOOP;
    -- Locked last table first: p_tables ends with the checkpoints, which every writer's
    -- transaction updates first, so the swap waits for open writers while holding nothing.
    FOR i IN REVERSE array_upper(p_tables, 1)..1 LOOP
        EXECUTE format('LOCK TABLE didx.%I, didx_rebuild.%I IN ACCESS EXCLUSIVE MODE', p_tables[i], p_tables[i]);
    END LOOP;
    FOREACH t IN ARRAY p_tables LOOP
        live := didx.partition_of(format('didx.%I', t)::regclass, t, p_chain);
        IF live IS NULL THEN
            EXECUTE format('DELETE FROM didx.%I WHERE chain_id = %s', t, p_chain);
            EXECUTE format('INSERT INTO didx.%I SELECT * FROM didx_rebuild.%I WHERE chain_id = %s', t, t, p_chain);
        ELSE
            shadow := didx.partition_of(format('didx_rebuild.%I', t)::regclass, t, p_chain);
            EXECUTE format('ALTER TABLE didx.%I DETACH PARTITION didx_part.%I', t, live);
            EXECUTE format('ALTER TABLE didx_rebuild.%I DETACH PARTITION didx_part.%I', t, shadow);
            EXECUTE format('ALTER TABLE didx.%I ATTACH PARTITION didx_part.%I FOR VALUES IN (%s)', t, shadow, p_chain);
            EXECUTE format('ALTER TABLE didx_rebuild.%I ATTACH PARTITION didx_part.%I FOR VALUES IN (%s)', t, live, p_chain);
        END IF;
    END LOOP;
    RETURN moved;
END $$;
-- +goose StatementEnd
COMMENT ON FUNCTION didx.swap_chain IS 'Replaces the live rows of chain p_chain in each of p_tables with its shadow rows, in the caller''s transaction: partitions are exchanged, other tables copied; the old rows stay in the shadow for didx.clear_shadow. Returns the rows swapped in.';

-- +goose StatementBegin
CREATE FUNCTION didx.clear_shadow(p_chain bigint, p_tables text[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    t    text;
    part text;
BEGIN
    FOREACH t IN ARRAY p_tables LOOP
        part := didx.partition_of(format('didx_rebuild.%I', t)::regclass, t, p_chain);
        IF part IS NULL THEN
            EXECUTE format('DELETE FROM didx_rebuild.%I WHERE chain_id = %s', t, p_chain);
        ELSE
            EXECUTE format('TRUNCATE didx_part.%I', part);
        END IF;
    END LOOP;
END $$;
-- +goose StatementEnd
COMMENT ON FUNCTION didx.clear_shadow IS 'Empties the shadow rows of chain p_chain in each of p_tables.';

-- The indexed tables become partitioned, live and shadow alike, with the live table's indexes
-- (the shadow lacked the transfers' holder index), their rows moved into each chain's partitions.
DROP VIEW didx.holder_balances;
-- +goose StatementBegin
DO $$
DECLARE
    t      text;
    s      text;
    ix     text;
    shape  text;
    names  jsonb;
    chains bigint[];
    c      bigint;
    opts   text[];
    note   text;
    tables text[] := ARRAY['checkpoints', 'blocks', 'erc20_transfers', 'erc20_balances', 'balance_snapshots',
        'undecodable_logs', 'tokens', 'contracts', 'registry', 'token_events', 'holder_restrictions', 'identities'];
BEGIN
    FOREACH t IN ARRAY tables LOOP
        SELECT reloptions, obj_description(oid, 'pg_class') INTO opts, note FROM pg_class WHERE oid = format('didx.%I', t)::regclass;
        -- The indexes keep the live table's names, in both schemas: the old ones step aside.
        names := '{}';
        FOREACH s IN ARRAY ARRAY['didx', 'didx_rebuild'] LOOP
            FOR ix, shape IN SELECT c.relname, regexp_replace(pg_get_indexdef(c.oid), '^(CREATE (UNIQUE )?INDEX )\S+ ON (ONLY )?\S+', '\1ON')
                    FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = format('%I.%I', s, t)::regclass LOOP
                IF s = 'didx' THEN
                    names := names || jsonb_build_object(shape, ix);
                END IF;
                EXECUTE format('ALTER INDEX %I.%I RENAME TO %I', s, ix, left(ix, 40) || '_unpartitioned');
            END LOOP;
            EXECUTE format('ALTER TABLE %I.%I RENAME TO %I', s, t, t || '_unpartitioned');
            EXECUTE format('CREATE TABLE %I.%I (LIKE didx.%I INCLUDING ALL EXCLUDING STORAGE) PARTITION BY LIST (chain_id)',
                s, t, t || '_unpartitioned');
            EXECUTE format('CREATE TABLE didx_part.%I PARTITION OF %I.%I DEFAULT %s',
                t || CASE s WHEN 'didx' THEN '_default' ELSE '_rebuild_default' END, s, t,
                CASE WHEN opts IS NULL THEN '' ELSE 'WITH (' || array_to_string(opts, ', ') || ')' END);
            FOR ix, shape IN SELECT c.relname, regexp_replace(pg_get_indexdef(c.oid), '^(CREATE (UNIQUE )?INDEX )\S+ ON (ONLY )?\S+', '\1ON')
                    FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = format('%I.%I', s, t)::regclass LOOP
                IF names ? shape AND names->>shape <> ix THEN
                    EXECUTE format('ALTER INDEX %I.%I RENAME TO %I', s, ix, names->>shape);
                END IF;
            END LOOP;
        END LOOP;
        IF note IS NOT NULL THEN
            EXECUTE format('COMMENT ON TABLE didx.%I IS %L', t, note);
        END IF;
    END LOOP;
    FOREACH t IN ARRAY tables LOOP
        FOREACH s IN ARRAY ARRAY['didx', 'didx_rebuild'] LOOP
            EXECUTE format('SELECT array_agg(DISTINCT chain_id) FROM %I.%I', s, t || '_unpartitioned') INTO chains;
            FOREACH c IN ARRAY coalesce(chains, '{}') LOOP
                PERFORM didx.ensure_chain(c, ARRAY[t]);
            END LOOP;
            EXECUTE format('INSERT INTO %I.%I SELECT * FROM %I.%I', s, t, s, t || '_unpartitioned');
            EXECUTE format('DROP TABLE %I.%I', s, t || '_unpartitioned');
        END LOOP;
    END LOOP;
END $$;
-- +goose StatementEnd

CREATE VIEW didx.holder_balances AS
SELECT chain_id, token, holder,
    coalesce(b.balance, 0) AS balance,
    coalesce(r.frozen, 0) AS frozen,
    CASE WHEN coalesce(r.address_frozen, false) THEN 0
        ELSE greatest(coalesce(b.balance, 0) - coalesce(r.frozen, 0), 0) END AS available,
    coalesce(r.address_frozen, false) AS address_frozen
FROM didx.erc20_balances b FULL JOIN didx.holder_restrictions r USING (chain_id, token, holder);
COMMENT ON VIEW didx.holder_balances IS 'Each holder''s balance, frozen amount and what is available to transfer (balance - frozen, 0 while the address is frozen).';

-- +goose Down
DROP VIEW didx.holder_balances;
-- +goose StatementBegin
DO $$
DECLARE
    t    text;
    s    text;
    opts text[];
    note text;
BEGIN
    FOREACH t IN ARRAY ARRAY['checkpoints', 'blocks', 'erc20_transfers', 'erc20_balances', 'balance_snapshots',
            'undecodable_logs', 'tokens', 'contracts', 'registry', 'token_events', 'holder_restrictions', 'identities'] LOOP
        SELECT reloptions INTO opts FROM pg_class WHERE oid = format('didx_part.%I', t || '_default')::regclass;
        SELECT obj_description(format('didx.%I', t)::regclass, 'pg_class') INTO note;
        FOREACH s IN ARRAY ARRAY['didx', 'didx_rebuild'] LOOP
            EXECUTE format('ALTER TABLE %I.%I RENAME TO %I', s, t, t || '_partitioned');
            EXECUTE format('CREATE TABLE %I.%I (LIKE %I.%I INCLUDING ALL) %s', s, t, s, t || '_partitioned',
                CASE WHEN opts IS NULL THEN '' ELSE 'WITH (' || array_to_string(opts, ', ') || ')' END);
            EXECUTE format('INSERT INTO %I.%I SELECT * FROM %I.%I', s, t, s, t || '_partitioned');
            EXECUTE format('DROP TABLE %I.%I', s, t || '_partitioned');
        END LOOP;
        IF note IS NOT NULL THEN
            EXECUTE format('COMMENT ON TABLE didx.%I IS %L', t, note);
        END IF;
    END LOOP;
END $$;
-- +goose StatementEnd
CREATE VIEW didx.holder_balances AS
SELECT chain_id, token, holder,
    coalesce(b.balance, 0) AS balance,
    coalesce(r.frozen, 0) AS frozen,
    CASE WHEN coalesce(r.address_frozen, false) THEN 0
        ELSE greatest(coalesce(b.balance, 0) - coalesce(r.frozen, 0), 0) END AS available,
    coalesce(r.address_frozen, false) AS address_frozen
FROM didx.erc20_balances b FULL JOIN didx.holder_restrictions r USING (chain_id, token, holder);
COMMENT ON VIEW didx.holder_balances IS 'Each holder''s balance, frozen amount and what is available to transfer (balance - frozen, 0 while the address is frozen).';
DROP FUNCTION didx.clear_shadow;
DROP FUNCTION didx.swap_chain;
DROP FUNCTION didx.ensure_chain;
DROP FUNCTION didx.partition_of;
DROP SCHEMA didx_part CASCADE;
