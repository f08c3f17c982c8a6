#!/usr/bin/env bash
# `npm run neo4j:stop`: stops the server `npm run neo4j` started, by the pid in
# data/neo4j/run/neo4j.pid: SIGTERM (Neo4j shuts down cleanly), then SIGKILL after
# NEO4J_STOP_TIMEOUT seconds (60). NEO4J_HOME_DIR: the server's home, as for npm run neo4j.
set -euo pipefail
cd "$(dirname "$0")/.."

NEO4J_HOME="$(realpath -m "${NEO4J_HOME_DIR:-data/neo4j}")"
PID_FILE="$NEO4J_HOME/run/neo4j.pid"
TIMEOUT="${NEO4J_STOP_TIMEOUT:-60}"

say() { echo "neo4j: $*" >&2; }

if [[ ! -f "$PID_FILE" ]]; then
  say "not running (no $PID_FILE)"
  exit 0
fi
pid=$(cat "$PID_FILE")
# Only a process that is this Neo4j (a stale pid file may name an unrelated process by now).
if ! { [[ -r "/proc/$pid/cmdline" ]] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "CommunityEntryPoint --home-dir=$NEO4J_HOME "; }; then
  say "not running (pid $pid is gone or is not this Neo4j); removing the stale pid file"
  rm -f "$PID_FILE"
  exit 0
fi

say "stopping pid $pid (SIGTERM)"
kill -TERM "$pid"
for ((waited = 0; waited < TIMEOUT; waited++)); do
  kill -0 "$pid" 2>/dev/null || break
  sleep 1
done
if kill -0 "$pid" 2>/dev/null; then
  say "still running after ${TIMEOUT}s: SIGKILL"
  kill -KILL "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
fi
rm -f "$PID_FILE"
say "stopped after ${waited}s"
