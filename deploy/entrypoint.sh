#!/bin/sh
# Secrets may come as files (Docker/Kubernetes secrets): VAR_FILE=/path sets VAR from that file.
set -eu
for name in BETTER_AUTH_SECRET NEXT_SERVER_ACTIONS_ENCRYPTION_KEY STRIPE_SECRET_KEY STRIPE_WEBHOOK_SECRET DATABASE_URL DATABASE_READ_URL S3_SECRET_ACCESS_KEY; do
  file=$(printenv "${name}_FILE" || true)
  if [ -n "$file" ]; then
    # Wait briefly for a secret another container writes at start (the staging webhook secret).
    tries=0
    while [ ! -s "$file" ] && [ "$tries" -lt 30 ]; do sleep 1; tries=$((tries + 1)); done
    export "$name=$(cat "$file")"
  fi
done
exec "$@"
