# Layout
skip-to-content = Skip to content
nav-label = Main
nav-home = Home
nav-partnerships = Partnerships
nav-cities = Cities
nav-organisations = Organisations
nav-people = People
nav-sectors = Sectors
nav-users = Users
nav-login = Sign in
nav-logout = Sign out
lang-switch-label = Language
account-nav-label = Account
footer-text = city2city — a city-to-city business and innovation partnership platform
footer-api = JSON API

# Errors
error-not-found = Page not found
error-not-found-detail = There is nothing at this address. It may have been moved or deleted.
error-forbidden = Not allowed
error-forbidden-detail = Your account is not allowed to do this. Nothing was changed.
error-rate-limited = Too many attempts
error-rate-limited-detail = Please wait a few minutes before you try again.
error-invalid = The request could not be processed
error-internal = Something went wrong
error-internal-detail = An error occurred on our side and has been logged. Please try again later.
error-back-home = Back to the home page
error-summary-title = There is a problem

# Pagination
pagination-label = Pages
pagination-summary = Showing { $from }–{ $to } of { $total }
pagination-prev = Previous
pagination-next = Next

# Field errors (by validation code)
err-required = This field is required.
err-too-long = This text is too long.
err-invalid-email = Enter a valid e-mail address, such as name@example.org.
err-invalid-url = Enter a web address starting with https://.
err-invalid-phone = Enter a phone number, such as +43 1 4000 8600.
err-invalid-slug = Use only lower-case letters a–z, digits and hyphens.
err-invalid-choice = Choose one of the options.
err-invalid-country = Enter a two-letter country code, such as BG or AT.
err-invalid-time-zone = Enter a time zone such as Europe/Sofia.
err-invalid-date = Enter a date as YYYY-MM-DD.
err-unknown-sector = Choose sectors from the list.
err-unknown-city = Choose a city from the list.
err-unknown-organisation = Choose an existing organisation.
err-not-applicable = This does not apply here; leave it empty.
err-bad-credentials = The e-mail address or password is wrong.
err-weak-password = Use at least 10 characters, not just one repeated.
err-too-few = Choose at least two different cities.
err-illegal-transition = This step is not possible in the agreement's current state.
err-before-previous = The date cannot be before the previous event.
err-before-start = The end date must be after the signing date.
err-not-later = The new end date must be later than the current one.
err-role-mismatch = This role does not fit the kind of organisation.
err-self-lockout = You cannot remove your own administrator access.
err-unknown-user = There is no account with this e-mail address.
err-taken = This value is already taken.

# Sign in
login-title = Sign in
login-email = E-mail address
login-password = Password
login-submit = Sign in
