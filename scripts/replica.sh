#!/usr/bin/env bash
# A private PostgreSQL primary with a streaming read replica, for trying DATABASE_READ_URL
# and for its test (db/read-replica.test.ts). Never touches the shared server on 5432: it
# makes its own clusters in DIR with initdb and pg_basebackup, on free ports.
#
#   scripts/replica.sh start [DIR]   prints PRIMARY_URL=… and REPLICA_URL=… (also in DIR/urls.env)
#   scripts/replica.sh stop [DIR]    stops both and removes DIR
#   scripts/replica.sh stop-primary [DIR]   stops the primary only (the replica keeps serving reads)
#
# initdb refuses to run as root, so as root the clusters run as the postgres OS user.
# They are throw-away: trust authentication on 127.0.0.1 only, and fsync off.
set -euo pipefail

BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
DIR=${2:-/tmp/psd-replica}
[ -x "$BIN/initdb" ] || { echo "PostgreSQL 15 server binaries are needed in $BIN (or set PG_BIN)" >&2; exit 1; }

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

start() {
  if [ -e "$DIR" ]; then echo "$DIR exists: stop the pair there first (scripts/replica.sh stop $DIR)" >&2; exit 1; fi
  mkdir -p "$DIR"
  [ "$(id -u)" = 0 ] && chown postgres: "$DIR"
  local primary_port replica_port
  primary_port=$(free_port)
  replica_port=$(free_port)
  while [ "$replica_port" = "$primary_port" ]; do replica_port=$(free_port); done

  as_postgres "$BIN/initdb" -D "$DIR/primary" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log"
  cat >>"$DIR/primary/postgresql.conf" <<CONF
port = $primary_port
listen_addresses = '127.0.0.1'
unix_socket_directories = '$DIR'
wal_level = replica
max_wal_senders = 4
hot_standby = on
fsync = off
shared_buffers = 64MB
CONF
  as_postgres "$BIN/pg_ctl" -D "$DIR/primary" -l "$DIR/primary.log" -w start >/dev/null
  # -R writes standby.signal and primary_conninfo: the copy starts as a streaming replica.
  as_postgres "$BIN/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U postgres -D "$DIR/replica" -R -X stream -c fast
  echo "port = $replica_port" >>"$DIR/replica/postgresql.conf"
  as_postgres "$BIN/pg_ctl" -D "$DIR/replica" -l "$DIR/replica.log" -w start >/dev/null

  {
    echo "PRIMARY_URL=postgres://postgres@127.0.0.1:$primary_port/postgres"
    echo "REPLICA_URL=postgres://postgres@127.0.0.1:$replica_port/postgres"
  } | tee "$DIR/urls.env"
}

stop_cluster() {
  if [ -f "$DIR/$1/postmaster.pid" ]; then as_postgres "$BIN/pg_ctl" -D "$DIR/$1" -m fast -w stop >/dev/null; fi
}

case "${1:-}" in
  start) start ;;
  stop-primary) stop_cluster primary ;;
  stop)
    stop_cluster replica
    stop_cluster primary
    rm -rf "$DIR"
    ;;
  *) echo "usage: scripts/replica.sh start|stop|stop-primary [DIR]" >&2; exit 2 ;;
esac
