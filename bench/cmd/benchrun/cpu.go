package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// clockTick is the unit of CPU times in /proc (USER_HZ, 100 on Linux).
const clockTick = 10 * time.Millisecond

// cpuMeter measures, over one run, the CPU the chain server and the whole machine spent, so a
// result can say where the time outside the measured program went: mostly PostgreSQL.
type cpuMeter struct {
	serverPID         int
	server0, machine0 time.Duration
}

func startMeter(serverPID int) cpuMeter {
	return cpuMeter{serverPID: serverPID, server0: procCPU(serverPID), machine0: machineCPU()}
}

// read returns the server's and the machine's CPU time since the meter started.
func (m cpuMeter) read() (server, machine time.Duration) {
	return procCPU(m.serverPID) - m.server0, machineCPU() - m.machine0
}

// machineCPU is the busy time of all cores since boot, from /proc/stat; zero where there is
// none.
func machineCPU() time.Duration {
	data, err := os.ReadFile("/proc/stat")
	if err != nil {
		return 0
	}
	line, _, _ := strings.Cut(string(data), "\n")
	f := strings.Fields(line)
	if len(f) < 9 || f[0] != "cpu" {
		return 0
	}
	var busy int64
	for i, v := range f[1:9] {
		if i == 3 || i == 4 { // idle, iowait
			continue
		}
		n, _ := strconv.ParseInt(v, 10, 64)
		busy += n
	}
	return time.Duration(busy) * clockTick
}

// procCPU is the user and system time of process pid, from /proc; zero where there is none.
func procCPU(pid int) time.Duration {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// Fields after the command name, which is parenthesised and may hold spaces.
	i := strings.LastIndexByte(string(data), ')')
	f := strings.Fields(string(data)[i+1:])
	if len(f) < 13 {
		return 0
	}
	utime, _ := strconv.ParseInt(f[11], 10, 64)
	stime, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(utime+stime) * clockTick
}
