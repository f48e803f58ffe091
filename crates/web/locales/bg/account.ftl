# Профили, API ключове и администриране (помощник за партньорствата и профилите)

## Роли
role-admin = Администратор
role-staff = Служител
role-company_member = Член на фирма
role-official = Представител на общината

## Вашият профил
account-title = Вашият профил
account-details = Вашите данни
account-name = Име
account-email = Имейл адрес
account-role = Роля
account-organisation = Организация
account-no-organisation = Няма (администраторите не действат от името на организация)
account-language = Език
account-language-intro = Езикът на страниците и на имейлите, които получавате. Изберете един:
account-language-current = текущ език
account-password = Смяна на паролата
account-current-password = Текуща парола
account-new-password = Нова парола
account-password-hint = Поне 10 знака, не само един повтарящ се знак.
account-new-password-again = Новата парола отново
account-password-sessions = При смяна на паролата излизате от профила си навсякъде другаде; тук оставате влезли.
account-password-submit = Смяна на паролата
account-passwords-differ = Двете нови пароли не съвпадат. Въведете една и съща парола два пъти.
account-wrong-password = Това не е текущата ви парола.
account-done-password = Паролата ви е сменена.
account-tokens-intro = Програмите, които използват JSON API от ваше име, влизат с API ключ.
account-tokens-link = Управление на API ключовете
account-back = Обратно към профила

## API ключове
token-title = API ключове
token-intro = API ключът позволява на програма да използва JSON API с вашите права. Създайте отделен ключ за всяка програма, за да можете да го анулирате поотделно.
token-list = Вашите ключове
token-none = Все още нямате API ключове.
token-name = Име
token-name-hint = За какво служи ключът, например „Синхронизация с CRM“.
token-prefix = Начало
token-created = Създаден
token-last-used = Последно използван
token-never-used = Никога
token-status = Статус
token-active = Активен
token-revoked-on = Анулиран на
token-action = Действие
token-revoke = Анулиране
token-create = Създаване на ключ
token-create-submit = Създаване на ключа
token-created-title = Вашият нов API ключ
token-shown-once = Копирайте ключа сега. Той се показва само този път: пазим само отпечатък от него и не можем да го покажем отново.
token-secret-label = Вашият ключ:
token-copy = Копиране на ключа
token-copied = Копирано
token-how-title = Как се използва
token-how-header = Изпращайте ключа в заглавката Authorization на всяка заявка:
token-how-example = Например с curl:
token-docs-link = Документация на API
token-back = Обратно към API ключовете
token-revoke-title = Да се анулира ли този API ключ?
token-revoke-warning = Програмите, които използват този ключ, вече няма да имат достъп до API. Това действие е необратимо.
token-revoke-submit = Анулиране на ключа
token-cancel = Отказ
token-done-revoked = Ключът е анулиран.

## Администриране: профили
admin-users-title = Профили
admin-users-caption = Профили, подредени по имейл адрес
admin-users-none = Няма профили.
admin-user-new = Създаване на профил
admin-audit-link = Дневник на промените
admin-user-email = Имейл адрес
admin-user-name = Име
admin-user-name-hint = По желание: без име се използва първата част на имейл адреса.
admin-user-role = Роля
admin-user-organisation = Организация
admin-user-organisation-hint = Всяка роля освен администратор действа от името на една организация: член на фирма — за фирма, представител на общината — за община.
admin-user-no-organisation = Без организация
admin-user-status = Статус
admin-user-active = Активен
admin-user-disabled = Деактивиран
admin-user-action = Действие
admin-user-edit = Промяна на достъпа
admin-user-new-title = Създаване на профил
admin-user-password = Парола
admin-user-password-hint = Поне 10 знака. Предайте я на човека по сигурен начин; той може да я смени от страницата на профила си.
admin-user-create = Създаване на профила
admin-user-edit-title = Промяна на достъпа до профил
admin-user-self-warning = Това е вашият собствен профил: не можете да отнемете собствените си администраторски права, нито да го деактивирате.
admin-user-disable = Деактивиран профил
admin-user-disable-hint = Деактивираният профил не може да влиза, а сесиите му се прекратяват веднага.
admin-save = Запазване на промените
admin-cancel = Отказ
admin-done-created = Профилът е създаден.
admin-done-saved = Профилът е променен.

## Администриране: дневник на промените
audit-title = Дневник на промените
audit-intro = Всяка промяна в платформата: кой и кога я е направил и какво е имало преди и след нея. Първо най-новите.
audit-back-users = Обратно към профилите
audit-none = Все още няма записи.
audit-caption = Промени, първо най-новите (страница { $page })
audit-time = Час
audit-actor = От
audit-action = Действие
audit-entity = Запис
audit-changes = Промени
audit-show-changes = Преди и след
audit-before = Преди:
audit-after = След:
audit-no-details = Няма записани подробности
audit-newer = По-нови промени
audit-older = По-стари промени
audit-page = Страница { $page }
