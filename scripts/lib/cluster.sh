#!/usr/bin/env bash
# The cluster scripts/cluster and scripts/faults start on this one machine: three MariaDB Galera nodes, three API
# instances and HAProxy in front, with Redis from services.sh. Each Galera node gets its own loopback address
# ($CLUSTER_NET.1-3), so every node keeps the standard ports (database, group communication 4567, IST 4568,
# SST 4444) exactly as on three machines, and the API lists the nodes the way a multi-host deployment does.
# Needs: services.sh sourced, DATA_DIR, CLUSTER_NET (e.g. 127.0.1), DB_PORT, API_BASE_PORT, LB_PORT.
set -euo pipefail

NODES=(1 2 3)
declare -A NODE_PIDS=() API_PIDS=()
HAPROXY_PID=""

ensure_cluster_packages() {
  local missing=()
  for bin_pkg in "haproxy:haproxy" "rsync:rsync" "lsof:lsof" "ss:iproute2" "curl:curl"; do
    command -v "${bin_pkg%%:*}" >/dev/null 2>&1 || missing+=("${bin_pkg##*:}")
  done
  [ -e /usr/lib/galera/libgalera_smm.so ] || missing+=(galera-4)
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing ${missing[*]} with apt"
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

node_ip() { echo "$CLUSTER_NET.$1"; }
# The rsync state transfer runs a daemon as the server's user; started by root it would switch to "nobody", who cannot
# write the joiner's data directory. So, as packaged servers do, the nodes run as the "mysql" account when there is one.
node_user() { if [ "$(id -u)" -eq 0 ] && id mysql >/dev/null 2>&1; then echo mysql; else id -un; fi; }
node_dir() { echo "$DATA_DIR/galera/node$1"; }
node_sql() { local n=$1; shift; mariadb --protocol=tcp -h"$(node_ip "$n")" -P"$DB_PORT" -uroot -N "$@"; }

# The node a restarted cluster must start from: the one Galera marked safe to bootstrap (it stopped last), else
# the first. A fresh cluster starts from node 1.
bootstrap_node() {
  local n
  for n in "${NODES[@]}"; do
    grep -qs '^safe_to_bootstrap: 1' "$(node_dir "$n")/data/grastate.dat" && { echo "$n"; return; }
  done
  local first; first="$(node_dir 1)/data/grastate.dat"
  # After a crash of every node, none is marked: take node 1 and say so, as an operator would after checking seqnos.
  [ -f "$first" ] && { sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$first"; log "no node marked safe to bootstrap; forcing node 1"; }
  echo 1
}

start_node() { # start_node N [--wsrep-new-cluster]
  local n=$1 ip dir; shift
  ip=$(node_ip "$n"); dir=$(node_dir "$n")
  local user; user=$(node_user)
  mkdir -p "$dir"
  if [ ! -d "$dir/data/mysql" ]; then
    mariadb-install-db --user="$user" --datadir="$dir/data" --auth-root-authentication-method=normal \
      --skip-test-db >"$dir/install.log" 2>&1
  fi
  chown -R "$user" "$dir"
  local members; members=$(printf '%s,' "${NODES[@]/#/$CLUSTER_NET.}"); members=${members%,}
  # max_connections: every instance's pool (up to 100 each) may land on one node when the others are down.
  # wsrep_sync_wait=1: a read waits until the node has applied everything committed anywhere before it started,
  # so a learner whose next request lands on another node still reads their own writes.
  mariadbd --no-defaults --user="$user" --datadir="$dir/data" --socket="$dir/mysqld.sock" \
    --port="$DB_PORT" --bind-address="$ip" --pid-file="$dir/mysqld.pid" --log-error="$dir/mysqld.err" \
    "${MARIADB_SERVER_ARGS[@]}" --innodb-buffer-pool-size=256M --max-connections=1000 \
    --binlog-format=ROW --default-storage-engine=InnoDB --innodb-autoinc-lock-mode=2 \
    --wsrep-on=ON --wsrep-provider=/usr/lib/galera/libgalera_smm.so --wsrep-cluster-name=adaptive-learning \
    --wsrep-cluster-address="gcomm://$members" --wsrep-node-address="$ip" --wsrep-node-name="node$n" \
    --wsrep-sst-method=rsync --wsrep-sync-wait=1 \
    --wsrep-provider-options="gmcast.listen_addr=tcp://$ip:4567;ist.recv_addr=$ip:4568;gcache.size=256M" \
    "$@" &
  NODE_PIDS[$n]=$!
  STARTED_PIDS+=($!)
}

node_synced() { [ "$(node_sql "$1" -e "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | cut -f2)" = "Synced" ]; }

cluster_size() { node_sql "$1" -e "SHOW STATUS LIKE 'wsrep_cluster_size'" 2>/dev/null | cut -f2; }

wait_synced() { wait_for "${2:-120}" "Galera node $1 (synced)" node_synced "$1"; }

kill_node() { # kill_node N: a hard crash, no clean shutdown
  local n=$1
  kill -9 "${NODE_PIDS[$n]}" 2>/dev/null || true
  wait "${NODE_PIDS[$n]}" 2>/dev/null || true
}

start_cluster() { # start_cluster DATABASE
  local database=$1 first n
  first=$(bootstrap_node)
  log "bootstrapping Galera from node $first ($(node_ip "$first"):$DB_PORT)"
  start_node "$first" --wsrep-new-cluster
  wait_synced "$first" 60
  for n in "${NODES[@]}"; do
    [ "$n" = "$first" ] && continue
    start_node "$n"
    wait_synced "$n" 180   # a joiner copies the data (SST) or the missed writes (IST) first
  done
  log "Galera cluster of $(cluster_size "$first") nodes is synced"
  node_sql "$first" -e "CREATE DATABASE IF NOT EXISTS \`$database\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
}

# Instance N prefers node N and fails over to the others in order: every node takes writes, as in a
# multi-primary deployment, so the cluster really certifies conflicting writes and the API must retry them.
api_connection_string() { # api_connection_string N DATABASE
  local n=$1 database=$2 hosts=() i
  for i in 0 1 2; do hosts+=("$(node_ip $(( (n - 1 + i) % 3 + 1 )))"); done
  local joined; joined=$(IFS=,; echo "${hosts[*]}")
  echo "Server=$joined;Port=$DB_PORT;LoadBalance=FailOver;User ID=root;Database=$database;AllowLoadLocalInfile=true;AllowUserVariables=true;ConnectionTimeout=3"
}

api_port() { echo $((API_BASE_PORT + $1)); }

start_api() { # start_api N DATABASE: the built Release API, configured only through environment variables
  local n=$1 database=$2 dir="$DATA_DIR/api$1"
  mkdir -p "$dir"
  ConnectionStrings__Learning="$(api_connection_string "$n" "$database")" \
  ASPNETCORE_URLS="http://127.0.0.1:$(api_port "$n")" \
    dotnet src/Api/bin/Release/net10.0/AdaptiveLearning.Api.dll >>"$dir/api.log" 2>&1 &
  API_PIDS[$n]=$!
  STARTED_PIDS+=($!)
}

api_ready() { curl -fs "http://127.0.0.1:$(api_port "$1")/health/ready" >/dev/null; }

kill_api() { kill -9 "${API_PIDS[$1]}" 2>/dev/null || true; wait "${API_PIDS[$1]}" 2>/dev/null || true; }

# HAProxy answers 503 problem+json with Retry-After when no instance can take a request (or one died while
# holding it), so clients see the same retryable error the API gives for its own outages.
write_haproxy_config() {
  local dir="$DATA_DIR/haproxy" n
  mkdir -p "$dir"
  local body='{"type":"https://adaptive-learning.dev/problems/unavailable","title":"A dependency is unavailable; try again shortly.","status":503,"code":"unavailable","detail":"No API instance could take the request. Retry shortly; an answer sent again with the same clientAttemptId is recorded once."}'
  printf 'HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/problem+json\r\nRetry-After: 1\r\nCache-Control: no-store\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s' \
    "${#body}" "$body" >"$dir/503.http"
  {
    echo "global"
    echo "  maxconn 4096"
    echo "defaults"
    echo "  mode http"
    echo "  timeout connect 1s"
    echo "  timeout client 60s"
    echo "  timeout server 60s"
    echo "  retries 2"
    # A request in flight on an instance that dies gets no response; answers are idempotent (clientAttemptId),
    # so HAProxy sends it to another instance instead of failing the client.
    echo "  retry-on conn-failure empty-response"
    echo "  option redispatch"
    for code in 502 503 504; do echo "  errorfile $code $dir/503.http"; done
    echo "frontend api"
    echo "  bind 127.0.0.1:$LB_PORT"
    echo "  default_backend apis"
    echo "backend apis"
    echo "  balance roundrobin"
    echo "  option httpchk GET /health/ready"
    echo "  http-check expect status 200"
    echo "  default-server inter 1s fall 2 rise 2"
    for n in "${NODES[@]}"; do echo "  server api$n 127.0.0.1:$(api_port "$n") check"; done
    echo "listen stats"
    echo "  bind 127.0.0.1:$((LB_PORT + 9))"
    echo "  stats enable"
    echo "  stats uri /"
  } >"$dir/haproxy.cfg"
}

start_haproxy() {
  write_haproxy_config
  haproxy -db -f "$DATA_DIR/haproxy/haproxy.cfg" >"$DATA_DIR/haproxy/haproxy.log" 2>&1 &
  HAPROXY_PID=$!
  STARTED_PIDS+=($!)
  wait_for 10 "HAProxy on port $LB_PORT" curl -fs "http://127.0.0.1:$LB_PORT/health/live"
}

# The whole stack: Galera, Redis, migrations (once, by the first instance), three instances, HAProxy.
start_stack() { # start_stack DATABASE
  local database=$1 n
  start_cluster "$database"
  REDIS_PORT=$(free_port "${REDIS_PORT:-6390}")
  start_redis "$REDIS_PORT"
  dotnet build src/Api -c Release -nologo -v q >"$DATA_DIR/build.log" 2>&1 || { cat "$DATA_DIR/build.log"; exit 1; }
  for n in "${NODES[@]}"; do start_api "$n" "$database"; done
  for n in "${NODES[@]}"; do wait_for 120 "API instance $n on port $(api_port "$n")" api_ready "$n"; done
  start_haproxy
}

kill_redis() { pkill -9 -f "redis-server 127.0.0.1:$REDIS_PORT" || true; }

restart_redis() { launch_redis "$REDIS_PORT" "$DATA_DIR/redis"; }   # the same port and directory start_redis used
