# Accounts, API tokens and administration (partnerships/account helper)

## Roles
role-admin = Administrator
role-staff = Staff
role-company_member = Company member
role-official = City official

## Your account
account-title = Your account
account-details = Your details
account-name = Name
account-email = E-mail address
account-role = Role
account-organisation = Organisation
account-no-organisation = None (administrators act for no organisation)
account-language = Language
account-language-intro = The language of the pages and of the e-mails you receive. Choose one:
account-language-current = current language
account-password = Change your password
account-current-password = Current password
account-new-password = New password
account-password-hint = At least 10 characters, not just one character repeated.
account-new-password-again = New password again
account-password-sessions = Changing your password signs you out everywhere else; you stay signed in here.
account-password-submit = Change password
account-passwords-differ = The two new passwords are not the same. Type the same password twice.
account-wrong-password = This is not your current password.
account-done-password = Your password has been changed.
account-tokens-intro = Programs that use the JSON API on your behalf sign in with an API token.
account-tokens-link = Manage your API tokens
account-back = Back to your account

## API tokens
token-title = API tokens
token-intro = An API token lets a program use the JSON API with your permissions. Create one token per program, so you can revoke it alone.
token-list = Your tokens
token-none = You have no API tokens yet.
token-name = Name
token-name-hint = What the token is for, such as "CRM synchronisation".
token-prefix = Beginning
token-created = Created
token-last-used = Last used
token-never-used = Never
token-status = Status
token-active = Active
token-revoked-on = Revoked on
token-action = Action
token-revoke = Revoke
token-create = Create a token
token-create-submit = Create token
token-created-title = Your new API token
token-shown-once = Copy this token now. It is shown only this once: we keep only a fingerprint of it and cannot show it again.
token-secret-label = Your token:
token-copy = Copy token
token-copied = Copied
token-how-title = How to use it
token-how-header = Send the token in the Authorization header of every request:
token-how-example = For example, with curl:
token-docs-link = Read the API documentation
token-back = Back to your API tokens
token-revoke-title = Revoke this API token?
token-revoke-warning = Programs that use this token will no longer be able to use the API. This cannot be undone.
token-revoke-submit = Revoke token
token-cancel = Cancel
token-done-revoked = The token has been revoked.

## Administration: accounts
admin-users-title = Accounts
admin-users-caption = Accounts, by e-mail address
admin-users-none = There are no accounts.
admin-user-new = Create an account
admin-audit-link = Audit log
admin-user-email = E-mail address
admin-user-name = Name
admin-user-name-hint = Optional: without a name, the first part of the e-mail address is used.
admin-user-role = Role
admin-user-organisation = Organisation
admin-user-organisation-hint = Every role but administrator acts for one organisation: a company member for a company, an official for a municipality.
admin-user-no-organisation = No organisation
admin-user-status = Status
admin-user-active = Active
admin-user-disabled = Disabled
admin-user-action = Action
admin-user-edit = Change access
admin-user-new-title = Create an account
admin-user-password = Password
admin-user-password-hint = At least 10 characters. Give it to the person safely; they can change it on their account page.
admin-user-create = Create account
admin-user-edit-title = Change account access
admin-user-self-warning = This is your own account: you cannot remove your own administrator access or disable it.
admin-user-disable = Account disabled
admin-user-disable-hint = A disabled account cannot sign in, and its sessions end at once.
admin-save = Save changes
admin-cancel = Cancel
admin-done-created = The account has been created.
admin-done-saved = The account has been changed.

## Administration: audit log
audit-title = Audit log
audit-intro = Every change made on the platform: who made it, when, and what was there before and after. Newest first.
audit-back-users = Back to the accounts
audit-none = Nothing has been recorded yet.
audit-caption = Changes, newest first (page { $page })
audit-time = Time
audit-actor = By
audit-action = Action
audit-entity = Record
audit-changes = Changes
audit-show-changes = Before and after
audit-before = Before:
audit-after = After:
audit-no-details = No details recorded
audit-newer = Newer changes
audit-older = Older changes
audit-page = Page { $page }
