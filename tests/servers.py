"""Local servers the operations tests start for real: ports, a Redis server, a silent peer,
gunicorn serving the test database, and a TCP proxy that can cut a connection like an outage."""

import contextlib
import os
import selectors
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest


def free_port():
    """A loopback port nothing listens on (bound then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port, process=None, timeout=10):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the server exited with status {process.returncode}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return
        time.sleep(0.05)
    raise TimeoutError(f"nothing listens on 127.0.0.1:{port} after {timeout} s")


@contextlib.contextmanager
def silent_server():
    """A port that accepts TCP connections and never answers: a hung Redis or Elasticsearch.

    The kernel completes the handshakes of the listen backlog; nobody ever reads or writes.
    """
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(16)
        yield sock.getsockname()[1]


@contextlib.contextmanager
def redis_server():
    """A throwaway redis-server on a free loopback port, without persistence; killed after."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed (scripts/test.sh installs Debian's)")
    port = free_port()
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port(port, process)
        yield port
    finally:
        process.kill()
        process.wait(timeout=5)


def redis_cache(port, **options):
    """A CACHES setting for django-redis at `port`, failing open as production's does."""
    return {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.25,
                "SOCKET_TIMEOUT": 0.25,
                **options,
            },
        }
    }


def database_url():
    """DATABASE_URL of the session's test database (committed demo content), for processes the
    tests start (runserver, gunicorn, manage.py, pg_dump)."""
    from django.db import connection

    params = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{params['NAME']}"
    user = params["USER"] or "postgres"
    password = f":{params['PASSWORD']}" if params["PASSWORD"] else ""
    host = params["HOST"] or "127.0.0.1"
    port = params["PORT"] or "5432"
    return f"postgres://{user}{password}@{host}:{port}/{params['NAME']}"


ROOT = Path(__file__).resolve().parent.parent


@contextlib.contextmanager
def gunicorn_server(log_path, **environment):
    """gunicorn (gunicorn.conf.py) on a free loopback port with the test settings and the
    session's test database; its base URL. `environment` adds or replaces variables."""
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "careers_site.settings.test",
        "DATABASE_URL": database_url(),
        "PORT": str(port),
        "GUNICORN_HOST": "127.0.0.1",
        "WEB_CONCURRENCY": "2",
        "LOG_FORMAT": "json",
        # Idle workers stop at once; a test never waits for gunicorn's default 30 s.
        "GUNICORN_GRACEFUL_TIMEOUT": "3",
        **environment,
    }
    with open(log_path, "w") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_for_port(port, process, timeout=15)
            yield f"http://127.0.0.1:{port}"
        finally:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


class TcpProxy:
    """A loopback TCP proxy to `upstream` (host, port). `cut()` closes every connection and
    refuses new ones, as a database server does while it restarts; `restore()` listens again
    on the same port."""

    def __init__(self, upstream):
        self.upstream = upstream
        self.port = free_port()
        self.lock = threading.Lock()
        self.sockets = set()
        self.listener = None
        self.restore()

    def restore(self):
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self.listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def cut(self):
        with self.lock:
            listener, self.listener = self.listener, None
            sockets, self.sockets = self.sockets, set()
        for sock in [listener, *sockets] if listener else sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def cut_for(self, seconds):
        """Cut now, and restore after `seconds` in the background."""
        self.cut()
        timer = threading.Timer(seconds, self.restore)
        timer.daemon = True
        timer.start()
        return timer

    def close(self):
        self.cut()

    def _accept(self, listener):
        while True:
            try:
                client, _address = listener.accept()
            except OSError:  # cut
                return
            try:
                server = socket.create_connection(self.upstream, timeout=5)
            except OSError:
                client.close()
                continue
            with self.lock:
                if self.listener is not listener:
                    client.close()
                    server.close()
                    return
                self.sockets |= {client, server}
            threading.Thread(target=self._pump, args=(client, server), daemon=True).start()

    @staticmethod
    def _pump(client, server):
        peers = {client: server, server: client}
        with selectors.DefaultSelector() as selector:
            for sock in peers:
                selector.register(sock, selectors.EVENT_READ)
            while True:
                for key, _events in selector.select():
                    try:
                        data = key.fileobj.recv(65536)
                        if not data:
                            raise OSError("closed")
                        peers[key.fileobj].sendall(data)
                    except OSError:
                        for sock in peers:
                            with contextlib.suppress(OSError):
                                sock.close()
                        return
