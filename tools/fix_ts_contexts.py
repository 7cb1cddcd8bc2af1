"""Move messages that pyside6-lupdate filed under no context into the context their module uses.

Modules translate through ``tr = translator("Ctx")`` (reader.ui.base.i18n); lupdate sees their
``tr("…")`` calls outside a class and files them under an empty context, where
the program never looks them up. This puts each such message in ``Ctx`` (found in the module
named by the message's location), merging with an existing translation there.

    python tools/fix_ts_contexts.py resources/i18n/reader_ru.ts
"""

from __future__ import annotations

import copy
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HELPER = re.compile(r'^tr = translator\("([^"]+)"\)', re.MULTILINE)


def module_context(path: Path) -> str | None:
    match = HELPER.search(path.read_text(encoding="utf-8"))
    return match.group(1) if match else None


def _by_context(message: ET.Element, ts_path: Path) -> list[tuple[str, ET.Element]]:
    """Split ``message`` by the context of the module of each location: (context, a copy with those locations),
    taking those locations out of ``message`` (a text two modules share belongs to both their contexts)."""
    found: dict[str, list[ET.Element]] = {}
    for location in message.findall("location"):
        source_file = (ts_path.parent / location.get("filename", "")).resolve()
        name = module_context(source_file) if source_file.is_file() else None
        if name:
            found.setdefault(name, []).append(location)
            message.remove(location)
    parts = []
    for name, locations in found.items():
        part = copy.deepcopy(message)
        for location in part.findall("location"):
            part.remove(location)
        for index, location in enumerate(locations):  # locations first, as lupdate writes them
            part.insert(index, location)
        parts.append((name, part))
    return parts


def _merge(message: ET.Element, target: ET.Element) -> None:
    """Put ``message`` into context ``target`` in place of one with the same source, keeping its translation."""
    source = message.findtext("source")
    for existing in [m for m in target.findall("message") if m.findtext("source") == source]:
        old = existing.find("translation")
        if old is not None and (old.text or "").strip():  # keep the translation made earlier
            new = message.find("translation")
            new.text = old.text
            new.attrib.pop("type", None)
        target.remove(existing)
    target.append(message)


def fix(ts_path: Path) -> int:
    tree = ET.parse(ts_path)
    root = tree.getroot()
    contexts = {c.findtext("name") or "": c for c in root.findall("context")}
    moved = 0
    empty = contexts.get("")
    if empty is None:
        empty = ET.SubElement(root, "context")
        ET.SubElement(empty, "name").text = ""
    for message in list(empty.findall("message")):
        parts = _by_context(message, ts_path)
        for name, part in parts:
            target = contexts.get(name)
            if target is None:
                target = ET.SubElement(root, "context")
                ET.SubElement(target, "name").text = name
                contexts[name] = target
            moved += 1
            _merge(part, target)
        if parts and message.find("location") is None:
            empty.remove(message)
    if not empty.findall("message"):
        root.remove(empty)
    for context in root.findall("context"):  # drop texts no source uses any more
        for message in context.findall("message"):
            if message.find("translation").get("type") in ("vanished", "obsolete"):
                context.remove(message)
    ET.indent(tree, space="    ")
    text = ET.tostring(root, encoding="unicode")
    ts_path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8")
    return moved


if __name__ == "__main__":
    print(f"moved {fix(Path(sys.argv[1]))} message(s) into their modules' contexts")
