# Partnerschaften und Abkommen (Partnerschaften-Helfer)

## Status des Abkommens
status-draft = Entwurf
status-signed = Unterzeichnet
status-active = In Kraft
status-expired = Abgelaufen
status-terminated = Beendet

## Ereignisse des Abkommens
event-signed = Unterzeichnung
event-extended = Verlängerung
event-scope_changed = Erweiterung des Umfangs
event-terminated = Beendigung

## Was ein Status heute bedeutet
partnership-status-draft-detail = noch nicht unterzeichnet.
partnership-status-signed-detail = tritt am { $date } in Kraft.
partnership-status-active-until = in Kraft bis { $date }.
partnership-status-active-open = in Kraft, ohne Enddatum.
partnership-status-expired-detail = die Laufzeit endete am { $date } und wurde nicht verlängert.
partnership-status-terminated-detail = das Abkommen endete am { $date }.

## Liste
partnership-list-title = Partnerschaften
partnership-list-lead = Abkommen zwischen Städten: wer sie unterzeichnet hat, was sie umfassen und wie sie sich im Lauf der Zeit verändert haben.
partnership-list-empty = Es gibt noch keine Partnerschaften.
partnership-list-none-match = Keine Partnerschaft entspricht diesen Filtern.
partnership-filters = Partnerschaften filtern
partnership-filter-city = Stadt
partnership-filter-any-city = Alle Städte
partnership-filter-status = Status
partnership-filter-any-status = Jeder Status
partnership-filter-apply = Anzeigen
partnership-filter-reset = Alle Partnerschaften anzeigen
partnership-sort = Sortieren nach
partnership-sort-name = Name
partnership-sort-signed = Unterzeichnung, neueste zuerst
partnership-sort-term-end = Laufzeitende, späteste zuerst
partnership-new = Neue Partnerschaft

## Eckdaten
partnership-status = Status
partnership-cities = Städte
partnership-parties = Vertragsparteien
partnership-no-parties = Keine Vertragsparteien erfasst.
partnership-signed-on = Unterzeichnet am
partnership-not-signed = Noch nicht unterzeichnet
partnership-term-end = Aktuelles Laufzeitende
partnership-no-end = Kein Enddatum
partnership-terminated-on = Beendet am
partnership-scope-changes = Erweiterungen des Umfangs
partnership-facts = Eckdaten

## Seite des Abkommens
partnership-scope = Aktueller Umfang
partnership-areas = Tätigkeitsbereiche
partnership-no-areas = Noch keine Tätigkeitsbereiche hinzugefügt.
partnership-sectors = Branchen
partnership-no-sectors = Noch keine Branchen hinzugefügt.
partnership-history = Geschichte des Abkommens
partnership-no-events = Es wurde noch nichts erfasst.
partnership-event-signed-until = Unterzeichnet, erste Laufzeit bis { $end }
partnership-event-signed-open = Unterzeichnet, ohne Enddatum
partnership-event-extended-to = Verlängert bis { $end }
partnership-event-scope-widened = Umfang erweitert
partnership-areas-added = Hinzugefügte Tätigkeitsbereiche:
partnership-sectors-added = Hinzugefügte Branchen:
partnership-record-event = Ereignis erfassen
partnership-edit = Partnerschaft bearbeiten
partnership-delete = Partnerschaft löschen
partnership-back-to-list = Alle Partnerschaften
partnership-done-created = Die Partnerschaft wurde angelegt.
partnership-done-saved = Ihre Änderungen wurden gespeichert.
partnership-done-event = Das Ereignis wurde in die Geschichte des Abkommens aufgenommen.
partnership-done-deleted = Die Partnerschaft wurde gelöscht.
partnership-cancel = Abbrechen

## Löschen
partnership-delete-title = Diese Partnerschaft löschen?
partnership-delete-warning = Die Partnerschaft und die gesamte Geschichte ihres Abkommens werden gelöscht. Dies kann nicht rückgängig gemacht werden.
partnership-delete-submit = Partnerschaft löschen

## Anlegen und bearbeiten
partnership-new-title = Neue Partnerschaft
partnership-edit-title = Partnerschaft bearbeiten
partnership-form-name = Name
partnership-form-name-hint = Geben Sie den Namen in mindestens einer Sprache an; die anderen Sprachen zeigen dann diesen.
partnership-form-name-bg = Name auf Bulgarisch
partnership-form-name-de = Name auf Deutsch
partnership-form-name-en = Name auf Englisch
partnership-form-slug = Kurzname für die Webadresse
partnership-form-slug-hint-new = Kleinbuchstaben a–z, Ziffern und Bindestriche, etwa sofia-vienna. Leer lassen, um ihn aus dem englischen Namen zu bilden.
partnership-form-slug-hint-edit = Kleinbuchstaben a–z, Ziffern und Bindestriche. Eine Änderung ändert die Adresse der Seite.
partnership-form-cities-hint = Wählen Sie mindestens zwei Städte.
partnership-form-parties-hint = Kreuzen Sie jede Organisation an, die Vertragspartei ist, und beschreiben Sie ihre Rolle, etwa „Unterzeichnerin für Wien“.
partnership-form-no-candidates = Es gibt noch keine öffentlichen Stellen, Hochschulen oder NGOs.
partnership-form-party-role = Rolle
partnership-form-create = Partnerschaft anlegen
partnership-form-save = Änderungen speichern

## Ereignis erfassen
partnership-event-title = Ereignis des Abkommens erfassen
partnership-event-kind = Was ist geschehen
partnership-event-kind-hint = Zuerst die Unterzeichnung; danach Verlängerungen und Erweiterungen des Umfangs; eine Beendigung schließt das Abkommen ab.
partnership-choose = Bitte wählen …
partnership-event-date = Datum
partnership-date-hint = Zum Beispiel 2020-02-14.
partnership-event-term-end = Laufzeitende
partnership-event-term-end-hint = Bei einer Unterzeichnung: das Ende der ersten Laufzeit (leer lassen, wenn es keines gibt). Bei einer Verlängerung: das neue Enddatum. Sonst leer lassen.
partnership-event-term-end-now = Aktuelles Laufzeitende:
partnership-event-areas = Hinzugefügte Tätigkeitsbereiche
partnership-event-areas-hint = Bei einer Erweiterung des Umfangs: ein Tätigkeitsbereich pro Zeile.
partnership-event-sectors = Hinzugefügte Branchen
partnership-event-sectors-hint = Bei einer Erweiterung des Umfangs: Kreuzen Sie die Branchen an, die das Abkommen nun umfasst.
partnership-event-note = Anmerkung
partnership-event-note-hint = Freiwillig. Schreiben Sie sie in einer oder mehreren Sprachen; Lesende sehen ihre eigene Sprache, wenn vorhanden.
partnership-event-note-bg = Anmerkung auf Bulgarisch
partnership-event-note-de = Anmerkung auf Deutsch
partnership-event-note-en = Anmerkung auf Englisch
partnership-event-submit = Ereignis erfassen
partnership-event-scope-empty = Eine Erweiterung des Umfangs fügt mindestens einen Tätigkeitsbereich oder eine Branche hinzu.
