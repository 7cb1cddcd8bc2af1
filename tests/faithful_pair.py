"""A faithful translation of the sample pair's second Russian paragraph (the sample's English report
leaves out who read the message and where), for word-link tests of the core and the window."""

#: the sample pair's second Russian paragraph, and a faithful English translation of it
RU_PARAGRAPH = ("«Это без преувеличения историческое событие стало возможным благодаря поддержке большинством "
                "стран мира выдвинутой Россией в 2019 году инициативы», — говорится в приветствии главы "
                "государства, которое зачитал генпрокурор России Александр Гуцан на церемонии подписания "
                "конвенции в столице Вьетнама Ханое.")
EN_PARAGRAPH = ("\"This historic event became possible thanks to the support of most countries of the world for the "
                "initiative put forward by Russia in 2019,\" the head of state said in a message read by Russian "
                "Prosecutor General Alexander Gutsan at the signing ceremony of the convention in the Vietnamese "
                "capital Hanoi.")
