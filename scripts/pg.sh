#!/usr/bin/env bash
# A throwaway PostgreSQL without Docker. Source it, then: pg_start; …; pg_stop
# pg_start exports CASETRAK_TEST_PG (an ADO.NET connection string to an empty database).
PGBIN="${PGBIN:-/usr/lib/postgresql/15/bin}"
PG_PORT="${PG_PORT:-55432}"
PG_DB="${PG_DB:-casetrak_test}"

pg_start() {
  if [ ! -x "$PGBIN/initdb" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 postgresql-contrib >/dev/null
  fi
  PG_TMP="$(mktemp -d /tmp/pgtest.XXXXXX)"
  local as_pg=()
  if [ "$(id -u)" = "0" ]; then
    id -u postgres >/dev/null 2>&1 || useradd --system --user-group --no-create-home --shell /usr/sbin/nologin postgres
    chown postgres: "$PG_TMP"
    as_pg=(runuser -u postgres --)
  fi
  chmod 700 "$PG_TMP"
  "${as_pg[@]}" "$PGBIN/initdb" -D "$PG_TMP/data" -U postgres -A trust -E UTF8 --no-locale --no-sync >"$PG_TMP/initdb.log" 2>&1 \
    || { cat "$PG_TMP/initdb.log"; return 1; }
  "${as_pg[@]}" "$PGBIN/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_TMP -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    start >/dev/null || { cat "$PG_TMP/server.log"; return 1; }
  "$PGBIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres "$PG_DB"
  export CASETRAK_TEST_PG="Host=127.0.0.1;Port=$PG_PORT;Database=$PG_DB;Username=postgres"
  export PG_TMP
}

pg_stop() {
  [ -n "${PG_TMP:-}" ] || return 0
  local as_pg=()
  [ "$(id -u)" = "0" ] && as_pg=(runuser -u postgres --)
  "${as_pg[@]}" "$PGBIN/pg_ctl" -D "$PG_TMP/data" -m fast -w stop >/dev/null 2>&1
  rm -rf "$PG_TMP"
  unset PG_TMP
}
