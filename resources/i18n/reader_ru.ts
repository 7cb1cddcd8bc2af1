<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../reader/ui/actions.py" line="+13"/>
        <source>&amp;File</source>
        <extracomment>menu name → title; other modules add to ``window.menus[name]``</extracomment>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tools</source>
        <translation>&amp;Сервис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Open Pair…</source>
        <translation>&amp;Открыть пару…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Sample Pair</source>
        <translation>Открыть &amp;пример</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;Next</source>
        <translation>Найти &amp;далее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Pre&amp;vious</source>
        <translation>Найти &amp;ранее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;wap Sides</source>
        <translation>&amp;Поменять стороны местами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scroll in Step</source>
        <translation>&amp;Синхронная прокрутка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Metadata and Duplicates</source>
        <translation>Показывать &amp;метаданные и повторы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Larger Text</source>
        <translation>&amp;Крупнее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;maller Text</source>
        <translation>&amp;Мельче</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Normal Size</source>
        <translation>&amp;Обычный размер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Font…</source>
        <translation>&amp;Шрифт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go to Paragraph…</source>
        <translation>&amp;Перейти к абзацу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Paragraph Without Counterpart</source>
        <translation>&amp;Следующий абзац без соответствия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Paragraph Without Counterpart</source>
        <translation>&amp;Предыдущий абзац без соответствия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &amp;Weak Link</source>
        <translation>Следующая с&amp;лабая связь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous W&amp;eak Link</source>
        <translation>Предыдущая сл&amp;абая связь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Align Again</source>
        <translation>&amp;Выровнять заново</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Parallel Reader</source>
        <translation>&amp;О программе Parallel Reader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Follow the &amp;System</source>
        <translation>Как в &amp;системе</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Light</source>
        <translation>&amp;Светлая</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;English</source>
        <translation>&amp;English</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Русский</source>
        <translation>&amp;Русский</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние пары</translation>
    </message>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="+97"/>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface &amp;Language</source>
        <translation>&amp;Язык интерфейса</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../reader/ui/dialogs.py" line="+112"/>
        <source>&lt;h3&gt;Parallel Reader {version}&lt;/h3&gt;&lt;p&gt;A bilingual reader: a Russian original beside its English counterpart, aligned paragraph by paragraph.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Bundled data:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Russian–English lexicon derived from Müller&apos;s English–Russian dictionary (mueller7-dict), GNU GPL version 2 or later;&lt;/li&gt;&lt;li&gt;DejaVu fonts, under the DejaVu Fonts License (Bitstream Vera derivative, free to use and redistribute);&lt;/li&gt;&lt;li&gt;the sample pair: two news reports on the same speech, for demonstration.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Built with Qt for Python (PySide6), LGPL-3.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Parallel Reader {version}&lt;/h3&gt;&lt;p&gt;Двуязычная читалка: русский оригинал рядом с английским текстом, сопоставленные абзац за абзацем.&lt;/p&gt;&lt;p&gt;Лицензия: GNU General Public License версии 3 или более поздней (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Встроенные данные:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;русско-английский словарь, построенный на основе англо-русского словаря Мюллера (mueller7-dict), GNU GPL версии 2 или более поздней;&lt;/li&gt;&lt;li&gt;шрифты DejaVu, по лицензии DejaVu Fonts License (производная от Bitstream Vera, свободное использование и распространение);&lt;/li&gt;&lt;li&gt;пример пары: два сообщения об одном и том же выступлении, для демонстрации.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Создано с помощью Qt for Python (PySide6), LGPL-3.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>About Parallel Reader</source>
        <translation>О программе Parallel Reader</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../reader/ui/findbar.py" line="+26"/>
        <source>Find in text</source>
        <translation>Поиск в тексте</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both texts</source>
        <translation>Оба текста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match case</source>
        <translation>Учитывать регистр</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Предыдущее совпадение (Shift+F3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next match (F3)</source>
        <translation>Следующее совпадение (F3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No matches</source>
        <translation>Совпадений нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{current} of {total}</source>
        <translation>{current} из {total}</translation>
    </message>
</context>
<context>
    <name>GoToDialog</name>
    <message>
        <location filename="../../reader/ui/dialogs.py" line="-44"/>
        <source>Go to Paragraph</source>
        <translation>Переход к абзацу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paragraph:</source>
        <translation>&amp;Абзац:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/ui/mainwindow.py" line="-33"/>
        <location line="+152"/>
        <source>Parallel Reader</source>
        <translation>Parallel Reader</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+4"/>
        <source>Cannot Open the Pair</source>
        <translation>Не удалось открыть пару</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No recent pairs</source>
        <translation>Недавних пар нет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear List</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{titles} — Parallel Reader</source>
        <translation>{titles} — Parallel Reader</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alignment failed: {message}</source>
        <translation>Выравнивание не удалось: {message}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Drop two files (original and counterpart) to open a pair.</source>
        <translation>Перетащите два файла (оригинал и соответствующий текст), чтобы открыть пару.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot Open the File</source>
        <translation>Не удалось открыть файл</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The interface language changes when the program starts again.</source>
        <translation>Язык интерфейса сменится при следующем запуске программы.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Отменить: {what}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Повторить: {what}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
</context>
<context>
    <name>OpenPairDialog</name>
    <message>
        <location filename="../../reader/ui/dialogs.py" line="-57"/>
        <source>Open Pair</source>
        <translation>Открыть пару</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Russian original</source>
        <translation>Русский оригинал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English counterpart</source>
        <translation>Английский текст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Original:</source>
        <translation>&amp;Оригинал:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Counterpart:</source>
        <translation>&amp;Соответствие:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a File</source>
        <translation>Выберите файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texts ({patterns});;All files (*)</source>
        <translation>Тексты ({patterns});;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>PairView</name>
    <message>
        <location filename="../../reader/ui/pairview.py" line="+25"/>
        <source>No counterpart in the English text</source>
        <translation>Нет соответствия в английском тексте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No counterpart in the Russian text</source>
        <translation>Нет соответствия в русском тексте</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not in the English text: {term}</source>
        <translation>Нет в английском тексте: {term}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in the Russian text: {term}</source>
        <translation>Нет в русском тексте: {term}</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Weak link (confidence {score:.0%})</source>
        <extracomment>the selection moved: (side, paragraph index)</extracomment>
        <translation>Слабая связь (уверенность {score:.0%})</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../../reader/ui/statusbar.py" line="+36"/>
        <source>No pair open</source>
        <translation>Пара не открыта</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Russian: {ru} paragraphs · English: {en} paragraphs</source>
        <translation>Русский: абзацев {ru} · английский: абзацев {en}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linked: Russian {ru_linked}/{ru_total} ({ru_cov:.0%}) · English {en_linked}/{en_total} ({en_cov:.0%}) · without counterpart: {ru_gap} + {en_gap}</source>
        <translation>Связано: русский {ru_linked}/{ru_total} ({ru_cov:.0%}) · английский {en_linked}/{en_total} ({en_cov:.0%}) · без соответствия: {ru_gap} + {en_gap}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coverage is the share of each text (headings and body, by characters) that has a counterpart.</source>
        <translation>Покрытие — доля каждого текста (заголовки и основной текст, по числу знаков), у которой есть соответствие.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Aligning…</source>
        <translation>Выравнивание…</translation>
    </message>
</context>
</TS>
