#!/bin/bash
# The hot standby's entrypoint (docker-compose.standby.yml). Runs as root, like the image's own entrypoint.
#
# The first time (an empty data directory) it copies the primary with pg_basebackup: -X stream takes the WAL
# written during the copy too, -R writes standby.signal and primary_conninfo, so the server that starts next is
# a read-only hot standby that streams from the primary from then on. After that it only starts.
# Then it hands over to the image's entrypoint, which sees a data directory that already exists (PG_VERSION)
# and skips initdb and the init scripts: a standby takes its roles, extensions (PostGIS) and schema from the
# primary's WAL, never from its own scripts.
set -euo pipefail

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready --host=db --port=5432 --quiet; do
    echo "standby: waiting for the primary"
    sleep 1
  done
  mkdir -p "$PGDATA"
  chown postgres:postgres "$PGDATA"
  chmod 0700 "$PGDATA"   # PostgreSQL refuses a data directory others may read
  gosu postgres pg_basebackup \
    --dbname="host=db port=5432 user=replicator password=${REPLICATION_PASSWORD} application_name=standby" \
    --pgdata="$PGDATA" --wal-method=stream --write-recovery-conf --checkpoint=fast --progress
fi

# "$@" is the command from docker-compose.standby.yml: postgres with the same max_connections as the primary
# (a hot standby refuses to start with fewer than its primary).
exec docker-entrypoint.sh "$@"
