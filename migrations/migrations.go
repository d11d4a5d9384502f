// Package migrations holds didx's goose SQL migrations, embedded in the binary so that
// `didx migrate` and `didx run` need nothing but the database.
package migrations

import "embed"

// FS holds the migration files.
//
//go:embed *.sql
var FS embed.FS
