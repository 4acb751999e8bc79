#!/usr/bin/env python3
"""A stand-in for lede-serve while it is being written (#15).

Serves the search page (every file of searcher/serve/page/) with the same
Content-Security-Policy as lede-serve, and answers /v1/search, /v1/figures and
/v1/stats by running `lede-search --format json` with the matching options, so
the page and its browser test can be developed and run against real results.

    dev_server.py --db DIR [--listen 127.0.0.1:0] [--search-exe PATH] [--page-dir DIR]

The first line on stdout is `listening on http://HOST:PORT`, as lede-serve
prints it. It binds to loopback only: it is a development tool, not a server.
"""

import argparse
import json
import mimetypes
import os
import re
import signal
import socket
import subprocess
import sys
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

HERE = Path(__file__).resolve().parent
DEFAULT_PAGE_DIR = HERE.parent.parent / "searcher" / "serve" / "page"
DEFAULT_SEARCH_EXE = HERE.parent.parent / "build" / "rel" / "searcher" / "lede-search"

CSP = "default-src 'self'"
QUERY_ERROR = re.compile(r"query error at byte (\d+)")

# Query parameters that become one option each; the repeatable ones may occur
# several times (lede-search takes --lang and --entity repeatedly).
REPEATABLE = {"lang": "--lang", "entity": "--entity"}
SINGLE = {
    "deaths": "--deaths",
    "injured": "--injured",
    "mentioned": "--mentioned",
    "from": "--from",
    "to": "--to",
    "limit": "--limit",
    "offset": "--offset",
    "sort": "--sort",
}


def search_arguments(params):
    """The lede-search options for a /v1/search or /v1/figures query string."""
    args = []
    for name, option in REPEATABLE.items():
        for value in params.get(name, []):
            args += [option, value]
    for name, option in SINGLE.items():
        values = params.get(name)
        if values:
            args += [option, values[-1]]
    if params.get("facets", ["0"])[-1] == "1":
        args.append("--facets")
    if params.get("collapse", ["0"])[-1] == "1":
        args.append("--collapse")
    if params.get("snippets", ["1"])[-1] == "0":
        args.append("--no-snippets")
    return args


class Handler(BaseHTTPRequestHandler):
    server_version = "lede-dev-server"
    config = None  # set in main()

    def log_message(self, fmt, *args):  # quiet unless asked
        if self.config.verbose:
            sys.stderr.write("dev_server: " + (fmt % args) + "\n")

    def send_body(self, status, body, content_type):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def send_json(self, status, value):
        body = (json.dumps(value, ensure_ascii=False) + "\n").encode("utf-8")
        self.send_body(status, body, "application/json; charset=utf-8")

    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        if url.path == "/v1/search":
            self.run_search(["--format", "json", *search_arguments(params)], params)
        elif url.path == "/v1/figures":
            self.run_search(["--format", "json", "--figures", *search_arguments(params)], params)
        elif url.path == "/v1/stats":
            self.run_search(["--format", "json", "--stats"], None)
        else:
            self.serve_page_file(url.path)

    def serve_page_file(self, path):
        name = "index.html" if path == "/" else path.lstrip("/")
        # Only plain file names of the page directory: no sub-paths, no dot files.
        if not re.fullmatch(r"[A-Za-z0-9_-][A-Za-z0-9_.-]*", name):
            self.send_json(HTTPStatus.NOT_FOUND, {"error": "not found"})
            return
        file = self.config.page_dir / name
        if not file.is_file():
            self.send_json(HTTPStatus.NOT_FOUND, {"error": "not found"})
            return
        content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        if content_type.startswith("text/") or content_type.endswith("javascript"):
            content_type += "; charset=utf-8"
        self.send_body(HTTPStatus.OK, file.read_bytes(), content_type)

    def run_search(self, args, params):
        command = [str(self.config.search_exe), "--db", str(self.config.db), *args]
        if params is not None:
            # `--` so that a query starting with '-' (NOT) is not read as an option.
            command += ["--", params.get("q", [""])[-1]]
        result = subprocess.run(command, capture_output=True, timeout=60, check=False)
        if result.returncode == 0:
            self.send_body(HTTPStatus.OK, result.stdout, "application/json; charset=utf-8")
            return
        message = result.stderr.decode("utf-8", "replace").strip().splitlines()
        message = message[0] if message else "lede-search failed"
        message = message.removeprefix("lede-search: ")
        if result.returncode == 2:
            error = {"error": message}
            match = QUERY_ERROR.search(message)
            if match:
                error["position"] = int(match.group(1))
            self.send_json(HTTPStatus.BAD_REQUEST, error)
        else:
            self.send_json(HTTPStatus.SERVICE_UNAVAILABLE, {"error": message})


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--listen", default="127.0.0.1:0", help="HOST:PORT; HOST must be a loopback address")
    parser.add_argument("--search-exe", type=Path, default=Path(os.environ.get("LEDE_SEARCH", DEFAULT_SEARCH_EXE)))
    parser.add_argument("--page-dir", type=Path, default=DEFAULT_PAGE_DIR)
    parser.add_argument("--verbose", action="store_true", help="log every request on stderr")
    config = parser.parse_args()

    host, _, port = config.listen.rpartition(":")
    if host not in ("127.0.0.1", "localhost", "[::1]", "::1"):
        parser.error("--listen must be a loopback address (127.0.0.1, localhost or [::1])")
    if not config.search_exe.is_file():
        parser.error(f"no lede-search at {config.search_exe} (give --search-exe or $LEDE_SEARCH)")
    if not config.page_dir.is_dir():
        parser.error(f"no page directory at {config.page_dir}")

    Handler.config = config
    host = host.strip("[]")

    class Server(ThreadingHTTPServer):
        address_family = socket.AF_INET6 if ":" in host else socket.AF_INET

    server = Server((host, int(port)), Handler)
    server.daemon_threads = True
    bound_host, bound_port = server.server_address[:2]
    shown = f"[{bound_host}]" if ":" in bound_host else bound_host
    print(f"listening on http://{shown}:{bound_port}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    main()
