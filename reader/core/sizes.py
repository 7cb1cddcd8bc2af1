"""Byte counts written for people ("512 bytes", "180 KB", "92.4 MB")."""

from __future__ import annotations


def format_size(size: int) -> str:
    """A byte count for people: "512 bytes", "180 KB", "92.4 MB", "1.25 GB"."""
    if size < 1024:
        return "1 byte" if size == 1 else f"{size} bytes"
    if size < 1024 ** 2:
        return f"{round(size / 1024)} KB"
    if size < 1024 ** 3:
        return f"{size / 1024 ** 2:.1f} MB"
    return f"{size / 1024 ** 3:.2f} GB"


def format_sizes(*sizes: int) -> list[str]:
    """Several byte counts to compare ("3 KB, more than 1 KB"): exact bytes where rounding makes two look alike."""
    written = [format_size(size) for size in sizes]
    if len(set(written)) < len(set(sizes)):
        return [f"{size:,} bytes" for size in sizes]
    return written
