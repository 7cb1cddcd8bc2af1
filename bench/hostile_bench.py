"""Hostile-input benchmark: every crafted family at full size, its time, peak memory and how it ended.

Each family (``tests/core/formats/crafted.py`` for files, ``tests/core/project/crafted_projects.py`` for
projects) is written to a temporary folder and read in a fresh process: ``python -m reader inspect FILE``
for files, ``python -m reader export PROJECT -o OUT.pdf`` for projects. The process gets a time limit
(``--timeout``, 60 s by default) and an address-space cap (``--memory-cap``, 4.5 GB) so that a family that
still hangs or grows is reported instead of taking the machine. Target: every family ends with a
documented error (exit status 1 or 2, a message and no traceback) or a reading (exit 0: a strange but
valid file read in linear time), in under 10 s and 500 MB.

    python bench/hostile_bench.py [--only NAME ...] [--timeout S] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO / "tests" / "core" / "formats"), str(REPO / "tests" / "core" / "project"), str(REPO)]

TIME_TARGET = 10.0
MEMORY_TARGET_MB = 500


def _limit(cap_bytes: int):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (cap_bytes, cap_bytes))
    return apply


def run_case(args: list[str], timeout: float, cap_mb: int, cwd: Path) -> dict:
    """Run ``python -m reader ARGS`` under /usr/bin/time; its exit status, wall time, peak RSS and last message."""
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    command = ["/usr/bin/time", "-f", "RSS_KB %M", sys.executable, "-m", "reader", *args]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=cwd,
                               preexec_fn=_limit(cap_mb * 1024 * 1024), start_new_session=True)
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)  # the reader and /usr/bin/time, which would not pass a kill on
        process.communicate()
        return {"status": "timeout", "seconds": timeout, "peak_mb": None, "message": ""}
    seconds = time.perf_counter() - start
    done = subprocess.CompletedProcess(command, process.returncode, stdout, stderr)
    rss = re.search(r"RSS_KB (\d+)", done.stderr)
    lines = [line for line in done.stderr.splitlines() if line.strip() and not line.startswith("RSS_KB")
             and "exited with non-zero status" not in line and not line.startswith("hint:")]
    traceback = any(line.startswith("Traceback") for line in lines)
    return {"status": "traceback" if traceback else done.returncode, "seconds": round(seconds, 2),
            "peak_mb": round(int(rss.group(1)) / 1024) if rss else None,
            "message": (lines[-1] if lines else done.stdout.strip()[-120:])[:220]}


def main() -> int:
    import crafted
    import crafted_projects

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="*", help="family names to run (default: all)")
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--memory-cap", type=int, default=4500, help="address-space cap in MB")
    parser.add_argument("--scale", type=float, default=1.0, help="size of every family (1 = the attack's)")
    parser.add_argument("--json", help="also write the results here")
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        cases: list[tuple[str, list[str]]] = []
        for name, make in crafted.FAMILIES.items():
            if args.only and name not in args.only:
                continue
            file_name, data = make(args.scale)
            path = folder / file_name
            path.write_bytes(data)
            del data
            cases.append((name, ["inspect", str(path)]))
        for name, make in crafted_projects.FAMILIES.items():
            if args.only and name not in args.only:
                continue
            sub = folder / name
            sub.mkdir()
            made = make(sub, args.scale)
            for path in made if isinstance(made, list) else [made]:
                label = name if not isinstance(made, list) else f"{name}/{path.stem}"
                cases.append((label, ["export", str(path), "-o", str(sub / f"{path.stem}-out.pdf")]))
        for name, command in cases:
            result = run_case(command, args.timeout, args.memory_cap, folder)
            results[name] = result
            # a documented refusal (exit 1 or 2) or a reading (0), within the time and memory targets
            ok = result["status"] in (0, 1, 2) and result["seconds"] <= TIME_TARGET \
                and (result["peak_mb"] or 0) <= MEMORY_TARGET_MB
            peak = f"{result['peak_mb']} MB" if result["peak_mb"] is not None else "-"
            print(f"{'ok ' if ok else 'BAD'} {name:<42} {str(result['status']):>9} {result['seconds']:>7.2f} s "
                  f"{peak:>8}  {result['message']}", flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
