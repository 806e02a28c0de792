#!/usr/bin/env bash
# A pg_auto_failover formation on this machine, for the failover test and to try it by
# hand: a monitor, a primary and a synchronous secondary, each on its own free port,
# all under DIR (owned by the postgres user when run as root: PostgreSQL refuses root).
#
#   scripts/failover.sh start DIR      prints APP_URL=… (both nodes, read-write target),
#                                      NODE1_URL, NODE2_URL, MONITOR_URL (also in DIR/urls.env)
#   scripts/failover.sh kill-primary DIR   kills the current primary's keeper and server (SIGKILL)
#   scripts/failover.sh state DIR      the monitor's view of the formation
#   scripts/failover.sh stop DIR       stops everything and removes DIR
set -euo pipefail

cmd="${1:-}"
DIR="${2:-/tmp/psd-failover}"
BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
AUTOCTL="${PG_AUTOCTL:-$(command -v pg_autoctl || echo /usr/bin/pg_autoctl)}"

[ -x "$AUTOCTL" ] || { echo "pg_auto_failover is not installed (apt-get install -y postgresql-15-auto-failover)" >&2; exit 1; }

as_pg() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- env PATH="$BIN:$PATH" PG_CONFIG="$BIN/pg_config" XDG_CONFIG_HOME="$DIR/config" XDG_DATA_HOME="$DIR/share" "$@"
  else env PATH="$BIN:$PATH" PG_CONFIG="$BIN/pg_config" XDG_CONFIG_HOME="$DIR/config" XDG_DATA_HOME="$DIR/share" "$@"; fi
}

# Kills a service's whole process group (its keeper, the keeper's helpers, PostgreSQL),
# found from the PostgreSQL server's pid.
kill_group() {
  local pid pgid children
  pid=$(head -1 "$1/postmaster.pid" 2>/dev/null) || return 0
  pgid=$(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ') || return 0
  # The monitor's logger and health-check worker outlived a kill of the group alone, left
  # running after every test run: the postmaster's children go with it, whatever their group.
  children=$(pgrep -P "$pid" | tr '\n' ' ')
  # shellcheck disable=SC2086
  [ -n "$pgid" ] && kill -KILL -- "-$pgid" $children 2>/dev/null || true
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

wait_for() { # seconds, description, command...
  local seconds=$1 what=$2; shift 2
  for _ in $(seq 1 $((seconds * 2))); do "$@" >/dev/null 2>&1 && return 0; sleep 0.5; done
  echo "timed out after ${seconds}s waiting for $what" >&2
  return 1
}

node_is() { # port, expected (primary|secondary)
  [ "$(as_pg "$BIN/psql" -qAt -h 127.0.0.1 -p "$MONITOR_PORT" -U autoctl_node -d pg_auto_failover \
      -c "select reportedstate from pgautofailover.node where nodeport = $1")" = "$2" ]
}

case "$cmd" in
  start)
    if [ -e "$DIR" ]; then echo "$DIR exists: stop the formation there first (scripts/failover.sh stop $DIR)" >&2; exit 1; fi
    mkdir -p "$DIR"
    [ "$(id -u)" = "0" ] && chown postgres:postgres "$DIR"
    MONITOR_PORT=$(free_port); NODE1_PORT=$(free_port); NODE2_PORT=$(free_port)
    common=(--auth trust --no-ssl --hostname 127.0.0.1 --pgctl "$BIN/pg_ctl")
    as_pg "$AUTOCTL" create monitor --pgdata "$DIR/monitor" --pgport "$MONITOR_PORT" "${common[@]}" >"$DIR/monitor.log" 2>&1
    # Failures found in seconds rather than the default half-minute: this is a test formation.
    # A health check may take 3 s and is retried once, so that a busy machine (the full
    # suite beside it) does not also find the standby unhealthy and leave no one to promote.
    # Each service in a process group of its own (setsid), so that killing a node kills its
    # keeper's helpers too: left alone, they would restart its PostgreSQL.
    as_pg setsid "$AUTOCTL" run --pgdata "$DIR/monitor" >>"$DIR/monitor.log" 2>&1 &
    wait_for 30 "the monitor" as_pg "$BIN/pg_isready" -q -h 127.0.0.1 -p "$MONITOR_PORT"
    for setting in "health_check_period = 1000" "health_check_timeout = 3000" "health_check_max_retries = 2" "health_check_retry_delay = 500" "node_considered_unhealthy_timeout = 3000" "primary_demote_timeout = 5000"; do
      as_pg "$BIN/psql" -qAt -h 127.0.0.1 -p "$MONITOR_PORT" -d pg_auto_failover -c "alter system set pgautofailover.$setting" >/dev/null
    done
    as_pg "$BIN/psql" -qAt -h 127.0.0.1 -p "$MONITOR_PORT" -d pg_auto_failover -c "select pg_reload_conf()" >/dev/null
    monitor_url="postgres://autoctl_node@127.0.0.1:$MONITOR_PORT/pg_auto_failover?sslmode=disable"
    for n in 1 2; do
      port_var="NODE${n}_PORT"; port=${!port_var}
      as_pg "$AUTOCTL" create postgres --pgdata "$DIR/node$n" --pgport "$port" --dbname test --monitor "$monitor_url" "${common[@]}" >"$DIR/node$n.log" 2>&1
      as_pg setsid "$AUTOCTL" run --pgdata "$DIR/node$n" >>"$DIR/node$n.log" 2>&1 &
      if [ "$n" = "1" ]; then wait_for 60 "node 1 as primary" node_is "$NODE1_PORT" single; fi
    done
    wait_for 120 "node 1 as primary" node_is "$NODE1_PORT" primary
    wait_for 120 "node 2 as secondary" node_is "$NODE2_PORT" secondary
    {
      echo "APP_URL=postgres://postgres@127.0.0.1:$NODE1_PORT,127.0.0.1:$NODE2_PORT/test?target_session_attrs=read-write"
      echo "NODE1_URL=postgres://postgres@127.0.0.1:$NODE1_PORT/test"
      echo "NODE2_URL=postgres://postgres@127.0.0.1:$NODE2_PORT/test"
      echo "MONITOR_URL=$monitor_url"
      echo "MONITOR_PORT=$MONITOR_PORT"
      echo "NODE1_PORT=$NODE1_PORT"
      echo "NODE2_PORT=$NODE2_PORT"
    } | tee "$DIR/urls.env"
    ;;
  kill-primary)
    # shellcheck disable=SC1091
    source "$DIR/urls.env"
    for n in 1 2; do
      port_var="NODE${n}_PORT"
      if node_is "${!port_var}" primary; then
        kill_group "$DIR/node$n"
        echo "KILLED=node$n"
        exit 0
      fi
    done
    echo "no node is primary" >&2; exit 1
    ;;
  state)
    as_pg "$AUTOCTL" show state --pgdata "$DIR/monitor"
    ;;
  stop)
    for d in "$DIR"/monitor "$DIR"/node1 "$DIR"/node2; do kill_group "$d"; done
    sleep 0.5
    rm -rf "$DIR"
    ;;
  *) echo "usage: scripts/failover.sh start|kill-primary|state|stop [DIR]" >&2; exit 2 ;;
esac
