# Партньорства и споразумения (помощник за партньорствата)

## Статус на споразумението
status-draft = Проект
status-signed = Подписано
status-active = В сила
status-expired = Изтекло
status-terminated = Прекратено

## Събития по споразумението
event-signed = Подписване
event-extended = Удължаване
event-scope_changed = Разширяване на обхвата
event-terminated = Прекратяване

## Какво означава статусът днес
partnership-status-draft-detail = все още не е подписано.
partnership-status-signed-detail = влиза в сила на { $date }
partnership-status-active-until = в сила до { $date }
partnership-status-active-open = в сила, без краен срок.
partnership-status-expired-detail = срокът изтече на { $date } и не беше удължен.
partnership-status-terminated-detail = действието на споразумението приключи на { $date }

## Списък
partnership-list-title = Партньорства
partnership-list-lead = Споразумения между градове: кой ги е подписал, какво обхващат и как са се променяли с времето.
partnership-list-empty = Все още няма партньорства.
partnership-list-none-match = Няма партньорство, което да отговаря на тези филтри.
partnership-filters = Филтриране на партньорствата
partnership-filter-city = Град
partnership-filter-any-city = Всички градове
partnership-filter-status = Статус
partnership-filter-any-status = Всеки статус
partnership-filter-apply = Покажи
partnership-filter-reset = Покажи всички партньорства
partnership-sort = Подреждане по
partnership-sort-name = Име
partnership-sort-signed = Дата на подписване, първо най-новите
partnership-sort-term-end = Край на срока, първо най-късните
partnership-new = Ново партньорство

## Основни данни
partnership-status = Статус
partnership-cities = Градове
partnership-parties = Страни по споразумението
partnership-no-parties = Няма въведени страни.
partnership-signed-on = Подписано на
partnership-not-signed = Все още не е подписано
partnership-term-end = Текущ край на срока
partnership-no-end = Без краен срок
partnership-terminated-on = Прекратено на
partnership-scope-changes = Разширявания на обхвата
partnership-facts = Основни данни

## Страница на споразумението
partnership-scope = Текущ обхват
partnership-areas = Области на дейност
partnership-no-areas = Все още няма добавени области на дейност.
partnership-sectors = Сектори
partnership-no-sectors = Все още няма добавени сектори.
partnership-history = История на споразумението
partnership-no-events = Все още няма въведени събития.
partnership-event-signed-until = Подписано, първи срок до { $end }
partnership-event-signed-open = Подписано, без краен срок
partnership-event-extended-to = Удължено до { $end }
partnership-event-scope-widened = Разширен обхват
partnership-areas-added = Добавени области на дейност:
partnership-sectors-added = Добавени сектори:
partnership-record-event = Въвеждане на събитие
partnership-edit = Редактиране на партньорството
partnership-delete = Изтриване на партньорството
partnership-back-to-list = Всички партньорства
partnership-done-created = Партньорството е създадено.
partnership-done-saved = Промените са запазени.
partnership-done-event = Събитието е добавено към историята на споразумението.
partnership-done-deleted = Партньорството е изтрито.
partnership-cancel = Отказ

## Изтриване
partnership-delete-title = Да се изтрие ли това партньорство?
partnership-delete-warning = Партньорството и цялата история на споразумението ще бъдат изтрити. Това действие е необратимо.
partnership-delete-submit = Изтриване на партньорството

## Създаване и редактиране
partnership-new-title = Ново партньорство
partnership-edit-title = Редактиране на партньорство
partnership-form-name = Име
partnership-form-name-hint = Въведете името на поне един език; на останалите езици ще се показва то.
partnership-form-name-bg = Име на български
partnership-form-name-de = Име на немски
partnership-form-name-en = Име на английски
partnership-form-slug = Кратко име за уеб адреса
partnership-form-slug-hint-new = Малки латински букви a–z, цифри и тирета, например sofia-vienna. Оставете празно, за да се образува от английското име.
partnership-form-slug-hint-edit = Малки латински букви a–z, цифри и тирета. Промяната му променя адреса на страницата.
partnership-form-cities-hint = Изберете поне два града.
partnership-form-parties-hint = Отбележете всяка организация, която е страна по споразумението, и опишете ролята ѝ, например „Подписала за Виена“.
partnership-form-no-candidates = Все още няма публични институции, университети или неправителствени организации.
partnership-form-party-role = Роля
partnership-form-create = Създаване на партньорството
partnership-form-save = Запазване на промените

## Въвеждане на събитие
partnership-event-title = Въвеждане на събитие по споразумението
partnership-event-kind = Какво се е случило
partnership-event-kind-hint = Първо подписването; след това удължавания и разширявания на обхвата; прекратяването слага край на споразумението.
partnership-choose = Изберете…
partnership-event-date = Дата
partnership-date-hint = Например 2020-02-14.
partnership-event-term-end = Край на срока
partnership-event-term-end-hint = При подписване: краят на първия срок (оставете празно, ако няма такъв). При удължаване: новата крайна дата. В останалите случаи оставете празно.
partnership-event-term-end-now = Текущ край на срока:
partnership-event-areas = Добавени области на дейност
partnership-event-areas-hint = При разширяване на обхвата: по една област на дейност на ред.
partnership-event-sectors = Добавени сектори
partnership-event-sectors-hint = При разширяване на обхвата: отбележете секторите, които споразумението вече обхваща.
partnership-event-note = Бележка
partnership-event-note-hint = По желание. Напишете я на един или повече езици; читателите виждат своя език, ако е наличен.
partnership-event-note-bg = Бележка на български
partnership-event-note-de = Бележка на немски
partnership-event-note-en = Бележка на английски
partnership-event-submit = Въвеждане на събитието
partnership-event-scope-empty = Разширяването на обхвата добавя поне една област на дейност или сектор.
