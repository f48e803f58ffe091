# Konten, API-Tokens und Verwaltung (Partnerschaften-/Konten-Helfer)

## Rollen
role-admin = Administrator/in
role-staff = Mitarbeiter/in
role-company_member = Unternehmensmitglied
role-official = Vertreter/in der Stadt

## Ihr Konto
account-title = Ihr Konto
account-details = Ihre Angaben
account-name = Name
account-email = E-Mail-Adresse
account-role = Rolle
account-organisation = Organisation
account-no-organisation = Keine (Administratoren handeln für keine Organisation)
account-language = Sprache
account-language-intro = Die Sprache der Seiten und der E-Mails, die Sie erhalten. Wählen Sie eine:
account-language-current = aktuelle Sprache
account-password = Passwort ändern
account-current-password = Aktuelles Passwort
account-new-password = Neues Passwort
account-password-hint = Mindestens 10 Zeichen, nicht nur ein wiederholtes Zeichen.
account-new-password-again = Neues Passwort wiederholen
account-password-sessions = Wenn Sie Ihr Passwort ändern, werden Sie überall sonst abgemeldet; hier bleiben Sie angemeldet.
account-password-submit = Passwort ändern
account-passwords-differ = Die beiden neuen Passwörter stimmen nicht überein. Geben Sie zweimal dasselbe Passwort ein.
account-wrong-password = Das ist nicht Ihr aktuelles Passwort.
account-done-password = Ihr Passwort wurde geändert.
account-tokens-intro = Programme, die die JSON-API in Ihrem Namen nutzen, melden sich mit einem API-Token an.
account-tokens-link = Ihre API-Tokens verwalten
account-back = Zurück zu Ihrem Konto

## API-Tokens
token-title = API-Tokens
token-intro = Mit einem API-Token kann ein Programm die JSON-API mit Ihren Berechtigungen nutzen. Legen Sie für jedes Programm ein eigenes Token an, damit Sie es einzeln widerrufen können.
token-list = Ihre Tokens
token-none = Sie haben noch keine API-Tokens.
token-name = Name
token-name-hint = Wofür das Token dient, etwa „CRM-Synchronisation“.
token-prefix = Anfang
token-created = Angelegt
token-last-used = Zuletzt verwendet
token-never-used = Nie
token-status = Status
token-active = Aktiv
token-revoked-on = Widerrufen am
token-action = Aktion
token-revoke = Widerrufen
token-create = Token anlegen
token-create-submit = Token anlegen
token-created-title = Ihr neues API-Token
token-shown-once = Kopieren Sie dieses Token jetzt. Es wird nur dieses eine Mal angezeigt: Wir speichern nur einen Fingerabdruck davon und können es nicht noch einmal anzeigen.
token-secret-label = Ihr Token:
token-copy = Token kopieren
token-copied = Kopiert
token-how-title = So verwenden Sie es
token-how-header = Senden Sie das Token bei jeder Anfrage im Authorization-Header:
token-how-example = Zum Beispiel mit curl:
token-docs-link = Zur API-Dokumentation
token-back = Zurück zu Ihren API-Tokens
token-revoke-title = Dieses API-Token widerrufen?
token-revoke-warning = Programme, die dieses Token verwenden, können die API dann nicht mehr nutzen. Dies kann nicht rückgängig gemacht werden.
token-revoke-submit = Token widerrufen
token-cancel = Abbrechen
token-done-revoked = Das Token wurde widerrufen.

## Verwaltung: Konten
admin-users-title = Konten
admin-users-caption = Konten, nach E-Mail-Adresse
admin-users-none = Es gibt keine Konten.
admin-user-new = Konto anlegen
admin-audit-link = Änderungsprotokoll
admin-user-email = E-Mail-Adresse
admin-user-name = Name
admin-user-name-hint = Freiwillig: Ohne Namen wird der erste Teil der E-Mail-Adresse verwendet.
admin-user-role = Rolle
admin-user-organisation = Organisation
admin-user-organisation-hint = Jede Rolle außer Administrator/in handelt für eine Organisation: ein Unternehmensmitglied für ein Unternehmen, eine Vertreterin oder ein Vertreter der Stadt für eine Stadtverwaltung.
admin-user-no-organisation = Keine Organisation
admin-user-status = Status
admin-user-active = Aktiv
admin-user-disabled = Gesperrt
admin-user-action = Aktion
admin-user-edit = Zugang ändern
admin-user-new-title = Konto anlegen
admin-user-password = Passwort
admin-user-password-hint = Mindestens 10 Zeichen. Übermitteln Sie es der Person auf sicherem Weg; sie kann es auf ihrer Kontoseite ändern.
admin-user-create = Konto anlegen
admin-user-edit-title = Zugang eines Kontos ändern
admin-user-self-warning = Dies ist Ihr eigenes Konto: Sie können sich weder die Administratorrechte entziehen noch das Konto sperren.
admin-user-disable = Konto gesperrt
admin-user-disable-hint = Ein gesperrtes Konto kann sich nicht anmelden; seine Sitzungen enden sofort.
admin-save = Änderungen speichern
admin-cancel = Abbrechen
admin-done-created = Das Konto wurde angelegt.
admin-done-saved = Das Konto wurde geändert.

## Verwaltung: Änderungsprotokoll
audit-title = Änderungsprotokoll
audit-intro = Jede Änderung auf der Plattform: wer sie wann vorgenommen hat und was vorher und nachher da war. Neueste zuerst.
audit-back-users = Zurück zu den Konten
audit-none = Es wurde noch nichts protokolliert.
audit-caption = Änderungen, neueste zuerst (Seite { $page })
audit-time = Zeit
audit-actor = Von
audit-action = Aktion
audit-entity = Datensatz
audit-changes = Änderungen
audit-show-changes = Vorher und nachher
audit-before = Vorher:
audit-after = Nachher:
audit-no-details = Keine Details protokolliert
audit-newer = Neuere Änderungen
audit-older = Ältere Änderungen
audit-page = Seite { $page }
