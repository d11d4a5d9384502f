package main

import (
	"os"

	"github.com/mattn/go-isatty"
	"github.com/rs/zerolog"
)

// timeFormat stamps log lines to the millisecond: lines of one second stay in order.
const timeFormat = "2006-01-02T15:04:05.000Z07:00"

// newLogger logs JSON to stderr, or human-readable lines when stderr is a terminal (or asked).
func newLogger(level, format string) zerolog.Logger {
	zerolog.TimeFieldFormat = timeFormat
	lvl, err := zerolog.ParseLevel(level)
	if err != nil {
		lvl = zerolog.InfoLevel
	}
	console := format == "console" || (format == "auto" && isatty.IsTerminal(os.Stderr.Fd()))
	if console {
		return zerolog.New(zerolog.ConsoleWriter{Out: os.Stderr, TimeFormat: "15:04:05.000"}).Level(lvl).With().Timestamp().Logger()
	}
	return zerolog.New(os.Stderr).Level(lvl).With().Timestamp().Logger()
}
