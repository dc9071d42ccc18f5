"""API latency for events queries over 10,000 stored events.

Stores synthetic events in a temporary SQLite database, serves the app with uvicorn on 127.0.0.1
(in a child process), and times a bounded number of requests per query from this process over
loopback with keep-alive (or with `hey`, when Debian's `hey` is installed and --tool hey is given).

    python benchmarks/api_latency.py [--events 10000] [--requests 300] [--max-seconds 60] [--json]
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUERIES = {
    "events page (limit 100)": "/api/events?limit=100",
    "type + min confidence": "/api/events?type=ASSAULT&min_confidence=0.5&limit=100",
    "bbox + date range": "/api/events?bbox=30,10,45,40&from=2024-03-01&to=2024-06-30&limit=100",
    "actor": "/api/events?actor=grp:3&limit=100",
    "country (alpha-3)": "/api/events?country=SDN&limit=100",
}

TYPES = ["ASSAULT", "COERCE", "PROTEST", "AGREE", "CONSULT", "MOBILIZE", "THREATEN", "AID"]
MODALITIES = ["asserted", "asserted", "asserted", "claimed", "threatened", "planned", "negated"]
PLACES = [("Khartoum", 15.50, 32.56, "SD"), ("Kharkiv", 49.99, 36.23, "UA"), ("Gao", 16.27, -0.04, "ML"),
          ("Gaza", 31.50, 34.47, "PS"), ("Aden", 12.78, 45.04, "YE"), ("Goma", -1.68, 29.23, "CD"),
          ("Mosul", 36.34, 43.13, "IQ"), ("Idlib", 35.93, 36.63, "SY")]
COUNTRIES = ["SDN", "UKR", "RUS", "MLI", "ISR", "YEM", "COD", "IRQ", "SYR"]


def synthetic(n_events: int, per_article: int = 20, seed: int = 7):
    """Extractions with ``per_article`` events each, their actors and places, over 2024."""
    from newsgraph.model import Actor, Article, Event, Extraction, Place, Span

    rng = random.Random(seed)
    sentence = "Forces of one side attacked positions of the other near the town, officials said."
    for a in range(0, n_events, per_article):
        k = min(per_article, n_events - a)
        text = " ".join([sentence] * k)
        step = len(sentence) + 1
        actor_ids = [f"grp:{rng.randrange(60)}" for _ in range(4)]
        actors = [Actor(id=i, name=f"Group {i[4:]}", type="armed_group", country=rng.choice(COUNTRIES), sector="REB",
                        mentions=[Span(start=0, end=6, text=text[:6])], stage="bench", confidence=0.9) for i in dict.fromkeys(actor_ids)]
        places = [Place(id=f"{a}:place:{j}", name=p[0], lat=p[1] + rng.uniform(-0.5, 0.5), lon=p[2] + rng.uniform(-0.5, 0.5),
                        country_code=p[3], stage="bench", confidence=0.8) for j, p in enumerate(rng.sample(PLACES, 3))]
        events = []
        for j in range(k):
            src, tgt = rng.sample(actor_ids, 2)
            day = date(2024, 1, 1) + timedelta(days=rng.randrange(366))
            events.append(Event(
                id=f"e{j}", type=rng.choice(TYPES), source=[src], target=[tgt], place=rng.choice(places).id,
                date=day.isoformat(), modality=rng.choice(MODALITIES), stage="bench", confidence=round(rng.random(), 2),
                evidence=Span(start=j * step, end=j * step + len(sentence), text=sentence),
            ))
        yield Extraction(article=Article(id=f"{a:064d}", title=f"Synthetic {a}", published=date(2024, 12, 31), text=text),
                         actors=actors, places=places, events=events)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(url: str, port: int) -> None:
    import uvicorn

    from newsgraph.api import create_app

    uvicorn.run(create_app(url), host="127.0.0.1", port=port, log_level="warning", access_log=False)


def _wait(port: int, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited with {proc.returncode}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/api/health")
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("the server did not start in time")


def measure(port: int, path: str, n: int, deadline: float) -> list[float]:
    """Sequential keep-alive requests: at most ``n``, and none started after ``deadline``."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    for _ in range(5):  # warm up
        conn.request("GET", path)
        conn.getresponse().read()
    times = []
    for _ in range(n):
        if time.monotonic() > deadline:
            break
        t0 = time.perf_counter()
        conn.request("GET", path)
        res = conn.getresponse()
        res.read()
        times.append((time.perf_counter() - t0) * 1000)
        if res.status != 200:
            raise SystemExit(f"{path} answered {res.status}")
    conn.close()
    return times


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=300, help="Requests per query (at most).")
    parser.add_argument("--max-seconds", type=float, default=60, help="Stop sending after this long in all.")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--_serve", nargs=2, metavar=("URL", "PORT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args._serve:
        return serve(args._serve[0], int(args._serve[1]))

    from newsgraph.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        t0 = time.perf_counter()
        with Store(url) as store:
            for ex in synthetic(args.events):
                store.save(ex)
            stored = store.counts()["events"]
        load_s = time.perf_counter() - t0
        port = _free_port()
        proc = subprocess.Popen([sys.executable, __file__, "--_serve", url, str(port)])
        try:
            _wait(port, proc)
            deadline = time.monotonic() + args.max_seconds
            results = {}
            for name, path in QUERIES.items():
                times = measure(port, path, args.requests, deadline)
                if times:
                    results[name] = {"path": path, "n": len(times), "p50_ms": round(statistics.median(times), 2),
                                     "p95_ms": round(_pct(times, 0.95), 2), "max_ms": round(max(times), 2)}
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    report = {"events": stored, "load_s": round(load_s, 1), "database": "sqlite", "client": "http.client keep-alive, sequential",
              "queries": results}
    if args.json:
        print(json.dumps(report))
        return
    print(f"{stored:,} events stored in {load_s:.1f} s (SQLite); one sequential keep-alive client on 127.0.0.1")
    print(f"{'query':<26} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for name, r in results.items():
        print(f"{name:<26} {r['n']:>5} {r['p50_ms']:>8.2f} {r['p95_ms']:>8.2f} {r['max_ms']:>8.2f}")


if __name__ == "__main__":
    main()
