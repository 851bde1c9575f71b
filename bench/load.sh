#!/usr/bin/env bash
# Load: gunicorn as docs/PRODUCTION.md runs it (2 workers, --timeout 30, --max-requests), wrk
# with 50 connections for 60 s on loopback over a mix of list, detail, timeline and export
# pages of the database in DATABASE_URL (seed it first: manage.py seed_demo --activities 100000).
# Reports requests/s, latency, non-200 responses, socket errors, worker timeouts and the
# workers' memory (RSS) sampled every 5 s.
# usage: DATABASE_URL=... bash bench/load.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-60}
conns=${2:-50}
port=8766
command -v wrk >/dev/null || { echo "wrk not found: apt-get install wrk" >&2; exit 1; }
export DJANGO_DEBUG=false DJANGO_SECRET_KEY=bench
out=$(mktemp -d)
.venv/bin/python manage.py collectstatic --noinput -v0
.venv/bin/gunicorn config.wsgi --bind 127.0.0.1:$port --workers 2 --timeout 30 \
  --max-requests 2000 --max-requests-jitter 200 --log-level info --error-logfile "$out/gunicorn.log" &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -fs http://127.0.0.1:$port/healthz >/dev/null && break; sleep 0.2; done

# The mix: URLs drawn from the database so every one exists.
.venv/bin/python manage.py shell -c "
import random
from django.db.models import Count
from apps.provinces.models import Province
from apps.visits.models import Activity
rng = random.Random(7)
ids = list(Activity.objects.values_list('id', flat=True)[:: max(1, Activity.objects.count() // 500)])
provinces = list(Province.objects.annotate(n=Count('activities')).filter(n__gt=0).values_list('slug', flat=True))
kinds = ['central_delegation', 'foreign_delegation', 'outbound_delegation', 'provincial_event']
urls = []
for _ in range(400):
    p = rng.choice(provinces)
    year = rng.randint(2005, 2026)
    urls += [
        '/activities/?page=%d' % rng.randint(1, 400),
        '/activities/?province=%s&kind=%s' % (p, rng.choice(kinds)),
        '/activities/?date_from=%d-01-01&date_to=%d-12-31' % (year, year),
        '/activities/%d/' % rng.choice(ids),
        '/activities/%d/' % rng.choice(ids),
        rng.choice(['/timeline/', '/timeline/?zoom=month&at=%d' % year, '/timeline/?zoom=day&at=%d-%02d' % (year, rng.randint(1, 12))]),
        '/activities/export.csv?province=%s&date_from=%d-01-01&date_to=%d-12-31' % (p, year, year),
    ]
print('\n'.join(urls))
" 2>/dev/null | grep '^/' > "$out/urls.txt"
echo "load mix: $(wc -l < "$out/urls.txt") URLs (lists, activity pages, timeline, filtered CSV exports)"

rss() { ps -o rss= --ppid $pid | awk '{s+=$1} END {printf "%.0f", s/1024}'; }
( while kill -0 $pid 2>/dev/null; do echo "$(date +%s) $(rss)"; sleep 5; done ) > "$out/rss.txt" &
sampler=$!
wrk -t2 -c"$conns" -d"${secs}s" --timeout 30s -s bench/load.lua "http://127.0.0.1:$port/" -- "$out/urls.txt" \
  | tee "$out/wrk.txt" | grep -E "Requests/sec|Latency|requests in|Socket errors|Non-2xx|non-2xx"
kill $sampler 2>/dev/null || true
# The trivial page under the same server and connections: the mix's rate is read against it
# (issue 16: the long tail at >= 10% of /healthz's requests per second).
echo "distinct URLs in the mix: $(sort -u "$out/urls.txt" | wc -l)"
healthz=$(wrk -t2 -c"$conns" -d10s "http://127.0.0.1:$port/healthz" | awk '/Requests\/sec/ {print $2}')
mix=$(awk '/Requests\/sec/ {print $2}' "$out/wrk.txt")
echo "/healthz: $healthz requests/s; the mix: $mix requests/s = $(awk -v m="$mix" -v h="$healthz" 'BEGIN {printf "%.1f", 100 * m / h}')% of it"
echo "worker timeouts: $(grep -c 'WORKER TIMEOUT' "$out/gunicorn.log" || true)"
echo "worker restarts (max-requests): $(grep -c 'Autorestarting worker' "$out/gunicorn.log" || true)"
echo "workers' RSS (MB) every 5 s: $(awk '{print $2}' "$out/rss.txt" | tr '\n' ' ')"
