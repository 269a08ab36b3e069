"""Throwaway services on free loopback ports, and the faults the runs inflict on them.

PostgreSQL is started by scripts/load.sh (as scripts/test.sh does) and only restarted here.
Every process started here runs in its own session and is stopped by its process group id.
"""

import logging
import os
import re
import signal
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import boto3
from moto.server import ThreadedMotoServer


def free_port():
    """A TCP port nobody listens on now (the kernel's choice)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port, timeout=15):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"nothing listens on 127.0.0.1:{port} after {timeout} s")


def http_status(url, timeout=10):
    """(status, Location header) of a GET that does not follow redirects; status 0 when the
    connection fails."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(url, timeout=timeout) as response:
            return response.status, response.headers.get("Location")
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Location")
    except (OSError, urllib.error.URLError) as error:
        return 0, str(getattr(error, "reason", error))


class Process:
    """A child process in its own session (so its workers stop with it), output to a log file."""

    def __init__(self, args, log_path, env=None, cwd=None):
        self.args = args
        self.log_path = Path(log_path)
        self.env = env
        self.cwd = cwd
        self.popen = None

    def start(self):
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        # The child gets its own copy of the descriptor: ours can close at once.
        with open(self.log_path, "ab") as log:
            self.popen = subprocess.Popen(
                self.args,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=self.env,
                cwd=self.cwd,
                start_new_session=True,
            )
        # scripts/load.sh stops what is listed here if this process is killed before its cleanup.
        if pid_file := os.environ.get("LOAD_PID_FILE"):
            with open(pid_file, "a", encoding="utf-8") as handle:
                handle.write(f"{self.popen.pid}\n")
        return self

    def running(self):
        return self.popen is not None and self.popen.poll() is None

    def stop(self, timeout=15):
        if not self.running():
            return
        try:
            os.killpg(self.popen.pid, signal.SIGTERM)
            self.popen.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.popen.pid, signal.SIGKILL)
            self.popen.wait()
        except ProcessLookupError:
            pass
        self._forget_pid()

    def _forget_pid(self):
        """Stopped: off the list scripts/load.sh would stop (its number may be reused)."""
        pid_file = os.environ.get("LOAD_PID_FILE")
        if not pid_file or not os.path.exists(pid_file):
            return
        with open(pid_file, encoding="utf-8") as handle:
            pids = [line for line in handle.read().split() if line != str(self.popen.pid)]
        with open(pid_file, "w", encoding="utf-8") as handle:
            handle.write("".join(f"{pid}\n" for pid in pids))


class Redis:
    """A Redis server without persistence: stopping it loses the cache, as a real crash does."""

    def __init__(self, log_path):
        self.port = free_port()
        self.log_path = log_path
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        args = ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1"]
        args += ["--save", "", "--appendonly", "no"]
        self.process = Process(args, self.log_path).start()
        wait_for_port(self.port)

    def stop(self):
        if self.process:
            self.process.stop()

    def flush(self):
        """Empty the cache, so each run starts from the same (cold) state."""
        with socket.create_connection(("127.0.0.1", self.port), timeout=5) as sock:
            sock.sendall(b"FLUSHALL\r\n")
            if not sock.recv(64).startswith(b"+OK"):
                raise RuntimeError("Redis refused FLUSHALL")


class S3Server:
    """moto's S3 server, in this process: stopping it closes the port, and starting it again
    on the same port finds the same bucket and files (moto keeps them in this process's
    memory), as a real S3 endpoint that comes back."""

    BUCKET = "careers-load"
    REGION = "eu-west-3"
    KEYS = {"AWS_ACCESS_KEY_ID": "load-testing", "AWS_SECRET_ACCESS_KEY": "load-testing"}

    def __init__(self):
        self.port = free_port()
        self.server = None

    @property
    def endpoint(self):
        return f"http://127.0.0.1:{self.port}"

    def environment(self):
        return {
            "AWS_STORAGE_BUCKET_NAME": self.BUCKET,
            "AWS_S3_ENDPOINT_URL": self.endpoint,
            "AWS_S3_REGION_NAME": self.REGION,
            **self.KEYS,
        }

    def start(self):
        # werkzeug logs every request to stdout; the runs' own logs say enough.
        logging.getLogger("werkzeug").setLevel(logging.ERROR)
        self.server = ThreadedMotoServer(ip_address="127.0.0.1", port=self.port, verbose=False)
        self.server.start()
        wait_for_port(self.port)

    def create_bucket(self):
        client = boto3.client(
            "s3",
            endpoint_url=self.endpoint,
            region_name=self.REGION,
            aws_access_key_id=self.KEYS["AWS_ACCESS_KEY_ID"],
            aws_secret_access_key=self.KEYS["AWS_SECRET_ACCESS_KEY"],
        )
        client.create_bucket(
            Bucket=self.BUCKET, CreateBucketConfiguration={"LocationConstraint": self.REGION}
        )

    def stop(self):
        if self.server is not None:
            self.server.stop()
            self.server = None


class BlackHole:
    """A "hung" server: it accepts connections and never answers (nor closes them)."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(128)
        self.port = self.sock.getsockname()[1]
        self.held = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self):
        while True:
            try:
                connection, _ = self.sock.accept()
            except OSError:  # closed by stop()
                return
            self.held.append(connection)

    def stop(self):
        self.sock.close()
        for connection in self.held:
            connection.close()


class Postgres:
    """The cluster scripts/load.sh started (LOAD_PG_BIN, LOAD_PG_DATA), restarted here."""

    def __init__(self):
        self.bin = os.environ["LOAD_PG_BIN"]
        self.data = os.environ["LOAD_PG_DATA"]

    def restart(self):
        """`pg_ctl restart -m fast`: every connection is cut; returns once it accepts again."""
        subprocess.run(
            [
                "runuser", "-u", "postgres", "--",
                f"{self.bin}/pg_ctl", "restart", "-D", self.data, "-m", "fast", "-w",
                "-l", str(Path(self.data).parent / "log"),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )  # fmt: skip


class Gunicorn:
    """gunicorn serving careers_site.wsgi on a loopback port, with the repository's
    gunicorn.conf.py when there is one (its settings read PORT, WEB_CONCURRENCY,
    GUNICORN_THREADS…) and the same choices as command-line flags otherwise."""

    def __init__(self, venv, root, env, log_path, workers, threads):
        self.port = free_port()
        self.root = Path(root)
        self.workers = workers
        self.threads = threads
        self.env = {
            **env,
            "GUNICORN_HOST": "127.0.0.1",
            "PORT": str(self.port),
            "WEB_CONCURRENCY": str(workers),
            "GUNICORN_THREADS": str(threads),
        }
        args = [f"{venv}/bin/gunicorn", "careers_site.wsgi:application"]
        if self.config_file:
            args += ["--config", str(self.config_file)]
        else:
            args += ["--workers", str(workers), "--threads", str(threads)]
        # Always loopback only: a command-line flag overrides the config file's bind.
        args += ["--bind", f"127.0.0.1:{self.port}"]
        self.process = Process(args, log_path, env=self.env, cwd=self.root)

    @property
    def config_file(self):
        path = self.root / "gunicorn.conf.py"
        return path if path.exists() else None

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout=60):
        self.process.start()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.process.running():
                raise RuntimeError(f"gunicorn exited; see {self.process.log_path}")
            if http_status(f"{self.url}/healthz", timeout=5)[0] == 200:
                return
            time.sleep(0.2)
        raise TimeoutError(f"gunicorn did not answer /healthz in {timeout} s")

    def stop(self):
        self.process.stop(timeout=30)


class Nginx:
    """nginx in front of gunicorn as the CDN (loadtest/nginx.conf.template), plus a second port
    serving static copies of pages for the throughput comparison (loadtest/throughput.py).

    Its cache lives in `work`, so each start begins empty. Runs as the current user: the
    workers stay in this process group and read the files written here.
    """

    TEMPLATE = Path(__file__).with_name("nginx.conf.template")

    def __init__(self, work, log_path, app_port, cookies, workers=2):
        self.work = Path(work)
        self.log_path = log_path
        self.app_port = app_port
        self.cookies = cookies
        self.workers = workers
        self.port = free_port()
        self.static_port = free_port()
        self.process = None

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    @property
    def static_url(self):
        return f"http://127.0.0.1:{self.static_port}"

    @property
    def static_root(self):
        return self.work / "static"

    def config(self):
        """The template with this instance's paths, ports and cookie names."""
        return render_nginx_config(
            self.TEMPLATE.read_text(encoding="utf-8"),
            work=self.work,
            port=self.port,
            static_port=self.static_port,
            app_port=self.app_port,
            cookies=self.cookies,
            workers=self.workers,
        )

    def start(self):
        for folder in ("cache", "static"):
            (self.work / folder).mkdir(parents=True, exist_ok=True)
        path = self.work / "nginx.conf"
        path.write_text(self.config(), encoding="utf-8")
        self.process = Process(self.command(path, self.work), self.log_path).start()
        wait_for_port(self.port)
        wait_for_port(self.static_port)

    @staticmethod
    def command(config, prefix):
        """nginx in the foreground with this configuration. "user" only applies when started
        as root: the workers then stay root, who owns the (private) cache folder."""
        user = "" if os.geteuid() else "user root;"
        return ["nginx", "-c", str(config), "-p", str(prefix), "-g", f"daemon off; {user}"]

    def stop(self):
        if self.process:
            self.process.stop()


def render_nginx_config(template, *, work, port, static_port, app_port, cookies, workers):
    """Fill the template's @NAME@ fields (nginx's own $variables are left alone)."""
    cookie_names = list(cookies)
    for name in cookie_names:
        # nginx reads a cookie through $cookie_<name>: letters, digits and "_" only.
        if not name.replace("_", "").isalnum():
            raise ValueError(f"cookie name nginx cannot read: {name!r}")
    values = {
        "WORK": str(work),
        "PORT": str(port),
        "STATIC_PORT": str(static_port),
        "APP_PORT": str(app_port),
        "WORKERS": str(workers),
        "COOKIES": ", ".join(cookie_names),
        "COOKIE_VARIABLES": "".join(f"$cookie_{name}" for name in cookie_names),
    }
    for name, value in values.items():
        template = template.replace(f"@{name}@", value)
    if left := re.findall(r"@[A-Z_]+@", template):
        raise ValueError(f"nginx template fields left unfilled: {left}")
    return template
