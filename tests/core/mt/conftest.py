"""Fixtures of the machine-translation tests: a batch recorder and a network blocker (the synthetic Argos
packages come from tests/conftest.py)."""

from __future__ import annotations

import socket

import pytest


class Recorder:
    """Wraps a real CTranslate2 translator and records every ``translate_batch`` call."""

    def __init__(self, model):
        self.model = model
        self.calls: list[tuple[list[list[str]], dict]] = []
        self.outputs: list = []

    def translate_batch(self, tokens, **options):
        self.calls.append((tokens, options))
        output = self.model.translate_batch(tokens, **options)
        self.outputs.append(output)
        return output


@pytest.fixture
def record_batches():
    """``record_batches(translator)`` wraps its model in a Recorder and returns the Recorder."""
    def wrap(translator):
        translator.model = Recorder(translator.model)
        return translator.model

    wrapped = []
    yield lambda t: wrapped.append(t) or wrap(t)
    for translator in wrapped:  # translators are shared: give back the real model
        translator.model = translator.model.model


@pytest.fixture
def no_network(monkeypatch):
    """Block every way Python opens a connection or resolves a name; returns the list of attempts."""
    attempts: list[str] = []

    def refuse(what):
        def blocked(*args, **kwargs):
            attempts.append(f"{what}{args[1:] if what.startswith('socket.') else args}")
            raise OSError(f"network blocked by the test ({what})")
        return blocked

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    return attempts
