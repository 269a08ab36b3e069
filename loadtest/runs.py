"""What each run changes in gunicorn's environment and which fault it inflicts, and when."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Run:
    name: str
    description: str
    # PAGE_CACHE_SECONDS: 0 where the cache would hide what the fault does to the database or
    # the search engine.
    page_cache_seconds: int
    # "postgres" (restart), "s3" or "redis" (stopped, then started again), during the load.
    fault: str | None = None
    # "refused" (closed port) or "black-hole" (accepts, never answers), for the whole run.
    elasticsearch: str | None = None
    # Visitors reach gunicorn through nginx playing the CDN (loadtest/nginx.conf.template), as
    # in production; False sends them to gunicorn directly.
    cdn: bool = True
    # After the visitors, wrk measures requests/s per layer (loadtest/throughput.py).
    throughput: bool = False


RUNS = [
    Run("steady-cached", "steady state, full-page cache on (300 s)", 300, throughput=True),
    Run("steady-uncached", "steady state, full-page cache off", 0, throughput=True),
    Run("postgres-restart", "PostgreSQL restarted (pg_ctl restart -m fast)", 0, fault="postgres"),
    Run(
        "postgres-restart-cached",
        "PostgreSQL restarted, full-page cache on (300 s), as in production",
        300,
        fault="postgres",
    ),
    Run("es-refused", "Elasticsearch port closed (connection refused)", 0, elasticsearch="refused"),
    Run(
        "es-black-hole",
        "Elasticsearch accepts connections, never answers",
        0,
        elasticsearch="black-hole",
    ),
    Run("s3-stopped", "S3 server stopped, then started again", 0, fault="s3"),
    Run("redis-stopped", "Redis stopped, then started again (page cache on)", 300, fault="redis"),
]


@dataclass(frozen=True)
class Timing:
    duration_s: int
    fault_at_s: int  # after the first request
    restore_at_s: int  # S3 and Redis come back; PostgreSQL restarts by itself

    # wrk's seconds per page and layer
    wrk_s: int = 10


FULL = Timing(duration_s=40, fault_at_s=10, restore_at_s=25, wrk_s=10)
QUICK = Timing(duration_s=10, fault_at_s=3, restore_at_s=6, wrk_s=4)
