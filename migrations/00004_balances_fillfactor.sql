-- +goose Up
-- Every committed batch updates one balance row per (token, holder) it touches. Free space on
-- each page lets PostgreSQL update a row on its own page without touching the primary key
-- index (a heap-only tuple update), which makes that upsert the cheaper half of a commit.
ALTER TABLE didx.erc20_balances SET (fillfactor = 70);
ALTER TABLE didx_rebuild.erc20_balances SET (fillfactor = 70);

-- +goose Down
ALTER TABLE didx.erc20_balances RESET (fillfactor);
ALTER TABLE didx_rebuild.erc20_balances RESET (fillfactor);
