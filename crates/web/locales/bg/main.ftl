# Layout
skip-to-content = Към съдържанието
nav-label = Основна навигация
nav-home = Начало
nav-partnerships = Партньорства
nav-cities = Градове
nav-organisations = Организации
nav-people = Хора
nav-sectors = Сектори
nav-users = Потребители
nav-login = Вход
nav-logout = Изход
lang-switch-label = Език
account-nav-label = Профил
footer-text = city2city – платформа за бизнес и иновационно партньорство между градове
footer-api = JSON API

# Errors
error-not-found = Страницата не е намерена
error-not-found-detail = На този адрес няма нищо. Може да е преместено или изтрито.
error-forbidden = Не е разрешено
error-forbidden-detail = Вашият профил няма право да направи това. Нищо не е променено.
error-rate-limited = Твърде много опити
error-rate-limited-detail = Моля, изчакайте няколко минути, преди да опитате отново.
error-invalid = Заявката не може да бъде обработена
error-internal = Нещо се обърка
error-internal-detail = При нас възникна грешка и тя е записана. Моля, опитайте отново по-късно.
error-back-home = Обратно към началната страница
error-summary-title = Има проблем

# Pagination
pagination-label = Страници
pagination-summary = { $from }–{ $to } от { $total }
pagination-prev = Предишна
pagination-next = Следваща

# Field errors (by validation code)
err-required = Това поле е задължително.
err-too-long = Текстът е твърде дълъг.
err-invalid-email = Въведете валиден имейл адрес, например name@example.org.
err-invalid-url = Въведете уеб адрес, започващ с https://.
err-invalid-phone = Въведете телефонен номер, например +359 2 123 4567.
err-invalid-slug = Използвайте само малки латински букви a–z, цифри и тирета.
err-invalid-choice = Изберете една от възможностите.
err-invalid-country = Въведете двубуквен код на държава, например BG или AT.
err-invalid-time-zone = Въведете часова зона, например Europe/Sofia.
err-invalid-date = Въведете дата във формат ГГГГ-ММ-ДД.
err-unknown-sector = Изберете сектори от списъка.
err-unknown-city = Изберете град от списъка.
err-unknown-organisation = Изберете съществуваща организация.
err-not-applicable = Това не се отнася тук; оставете полето празно.
err-bad-credentials = Имейл адресът или паролата са грешни.
err-weak-password = Използвайте поне 10 знака, не само един повтарящ се.
err-too-few = Изберете поне два различни града.
err-illegal-transition = Тази стъпка не е възможна при сегашното състояние на споразумението.
err-before-previous = Датата не може да е преди предишното събитие.
err-before-start = Крайната дата трябва да е след датата на подписване.
err-not-later = Новата крайна дата трябва да е след сегашната.
err-role-mismatch = Тази роля не съответства на вида организация.
err-self-lockout = Не можете да отнемете собствените си администраторски права.
err-unknown-user = Няма профил с този имейл адрес.
err-taken = Тази стойност вече е заета.

# Sign in
login-title = Вход
login-email = Имейл адрес
login-password = Парола
login-submit = Вход
