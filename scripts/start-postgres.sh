#!/usr/bin/env bash
# Starts Debian's PostgreSQL cluster (as installed by .ci/run) and makes a `segmap` role and database for the
# SQL equivalence tests. Prints the connection string the tests read from SEGMAP_TEST_PG.
set -euo pipefail
version=$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -1)
if [ -z "$version" ]; then echo "postgresql is not installed" >&2; exit 1; fi
if ! pg_lsclusters -h | grep -q online; then
  pg_lsclusters -h | grep -q . || pg_createcluster "$version" main >/dev/null
  pg_ctlcluster "$version" main start
fi
su postgres -c "psql -qtAc \"select 1 from pg_roles where rolname='segmap'\"" | grep -q 1 \
  || su postgres -c "psql -qc \"create role segmap login password 'segmap'\""
su postgres -c "psql -qtAc \"select 1 from pg_database where datname='segmap'\"" | grep -q 1 \
  || su postgres -c "psql -qc 'create database segmap owner segmap'"
