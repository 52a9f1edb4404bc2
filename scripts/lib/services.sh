#!/usr/bin/env bash
# Shared provisioning for scripts/run and scripts/test: installs MariaDB and Redis from
# Debian when missing and starts private instances bound to 127.0.0.1 with data under
# $DATA_DIR, unless ConnectionStrings__Learning / ConnectionStrings__Redis already point
# at servers of the caller's own.
set -euo pipefail

STARTED_PIDS=()

log() { printf '[%s] %s\n' "$(basename "$0")" "$*" >&2; }

ensure_apt_packages() { # ensure_apt_packages [BINARY:PACKAGE...]: the servers and client of scripts/run by default
  local missing=() wanted=("$@")
  [ ${#wanted[@]} -eq 0 ] && wanted=("mariadbd:mariadb-server" "mariadb:mariadb-client" "redis-server:redis-server")
  for bin_pkg in "${wanted[@]}"; do
    command -v "${bin_pkg%%:*}" >/dev/null 2>&1 || missing+=("${bin_pkg##*:}")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing ${missing[*]} with apt"
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_dotnet() {
  command -v dotnet >/dev/null 2>&1 || { log "the .NET 10 SDK is required (dotnet not on PATH)"; exit 1; }
}

wait_for() { # wait_for SECONDS DESCRIPTION COMMAND...
  local seconds=$1 what=$2; shift 2
  for _ in $(seq $((seconds * 10))); do "$@" >/dev/null 2>&1 && return 0; sleep 0.1; done
  log "$what did not come up in ${seconds}s"; return 1
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() { # free_port FROM: the first port from FROM upwards that nothing listens on
  local port=$1
  while port_in_use "$port"; do port=$((port + 1)); done
  echo "$port"
}

# Server settings every private MariaDB here runs with (single server or Galera node).
MARIADB_SERVER_ARGS=(--skip-name-resolve --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci
  --max-allowed-packet=256M --local-infile=1)

start_mariadb() { # start_mariadb PORT DATABASE
  local port=$1 database=$2 dir="$DATA_DIR/mariadb"
  if [ -n "${ConnectionStrings__Learning:-}" ]; then log "using MariaDB from ConnectionStrings__Learning"; return 0; fi
  mkdir -p "$dir"
  if [ ! -d "$dir/data/mysql" ]; then
    mariadb-install-db --user="$(id -un)" --datadir="$dir/data" --auth-root-authentication-method=normal \
      --skip-test-db >"$dir/install.log" 2>&1
  fi
  if ! mariadb-admin --protocol=tcp -h127.0.0.1 -P"$port" -uroot ping >/dev/null 2>&1; then
    mariadbd --no-defaults --user="$(id -un)" --datadir="$dir/data" --socket="$dir/mysqld.sock" \
      --port="$port" --bind-address=127.0.0.1 --pid-file="$dir/mysqld.pid" --log-error="$dir/mysqld.err" \
      "${MARIADB_SERVER_ARGS[@]}" --innodb-buffer-pool-size=512M &
    STARTED_PIDS+=($!)
    wait_for 30 "MariaDB on port $port" mariadb-admin --protocol=tcp -h127.0.0.1 -P"$port" -uroot ping
  fi
  # Another checkout may have taken the port between free_port and the start: never use its server (and its data).
  local datadir
  datadir=$(mariadb --protocol=tcp -h127.0.0.1 -P"$port" -uroot -N -e "SELECT @@datadir" 2>/dev/null || true)
  if [ "$(realpath -m "${datadir:-/nonexistent}")" != "$(realpath -m "$dir/data")" ]; then
    log "MariaDB on port $port serves $datadir, not $dir/data: another server took the port; run again"
    exit 1
  fi
  mariadb --protocol=tcp -h127.0.0.1 -P"$port" -uroot \
    -e "CREATE DATABASE IF NOT EXISTS \`$database\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  export ConnectionStrings__Learning="Server=127.0.0.1;Port=$port;User ID=root;Database=$database;AllowLoadLocalInfile=true;AllowUserVariables=true"
}

launch_redis() { # launch_redis PORT DIR: a cache-only Redis (nothing saved) in the background, once it answers
  local port=$1 dir=$2
  redis-server --port "$port" --bind 127.0.0.1 --dir "$dir" --save '' --appendonly no --daemonize no \
    --logfile "$dir/redis.log" &
  STARTED_PIDS+=($!)
  wait_for 10 "Redis on port $port" redis-cli -h 127.0.0.1 -p "$port" ping
}

start_redis() { # start_redis PORT
  local port=$1 dir="$DATA_DIR/redis"
  if [ -n "${ConnectionStrings__Redis:-}" ]; then log "using Redis from ConnectionStrings__Redis"; return 0; fi
  mkdir -p "$dir"
  redis-cli -h 127.0.0.1 -p "$port" ping >/dev/null 2>&1 || launch_redis "$port" "$dir"
  local served_dir
  served_dir=$(redis-cli -h 127.0.0.1 -p "$port" config get dir 2>/dev/null | tail -1 || true)
  if [ "$(realpath -m "${served_dir:-/nonexistent}")" != "$(realpath -m "$dir")" ]; then
    log "Redis on port $port works in $served_dir, not $dir: another server took the port; run again"
    exit 1
  fi
  # A dead Redis is noticed at connect (500 ms); a slow reply on a busy 2-core machine gets 2 s (500 ms timed out
  # leaderboard rebuilds under the full test run: 503s).
  export ConnectionStrings__Redis="127.0.0.1:$port,abortConnect=false,connectTimeout=500,syncTimeout=2000,asyncTimeout=2000"
  export ADAPTIVE_REDIS_PORT="$port"
}

SMTP4DEV_VERSION=3.15.0

start_smtp4dev() { # start_smtp4dev SMTP_PORT HTTP_PORT: a real SMTP server that keeps what it receives, readable over HTTP
  local smtp_port=$1 http_port=$2 dir="$DATA_DIR/smtp4dev" tools="$DATA_DIR/tools"
  if [ -n "${Mail__Smtp__Host:-}" ]; then log "using the SMTP server from Mail__Smtp__Host"; return 0; fi
  if [ ! -x "$tools/smtp4dev" ] || ! "$tools/smtp4dev" --help 2>/dev/null | grep -q "version $SMTP4DEV_VERSION"; then
    log "installing smtp4dev $SMTP4DEV_VERSION (dotnet tool) into $tools"
    dotnet tool install Rnwood.Smtp4dev --version "$SMTP4DEV_VERSION" --tool-path "$tools" >/dev/null 2>&1 \
      || dotnet tool update Rnwood.Smtp4dev --version "$SMTP4DEV_VERSION" --tool-path "$tools" >/dev/null
  fi
  mkdir -p "$dir"
  # In-memory store, loopback only, no IMAP/POP3: a private mailbox that forgets everything when it stops.
  "$tools/smtp4dev" --urls="http://127.0.0.1:$http_port" --smtpport="$smtp_port" --bindaddress=127.0.0.1 \
    --imapport=0 --pop3port=0 --db= --nousersettings --baseappdatapath="$dir" --messagestokeep=1000 \
    >"$dir/smtp4dev.log" 2>&1 &
  STARTED_PIDS+=($!)
  wait_for 60 "smtp4dev on ports $smtp_port/$http_port" curl -sf "http://127.0.0.1:$http_port/api/Messages?pageSize=1"
  wait_for 10 "smtp4dev SMTP on port $smtp_port" port_in_use "$smtp_port"
  export Mail__Smtp__Host=127.0.0.1 Mail__Smtp__Port="$smtp_port" Mail__Smtp__Security=None
  export Mail__From="${Mail__From:-AdaptiveLearning <no-reply@adaptive.test>}"
  export SMTP4DEV_URL="http://127.0.0.1:$http_port"
}

stop_started() {
  local pid
  for pid in "${STARTED_PIDS[@]:-}"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  done
  for pid in "${STARTED_PIDS[@]:-}"; do
    [ -n "$pid" ] && wait "$pid" 2>/dev/null || true
  done
}
