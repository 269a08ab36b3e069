"""Load and fault runs against gunicorn, PostgreSQL, Redis and an S3 server (scripts/load.sh).

- `summary`: the figures (percentiles, failures in a fault window, recovery time), pure
  functions over locust's CSV files, tested in the normal suite without locust installed;
- `services`: the throwaway services on free loopback ports and the faults done to them;
- `seed`: the data the runs need, and the URLs of the mix read from the database;
- `locustfile`: the visitors' mix;
- `runs`: what each run changes and which fault it injects; `__main__` runs them all.
"""
