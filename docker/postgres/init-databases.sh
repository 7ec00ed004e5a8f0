#!/usr/bin/env bash
# Runs once, when the PostgreSQL volume is new: one database and one owner per service (the gateway's
# holds its webhooks).
set -euo pipefail
for service in plan inspection finance gateway; do
  var="$(echo "$service" | tr '[:lower:]' '[:upper:]')_DB_PASSWORD"
  password="${!var:?$var must be set}"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
       --set=role="$service" --set=password="$password" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"role" OWNER :"role";
SQL
done
