# Shared helpers for ./run and ./test. Source it; don't run it.
# Everything here is idempotent: it installs only what is missing and works as root or as a normal user.

set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LOCAL_DIR="$REPO_ROOT/.local"
mkdir -p "$LOCAL_DIR"

# Where database clusters live. As root, the server runs as "postgres", which must be able to reach the
# folder; when the checkout is not reachable for it (a private home, say), a folder under /tmp is used.
db_root() {
  local root="$LOCAL_DIR"
  if [ "$(id -u)" -eq 0 ] && ! runuser -u postgres -- test -x "$root" 2>/dev/null; then
    root="/tmp/medborgardialog-db-$(echo "$REPO_ROOT" | md5sum | cut -c1-8)"
    mkdir -p "$root"
    chmod 755 "$root"
  fi
  echo "$root"
}

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=0
apt_install() {
  if [ "$apt_updated" -eq 0 ]; then
    as_root apt-get update -qq >/dev/null
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# A free TCP port on 127.0.0.1 (the kernel picks it).
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

port_is_free() {
  python3 -c 'import socket,sys; s=socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(("127.0.0.1",int(sys.argv[1]))); s.close()' "$1" 2>/dev/null
}

# --- PostgreSQL: a project-local cluster, never the system service ---------------------------------

pg_bindir() {
  local d
  for d in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    if [ -x "$d/initdb" ]; then echo "$d"; return 0; fi
  done
  return 1
}

ensure_postgres() {
  if ! pg_bindir >/dev/null; then
    say "Installing PostgreSQL (apt)"
    apt_install postgresql postgresql-contrib
    # We run our own clusters; the distribution's service is not needed.
    as_root service postgresql stop >/dev/null 2>&1 || true
  fi
  PG_BIN="$(pg_bindir)"
  # Map questions keep their places in PostGIS (migration MapQuestions: CREATE EXTENSION postgis).
  local major
  major="$(basename "$(dirname "$PG_BIN")")"
  if [ ! -f "/usr/share/postgresql/$major/extension/postgis.control" ]; then
    say "Installing PostGIS (apt) for map questions"
    apt_install "postgresql-$major-postgis-3"
  fi
}

# GDAL's ogrinfo: the tests check that the GeoJSON export opens in GIS tools.
ensure_gdal() {
  if ! command -v ogrinfo >/dev/null 2>&1; then
    say "Installing GDAL (apt) for the GeoJSON export's tests"
    apt_install gdal-bin
  fi
}

# Run a PostgreSQL binary as an unprivileged user (postgres refuses to run as root).
pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# pg_start DIR [PORT] — initialise (first time) and start a cluster in DIR on 127.0.0.1.
# Prints the port. Role and database "medborgardialog" (password "medborgardialog") exist afterwards.
pg_start() {
  local dir="$1" port="${2:-}"
  ensure_postgres
  mkdir -p "$dir"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$dir"
    chmod 700 "$dir"
  fi
  if [ ! -f "$dir/PG_VERSION" ]; then
    pg_as_owner "$PG_BIN/initdb" -D "$dir" -U medborgardialog --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if [ -f "$dir/postmaster.pid" ] && pg_as_owner "$PG_BIN/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
    pg_as_owner "$PG_BIN/pg_ctl" -D "$dir" stop -m fast >/dev/null 2>&1 || true
  fi
  [ -n "$port" ] && port_is_free "$port" || port="$(free_port)"
  pg_as_owner "$PG_BIN/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=${PG_FSYNC:-on} -c max_connections=200" start >/dev/null
  "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U medborgardialog -d postgres -qAt \
    -c "SELECT 1 FROM pg_database WHERE datname='medborgardialog'" | grep -q 1 \
    || "$PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U medborgardialog medborgardialog
  echo "$port" > "$LOCAL_DIR/$(basename "$dir").port"
  echo "$port"
}

pg_stop() {
  local dir="$1"
  [ -n "${PG_BIN:-}" ] || PG_BIN="$(pg_bindir)" || return 0
  if [ -f "$dir/postmaster.pid" ]; then
    pg_as_owner "$PG_BIN/pg_ctl" -D "$dir" stop -m fast -w >/dev/null 2>&1 || true
  fi
}

pg_connection_string() {
  local port="$1" db="${2:-medborgardialog}"
  echo "Host=127.0.0.1;Port=$port;Database=$db;Username=medborgardialog;Password=medborgardialog;Include Error Detail=false"
}

# --- .NET, Node, browser -------------------------------------------------------------------------

ensure_dotnet_tools() {
  (cd "$REPO_ROOT" && dotnet tool restore >/dev/null)
}

ensure_node_modules() {
  if [ ! -d "$REPO_ROOT/web/node_modules" ] || [ "$REPO_ROOT/web/package-lock.json" -nt "$REPO_ROOT/web/node_modules/.package-lock.json" ]; then
    say "Installing web packages (npm ci)"
    (cd "$REPO_ROOT/web" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

ensure_chromium() {
  if ! command -v chromium >/dev/null 2>&1; then
    say "Installing Chromium (apt) for browser tests"
    apt_install chromium fonts-dejavu-core
  fi
  export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium)}"
}

# A real SMTP server for the e-mail tests: Debian's aiosmtpd (the tests start and stop it themselves).
ensure_smtp_server() {
  if ! /usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1; then
    say "Installing aiosmtpd (apt) for the e-mail tests"
    apt_install python3-aiosmtpd
  fi
}

# Debian's nginx: the load balancer in front of several API instances (the two-instance test in ./test).
ensure_nginx() {
  if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
    say "Installing nginx (apt) for the two-instance test"
    apt_install nginx-light || apt_install nginx
  fi
}

# pg_start_standby PRIMARY_PORT DIR — a hot standby of the cluster on PRIMARY_PORT: pg_basebackup (WAL streamed
# during the copy, -R writes primary_conninfo and standby.signal), then started on a free port on 127.0.0.1. Prints
# the port. Read-only: every database of the primary, replayed as it streams.
pg_start_standby() {
  local primary_port="$1" dir="$2" port
  ensure_postgres
  rm -rf "$dir" && mkdir -p "$dir"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$dir"
    chmod 700 "$dir"
  fi
  pg_as_owner "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U medborgardialog -D "$dir" -R -X stream -c fast >/dev/null
  port="$(free_port)"
  pg_as_owner "$PG_BIN/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=${PG_FSYNC:-on} -c max_connections=200 -c hot_standby=on" start >/dev/null
  echo "$port"
}

# Wait until URL answers 2xx (max N seconds).
wait_for_http() {
  local url="$1" seconds="${2:-60}" i
  for ((i = 0; i < seconds * 4; i++)); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then return 0; fi
    sleep 0.25
  done
  echo "Timed out waiting for $url" >&2
  return 1
}
