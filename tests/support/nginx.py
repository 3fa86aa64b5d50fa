"""Debian's nginx (scripts/install_system_packages.sh), started by a test on loopback in front
of real backend instances, with the operator's site file `deploy/nginx/responder.conf`
as is except for its addresses: the upstream's `server` lines point at the test's
instances and `listen 80` becomes a free loopback port. The process-level settings a
distribution's /etc/nginx/nginx.conf would give (pid, logs, temp paths) are written
into a directory of the test's own, so nothing under /etc or /var is touched.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from tests.support.backend import API, free_port

SITE = Path(__file__).resolve().parents[2] / "deploy" / "nginx" / "responder.conf"

_MAIN = """\
daemon off;
master_process on;
worker_processes 1;
{user}pid {root}/nginx.pid;
error_log {root}/error.log warn;
events {{ worker_connections 4096; }}
http {{
    access_log off;
    client_body_temp_path {root}/client_body;
    proxy_temp_path {root}/proxy;
    fastcgi_temp_path {root}/fastcgi;
    uwsgi_temp_path {root}/uwsgi;
    scgi_temp_path {root}/scgi;
    include {root}/responder.conf;
}}
"""


def site_config(upstream_ports: list[int], listen_port: int) -> str:
    """deploy/nginx/responder.conf with the test's addresses (and nothing else) changed."""
    text = SITE.read_text()
    servers = re.findall(r"^( *)server 127\.0\.0\.1:\d+( [^;]*)?;$", text, re.M)
    if not servers:
        raise AssertionError(f"no upstream server lines in {SITE}")
    indent, options = servers[0]
    lines = "".join(f"{indent}server 127.0.0.1:{port}{options};\n" for port in upstream_ports)
    text = re.sub(r"(^ *server 127\.0\.0\.1:\d+[^;]*;\n)+", lines, text, count=1, flags=re.M)
    text, listens = re.subn(r"^( *)listen 80;$", rf"\1listen 127.0.0.1:{listen_port};", text,
                            flags=re.M)
    if listens != 1:
        raise AssertionError(f"expected one `listen 80;` in {SITE}")
    return text


@dataclass
class Nginx:
    base_url: str
    root: Path
    process: subprocess.Popen[bytes]

    @property
    def api(self) -> str:
        return self.base_url + API

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)  # fast shutdown: open streams too
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.root, ignore_errors=True)


def nginx_binary() -> str | None:
    found = shutil.which("nginx")
    if found is None and os.access("/usr/sbin/nginx", os.X_OK):
        found = "/usr/sbin/nginx"  # not on a non-root user's PATH
    return found


NOT_INSTALLED = "nginx is not installed (scripts/install_system_packages.sh installs Debian's)"


def start_nginx(binary: str, upstream_ports: list[int]) -> Nginx:
    """A running nginx in front of these ports, answering /health through to them."""
    # Its own directory (not the test's tmp_path, which nginx's workers may not enter).
    root = Path(tempfile.mkdtemp(prefix="responder-nginx-"))
    port = free_port()
    (root / "responder.conf").write_text(site_config(upstream_ports, port))
    # Run as root (CI containers), the master would switch its workers to `nobody`, who
    # cannot write the temp paths here; as anyone else nginx keeps its own user.
    user = "user root;\n" if os.geteuid() == 0 else ""
    (root / "nginx.conf").write_text(_MAIN.format(root=root, user=user))
    log = (root / "stdout.log").open("wb")
    process = subprocess.Popen(
        [binary, "-p", f"{root}/", "-c", str(root / "nginx.conf"), "-e", str(root / "error.log")],
        stdout=log, stderr=subprocess.STDOUT)
    proxy = Nginx(f"http://127.0.0.1:{port}", root, process)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            detail = (root / "error.log").read_text() if (root / "error.log").exists() else ""
            proxy.stop()
            raise RuntimeError(f"nginx did not start: {detail.strip()[-2000:]}")
        try:
            if httpx.get(f"{proxy.api}/health", timeout=1).status_code == 200:
                return proxy
        except httpx.HTTPError:
            time.sleep(0.05)
    proxy.stop()
    raise RuntimeError("nginx did not answer /health through to the backend within 20 s")
