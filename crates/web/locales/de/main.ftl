# Layout
skip-to-content = Zum Inhalt springen
nav-label = Hauptnavigation
nav-home = Start
nav-partnerships = Partnerschaften
nav-cities = Städte
nav-organisations = Organisationen
nav-people = Personen
nav-sectors = Branchen
nav-users = Benutzer
nav-login = Anmelden
nav-logout = Abmelden
lang-switch-label = Sprache
account-nav-label = Konto
footer-text = city2city – Plattform für Wirtschafts- und Innovationspartnerschaften zwischen Städten
footer-api = JSON-API

# Errors
error-not-found = Seite nicht gefunden
error-not-found-detail = Unter dieser Adresse gibt es nichts. Vielleicht wurde es verschoben oder gelöscht.
error-forbidden = Nicht erlaubt
error-forbidden-detail = Ihr Konto darf das nicht. Es wurde nichts geändert.
error-rate-limited = Zu viele Versuche
error-rate-limited-detail = Bitte warten Sie einige Minuten, bevor Sie es erneut versuchen.
error-invalid = Die Anfrage konnte nicht verarbeitet werden
error-internal = Etwas ist schiefgelaufen
error-internal-detail = Bei uns ist ein Fehler aufgetreten; er wurde protokolliert. Bitte versuchen Sie es später erneut.
error-back-home = Zurück zur Startseite
error-summary-title = Es gibt ein Problem

# Pagination
pagination-label = Seiten
pagination-summary = { $from }–{ $to } von { $total }
pagination-prev = Zurück
pagination-next = Weiter

# Field errors (by validation code)
err-required = Dieses Feld ist erforderlich.
err-too-long = Dieser Text ist zu lang.
err-invalid-email = Geben Sie eine gültige E-Mail-Adresse ein, z. B. name@example.org.
err-invalid-url = Geben Sie eine Webadresse ein, die mit https:// beginnt.
err-invalid-phone = Geben Sie eine Telefonnummer ein, z. B. +43 1 4000 8600.
err-invalid-slug = Verwenden Sie nur Kleinbuchstaben a–z, Ziffern und Bindestriche.
err-invalid-choice = Wählen Sie eine der Möglichkeiten.
err-invalid-country = Geben Sie einen zweistelligen Ländercode ein, z. B. BG oder AT.
err-invalid-time-zone = Geben Sie eine Zeitzone wie Europe/Vienna ein.
err-invalid-date = Geben Sie ein Datum als JJJJ-MM-TT ein.
err-unknown-sector = Wählen Sie Branchen aus der Liste.
err-unknown-city = Wählen Sie eine Stadt aus der Liste.
err-unknown-organisation = Wählen Sie eine bestehende Organisation.
err-not-applicable = Das trifft hier nicht zu; lassen Sie es leer.
err-bad-credentials = E-Mail-Adresse oder Passwort ist falsch.
err-weak-password = Verwenden Sie mindestens 10 Zeichen, nicht nur ein wiederholtes.
err-too-few = Wählen Sie mindestens zwei verschiedene Städte.
err-illegal-transition = Dieser Schritt ist im aktuellen Stand der Vereinbarung nicht möglich.
err-before-previous = Das Datum darf nicht vor dem vorherigen Ereignis liegen.
err-before-start = Das Enddatum muss nach dem Unterzeichnungsdatum liegen.
err-not-later = Das neue Enddatum muss nach dem bisherigen liegen.
err-role-mismatch = Diese Rolle passt nicht zur Art der Organisation.
err-self-lockout = Sie können sich nicht selbst die Administrationsrechte entziehen.
err-unknown-user = Es gibt kein Konto mit dieser E-Mail-Adresse.
err-taken = Dieser Wert ist bereits vergeben.

# Sign in
login-title = Anmelden
login-email = E-Mail-Adresse
login-password = Passwort
login-submit = Anmelden
