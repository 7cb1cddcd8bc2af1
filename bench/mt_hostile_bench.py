"""Hostile translation packages and package indexes: time and peak memory of each family, one process each.

Each family runs ``python -m reader models install FILE`` or ``models download`` in a child process
(limited to LIMIT_S seconds and LIMIT_GB of address space, so a run of code without the fixes ends
too) against files made here and a real HTTP server on 127.0.0.1. Prints the exit status, the
seconds, the child's peak memory and the last line it wrote.

    python bench/mt_hostile_bench.py [--code PATH]   # PATH: a checkout to measure (default: this one)
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO / "tests")]

LIMIT_S = 90
LIMIT_GB = 8


def bomb(good: Path, out: Path, megabytes: int) -> Path:
    """``good`` with its model.bin replaced by ``megabytes`` of zeros (compressed about 1000:1)."""
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
        for info in source.infolist():
            if info.filename.endswith("model/model.bin"):
                with target.open(info.filename, "w", force_zip64=True) as stream:
                    for _ in range(megabytes // 4):
                        stream.write(bytes(4 << 20))
            else:
                target.writestr(info, source.read(info))
    return out


def zeros_model(good: Path, out: Path) -> Path:
    """``good`` with a model.bin of 4 MB of zeros, stored as a real file would be."""
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info, bytes(4 << 20) if info.filename.endswith("model/model.bin") else source.read(info))
    return out


def run(code: Path, args: list[str], env: dict) -> tuple[int, float, float, str]:
    """(exit status, seconds, peak MB, last line of stderr) of ``python -m reader ARGS`` in a limited child."""
    def limit():
        resource.setrlimit(resource.RLIMIT_AS, (LIMIT_GB << 30, LIMIT_GB << 30))

    env = dict(env, PYTHONPATH=str(code))
    with tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-m", "reader", *args], cwd=code, env=env, preexec_fn=limit,
                                 stdout=subprocess.DEVNULL, stderr=err)
        killed = ""
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - start > LIMIT_S:
                child.kill()
                killed = f" (killed after {LIMIT_S} s)"
            time.sleep(0.05)
        seconds = time.perf_counter() - start
        err.seek(0)
        lines = [line for line in err.read().splitlines() if line.strip() and not line.startswith("hint:")]
    child.returncode = os.waitstatus_to_exitcode(status)
    return child.returncode, seconds, usage.ru_maxrss / 1024, ((lines[-1] if lines else "") + killed)[:150]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--code", type=Path, default=REPO, help="the checkout whose reader package is measured")
    args = parser.parse_args()
    import package_server as served
    from argos_model import build_package, index_entry
    from package_server import PackageServer

    served.MAX_SECONDS = 2 * LIMIT_S  # the stalling server outlasts any read timeout

    work = Path(tempfile.mkdtemp(prefix="hostile-bench-"))
    env = dict(os.environ, HOME=str(work), XDG_DATA_HOME=str(work / "data"), XDG_CONFIG_HOME=str(work / "config"),
               XDG_CACHE_HOME=str(work / "cache"), ARGOS_PACKAGES_DIR=str(work / "packages"))
    good = build_package(work / "build")
    server = PackageServer()
    families = {
        "zip bomb model (1.9 GB of zeros)": ["install", str(bomb(good, work / "bomb.argosmodel", 1900))],
        "model of zeros": ["install", str(zeros_model(good, work / "zeros.argosmodel"))],
    }

    def index(name: str, data: bytes, mode: str = "whole") -> str:
        server.serve(f"{name}/index.json", data, mode)
        return server.url(f"{name}/")

    entry = index_entry("ru", "en", links=[server.url("none.argosmodel")])
    downloads = {
        "index nested 100,000 deep": index("deep", b"[" * 100_000 + b"]" * 100_000),
        "index version with a NUL byte": index("nul", json.dumps([dict(entry, package_version="1.0\x00")]).encode()),
        "index version of 300 characters": index("long", json.dumps([dict(entry, package_version="9" * 300)]).encode()),
        "index that never ends": index("endless", b"[" + b" " * 65536, "endless"),
        "ftp:// link": index("ftp", json.dumps([dict(entry, links=["ftp://127.0.0.1:9/x.argosmodel"])]).encode()),
    }
    stalled = server.serve("stalled.argosmodel", good.read_bytes(), "stall")
    downloads["package server that stalls"] = index("stall", json.dumps([dict(entry, links=[stalled])]).encode())
    print(f"code measured: {args.code}   load average: {os.getloadavg()[0]:.2f}")
    try:
        for name, command in families.items():
            print(f"{name:36s} exit %3s  %6.1f s  %7.0f MB  %s" % run(args.code, ["models", *command], env))
        for name, url in downloads.items():
            result = run(args.code, ["models", "download"], dict(env, ARGOS_PACKAGE_INDEX=url))
            print(f"{name:36s} exit %3s  %6.1f s  %7.0f MB  %s" % result)
    finally:
        server.stop()
        import shutil

        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
