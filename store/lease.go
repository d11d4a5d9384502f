package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// ErrLeaseLost is returned by a write whose holder no longer has the chain's lease at its
// epoch: another instance took over (or the lease expired), and this one must stop writing.
var ErrLeaseLost = errors.New("write lease lost")

// Lease identifies a held write lease.
type Lease struct {
	Chain  uint64
	Holder string
	Token  string
	Epoch  int64
}

// AcquireLease takes the chain's lease for holder if it has been expired for at least
// expiredFor (0: at all), bumping the epoch. ok is false when another holder has it. Expiry is
// judged by the database's clock.
func (s *Store) AcquireLease(ctx context.Context, chain uint64, holder, token string, ttl, expiredFor time.Duration) (l Lease, ok bool, err error) {
	err = txDo(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, "SET LOCAL lock_timeout = '2s'"); err != nil {
			return err
		}
		var epoch int64
		err := tx.QueryRow(ctx, `INSERT INTO didx.leases (chain_id, holder, token, epoch, expires_at)
			VALUES ($1, $2, $3, 1, clock_timestamp() + $4::interval)
			ON CONFLICT (chain_id) DO UPDATE SET holder = excluded.holder, token = excluded.token,
				epoch = didx.leases.epoch + 1, expires_at = excluded.expires_at, acquired_at = now()
			WHERE didx.leases.expires_at < clock_timestamp() - $5::interval
			RETURNING epoch`, int64(chain), holder, token, ttl.String(), expiredFor.String()).Scan(&epoch)
		if errors.Is(err, pgx.ErrNoRows) {
			return nil
		}
		if err != nil {
			return err
		}
		l, ok = Lease{Chain: chain, Holder: holder, Token: token, Epoch: epoch}, true
		return nil
	})
	if err != nil {
		return Lease{}, false, fmt.Errorf("acquire lease of chain %d: %w", chain, err)
	}
	return l, ok, nil
}

// RenewLease extends a held lease; ok is false when it was lost (expired or taken over).
func (s *Store) RenewLease(ctx context.Context, l Lease, ttl time.Duration) (bool, error) {
	tag, err := s.pool.Exec(ctx, `UPDATE didx.leases SET expires_at = clock_timestamp() + $4::interval
		WHERE chain_id = $1 AND token = $2 AND epoch = $3 AND expires_at > clock_timestamp()`,
		int64(l.Chain), l.Token, l.Epoch, ttl.String())
	if err != nil {
		return false, fmt.Errorf("renew lease of chain %d: %w", l.Chain, err)
	}
	return tag.RowsAffected() == 1, nil
}

// ReleaseLease gives a held lease up at once, so another instance can take it without waiting
// for it to expire.
func (s *Store) ReleaseLease(ctx context.Context, l Lease) error {
	_, err := s.pool.Exec(ctx, `UPDATE didx.leases SET expires_at = clock_timestamp() - interval '1 millisecond'
		WHERE chain_id = $1 AND token = $2 AND epoch = $3`, int64(l.Chain), l.Token, l.Epoch)
	if err != nil {
		return fmt.Errorf("release lease of chain %d: %w", l.Chain, err)
	}
	return nil
}

// Fence returns the check every write transaction of the lease's chain runs first: it locks
// the lease row (FOR SHARE, so a takeover waits for the transaction) and fails with
// ErrLeaseLost unless the lease is still this holder's, at this epoch, unexpired by the
// database's clock. A holder that was paused past its lease is refused here, whatever its own
// clock says.
func (l Lease) Fence() func(context.Context, pgx.Tx) error {
	return func(ctx context.Context, tx pgx.Tx) error {
		var one int
		err := tx.QueryRow(ctx, `SELECT 1 FROM didx.leases WHERE chain_id = $1 AND token = $2 AND epoch = $3
			AND expires_at > clock_timestamp() FOR SHARE`, int64(l.Chain), l.Token, l.Epoch).Scan(&one)
		if errors.Is(err, pgx.ErrNoRows) {
			return fmt.Errorf("chain %d epoch %d: %w", l.Chain, l.Epoch, ErrLeaseLost)
		}
		return err
	}
}

// LeaseInfo is a chain's lease as /status and `didx status` show it.
type LeaseInfo struct {
	Holder    string
	Epoch     int64
	ExpiresAt time.Time
	Live      bool
}

// Leases reads every chain's lease.
func (s *Store) Leases(ctx context.Context) (map[uint64]LeaseInfo, error) {
	rows, err := s.pool.Query(ctx, `SELECT chain_id, holder, epoch, expires_at, expires_at > clock_timestamp() FROM didx.leases`)
	if err != nil {
		return nil, fmt.Errorf("read leases: %w", err)
	}
	out := map[uint64]LeaseInfo{}
	for rows.Next() {
		var chain int64
		var li LeaseInfo
		if err := rows.Scan(&chain, &li.Holder, &li.Epoch, &li.ExpiresAt, &li.Live); err != nil {
			return nil, err
		}
		out[uint64(chain)] = li
	}
	return out, rows.Err()
}

// Heartbeat records that an instance is alive and returns how many instances were seen alive
// within ttl (itself included).
func (s *Store) Heartbeat(ctx context.Context, name, token string, ttl time.Duration) (int, error) {
	var n int
	err := txDo(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `INSERT INTO didx.instances (token, name, seen_at) VALUES ($1, $2, clock_timestamp())
			ON CONFLICT (token) DO UPDATE SET seen_at = excluded.seen_at`, token, name); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `DELETE FROM didx.instances WHERE seen_at < clock_timestamp() - $1::interval * 10`, ttl.String()); err != nil {
			return err
		}
		return tx.QueryRow(ctx, `SELECT count(*) FROM didx.instances WHERE seen_at > clock_timestamp() - $1::interval`, ttl.String()).Scan(&n)
	})
	if err != nil {
		return 0, fmt.Errorf("heartbeat: %w", err)
	}
	return n, nil
}

// Leave removes an instance from the live set at shutdown.
func (s *Store) Leave(ctx context.Context, token string) error {
	_, err := s.pool.Exec(ctx, `DELETE FROM didx.instances WHERE token = $1`, token)
	return err
}
