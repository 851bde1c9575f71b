#!/usr/bin/env bash
# Requests per second under gunicorn (2 workers) with wrk on loopback, 30 s each: a filtered
# /activities/ against the trivial /healthz view. Uses DATABASE_URL as it is (seed it first:
# python bench/pages.py seeds it to 100,000 activities).
# usage: DATABASE_URL=... bash bench/wrk.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-30}
command -v wrk >/dev/null || { echo "wrk not found: apt-get install wrk" >&2; exit 1; }
export DJANGO_DEBUG=false DJANGO_SECRET_KEY=bench
.venv/bin/python manage.py collectstatic --noinput -v0
.venv/bin/gunicorn config.wsgi --bind 127.0.0.1:8765 --workers 2 --log-level warning &
pid=$!
trap 'kill $pid' EXIT
for _ in $(seq 1 50); do curl -fs http://127.0.0.1:8765/healthz >/dev/null && break; sleep 0.2; done
province=$(.venv/bin/python manage.py shell -c "from django.db.models import Count; from apps.provinces.models import Province; print(Province.objects.annotate(n=Count('activities')).order_by('-n').first().slug)" 2>/dev/null | tail -1)
for url in "/healthz" "/activities/?province=$province&kind=central_delegation"; do
  echo "== $url"
  wrk -t2 -c8 -d"${secs}s" "http://127.0.0.1:8765$url" | grep -E "Requests/sec|Latency"
done
