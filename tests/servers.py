"""Start a server process for a test, wait until it answers, and always stop it."""

from __future__ import annotations

import re
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def running(argv: list[str], log: Path, url: str | None = None,
            wait: float = 30.0) -> Iterator[str]:
    """Run `argv` with its output in `log`; yield the URL it serves on once it answers.

    url: the URL to poll; None to read it from the first http://… URL in the log.
    """
    with log.open("wb") as out:
        process = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + wait
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"{argv[0]} exited with {process.returncode}: "
                                   f"{log.read_text('utf-8', 'replace')}")
            found = url or _url_in(log)
            if found and _answers(found):
                break
            if time.monotonic() > deadline:
                raise TimeoutError(f"{argv[0]} did not answer within {wait} s")
            time.sleep(0.1)
        yield found
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _url_in(log: Path) -> str | None:
    match = re.search(r"http://127\.0\.0\.1:\d+/\S*", log.read_text("utf-8", "replace"))
    return match.group(0) if match else None


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url.rsplit("/", 1)[0] + "/", timeout=2):
            return True
    except urllib.error.HTTPError as error:
        error.close()
        return True
    except OSError:
        return False
