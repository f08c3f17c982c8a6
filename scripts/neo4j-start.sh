#!/usr/bin/env bash
# `npm run neo4j`: a local Neo4j 5.26 Community server with APOC core, without Docker.
# The jars come from Maven Central (neo4j/pom.xml) into data/neo4j/{lib,plugins}; the server runs
# from data/neo4j as its home: conf/neo4j.conf (written here on every start), data/, logs/, run/.
# Bolt only, on 127.0.0.1; authentication is OFF (a local development and CI server).
# Idempotent: when the server is already up it says so and prints the URI again.
#
#   NEO4J_BOLT_PORT       Bolt port (7687)
#   NEO4J_HOME_DIR        the server's home: jars, conf, data, logs, pid (data/neo4j); a second
#                         server (e.g. the fault tests, which kill theirs) needs its own, and its own port
#   NEO4J_START_TIMEOUT   seconds to wait for Bolt and APOC (300)
#   NEO4J_PAGECACHE       page cache size (512m); a district-size store (M: about 2 GB on disk) answers
#                         point reads from memory only when its store fits, e.g. NEO4J_PAGECACHE=3g
#   MAVEN_OPTS            e.g. -Dmaven.repo.local=/tmp/m2 to resolve into another local repository
set -euo pipefail
cd "$(dirname "$0")/.."

NEO4J_HOME="$(realpath -m "${NEO4J_HOME_DIR:-data/neo4j}")"
PORT="${NEO4J_BOLT_PORT:-7687}"
URI="bolt://127.0.0.1:$PORT"
TIMEOUT="${NEO4J_START_TIMEOUT:-300}"
PID_FILE="$NEO4J_HOME/run/neo4j.pid"
LOG="$NEO4J_HOME/logs/neo4j.log"
# Heap and page cache for a small machine (2 cores, 24 GiB): the dev and test graphs are tiny.
HEAP_INITIAL=512m
HEAP_MAX=1g
PAGECACHE="${NEO4J_PAGECACHE:-512m}"

say() { echo "neo4j: $*" >&2; }
die() { say "$*"; exit 1; }

print_env() {
  say "authentication is off; the app's config still requires NEO4J_USER and NEO4J_PASSWORD with GRAPH_ENGINE=neo4j, any values are accepted"
  echo "NEO4J_URI=$URI"
  echo "NEO4J_USER=neo4j"
  echo "NEO4J_PASSWORD=auth-disabled"
  # The server's import folder: `npm run import` loads through LOAD CSV from it (docs/import.md).
  echo "NEO4J_IMPORT_DIR=$NEO4J_HOME/import"
}

# Bolt answers and APOC is loaded; waits up to $1 seconds, failing early if pid $2 exits.
ready() { node_modules/.bin/tsx scripts/neo4j-ready.ts "$URI" "$1" "${2:-}"; }

is_our_server() { # pid: alive and the Neo4j started from this home
  [[ -r "/proc/$1/cmdline" ]] && tr '\0' ' ' <"/proc/$1/cmdline" | grep -qF -- "CommunityEntryPoint --home-dir=$NEO4J_HOME "
}

command -v java >/dev/null || die "java not found: install a JDK 17 or 21 (Debian: apt-get install openjdk-17-jre-headless)"
command -v mvn >/dev/null || die "mvn not found: install Maven (Debian: apt-get install maven); it fetches the Neo4j jars from Maven Central"
[[ -x node_modules/.bin/tsx ]] || die "node_modules missing: run npm ci first"
java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
[[ "$java_major" == 17 || "$java_major" == 21 ]] || die "Neo4j 5.26 runs on Java 17 or 21, found java $java_major ($(command -v java)); set PATH or JAVA_HOME"

if [[ -f "$PID_FILE" ]]; then
  pid=$(cat "$PID_FILE")
  if is_our_server "$pid"; then
    ready "$TIMEOUT" "$pid" || die "pid $pid is running but Bolt at $URI does not answer; see $LOG, or npm run neo4j:stop"
    say "already running (pid $pid)"
    print_env
    exit 0
  fi
  rm -f "$PID_FILE" # stale
fi
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
  die "port $PORT is taken by another process; stop it or set NEO4J_BOLT_PORT"
fi

# 1. Jars, via Maven: once per version of neo4j/pom.xml (later runs find them in ~/.m2 anyway).
stamp=$(sha256sum neo4j/pom.xml | cut -d' ' -f1)
if [[ "$(cat "$NEO4J_HOME/lib/.pom-sha256" 2>/dev/null)" != "$stamp" ]]; then
  say "resolving Neo4j and APOC jars with Maven (the first time downloads about 120 MB)"
  rm -rf "$NEO4J_HOME/lib" "$NEO4J_HOME/plugins"
  mkdir -p "$NEO4J_HOME/logs"
  if ! mvn -B -ntp -f neo4j/pom.xml -Dneo4j.home="$NEO4J_HOME" package >"$NEO4J_HOME/logs/maven.log" 2>&1; then
    tail -n 30 "$NEO4J_HOME/logs/maven.log" >&2
    die "Maven could not fetch the jars (full log: $NEO4J_HOME/logs/maven.log)"
  fi
  echo "$stamp" >"$NEO4J_HOME/lib/.pom-sha256"
fi

# 2. Configuration. Relative directories are relative to the home, data/neo4j.
# The JVM flags are those of Neo4j 5.26's own neo4j.conf; the distribution's launcher reads them
# from server.jvm.additional, here this script passes them to java itself (below).
JVM_ADDITIONAL=(
  -XX:+UseG1GC
  -XX:-OmitStackTraceInFastThrow
  -XX:+AlwaysPreTouch
  -XX:+UnlockExperimentalVMOptions
  -XX:+TrustFinalNonStaticFields
  -XX:+DisableExplicitGC
  -Djdk.nio.maxCachedBufferSize=1024
  -Dio.netty.tryReflectionSetAccessible=true
  -Djdk.tls.ephemeralDHKeySize=2048
  -Djdk.tls.rejectClientInitiatedRenegotiation=true
  -XX:FlightRecorderOptions=stackdepth=256
  -XX:+UnlockDiagnosticVMOptions
  -XX:+DebugNonSafepoints
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --enable-native-access=ALL-UNNAMED
  -Dlog4j2.disable.jmx=true
  -Dlog4j.layout.jsonTemplate.maxStringLength=32768
)
mkdir -p "$NEO4J_HOME"/{conf,data,logs,import,run}
{
  cat <<EOF
# Written by scripts/neo4j-start.sh on every start; edit the script, not this file.
server.directories.data=data
server.directories.logs=logs
server.directories.plugins=plugins
server.directories.import=import
server.directories.lib=lib
server.directories.run=run

server.default_listen_address=127.0.0.1
server.bolt.enabled=true
server.bolt.listen_address=127.0.0.1:$PORT
server.bolt.advertised_address=127.0.0.1:$PORT
server.http.enabled=false
server.https.enabled=false

# Local development and CI only: no authentication, reachable from this machine only.
dbms.security.auth_enabled=false
dbms.security.procedures.unrestricted=apoc.*
dbms.security.procedures.allowlist=apoc.*
dbms.usage_report.enabled=false

server.memory.heap.initial_size=$HEAP_INITIAL
server.memory.heap.max_size=$HEAP_MAX
server.memory.pagecache.size=$PAGECACHE

EOF
  printf 'server.jvm.additional=%s\n' "${JVM_ADDITIONAL[@]}"
} >"$NEO4J_HOME/conf/neo4j.conf"

# 3. Start in the background, detached from this terminal (setsid), in its own session.
say "starting Neo4j on $URI (log: $LOG)"
setsid java -Xms"$HEAP_INITIAL" -Xmx"$HEAP_MAX" "${JVM_ADDITIONAL[@]}" -Dfile.encoding=UTF-8 \
  -cp "$NEO4J_HOME/plugins/*:$NEO4J_HOME/conf/*:$NEO4J_HOME/lib/*" \
  org.neo4j.server.CommunityEntryPoint --home-dir="$NEO4J_HOME" --config-dir="$NEO4J_HOME/conf" \
  </dev/null >>"$LOG" 2>&1 &
pid=$!
echo "$pid" >"$PID_FILE"

if ! ready "$TIMEOUT" "$pid"; then
  say "not ready after ${TIMEOUT}s; last lines of $LOG:"
  tail -n 30 "$LOG" >&2
  kill "$pid" 2>/dev/null || true
  rm -f "$PID_FILE"
  exit 1
fi
say "ready (pid $pid)"
print_env
