-- +goose Up
-- One writer per chain across sidecars: the holder renews its lease before it expires, a
-- takeover is only possible after expiry and bumps the epoch, and every write transaction
-- checks (FOR SHARE) that its holder still has the lease at its epoch by the database's clock.
CREATE TABLE didx.leases (
    chain_id    bigint      PRIMARY KEY,
    holder      text        NOT NULL,
    token       text        NOT NULL,
    epoch       bigint      NOT NULL,
    expires_at  timestamptz NOT NULL,
    acquired_at timestamptz NOT NULL DEFAULT now()
);

-- Live instances, for spreading chains across them.
CREATE TABLE didx.instances (
    token   text        PRIMARY KEY,
    name    text        NOT NULL,
    seen_at timestamptz NOT NULL
);

-- +goose Down
DROP TABLE didx.instances;
DROP TABLE didx.leases;
