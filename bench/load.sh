#!/usr/bin/env bash
# Load: gunicorn as docs/PRODUCTION.md runs it (2 workers, --timeout 30, --max-requests), wrk
# with 50 connections for 60 s on loopback over a mix of list, detail, timeline and export
# pages of the database in DATABASE_URL (seed it first: manage.py seed_demo --activities 100000).
# Reports requests/s, latency, non-200 responses, socket errors, worker timeouts and the
# workers' memory (RSS) sampled every 5 s, and /healthz under the same server for the ratio.
# DOINGOAI_CACHE_URL=redis://127.0.0.1:6379/1 gives the workers one shared cache (emptied first).
# usage: DATABASE_URL=... [DOINGOAI_CACHE_URL=...] bash bench/load.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-60}
conns=${2:-50}
port=8766
command -v wrk >/dev/null || { echo "wrk not found: apt-get install wrk" >&2; exit 1; }
export DJANGO_DEBUG=false DJANGO_SECRET_KEY=bench
out=$(mktemp -d)
if [ -n "${DOINGOAI_CACHE_URL:-}" ]; then
  .venv/bin/python -c "import os, redis; redis.Redis.from_url(os.environ['DOINGOAI_CACHE_URL']).flushdb()"
fi
.venv/bin/python manage.py collectstatic --noinput -v0
.venv/bin/gunicorn config.wsgi --bind 127.0.0.1:$port --workers 2 --timeout 30 \
  --max-requests 2000 --max-requests-jitter 200 --log-level info --error-logfile "$out/gunicorn.log" &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -fs http://127.0.0.1:$port/healthz >/dev/null && break; sleep 0.2; done

# The mix: 3,000 distinct URLs drawn from the database so every one exists (issue 16's long
# tail): lists with filters, searches and deep pages, activity, province, official and partner
# pages, the timeline at each zoom, the API, and a province's year as CSV. wrk picks one at
# random for each request, so most requests find a page nobody asked for yet.
.venv/bin/python manage.py shell -c "
import random
from apps.provinces.models import Province
from apps.visits.models import Activity, Official, PartnerLocality
from apps.visits.reporting.tallies import ActivityTally
rng = random.Random(7)
public = Activity.objects.public()
ids = list(public.values_list('id', flat=True)[:: max(1, public.count() // 2000)])
provinces = list(Province.objects.filter(pk__in=ActivityTally.objects.values('province')).values_list('slug', flat=True))
officials = list(Official.objects.order_by('?').values_list('slug', flat=True)[:400])
partners = list(PartnerLocality.objects.values_list('slug', flat=True)[:400])
words = ['hop tac', 'cua khau', 'dau tu', 'lao', 'campuchia', 'han quoc', 'nhat ban', 'du lich', 'giao thuong', 'bien gioi']
kinds = ['central_delegation', 'foreign_delegation', 'outbound_delegation', 'provincial_event']
def one():
    p, year, kind = rng.choice(provinces), rng.randint(2005, 2026), rng.choice(kinds)
    return rng.choice([
        '/activities/?page=%d' % rng.randint(1, 400),
        '/activities/?province=%s&kind=%s' % (p, kind),
        '/activities/?province=%s&page=%d' % (p, rng.randint(1, 20)),
        '/activities/?date_from=%d-01-01&date_to=%d-12-31' % (year, year),
        '/activities/?date_from=%d-%02d-15' % (year, rng.randint(1, 12)),
        '/activities/?q=%s&kind=%s' % (rng.choice(words).replace(' ', '+'), kind),
        '/activities/%d/' % rng.choice(ids),
        '/activities/%d/' % rng.choice(ids),
        '/provinces/%s/' % p,
        '/officials/%s/' % rng.choice(officials),
        '/partners/%s/' % rng.choice(partners),
        '/timeline/?zoom=month&at=%d&province=%s' % (year, p),
        '/timeline/?zoom=day&at=%d-%02d' % (year, rng.randint(1, 12)),
        '/api/activities/?province=%s&page=%d' % (p, rng.randint(1, 10)),
        '/activities/export.csv?province=%s&date_from=%d-01-01&date_to=%d-12-31' % (p, year, year),
    ])
urls = set()
while len(urls) < 3000:
    urls.add(one())
print('\\n'.join(sorted(urls)))
" 2>/dev/null | grep '^/' > "$out/urls.txt"
echo "load mix: $(wc -l < "$out/urls.txt") distinct URLs; cache: ${DOINGOAI_CACHE_URL:-per-process memory}"

rss() { ps -o rss= --ppid $pid | awk '{s+=$1} END {printf "%.0f", s/1024}'; }
( while kill -0 $pid 2>/dev/null; do echo "$(date +%s) $(rss)"; sleep 5; done ) > "$out/rss.txt" &
sampler=$!
wrk -t2 -c"$conns" -d"${secs}s" --timeout 30s -s bench/load.lua "http://127.0.0.1:$port/" -- "$out/urls.txt" \
  | tee "$out/wrk.txt" | grep -E "Requests/sec|Latency|requests in|Socket errors|Non-2xx|non-2xx"
kill $sampler 2>/dev/null || true
# The trivial page under the same server and connections: the mix's rate is read against it
# (issue 16: the long tail at >= 10% of /healthz's requests per second).
healthz=$(wrk -t2 -c"$conns" -d10s "http://127.0.0.1:$port/healthz" | awk '/Requests\/sec/ {print $2}')
mix=$(awk '/Requests\/sec/ {print $2}' "$out/wrk.txt")
echo "/healthz: $healthz requests/s; the mix: $mix requests/s = $(awk -v m="$mix" -v h="$healthz" 'BEGIN {printf "%.1f", 100 * m / h}')% of it"
echo "worker timeouts: $(grep -c 'WORKER TIMEOUT' "$out/gunicorn.log" || true)"
echo "worker restarts (max-requests): $(grep -c 'Autorestarting worker' "$out/gunicorn.log" || true)"
echo "workers' RSS (MB) every 5 s: $(awk '{print $2}' "$out/rss.txt" | tr '\n' ' ')"
