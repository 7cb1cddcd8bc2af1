#!/bin/sh
# Refresh the Russian interface translation from the sources, then compile it.
#   1. pyside6-lupdate collects every tr()/translate()/QT_TRANSLATE_NOOP text of reader/ui
#      into resources/i18n/reader_ru.ts (existing translations are kept);
#      (texts of a module's ``tr = translator("Ctx")`` are moved into its context Ctx);
#   2. translate the new entries (Qt Linguist, or edit the XML);
#   3. pyside6-lrelease compiles reader_ru.ts into reader_ru.qm, which the window loads.
set -eu
cd "$(dirname "$0")/.."
find reader/ui -name '*.py' | sort > /tmp/parallel-reader-i18n-sources.txt
pyside6-lupdate $(cat /tmp/parallel-reader-i18n-sources.txt) -locations absolute -ts resources/i18n/reader_ru.ts
rm -f /tmp/parallel-reader-i18n-sources.txt
python tools/fix_ts_contexts.py resources/i18n/reader_ru.ts
pyside6-lrelease resources/i18n/reader_ru.ts -qm resources/i18n/reader_ru.qm
