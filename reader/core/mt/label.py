"""The label that marks a machine translation wherever it leaves the window (copy, export, command line)."""

from __future__ import annotations


def machine_translation_marker(model: str) -> str:
    """``[Machine translation — Argos ru→en 1.9]`` for the model label ``Argos ru→en 1.9``."""
    return f"[Machine translation — {model}]"
