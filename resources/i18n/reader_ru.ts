<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>Actions</name>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="21" />
            <source>&amp;File</source>
            <extracomment>menu name → title; other modules add to ``window.menus[name]``</extracomment>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="22" />
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="23" />
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="24" />
            <source>&amp;Go</source>
            <translation>П&amp;ереход</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="25" />
            <source>&amp;Tools</source>
            <translation>Се&amp;рвис</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="26" />
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="53" />
            <source>&amp;Open Pair…</source>
            <extracomment>every action of the window by name (its object name is ``action_NAME``)</extracomment>
            <translation>&amp;Открыть пару…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="55" />
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="57" />
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="58" />
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="59" />
            <source>&amp;Copy</source>
            <translation>&amp;Копировать</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="60" />
            <source>&amp;Find…</source>
            <translation>&amp;Найти…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="61" />
            <source>Find &amp;Next</source>
            <translation>Найти &amp;далее</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="62" />
            <source>Find Pre&amp;vious</source>
            <translation>Найти &amp;ранее</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="63" />
            <source>S&amp;wap Sides</source>
            <translation>&amp;Поменять стороны местами</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="64" />
            <source>&amp;Scroll in Step</source>
            <translation>&amp;Синхронная прокрутка</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="66" />
            <source>Show &amp;Metadata and Duplicates</source>
            <translation>Показывать &amp;метаданные и повторы</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="68" />
            <source>&amp;Paragraph Numbers</source>
            <translation>&amp;Номера абзацев</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="70" />
            <source>Mark &amp;Differences</source>
            <translation>Отмечать &amp;различия</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="72" />
            <source>&amp;Larger Text</source>
            <translation>&amp;Крупнее</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="54" />
            <source>Open Sa&amp;mple Pair</source>
            <translation>Открыть при&amp;мер</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="74" />
            <source>Smalle&amp;r Text</source>
            <translation>Ме&amp;льче</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="75" />
            <source>&amp;Normal Size</source>
            <translation>&amp;Обычный размер</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="76" />
            <source>&amp;Font…</source>
            <translation>&amp;Шрифт…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="77" />
            <source>&amp;Go to Paragraph…</source>
            <translation>&amp;Перейти к абзацу…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="78" />
            <source>&amp;Next Paragraph Without Counterpart</source>
            <translation>&amp;Следующий абзац без соответствия</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="80" />
            <source>&amp;Previous Paragraph Without Counterpart</source>
            <translation>Пре&amp;дыдущий абзац без соответствия</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="82" />
            <source>Next &amp;Weak Link</source>
            <translation>Следующая с&amp;лабая связь</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="83" />
            <source>Previous W&amp;eak Link</source>
            <translation>Предыдущая сл&amp;абая связь</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="84" />
            <source>&amp;Align Again</source>
            <translation>&amp;Выровнять заново</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="85" />
            <source>&amp;About Parallel Reader</source>
            <translation>&amp;О программе Parallel Reader</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="86" />
            <source>About &amp;Qt</source>
            <translation>О &amp;Qt</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="138" />
            <location filename="../../reader/ui/base/actions.py" line="143" />
            <source>Follow the &amp;System</source>
            <translation>Как в &amp;системе</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="139" />
            <source>&amp;Light</source>
            <translation>Св&amp;етлая</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="140" />
            <source>&amp;Dark</source>
            <translation>&amp;Тёмная</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="144" />
            <source>&amp;English</source>
            <translation>&amp;English</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="145" />
            <source>&amp;Русский</source>
            <translation>&amp;Русский</translation>
        </message>
        <message>
            <location filename="../../reader/ui/mainwindow.py" line="153" />
            <source>&amp;Theme</source>
            <translation>&amp;Тема</translation>
        </message>
        <message>
            <location filename="../../reader/ui/mainwindow.py" line="155" />
            <source>Interface Lan&amp;guage (after a restart)</source>
            <translation>&amp;Язык интерфейса (после перезапуска)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="87" />
            <source>Find Resul&amp;ts</source>
            <translation>Рез&amp;ультаты поиска</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="90" />
            <source>&amp;Back</source>
            <translation>На&amp;зад</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="91" />
            <source>Return to where the last jump left (contents, find, go to, annotation, F7/F8)</source>
            <translation>Вернуться туда, откуда был последний переход (содержание, поиск, переход к абзацу, заметка, F7/F8)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="93" />
            <source>&amp;Forward</source>
            <translation>Вп&amp;ерёд</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="94" />
            <source>Go again where Back returned from</source>
            <translation>Снова перейти туда, откуда вернула команда «Назад»</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="95" />
            <source>&amp;Contents</source>
            <translation>Содер&amp;жание</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="96" />
            <source>Show or hide the parts and chapters of both texts</source>
            <translation>Показать или скрыть части и главы обоих текстов</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="98" />
            <source>&amp;Mark for Linking</source>
            <translation>&amp;Отметить для связывания</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="99" />
            <source>&amp;Link Paragraphs</source>
            <translation>&amp;Связать абзацы</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="100" />
            <source>&amp;Unlink</source>
            <translation>&amp;Разорвать связь</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="101" />
            <source>&amp;Confirm Link</source>
            <translation>&amp;Подтвердить связь</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="102" />
            <source>Has &amp;No Counterpart</source>
            <translation>&amp;Нет соответствия</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="103" />
            <source>Mer&amp;ge with Next Paragraph</source>
            <translation>Объ&amp;единить со следующим абзацем</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="104" />
            <source>Unmerge &amp;Paragraphs</source>
            <translation>Ра&amp;зъединить абзацы</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="105" />
            <source>&amp;Split Paragraph Before This Sentence</source>
            <translation>Р&amp;азделить абзац перед этим предложением</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="106" />
            <source>&amp;Join Split Parts</source>
            <translation>Соединить &amp;части абзаца</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="107" />
            <source>&amp;Re-align from Here</source>
            <translation>&amp;Выровнять заново отсюда</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="108" />
            <source>Re-align Mar&amp;ked Range</source>
            <translation>Выровнять заново от&amp;меченный диапазон</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="109" />
            <source>Next &amp;Unconfirmed Weak Link</source>
            <translation>Следующая &amp;неподтверждённая слабая связь</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="110" />
            <source>Pre&amp;vious Unconfirmed Weak Link</source>
            <translation>П&amp;редыдущая неподтверждённая слабая связь</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="112" />
            <source>&amp;Highlight Selection</source>
            <translation>&amp;Выделить цветом</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="113" />
            <source>Add &amp;Note…</source>
            <translation>Добавить &amp;заметку…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="114" />
            <source>Note on the &amp;Link…</source>
            <translation>Заметка к &amp;связи…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="115" />
            <source>Show Annotations &amp;Panel</source>
            <translation>Показывать &amp;панель заметок</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="117" />
            <source>Open &amp;Project…</source>
            <translation>Открыть &amp;проект…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="118" />
            <source>&amp;Save Project</source>
            <translation>&amp;Сохранить проект</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="119" />
            <source>Save Project &amp;As…</source>
            <translation>Сохранить проект &amp;как…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="120" />
            <source>&amp;Export…</source>
            <translation>&amp;Экспорт…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="122" />
            <source>&amp;Translate Paragraph</source>
            <translation>&amp;Перевести абзац</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="123" />
            <source>Translate All Passages &amp;Without Counterpart</source>
            <translation>Перевести все фрагменты &amp;без соответствия</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="125" />
            <source>Improve Alignment with &amp;Machine Translation</source>
            <translation>Улучшить выравнивание с помощью &amp;машинного перевода</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="126" />
            <source>Translation M&amp;odels…</source>
            <translation>М&amp;одели перевода…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="128" />
            <source>Next Wo&amp;rd</source>
            <translation>Следующее сло&amp;во</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="129" />
            <source>Previous W&amp;ord</source>
            <translation>Пред&amp;ыдущее слово</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="130" />
            <source>Word L&amp;inks Under the Pointer</source>
            <translation>Соответствия слов под &amp;указателем</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="131" />
            <source>&amp;Look Up Word</source>
            <translation>&amp;Найти слово в словаре</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="132" />
            <source>Show &amp;Dictionary Panel</source>
            <translation>Показать панель &amp;словаря</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="133" />
            <source>Show &amp;Vocabulary Panel</source>
            <translation>Показать словар&amp;ик</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="134" />
            <source>Export &amp;Vocabulary…</source>
            <translation>Экспорт с&amp;ловарика…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/actions.py" line="222" />
            <source>Open &amp;Recent</source>
            <translation>&amp;Недавние пары</translation>
        </message>
    </context>
    <context>
        <name>Annotate</name>
        <message>
            <location filename="../../reader/ui/annotations/controller.py" line="28" />
            <source>&amp;Yellow</source>
            <translation>&amp;Жёлтый</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotations/controller.py" line="28" />
            <source>&amp;Green</source>
            <translation>&amp;Зелёный</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotations/controller.py" line="29" />
            <source>&amp;Blue</source>
            <translation>&amp;Синий</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotations/controller.py" line="29" />
            <source>&amp;Pink</source>
            <translation>&amp;Розовый</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotations/controller.py" line="65" />
            <source>&amp;Annotations</source>
            <extracomment>asks a person for a note: (title, current text) → new text or None (tests answer instead)</extracomment>
            <translation>&amp;Заметки</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotations/controller.py" line="73" />
            <source>Highlight &amp;Colour</source>
            <translation>&amp;Цвет выделения</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotations/controller.py" line="94" />
            <source>Note on This Paragraph…</source>
            <translation>Заметка к этому абзацу…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotations/controller.py" line="97" />
            <source>Note on This Link…</source>
            <translation>Заметка к этой связи…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotations/controller.py" line="162" />
            <source>Select some text in either column to highlight it.</source>
            <translation>Выделите текст в любой из колонок, чтобы отметить его цветом.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotations/controller.py" line="168" />
            <source>This text is already highlighted in this colour.</source>
            <translation>Этот текст уже выделен этим цветом.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotations/controller.py" line="185" />
            <location filename="../../reader/ui/annotations/controller.py" line="226" />
            <source>Edit Note</source>
            <translation>Изменить заметку</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotations/controller.py" line="185" />
            <location filename="../../reader/ui/annotations/controller.py" line="186" />
            <source>Note on the Highlight</source>
            <translation>Заметка к выделению</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotations/controller.py" line="190" />
            <source>Select text or a paragraph first.</source>
            <translation>Сначала выделите текст или выберите абзац.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotations/controller.py" line="195" />
            <source>Note on the Paragraph</source>
            <translation>Заметка к абзацу</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotations/controller.py" line="208" />
            <source>Select a linked paragraph first.</source>
            <translation>Сначала выберите связанный абзац.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotations/controller.py" line="213" />
            <source>This paragraph has no counterpart to note on.</source>
            <translation>У этого абзаца нет соответствия, к связи с которым можно добавить заметку.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotations/controller.py" line="215" />
            <source>Note on the Link</source>
            <translation>Заметка к связи</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotations/controller.py" line="248" />
            <source>Select where the annotation belongs first.</source>
            <translation>Сначала выберите место для заметки.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotations/controller.py" line="253" />
            <source>Select a linked paragraph for a link note.</source>
            <translation>Для заметки к связи выберите связанный абзац.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotations/controller.py" line="257" />
            <source>This annotation belongs in the other column.</source>
            <translation>Эта заметка относится к другой колонке.</translation>
        </message>
    </context>
    <context>
        <name>AnnotationsModel</name>
        <message>
            <location filename="../../reader/ui/annotations/model.py" line="25" />
            <source>Not placed</source>
            <extracomment>the role that gives an annotation's id</extracomment>
            <translation>Не размещена</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotations/model.py" line="28" />
            <source>Link</source>
            <translation>Связь</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotations/model.py" line="77" />
            <source>Where</source>
            <translation>Где</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotations/model.py" line="77" />
            <source>Text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotations/model.py" line="77" />
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
    </context>
    <context>
        <name>AnnotationsPanel</name>
        <message>
            <location filename="../../reader/ui/annotations/panel.py" line="25" />
            <source>Annotations</source>
            <extracomment>place a "Not placed" annotation at the current text selection</extracomment>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotations/panel.py" line="28" />
            <source>&amp;Edit Note…</source>
            <translation>&amp;Изменить заметку…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotations/panel.py" line="29" />
            <source>&amp;Delete</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotations/panel.py" line="30" />
            <source>&amp;Place at Selection</source>
            <translation>&amp;Разместить у выделения</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotations/panel.py" line="31" />
            <source>Put an annotation whose text was not found at the text (or paragraph) selected in the columns</source>
            <translation>Поместить заметку, текст которой не найден, к выделенному в колонках тексту (или абзацу)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotations/panel.py" line="72" />
            <source>annotation</source>
            <translation>заметка</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotations/panel.py" line="72" />
            <source>annotations</source>
            <translation>заметок</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotations/panel.py" line="74" />
            <source>{n} not placed</source>
            <translation>не размещено: {n}</translation>
        </message>
    </context>
    <context>
        <name>ColumnView</name>
        <message>
            <location filename="../../reader/ui/view/column.py" line="44" />
            <source>Russian text</source>
            <extracomment>a paragraph was clicked or chosen with the keyboard: (paragraph index, character offset or -1) a context menu is about to open on a paragraph: (paragraph index, menu) Left/h (-1) or Right/l (+1) pressed: move to the column on that side</extracomment>
            <translation>Русский текст</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/column.py" line="44" />
            <source>English text</source>
            <translation>Английский текст</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <location filename="../../reader/ui/base/command_names.py" line="15" />
            <source>Edit alignment</source>
            <translation>Правка выравнивания</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/command_names.py" line="16" />
            <source>Link paragraphs</source>
            <translation>Связывание абзацев</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/command_names.py" line="17" />
            <source>Unlink</source>
            <translation>Удаление связи</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/command_names.py" line="18" />
            <source>Mark as having no counterpart</source>
            <translation>Отметка «нет соответствия»</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/command_names.py" line="19" />
            <source>Clear no-counterpart mark</source>
            <translation>Снятие отметки «нет соответствия»</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/command_names.py" line="20" />
            <source>Confirm link</source>
            <translation>Подтверждение связи</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/command_names.py" line="21" />
            <source>Unconfirm link</source>
            <translation>Отмена подтверждения связи</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/command_names.py" line="22" />
            <source>Merge paragraphs</source>
            <translation>Объединение абзацев</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/command_names.py" line="23" />
            <source>Unmerge paragraphs</source>
            <translation>Разъединение абзацев</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/command_names.py" line="24" />
            <source>Split paragraph</source>
            <translation>Разделение абзаца</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/command_names.py" line="25" />
            <source>Join paragraph parts</source>
            <translation>Соединение частей абзаца</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/command_names.py" line="26" />
            <source>Re-align</source>
            <translation>Повторное выравнивание</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/command_names.py" line="27" />
            <source>Align again</source>
            <translation>Выравнивание заново</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/command_names.py" line="28" />
            <source>Add highlight</source>
            <translation>Добавление выделения</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/command_names.py" line="29" />
            <source>Add paragraph note</source>
            <translation>Добавление заметки к абзацу</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/command_names.py" line="30" />
            <source>Add link note</source>
            <translation>Добавление заметки к связи</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/command_names.py" line="31" />
            <source>Edit note</source>
            <translation>Правка заметки</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/command_names.py" line="32" />
            <source>Edit highlight</source>
            <translation>Правка выделения</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/command_names.py" line="33" />
            <source>Edit paragraph note</source>
            <translation>Правка заметки к абзацу</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/command_names.py" line="34" />
            <source>Edit link note</source>
            <translation>Правка заметки к связи</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/command_names.py" line="35" />
            <source>Delete highlight</source>
            <translation>Удаление выделения</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/command_names.py" line="36" />
            <source>Delete paragraph note</source>
            <translation>Удаление заметки к абзацу</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/command_names.py" line="37" />
            <source>Delete link note</source>
            <translation>Удаление заметки к связи</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/command_names.py" line="38" />
            <source>Add word to vocabulary</source>
            <translation>Добавление слова в словарик</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/command_names.py" line="39" />
            <source>Remove word from vocabulary</source>
            <translation>Удаление слова из словарика</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/command_names.py" line="40" />
            <source>Remove words from vocabulary</source>
            <translation>Удаление слов из словарика</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/command_names.py" line="41" />
            <source>Add word to notes</source>
            <translation>Добавление слова в заметки</translation>
        </message>
    </context>
    <context>
        <name>Contents</name>
        <message>
            <location filename="../../reader/ui/view/contents.py" line="29" />
            <source>Russian</source>
            <extracomment>the invisible root's index (the default parent of Qt's model calls)</extracomment>
            <translation>Русский</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/contents.py" line="29" />
            <source>English</source>
            <translation>Английский</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/contents.py" line="118" />
            <source>Not in the Russian text</source>
            <translation>Нет в русском тексте</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/contents.py" line="118" />
            <source>Not in the English text</source>
            <translation>Нет в английском тексте</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/contents.py" line="119" />
            <source>{title} (paragraph {number})</source>
            <translation>{title} (абзац {number})</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/contents.py" line="123" />
            <source>linked</source>
            <translation>связаны</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/contents.py" line="123" />
            <source>named alike, not linked</source>
            <translation>названы одинаково, не связаны</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/contents.py" line="137" />
            <source>Contents</source>
            <translation>Содержание</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <location filename="../../reader/ui/base/dialogs.py" line="114" />
            <source>&lt;h3&gt;Parallel Reader {version}&lt;/h3&gt;&lt;p&gt;A bilingual reader: a Russian original beside its English counterpart, aligned paragraph by paragraph.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Bundled data:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Russian–English lexicon derived from Müller's English–Russian dictionary (mueller7-dict), GNU GPL version 2 or later;&lt;/li&gt;&lt;li&gt;DejaVu fonts, under the DejaVu Fonts License (Bitstream Vera derivative, free to use and redistribute);&lt;/li&gt;&lt;li&gt;the sample pair: two news reports on the same speech, for demonstration.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Source of the sample pair: the news reports of RIA Novosti (Russian) and Sputnik International (English) of 25 October 2025 on Vladimir Putin's message to the signing ceremony of the UN Convention against Cybercrime in Hanoi.&lt;/p&gt;&lt;p&gt;Built with Qt for Python (PySide6), LGPL-3.0.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Parallel Reader {version}&lt;/h3&gt;&lt;p&gt;Двуязычная читалка: русский оригинал рядом с английским текстом, сопоставленные абзац за абзацем.&lt;/p&gt;&lt;p&gt;Лицензия: GNU General Public License версии 3 или более поздней (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Встроенные данные:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;русско-английский словарь, построенный на основе англо-русского словаря Мюллера (mueller7-dict), GNU GPL версии 2 или более поздней;&lt;/li&gt;&lt;li&gt;шрифты DejaVu, по лицензии DejaVu Fonts License (производная от Bitstream Vera, свободное использование и распространение);&lt;/li&gt;&lt;li&gt;пример пары: два сообщения об одном и том же выступлении, для демонстрации.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Источник примера пары: сообщения РИА Новости (русский текст) и Sputnik International (английский) от 25 октября 2025 года о приветствии Владимира Путина участникам церемонии подписания Конвенции ООН против киберпреступности в Ханое.&lt;/p&gt;&lt;p&gt;Создано с помощью Qt for Python (PySide6), LGPL-3.0.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/dialogs.py" line="132" />
            <source>About Parallel Reader</source>
            <translation>О программе Parallel Reader</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/dialogs.py" line="94" />
            <source>Unsaved Changes</source>
            <translation>Несохранённые изменения</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/dialogs.py" line="99" />
            <source>Save the changes to {first} ↔ {second}?</source>
            <translation>Сохранить изменения в {first} ↔ {second}?</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/dialogs.py" line="102" />
            <source>Save the changes?</source>
            <translation>Сохранить изменения?</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/dialogs.py" line="103" />
            <source>The links, annotations and translations changed since the project was last saved. Without saving, the changes are lost.</source>
            <translation>Связи, заметки или переводы изменились после последнего сохранения проекта. Без сохранения изменения пропадут.</translation>
        </message>
    </context>
    <context>
        <name>DictionaryPanel</name>
        <message>
            <location filename="../../reader/ui/words/card_panel.py" line="19" />
            <source>Russian</source>
            <extracomment>the invisible root's index (the default parent of Qt's model calls)</extracomment>
            <translation>По-русски</translation>
        </message>
        <message>
            <location filename="../../reader/ui/words/card_panel.py" line="18" />
            <source>or</source>
            <translation>или</translation>
        </message>
        <message>
            <location filename="../../reader/ui/words/card_panel.py" line="18" />
            <source>guessed from its ending</source>
            <translation>разбор по окончанию</translation>
        </message>
        <message>
            <location filename="../../reader/ui/words/card_panel.py" line="18" />
            <source>Not in the dictionary.</source>
            <translation>Нет в словаре.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/words/card_panel.py" line="19" />
            <source>used here</source>
            <translation>здесь</translation>
        </message>
        <message>
            <location filename="../../reader/ui/words/card_panel.py" line="19" />
            <source>and {n} more</source>
            <translation>и ещё {n}</translation>
        </message>
        <message>
            <location filename="../../reader/ui/words/card_panel.py" line="20" />
            <source>Counterpart</source>
            <translation>Соответствие</translation>
        </message>
        <message>
            <location filename="../../reader/ui/words/card_panel.py" line="85" />
            <source>Dictionary</source>
            <translation>Словарь</translation>
        </message>
        <message>
            <location filename="../../reader/ui/words/card_panel.py" line="93" />
            <source>&amp;Copy Card</source>
            <translation>&amp;Копировать карточку</translation>
        </message>
        <message>
            <location filename="../../reader/ui/words/card_panel.py" line="94" />
            <source>Add to &amp;Notes</source>
            <translation>Добавить в &amp;заметки</translation>
        </message>
        <message>
            <location filename="../../reader/ui/words/card_panel.py" line="114" />
            <source>Click a word and press Ctrl+D, or choose Look Up in its context menu, to see its card.</source>
            <translation>Щёлкните слово и нажмите Ctrl+D или выберите «Найти в словаре» в его контекстном меню, чтобы увидеть карточку.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/words/card_panel.py" line="121" />
            <source>Highlight the word with its lemma and sense as the note, and keep it in the vocabulary</source>
            <translation>Выделить слово с заметкой о начальной форме и значении и сохранить его в словарике</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <location filename="../../reader/ui/files/export_dialog.py" line="25" />
            <source>annotated side-by-side PDF</source>
            <extracomment>the formats' descriptions (reader.core.export.formats.FORMATS) for translation</extracomment>
            <translation>PDF с заметками, тексты рядом</translation>
        </message>
        <message>
            <location filename="../../reader/ui/files/export_dialog.py" line="26" />
            <source>TMX 1.4 translation memory</source>
            <translation>память переводов TMX 1.4</translation>
        </message>
        <message>
            <location filename="../../reader/ui/files/export_dialog.py" line="27" />
            <source>tab-separated values, one link per line</source>
            <translation>значения через табуляцию, одна связь в строке</translation>
        </message>
        <message>
            <location filename="../../reader/ui/files/export_dialog.py" line="28" />
            <source>self-contained HTML page</source>
            <translation>самодостаточная HTML-страница</translation>
        </message>
        <message>
            <location filename="../../reader/ui/files/export_dialog.py" line="41" />
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <location filename="../../reader/ui/files/export_dialog.py" line="47" />
            <source>Side by side</source>
            <translation>Рядом</translation>
        </message>
        <message>
            <location filename="../../reader/ui/files/export_dialog.py" line="48" />
            <source>Interleaved (paragraph, then its counterpart)</source>
            <translation>Поочерёдно (абзац, затем его соответствие)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/files/export_dialog.py" line="50" />
            <source>Include metadata and duplicate paragraphs</source>
            <translation>Включать метаданные и повторяющиеся абзацы</translation>
        </message>
        <message>
            <location filename="../../reader/ui/files/export_dialog.py" line="52" />
            <source>Show which words render which on hover (HTML)</source>
            <translation>Показывать соответствия слов под указателем (HTML)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/files/export_dialog.py" line="55" />
            <source>Browse…</source>
            <translation>Обзор…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/files/export_dialog.py" line="63" />
            <source>&amp;Format:</source>
            <translation>&amp;Формат:</translation>
        </message>
        <message>
            <location filename="../../reader/ui/files/export_dialog.py" line="64" />
            <source>&amp;Layout:</source>
            <translation>&amp;Расположение:</translation>
        </message>
        <message>
            <location filename="../../reader/ui/files/export_dialog.py" line="67" />
            <source>&amp;Save to:</source>
            <translation>&amp;Сохранить в:</translation>
        </message>
        <message>
            <location filename="../../reader/ui/files/export_dialog.py" line="101" />
            <source>Export To</source>
            <extracomment>asks whether an existing file may be replaced (tests answer instead of the message box)</extracomment>
            <translation>Экспортировать в</translation>
        </message>
        <message>
            <location filename="../../reader/ui/files/export_dialog.py" line="115" />
            <source>Replace File?</source>
            <translation>Заменить файл?</translation>
        </message>
        <message>
            <location filename="../../reader/ui/files/export_dialog.py" line="115" />
            <source>{name} already exists. Replace it?</source>
            <translation>Файл {name} уже существует. Заменить его?</translation>
        </message>
        <message>
            <location filename="../../reader/ui/files/export_dialog.py" line="147" />
            <source>Open a pair and wait for the alignment before exporting.</source>
            <extracomment>an export finished: the file written</extracomment>
            <translation>Перед экспортом откройте пару и дождитесь выравнивания.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/files/export_dialog.py" line="185" />
            <source>Cannot Export</source>
            <translation>Экспорт невозможен</translation>
        </message>
        <message>
            <location filename="../../reader/ui/files/export_dialog.py" line="189" />
            <source>Exporting…</source>
            <translation>Экспорт…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/files/export_dialog.py" line="189" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../reader/ui/files/export_dialog.py" line="199" />
            <source>Export cancelled.</source>
            <translation>Экспорт отменён.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/files/export_dialog.py" line="214" />
            <source>Exported to {path}</source>
            <translation>Экспортировано в {path}</translation>
        </message>
        <message>
            <location filename="../../reader/ui/files/export_dialog.py" line="220" />
            <source>Export Failed</source>
            <translation>Экспорт не удался</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../../reader/ui/view/findbar.py" line="53" />
            <source>Find in text</source>
            <translation>Поиск в тексте</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/findbar.py" line="56" />
            <source>Both texts</source>
            <translation>Оба текста</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/findbar.py" line="57" />
            <source>Russian</source>
            <translation>Русский</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/findbar.py" line="58" />
            <source>English</source>
            <translation>Английский</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/findbar.py" line="59" />
            <source>Match case</source>
            <translation>Учитывать регистр</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/findbar.py" line="63" />
            <source>Previous match (Shift+F3)</source>
            <translation>Предыдущее совпадение (Shift+F3)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/findbar.py" line="65" />
            <source>Next match (F3)</source>
            <translation>Следующее совпадение (F3)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/findbar.py" line="67" />
            <source>Close (Esc)</source>
            <translation>Закрыть (Esc)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/findbar.py" line="72" />
            <source>List</source>
            <translation>Список</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/findbar.py" line="74" />
            <source>Show every match in a list</source>
            <translation>Показать все совпадения списком</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/findbar.py" line="190" />
            <source>No matches</source>
            <translation>Совпадений нет</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/findbar.py" line="190" />
            <source>Searching…</source>
            <translation>Поиск…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/findbar.py" line="192" />
            <source>{total} found…</source>
            <translation>Найдено: {total}…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/findbar.py" line="195" />
            <source>{current} of {total}</source>
            <translation>{current} из {total}</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/findbar.py" line="195" />
            <source>{current} of {total}…</source>
            <translation>{current} из {total}…</translation>
        </message>
    </context>
    <context>
        <name>FindResultsDock</name>
        <message>
            <location filename="../../reader/ui/view/find_results.py" line="90" />
            <source>Find Results</source>
            <translation>Результаты поиска</translation>
        </message>
    </context>
    <context>
        <name>FindResultsModel</name>
        <message>
            <location filename="../../reader/ui/view/find_results.py" line="56" />
            <source>¶</source>
            <extracomment>the parent of the model's rows (a flat list)</extracomment>
            <translation>¶</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/find_results.py" line="56" />
            <source>Text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/find_results.py" line="56" />
            <source>Context</source>
            <translation>Контекст</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/find_results.py" line="67" />
            <source>Russian</source>
            <translation>Русский</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/find_results.py" line="67" />
            <source>English</source>
            <translation>Английский</translation>
        </message>
    </context>
    <context>
        <name>GoToBar</name>
        <message>
            <location filename="../../reader/ui/view/gotobar.py" line="26" />
            <source>Russian</source>
            <extracomment>go to (side, 0-based paragraph index)</extracomment>
            <translation>Русский</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/gotobar.py" line="27" />
            <source>English</source>
            <translation>Английский</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/gotobar.py" line="31" />
            <source>&amp;Paragraph:</source>
            <translation>&amp;Абзац:</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/gotobar.py" line="33" />
            <source>&amp;Go</source>
            <translation>&amp;Перейти</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/gotobar.py" line="36" />
            <source>Close (Esc)</source>
            <translation>Закрыть (Esc)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/gotobar.py" line="63" />
            <source> of {count}</source>
            <translation> из {count}</translation>
        </message>
    </context>
    <context>
        <name>LinkEditing</name>
        <message>
            <location filename="../../reader/ui/linking/editing.py" line="95" />
            <source>Lin&amp;ks</source>
            <extracomment>highlight layers of this module in the columns action name (reader.ui.base.actions.ACTIONS) → the menu it goes in the paragraph last selected on each side and the character offset clicked (-1: none)</extracomment>
            <translation>С&amp;вязи</translation>
        </message>
        <message>
            <location filename="../../reader/ui/linking/editing.py" line="159" />
            <source>Wait until the texts are aligned.</source>
            <translation>Дождитесь окончания выравнивания текстов.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/linking/editing.py" line="250" />
            <source>Select or mark paragraphs on both sides (Ctrl+click), then Link.</source>
            <translation>Выберите или отметьте абзацы с обеих сторон (Ctrl+щелчок), затем нажмите «Связать».</translation>
        </message>
        <message>
            <location filename="../../reader/ui/linking/editing.py" line="280" />
            <source>This paragraph is not linked.</source>
            <translation>Этот абзац ни с чем не связан.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/linking/editing.py" line="296" />
            <source>This link was made by hand; re-alignment keeps it already.</source>
            <translation>Эта связь создана вручную; повторное выравнивание и так её сохранит.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/linking/editing.py" line="333" />
            <source>Click inside the sentence that should begin the second part (not the first one).</source>
            <translation>Щёлкните внутри предложения, с которого должна начинаться вторая часть (не в первом).</translation>
        </message>
        <message>
            <location filename="../../reader/ui/linking/editing.py" line="351" />
            <source>This paragraph is not split.</source>
            <translation>Этот абзац не разделён.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/linking/editing.py" line="368" />
            <source>Mark the first and last paragraph of the range (Shift+click), then Re-align.</source>
            <translation>Отметьте первый и последний абзацы диапазона (Shift+щелчок), затем выровняйте заново.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/linking/editing.py" line="398" />
            <source>No unconfirmed weak link left.</source>
            <translation>Неподтверждённых слабых связей не осталось.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/linking/editing.py" line="412" />
            <source>Marked for linking</source>
            <translation>Отмечен для связывания</translation>
        </message>
        <message>
            <location filename="../../reader/ui/linking/editing.py" line="423" />
            <source>Marked as having no counterpart (the aligner leaves it alone)</source>
            <translation>Отмечен как не имеющий соответствия (выравнивание его не трогает)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/linking/editing.py" line="428" />
            <source>Aligned as one unit with paragraphs {first}–{last}</source>
            <translation>Выравнивается как одно целое с абзацами {first}–{last}</translation>
        </message>
        <message>
            <location filename="../../reader/ui/linking/editing.py" line="431" />
            <source>Split for alignment before sentence(s) {bounds}</source>
            <translation>Разделён для выравнивания перед предложениями {bounds}</translation>
        </message>
        <message>
            <location filename="../../reader/ui/linking/editing.py" line="441" />
            <source>Un&amp;confirm Link</source>
            <translation>Сн&amp;ять подтверждение связи</translation>
        </message>
        <message>
            <location filename="../../reader/ui/linking/editing.py" line="442" />
            <source>&amp;Confirm Link</source>
            <translation>&amp;Подтвердить связь</translation>
        </message>
        <message>
            <location filename="../../reader/ui/linking/editing.py" line="444" />
            <source>Clear &amp;No-Counterpart Mark</source>
            <translation>Снять отметку «&amp;нет соответствия»</translation>
        </message>
        <message>
            <location filename="../../reader/ui/linking/editing.py" line="444" />
            <source>Has &amp;No Counterpart</source>
            <translation>&amp;Нет соответствия</translation>
        </message>
        <message>
            <location filename="../../reader/ui/linking/realign.py" line="120" />
            <source>Re-aligning…</source>
            <translation>Повторное выравнивание…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/linking/realign.py" line="129" />
            <source>The alignment changed while it was being re-aligned; re-align again.</source>
            <translation>Выравнивание изменилось во время пересчёта; выровняйте заново.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/linking/realign.py" line="132" />
            <source>Re-aligned: {count} links found again; your links were kept.</source>
            <translation>Выровнено заново: найдено связей — {count}; ваши связи сохранены.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/linking/realign.py" line="139" />
            <source>Re-alignment failed: {message}</source>
            <translation>Повторное выравнивание не удалось: {message}</translation>
        </message>
    </context>
    <context>
        <name>LinkGutter</name>
        <message>
            <location filename="../../reader/ui/view/gutter.py" line="157" />
            <source>found automatically</source>
            <extracomment>a band was clicked: the link it shows</extracomment>
            <translation>найдена автоматически</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/gutter.py" line="157" />
            <source>confirmed</source>
            <translation>подтверждена</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/gutter.py" line="158" />
            <source>made by hand</source>
            <translation>создана вручную</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/gutter.py" line="159" />
            <source>Link confidence {score:.0%}, {origin}</source>
            <translation>Уверенность связи {score:.0%}, {origin}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../reader/ui/mainwindow.py" line="101" />
            <location filename="../../reader/ui/mainwindow.py" line="251" />
            <source>Parallel Reader</source>
            <translation>Parallel Reader</translation>
        </message>
        <message>
            <location filename="../../reader/ui/mainwindow.py" line="327" />
            <source>Opening {what}…</source>
            <translation>Открытие: {what}…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/mainwindow.py" line="353" />
            <source>Cannot Open the Pair</source>
            <translation>Не удалось открыть пару</translation>
        </message>
        <message>
            <location filename="../../reader/ui/mainwindow.py" line="386" />
            <source>No recent pairs</source>
            <translation>Недавних пар нет</translation>
        </message>
        <message>
            <location filename="../../reader/ui/mainwindow.py" line="389" />
            <source>Clear List</source>
            <translation>Очистить список</translation>
        </message>
        <message>
            <location filename="../../reader/ui/mainwindow.py" line="396" />
            <source>Alignment failed: {message}</source>
            <translation>Выравнивание не удалось: {message}</translation>
        </message>
        <message>
            <location filename="../../reader/ui/mainwindow.py" line="420" />
            <source>Drop two files (original and counterpart) to open a pair.</source>
            <translation>Перетащите два файла (оригинал и соответствующий текст), чтобы открыть пару.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/mainwindow.py" line="491" />
            <source>The interface language changes when the program starts again.</source>
            <translation>Язык интерфейса сменится при следующем запуске программы.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/mainwindow.py" line="503" />
            <source>&amp;Undo {what}</source>
            <translation>&amp;Отменить: {what}</translation>
        </message>
        <message>
            <location filename="../../reader/ui/mainwindow.py" line="503" />
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <location filename="../../reader/ui/mainwindow.py" line="504" />
            <source>&amp;Redo {what}</source>
            <translation>&amp;Повторить: {what}</translation>
        </message>
        <message>
            <location filename="../../reader/ui/mainwindow.py" line="504" />
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <location filename="../../reader/ui/mainwindow.py" line="525" />
            <source>Nothing found.</source>
            <translation>Ничего не найдено.</translation>
        </message>
    </context>
    <context>
        <name>ModelsDialog</name>
        <message>
            <location filename="../../reader/ui/translation/models_dialog.py" line="16" />
            <source>From → To</source>
            <translation>Направление</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/models_dialog.py" line="16" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/models_dialog.py" line="17" />
            <source>Version</source>
            <translation>Версия</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/models_dialog.py" line="17" />
            <source>Size</source>
            <translation>Размер</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/models_dialog.py" line="18" />
            <source>Folder</source>
            <translation>Папка</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/models_dialog.py" line="31" />
            <source>Translation Models</source>
            <extracomment>the installed packages changed (installed, removed or downloaded)</extracomment>
            <translation>Модели перевода</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/models_dialog.py" line="45" />
            <source>&amp;Install from File…</source>
            <translation>&amp;Установить из файла…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/models_dialog.py" line="47" />
            <source>&amp;Remove</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/models_dialog.py" line="54" />
            <source>Download {src} → {tgt}</source>
            <translation>Скачать {src} → {tgt}</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/models_dialog.py" line="55" />
            <source>Download the package from the Argos Translate package index (needs the network)</source>
            <translation>Скачать пакет из каталога пакетов Argos Translate (нужна сеть)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/models_dialog.py" line="63" />
            <source>&amp;Cancel</source>
            <translation>&amp;Отмена</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/models_dialog.py" line="96" />
            <source>Packages in {folder}. Translation runs offline on this computer.</source>
            <translation>Пакеты в папке {folder}. Перевод выполняется на этом компьютере, без сети.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/models_dialog.py" line="99" />
            <source>Machine translation is not installed. {hint}</source>
            <translation>Машинный перевод не установлен. {hint}</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/models_dialog.py" line="115" />
            <source>Install a Translation Package</source>
            <translation>Установка пакета перевода</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/models_dialog.py" line="116" />
            <source>Argos Translate packages (*.argosmodel);;All files (*)</source>
            <translation>Пакеты Argos Translate (*.argosmodel);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/models_dialog.py" line="124" />
            <source>Installing {name}…</source>
            <translation>Установка {name}…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/models_dialog.py" line="125" />
            <location filename="../../reader/ui/translation/models_dialog.py" line="148" />
            <source>Installed {name}.</source>
            <translation>Пакет {name} установлен.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/models_dialog.py" line="131" />
            <source>Remove Package</source>
            <translation>Удаление пакета</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/models_dialog.py" line="131" />
            <source>Remove {name}?</source>
            <translation>Удалить {name}?</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/models_dialog.py" line="139" />
            <source>Removing {name}…</source>
            <translation>Удаление {name}…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/models_dialog.py" line="140" />
            <source>Removed {name}.</source>
            <translation>Пакет {name} удалён.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/models_dialog.py" line="146" />
            <source>Downloading the {src} → {tgt} package…</source>
            <translation>Скачивание пакета {src} → {tgt}…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/models_dialog.py" line="154" />
            <source>Cancelled.</source>
            <translation>Отменено.</translation>
        </message>
    </context>
    <context>
        <name>Navigator</name>
        <message>
            <location filename="../../reader/ui/view/navigator.py" line="176" />
            <source>No place to go to.</source>
            <extracomment>the position counts as settled after this long without scrolling or selecting how long a restored place is held while a big text is still being laid out the reading position settled (a Position)</extracomment>
            <translation>Переходить некуда.</translation>
        </message>
    </context>
    <context>
        <name>NoteDialog</name>
        <message>
            <location filename="../../reader/ui/annotations/note_dialog.py" line="22" />
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <location filename="../../reader/ui/annotations/note_dialog.py" line="23" />
            <source>&amp;Note (Ctrl+Return saves):</source>
            <translation>&amp;Заметка (Ctrl+Return сохраняет):</translation>
        </message>
    </context>
    <context>
        <name>OpenPairDialog</name>
        <message>
            <location filename="../../reader/ui/base/dialogs.py" line="40" />
            <source>Open Pair</source>
            <translation>Открыть пару</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/dialogs.py" line="43" />
            <source>Russian original</source>
            <translation>Русский оригинал</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/dialogs.py" line="44" />
            <source>English counterpart</source>
            <translation>Английский текст</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/dialogs.py" line="46" />
            <source>&amp;Original:</source>
            <translation>&amp;Оригинал:</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/dialogs.py" line="47" />
            <source>&amp;Counterpart:</source>
            <translation>&amp;Соответствие:</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/dialogs.py" line="63" />
            <source>Browse…</source>
            <translation>Обзор…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/dialogs.py" line="69" />
            <source>Choose a File</source>
            <translation>Выберите файл</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/dialogs.py" line="70" />
            <source>Texts ({patterns});;All files (*)</source>
            <translation>Тексты ({patterns});;Все файлы (*)</translation>
        </message>
    </context>
    <context>
        <name>Overview</name>
        <message>
            <location filename="../../reader/ui/view/overview.py" line="76" />
            <source>Gap: {count} paragraphs without counterpart on both sides ({where})</source>
            <extracomment>a click this close (pixels) to a mark goes to the mark marks are drawn at least this tall (pixels), so a single paragraph in a novel stays visible where across the strip each kind is drawn (x from, x to): gaps across it all, weak links in a thin lane</extracomment>
            <translation>Пропуск: {count} абзацев без соответствия с обеих сторон ({where})</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/overview.py" line="79" />
            <source>Weak link ({where})</source>
            <translation>Слабая связь ({where})</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/overview.py" line="81" />
            <source>No counterpart in the English text ({where})</source>
            <translation>Нет соответствия в английском тексте ({where})</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/overview.py" line="82" />
            <source>No counterpart in the Russian text ({where})</source>
            <translation>Нет соответствия в русском тексте ({where})</translation>
        </message>
    </context>
    <context>
        <name>OverviewStrip</name>
        <message>
            <location filename="../../reader/ui/view/overview.py" line="102" />
            <source>Overview of the whole text</source>
            <extracomment>the person clicked the strip: the paragraph to go to</extracomment>
            <translation>Обзор всего текста</translation>
        </message>
    </context>
    <context>
        <name>PairView</name>
        <message>
            <location filename="../../reader/ui/view/pairview.py" line="29" />
            <source>No counterpart in the English text</source>
            <translation>Нет соответствия в английском тексте</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/pairview.py" line="30" />
            <source>No counterpart in the Russian text</source>
            <translation>Нет соответствия в русском тексте</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/pairview.py" line="36" />
            <source>Not in the English text: {term}</source>
            <translation>Нет в английском тексте: {term}</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/pairview.py" line="38" />
            <source>Not in the Russian text: {term}</source>
            <translation>Нет в русском тексте: {term}</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/pairview.py" line="249" />
            <source>Weak link (confidence {score:.0%})</source>
            <extracomment>the selection moved: (side, paragraph index) the number of gaps (stretches without counterpart on both sides) changed; -1 while links are coming</extracomment>
            <translation>Слабая связь (уверенность {score:.0%})</translation>
        </message>
    </context>
    <context>
        <name>Projects</name>
        <message>
            <location filename="../../reader/ui/files/project_io.py" line="109" />
            <source>No pair is open.</source>
            <extracomment>a project was opened (its ReadingSession: notices, unplaced annotations) the project was saved to this path asks for a file name to save to (tests answer instead of the dialog) answers at once whether to restore a recovered state (tests, scripts); None: the window offers it in a box that does not block (``recovery_box``) asks whether to open the previous version (NAME.bak) of a project that cannot be opened</extracomment>
            <translation>Пара не открыта.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/files/project_io.py" line="111" />
            <source>This pair was not read from files, so it cannot be saved as a project.</source>
            <translation>Эта пара прочитана не из файлов, поэтому её нельзя сохранить как проект.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/files/project_io.py" line="145" />
            <source>Cannot Save the Project</source>
            <translation>Не удалось сохранить проект</translation>
        </message>
        <message>
            <location filename="../../reader/ui/files/project_io.py" line="152" />
            <source>Saved {path}</source>
            <translation>Сохранено: {path}</translation>
        </message>
        <message>
            <location filename="../../reader/ui/files/project_io.py" line="170" />
            <source>Save Project</source>
            <translation>Сохранение проекта</translation>
        </message>
        <message>
            <location filename="../../reader/ui/files/project_io.py" line="205" />
            <source>Open Project</source>
            <translation>Открытие проекта</translation>
        </message>
        <message>
            <location filename="../../reader/ui/files/project_io.py" line="220" />
            <source>Opening the project…</source>
            <translation>Открытие проекта…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/files/project_io.py" line="231" />
            <location filename="../../reader/ui/files/project_io.py" line="236" />
            <location filename="../../reader/ui/files/project_io.py" line="239" />
            <source>Cannot Open the Project</source>
            <translation>Не удалось открыть проект</translation>
        </message>
        <message>
            <location filename="../../reader/ui/files/project_io.py" line="240" />
            <source>The previous version, {name}, can be opened instead. Open it?</source>
            <translation>Вместо него можно открыть предыдущую версию, {name}. Открыть её?</translation>
        </message>
        <message>
            <location filename="../../reader/ui/files/project_io.py" line="280" />
            <source>Opened {path}</source>
            <translation>Открыто: {path}</translation>
        </message>
        <message>
            <location filename="../../reader/ui/files/project_io.py" line="287" />
            <source>{n} annotation(s) could not be found in the changed source; they are kept and listed as “Not placed” in the annotations panel.</source>
            <translation>Заметки ({n}) не найдены в изменившемся исходном тексте; они сохранены и перечислены на панели заметок как «Не размещена».</translation>
        </message>
        <message>
            <location filename="../../reader/ui/files/project_io.py" line="319" />
            <source>Recover Unsaved Work?</source>
            <translation>Восстановить несохранённую работу?</translation>
        </message>
        <message>
            <location filename="../../reader/ui/files/project_io.py" line="323" />
            <source>Open restores the changes; Discard deletes them. Closing this box keeps them for the next start.</source>
            <translation>«Открыть» восстановит изменения, «Отклонить» удалит их. Если закрыть это окно, они останутся до следующего запуска.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/files/project_io.py" line="368" />
            <source>Parallel Reader did not close properly. Unsaved changes to the project {project} ({pair}) from {when} were kept. Open them?</source>
            <translation>Parallel Reader не был закрыт как следует. Несохранённые изменения проекта {project} ({pair}) от {when} сохранились. Открыть их?</translation>
        </message>
        <message>
            <location filename="../../reader/ui/files/project_io.py" line="370" />
            <source>Parallel Reader did not close properly. Unsaved changes to {pair} from {when} were kept. Open them?</source>
            <translation>Parallel Reader не был закрыт как следует. Несохранённые изменения пары {pair} от {when} сохранились. Открыть их?</translation>
        </message>
    </context>
    <context>
        <name>Refusals</name>
        <message>
            <location filename="../../reader/ui/base/refusals.py" line="29" />
            <source>There is no {paragraph}.</source>
            <extracomment>{paragraph} names a paragraph in the nominative ("русский абзац 5"), {paragraph:genitive} and {paragraph:prepositional} in those cases; {side} ("русский") likewise. The first letter is made capital.</extracomment>
            <translation>Нет {paragraph:genitive}.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/refusals.py" line="30" />
            <source>Only a split paragraph can be linked in parts; {paragraph} is not split.</source>
            <translation>По частям можно связать только разделённый абзац, а {paragraph} не разделён.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/refusals.py" line="31" />
            <source>Sentences {sentences} are not whole parts of {paragraph}.</source>
            <translation>Предложения {sentences} не составляют целых частей {paragraph:genitive}.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/refusals.py" line="32" />
            <source>Select at least one {side} paragraph to link.</source>
            <translation>Выберите для связывания хотя бы один {side} абзац.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/refusals.py" line="33" />
            <source>These paragraphs are already linked by hand.</source>
            <translation>Эти абзацы уже связаны вручную.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/refusals.py" line="34" />
            <source>Select a linked paragraph to unlink.</source>
            <translation>Выберите связанный абзац, чтобы удалить связь.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/refusals.py" line="35" />
            <source>That link is no longer in the alignment.</source>
            <translation>Этой связи уже нет в выравнивании.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/refusals.py" line="36" />
            <source>Select a paragraph to mark.</source>
            <translation>Выберите абзац, который нужно отметить.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/refusals.py" line="37" />
            <source>These paragraphs are already marked as having no counterpart.</source>
            <translation>У этих абзацев уже есть отметка «нет соответствия».</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/refusals.py" line="38" />
            <source>These paragraphs are not marked as having no counterpart.</source>
            <translation>У этих абзацев нет отметки «нет соответствия».</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/refusals.py" line="39" />
            <source>This link is already confirmed or was made by hand.</source>
            <translation>Эта связь уже подтверждена или создана вручную.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/refusals.py" line="40" />
            <source>This link is not a confirmed one.</source>
            <translation>Эта связь не подтверждена.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/refusals.py" line="41" />
            <source>{paragraph} is the last one; there is nothing to merge it with.</source>
            <translation>{paragraph} — последний; его не с чем объединить.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/refusals.py" line="42" />
            <source>{paragraph} is split; join its parts before merging.</source>
            <translation>{paragraph} разделён; перед объединением соедините его части.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/refusals.py" line="43" />
            <source>{paragraph} is not merged with another one.</source>
            <translation>{paragraph} не объединён с другим абзацем.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/refusals.py" line="44" />
            <source>{paragraph} is merged with another one; unmerge it first.</source>
            <translation>{paragraph} объединён с другим абзацем; сначала разъедините их.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/refusals.py" line="45" />
            <source>{paragraph} has a single sentence and cannot be split.</source>
            <translation>В {paragraph:prepositional} одно предложение; его нельзя разделить.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/refusals.py" line="46" />
            <source>{paragraph} has {count} sentence(s); it can only be split before sentences {first} to {last}.</source>
            <translation>В {paragraph:prepositional} предложений: {count}; его можно разделить только перед предложениями {first}–{last}.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/refusals.py" line="48" />
            <source>{paragraph} is already split before sentence {at}.</source>
            <translation>{paragraph} уже разделён перед предложением {at}.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/refusals.py" line="49" />
            <source>{paragraph} is not split before sentence {at}.</source>
            <translation>{paragraph} не разделён перед предложением {at}.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/refusals.py" line="50" />
            <source>Choose paragraphs inside the text to re-align.</source>
            <translation>Для повторного выравнивания выберите абзацы внутри текста.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/refusals.py" line="51" />
            <source>Re-alignment was cancelled.</source>
            <translation>Повторное выравнивание отменено.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/refusals.py" line="52" />
            <source>The alignment changed while it was being re-aligned; re-align again.</source>
            <translation>Выравнивание изменилось во время пересчёта; выровняйте заново.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/refusals.py" line="62" />
            <source>Russian</source>
            <comment>nominative</comment>
            <translation>русский</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/refusals.py" line="63" />
            <source>Russian</source>
            <comment>genitive</comment>
            <translation>русского</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/refusals.py" line="64" />
            <source>Russian</source>
            <comment>prepositional</comment>
            <translation>русском</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/refusals.py" line="65" />
            <source>English</source>
            <comment>nominative</comment>
            <translation>английский</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/refusals.py" line="66" />
            <source>English</source>
            <comment>genitive</comment>
            <translation>английского</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/refusals.py" line="67" />
            <source>English</source>
            <comment>prepositional</comment>
            <translation>английском</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/refusals.py" line="74" />
            <source>{side} paragraph {number}</source>
            <comment>genitive</comment>
            <translation>{side} абзаца {number}</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/refusals.py" line="76" />
            <source>{side} paragraph {number}</source>
            <comment>prepositional</comment>
            <translation>{side} абзаце {number}</translation>
        </message>
        <message>
            <location filename="../../reader/ui/base/refusals.py" line="77" />
            <source>{side} paragraph {number}</source>
            <comment>nominative</comment>
            <translation>{side} абзац {number}</translation>
        </message>
    </context>
    <context>
        <name>SplitDialog</name>
        <message>
            <location filename="../../reader/ui/linking/split_dialog.py" line="32" />
            <source>Split Paragraph</source>
            <translation>Разделить абзац</translation>
        </message>
        <message>
            <location filename="../../reader/ui/linking/split_dialog.py" line="34" />
            <source>Sentences</source>
            <translation>Предложения</translation>
        </message>
        <message>
            <location filename="../../reader/ui/linking/split_dialog.py" line="43" />
            <source>The paragraph is already split here.</source>
            <translation>Здесь абзац уже разделён.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/linking/split_dialog.py" line="48" />
            <source>The second part begins with &amp;sentence:</source>
            <translation>Вторая часть начинается с &amp;предложения:</translation>
        </message>
    </context>
    <context>
        <name>StatusPanel</name>
        <message>
            <location filename="../../reader/ui/view/statusbar.py" line="41" />
            <source>No pair open</source>
            <translation>Пара не открыта</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/statusbar.py" line="44" />
            <source>Russian: {ru} paragraphs · English: {en} paragraphs</source>
            <translation>Русский: абзацев {ru} · английский: абзацев {en}</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/statusbar.py" line="50" />
            <source>Linked: Russian {ru_linked} of {ru_total} ({ru_cov:.0%} of the text) · English {en_linked} of {en_total} ({en_cov:.0%}) · Without counterpart: Russian {ru_gap}, English {en_gap}</source>
            <translation>Связано: в русском {ru_linked} из {ru_total} ({ru_cov:.0%} текста) · в английском {en_linked} из {en_total} ({en_cov:.0%}) · Без соответствия: в русском {ru_gap}, в английском {en_gap}</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/statusbar.py" line="55" />
            <source>Coverage is the share of each text (headings and body, by characters) that has a counterpart.</source>
            <translation>Покрытие — доля каждого текста (заголовки и основной текст, по числу знаков), у которой есть соответствие.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/statusbar.py" line="57" />
            <source>A gap is a stretch where paragraphs of both texts are left without counterpart (at least {min} on each side).</source>
            <translation>Пропуск — место, где абзацы обоих текстов остались без пары (не меньше {min} с каждой стороны).</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/statusbar.py" line="64" />
            <source>Gaps: counting…</source>
            <translation>Пропуски: подсчёт…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/statusbar.py" line="66" />
            <source>Gaps: none</source>
            <translation>Пропусков нет</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/statusbar.py" line="67" />
            <source>Gaps: {count} (longest {longest} paragraphs)</source>
            <translation>Пропуски: {count} (самый длинный — {longest} абз.)</translation>
        </message>
        <message>
            <location filename="../../reader/ui/view/statusbar.py" line="76" />
            <source>Aligning…</source>
            <translation>Выравнивание…</translation>
        </message>
    </context>
    <context>
        <name>TranslationController</name>
        <message>
            <location filename="../../reader/ui/translation/controller.py" line="141" />
            <location filename="../../reader/ui/translation/controller.py" line="181" />
            <source>Machine translation is not installed. </source>
            <extracomment>``context.translations`` changed (a translation arrived, or the pair changed)</extracomment>
            <translation>Машинный перевод не установлен. </translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/controller.py" line="144" />
            <source>Wait until the alignment is done.</source>
            <translation>Дождитесь окончания выравнивания.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/controller.py" line="145" />
            <source>This paragraph has a counterpart.</source>
            <translation>У этого абзаца есть соответствие.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/controller.py" line="153" />
            <source>Translate this paragraph into {language} (machine translation, offline).</source>
            <translation>Машинный перевод этого абзаца ({language}), без сети.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/controller.py" line="184" />
            <source>Select a paragraph without counterpart first.</source>
            <translation>Сначала выберите абзац без соответствия.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/controller.py" line="142" />
            <source>No {pair} translation package is installed: add one in Tools ▸ Translation Models…</source>
            <translation>Пакет перевода {pair} не установлен: добавьте его в меню Сервис ▸ Модели перевода…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/controller.py" line="146" />
            <source>This paragraph is being translated.</source>
            <translation>Этот абзац сейчас переводится.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/controller.py" line="147" />
            <source>This paragraph is already translated: its machine translation is shown in the other column.</source>
            <translation>Этот абзац уже переведён: его машинный перевод показан в другой колонке.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/controller.py" line="158" />
            <source>machine translation not installed</source>
            <translation>машинный перевод не установлен</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/controller.py" line="159" />
            <source>no translation model installed</source>
            <translation>нет модели перевода</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/controller.py" line="160" />
            <source>wait for the alignment</source>
            <translation>дождитесь выравнивания</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/controller.py" line="160" />
            <source>has a counterpart</source>
            <translation>есть пара</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/controller.py" line="161" />
            <source>being translated</source>
            <translation>переводится</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/controller.py" line="161" />
            <source>already translated</source>
            <translation>уже переведён</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/controller.py" line="193" />
            <source>No translation package is installed: add one in Tools ▸ Translation Models…</source>
            <translation>Пакет перевода не установлен: добавьте его в меню Сервис ▸ Модели перевода…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/controller.py" line="195" />
            <source>No passage without counterpart is left to translate (or the alignment is still running).</source>
            <translation>Непереведённых фрагментов без соответствия не осталось (или выравнивание ещё идёт).</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/controller.py" line="197" />
            <source>Translate every paragraph that has no counterpart, one after another.</source>
            <translation>Перевести по очереди все абзацы, у которых нет соответствия.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/controller.py" line="200" />
            <source>Needs a Russian→English translation package (Tools ▸ Translation Models…).</source>
            <translation>Нужен пакет перевода с русского на английский (Сервис ▸ Модели перевода…).</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/controller.py" line="201" />
            <source>Translate the Russian paragraphs and align again using the translations.</source>
            <translation>Перевести русские абзацы и выровнять тексты заново с учётом переводов.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/controller.py" line="216" />
            <source>Translate Paragraph</source>
            <translation>Перевод абзаца</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/controller.py" line="218" />
            <source>Translate Paragraph ({reason})</source>
            <translation>Перевести абзац ({reason})</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/controller.py" line="256" />
            <source>Translating a paragraph ({pair})…</source>
            <translation>Перевод абзаца ({pair})…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/controller.py" line="257" />
            <source>Translating {count} paragraphs ({pair})…</source>
            <translation>Перевод абзацев: {count} ({pair})…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/controller.py" line="287" />
            <source>Machine Translation Failed</source>
            <translation>Машинный перевод не удался</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/controller.py" line="307" />
            <source>[Machine translation — {model}]</source>
            <translation>[Машинный перевод — {model}]</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/controller.py" line="377" />
            <source>Aligning again with machine translations of {count} Russian paragraphs.</source>
            <translation>Повторное выравнивание с машинным переводом русских абзацев (их {count}).</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/controller.py" line="381" />
            <source>Translating the Russian text for the aligner…</source>
            <translation>Перевод русского текста для выравнивания…</translation>
        </message>
    </context>
    <context>
        <name>TranslationStatus</name>
        <message>
            <location filename="../../reader/ui/translation/controller.py" line="51" />
            <source>Cancel</source>
            <extracomment>least time between two redisplays while translations stream in (each rebuilds a column), seconds</extracomment>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../reader/ui/translation/controller.py" line="52" />
            <source>Stop translating</source>
            <translation>Остановить перевод</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <location filename="../../reader/ui/words/vocabulary.py" line="90" />
            <source>“{word}” is not in the text where it was found.</source>
            <extracomment>asks where to export: (suggested path, format) → (path, format) or None (tests answer instead)</extracomment>
            <translation>«{word}» нет в тексте на том месте, где это слово было найдено.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/words/vocabulary.py" line="101" />
            <source>Export Vocabulary</source>
            <translation>Экспорт словарика</translation>
        </message>
        <message>
            <location filename="../../reader/ui/words/vocabulary.py" line="111" />
            <source>The vocabulary is empty: look words up first (Ctrl+D).</source>
            <translation>Словарик пуст: сначала найдите слова в словаре (Ctrl+D).</translation>
        </message>
        <message>
            <location filename="../../reader/ui/words/vocabulary.py" line="128" />
            <source>Cannot Export the Vocabulary</source>
            <translation>Не удалось экспортировать словарик</translation>
        </message>
        <message>
            <location filename="../../reader/ui/words/vocabulary.py" line="131" />
            <source>Exported {n} word(s) to {path}</source>
            <translation>Экспортировано слов: {n}, в {path}</translation>
        </message>
    </context>
    <context>
        <name>VocabularyModel</name>
        <message>
            <location filename="../../reader/ui/words/vocabulary_model.py" line="60" />
            <source>Word</source>
            <extracomment>the default parent of the model's rows (the root) the role that gives an entry's id</extracomment>
            <translation>Слово</translation>
        </message>
        <message>
            <location filename="../../reader/ui/words/vocabulary_model.py" line="60" />
            <source>Lemma</source>
            <translation>Начальная форма</translation>
        </message>
        <message>
            <location filename="../../reader/ui/words/vocabulary_model.py" line="60" />
            <source>Sense</source>
            <translation>Значение</translation>
        </message>
        <message>
            <location filename="../../reader/ui/words/vocabulary_model.py" line="60" />
            <source>Sentence</source>
            <translation>Предложение</translation>
        </message>
    </context>
    <context>
        <name>VocabularyPanel</name>
        <message>
            <location filename="../../reader/ui/words/vocabulary_panel.py" line="24" />
            <source>Vocabulary</source>
            <extracomment>remove these entries (ids)</extracomment>
            <translation>Словарик</translation>
        </message>
        <message>
            <location filename="../../reader/ui/words/vocabulary_panel.py" line="26" />
            <source>&amp;Remove</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <location filename="../../reader/ui/words/vocabulary_panel.py" line="27" />
            <source>&amp;Export…</source>
            <translation>&amp;Экспорт…</translation>
        </message>
        <message>
            <location filename="../../reader/ui/words/vocabulary_panel.py" line="53" />
            <source>{n} word(s)</source>
            <translation>Слов: {n}</translation>
        </message>
    </context>
    <context>
        <name>Words</name>
        <message>
            <location filename="../../reader/ui/words/answers.py" line="29" />
            <source>dictionary</source>
            <extracomment>the highlight layer of word links in both columns, above the selected sentence and below find results (word under the pointer or cursor, its counterpart words): light and dark themes</extracomment>
            <translation>словарь</translation>
        </message>
        <message>
            <location filename="../../reader/ui/words/answers.py" line="29" />
            <source>same word</source>
            <translation>то же слово</translation>
        </message>
        <message>
            <location filename="../../reader/ui/words/answers.py" line="30" />
            <source>name</source>
            <translation>имя</translation>
        </message>
        <message>
            <location filename="../../reader/ui/words/answers.py" line="30" />
            <source>number</source>
            <translation>число</translation>
        </message>
        <message>
            <location filename="../../reader/ui/words/answers.py" line="31" />
            <source>date</source>
            <translation>дата</translation>
        </message>
        <message>
            <location filename="../../reader/ui/words/answers.py" line="31" />
            <source>acronym</source>
            <translation>аббревиатура</translation>
        </message>
        <message>
            <location filename="../../reader/ui/words/answers.py" line="32" />
            <source>usual rendering</source>
            <translation>обычный перевод</translation>
        </message>
        <message>
            <location filename="../../reader/ui/words/answers.py" line="85" />
            <source>Word links appear when the alignment is done.</source>
            <extracomment>the text of the machine translation the word or its counterpart is in (None: a link of the pair)</extracomment>
            <translation>Соответствия слов появятся, когда выравнивание закончится.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/words/answers.py" line="87" />
            <source>the machine translation</source>
            <translation>машинном переводе</translation>
        </message>
        <message>
            <location filename="../../reader/ui/words/answers.py" line="88" />
            <source>the English text</source>
            <translation>английском тексте</translation>
        </message>
        <message>
            <location filename="../../reader/ui/words/answers.py" line="88" />
            <source>the Russian text</source>
            <translation>русском тексте</translation>
        </message>
        <message>
            <location filename="../../reader/ui/words/answers.py" line="91" />
            <source>{word} ↔ {counterpart} ({why})</source>
            <translation>{word} ↔ {counterpart} ({why})</translation>
        </message>
        <message>
            <location filename="../../reader/ui/words/answers.py" line="94" />
            <source>{word}: a function word; such words have no counterpart of their own.</source>
            <translation>{word}: служебное слово; у таких слов нет своего соответствия.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/words/answers.py" line="96" />
            <source>{word}: this paragraph has no counterpart.</source>
            <translation>{word}: у этого абзаца нет соответствия.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/words/answers.py" line="97" />
            <source>{word}: no counterpart word in {where} of this link.</source>
            <translation>{word}: в {where} этой связи нет соответствующего слова.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/words/controller.py" line="255" />
            <source>No more words in this column.</source>
            <extracomment>how long a hover message stays in the status bar, ms which of the two moved last ("hover" or "cursor"): the one Look Up takes</extracomment>
            <translation>Дальше в этой колонке слов нет.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/words/controller.py" line="270" />
            <source>Look Up “{word}”</source>
            <translation>Найти «{word}» в словаре</translation>
        </message>
        <message>
            <location filename="../../reader/ui/words/dictionary.py" line="58" />
            <source>Click a word (or point at it) to look it up.</source>
            <extracomment>the card shown: the look-up it came from, the card and the vocabulary entry it makes</extracomment>
            <translation>Щёлкните слово (или наведите на него указатель), чтобы найти его в словаре.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/words/dictionary.py" line="71" />
            <source>Words of a machine translation cannot carry notes.</source>
            <translation>К словам машинного перевода нельзя добавлять заметки.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/words/dictionary.py" line="89" />
            <source>The card was copied.</source>
            <translation>Карточка скопирована.</translation>
        </message>
        <message>
            <location filename="../../reader/ui/words/dictionary.py" line="104" />
            <source>Added to the notes: {note}</source>
            <translation>Добавлено в заметки: {note}</translation>
        </message>
    </context>
</TS>
