#!/bin/bash
# Runs once, when the primary's data directory is first created (the postgres image runs the scripts in
# /docker-entrypoint-initdb.d then, as the postgres user, against a server listening on its socket only).
# A data directory that already exists is left alone: `docker compose down -v` first to start afresh.
#
# Makes a role that may stream WAL, and lets it connect for replication from other containers. The image's own
# pg_hba.conf line ("host all all all …") does not cover replication connections: "all" there means every
# database, and a replication connection names none.
set -euo pipefail

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  --set=password="$REPLICATION_PASSWORD" <<'SQL'
CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD :'password';
SQL

echo "host replication replicator all scram-sha-256" >> "$PGDATA/pg_hba.conf"
