# Partnerships and agreements (partnerships helper)

## Agreement status
status-draft = Draft
status-signed = Signed
status-active = Active
status-expired = Expired
status-terminated = Terminated

## Agreement events
event-signed = Signed
event-extended = Extended
event-scope_changed = Scope widened
event-terminated = Terminated

## What a status means today
partnership-status-draft-detail = not signed yet.
partnership-status-signed-detail = takes effect on { $date }.
partnership-status-active-until = in force until { $date }.
partnership-status-active-open = in force, with no end date.
partnership-status-expired-detail = the term ended on { $date } and was not extended.
partnership-status-terminated-detail = the agreement ended on { $date }.

## List
partnership-list-title = Partnerships
partnership-list-lead = Agreements between cities: who signed them, what they cover and how they changed over time.
partnership-list-empty = There are no partnerships yet.
partnership-list-none-match = No partnership matches these filters.
partnership-filters = Filter partnerships
partnership-filter-city = City
partnership-filter-any-city = Any city
partnership-filter-status = Status
partnership-filter-any-status = Any status
partnership-filter-apply = Show
partnership-filter-reset = Show all partnerships
partnership-sort = Sort by
partnership-sort-name = Name
partnership-sort-signed = Signing date, newest first
partnership-sort-term-end = End of term, latest first
partnership-new = New partnership

## Facts
partnership-status = Status
partnership-cities = Cities
partnership-parties = Parties
partnership-no-parties = No parties recorded.
partnership-signed-on = Signed on
partnership-not-signed = Not signed yet
partnership-term-end = Current end of term
partnership-no-end = No end date
partnership-terminated-on = Terminated on
partnership-scope-changes = Scope changes
partnership-facts = Key facts

## Agreement page
partnership-scope = Current scope
partnership-areas = Activity areas
partnership-no-areas = No activity areas added yet.
partnership-sectors = Sectors
partnership-no-sectors = No sectors added yet.
partnership-history = History of the agreement
partnership-no-events = Nothing has been recorded yet.
partnership-event-signed-until = Signed, first term until { $end }
partnership-event-signed-open = Signed, with no end date
partnership-event-extended-to = Extended to { $end }
partnership-event-scope-widened = Scope widened
partnership-areas-added = Activity areas added:
partnership-sectors-added = Sectors added:
partnership-record-event = Record an event
partnership-edit = Edit partnership
partnership-delete = Delete partnership
partnership-back-to-list = All partnerships
partnership-done-created = The partnership has been created.
partnership-done-saved = Your changes have been saved.
partnership-done-event = The event has been added to the agreement's history.
partnership-done-deleted = The partnership has been deleted.
partnership-cancel = Cancel

## Delete
partnership-delete-title = Delete this partnership?
partnership-delete-warning = The partnership and the whole history of its agreement will be deleted. This cannot be undone.
partnership-delete-submit = Delete partnership

## New and edit
partnership-new-title = New partnership
partnership-edit-title = Edit partnership
partnership-form-name = Name
partnership-form-name-hint = Give the name in at least one language; the others fall back to it.
partnership-form-name-bg = Name in Bulgarian
partnership-form-name-de = Name in German
partnership-form-name-en = Name in English
partnership-form-slug = Short name for the web address
partnership-form-slug-hint-new = Lower-case letters a–z, digits and hyphens, such as sofia-vienna. Leave it empty to make one from the English name.
partnership-form-slug-hint-edit = Lower-case letters a–z, digits and hyphens. Changing it changes the page's address.
partnership-form-cities-hint = Choose at least two cities.
partnership-form-parties-hint = Tick each organisation that is party to the agreement and describe its role, for example "Signatory for Vienna".
partnership-form-no-candidates = There are no public bodies, universities or NGOs yet.
partnership-form-party-role = Role
partnership-form-create = Create partnership
partnership-form-save = Save changes

## Record an event
partnership-event-title = Record an agreement event
partnership-event-kind = What happened
partnership-event-kind-hint = First the signing; then extensions and scope changes; a termination ends the agreement.
partnership-choose = Choose…
partnership-event-date = Date
partnership-date-hint = For example 2020-02-14.
partnership-event-term-end = End of term
partnership-event-term-end-hint = For a signing: the end of the first term (leave it empty if there is none). For an extension: the new end date. Leave it empty otherwise.
partnership-event-term-end-now = Current end of term:
partnership-event-areas = Activity areas added
partnership-event-areas-hint = For a scope change: one activity area per line.
partnership-event-sectors = Sectors added
partnership-event-sectors-hint = For a scope change: tick the sectors the agreement now covers.
partnership-event-note = Note
partnership-event-note-hint = Optional. Write it in one or more languages; readers see their own language if it is there.
partnership-event-note-bg = Note in Bulgarian
partnership-event-note-de = Note in German
partnership-event-note-en = Note in English
partnership-event-submit = Record event
partnership-event-scope-empty = A scope change adds at least one activity area or sector.
