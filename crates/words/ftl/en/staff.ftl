## Staff accounts, roles and signing in.

# Microsoft's names of the four partner roles; $code: user_admin, billing_admin, support_agent, sales_agent.
staff-role = { $code ->
        [user_admin] User management administrator
        [billing_admin] Billing administrator
        [support_agent] Support agent
       *[sales_agent] Sales agent
    }
# The one word a role is typed as in the CLI.
staff-role-word = { $code ->
        [user_admin] users
        [billing_admin] billing
        [support_agent] support
       *[sales_agent] sales
    }
# What a permission lets a person do, said inside a refusal; $code: the permission.
staff-permission = { $code ->
        [view_book] read the book
        [edit_customers] change customers and their contacts
        [edit_subscriptions] change subscriptions
        [edit_catalog] change products and prices
        [edit_partner] change the company's settings
        [manage_book] manage the book (backups, imports)
        [edit_invoices] draft, issue and credit invoices
        [record_payments] record payments
        [produce_statements] produce statements, letters and suspensions
        [work_support] work on support requests
        [edit_support_plans] change the support offer and its prices
        [manage_staff] manage staff accounts
       *[view_audit] read the audit trail
    }

staff-username-shape = A user name has { $min } to { $max } characters among a–z, 0–9, dot, hyphen and underscore.
staff-password-too-short = The password must have at least { $min } characters.
staff-password-too-long = The password has at most { $max } characters.
staff-no-role = Choose at least one role.
staff-unknown-role = Unknown role. Choose among: { $roles }.

staff-wrong-password = Wrong user name or password.
staff-try-again-in = Too many attempts. Try again in { $seconds } s.
staff-account-deactivated = This account is deactivated. Ask an administrator to reactivate it.
staff-not-signed-in = Sign in first.
staff-locked = The window is locked: type your password to go on.
staff-first-admin-exists = The book already has its administrator: sign in.
staff-needs-first-admin = This book has no administrator yet. Create one first: ardoise --user USERNAME staff setup --name "First Last".
staff-last-admin = { $name } is the last active user management administrator: give the role to someone else first.
staff-current-password-wrong = The current password is wrong.
staff-idle-lock-range = The lock is set between { $min } and { $max } minutes.

## The CLI's words about accounts.
staff-cli-password-prompt = Password of { $user }:
staff-cli-new-password-prompt = New password of { $user }:
staff-cli-needs-user = A command acts for a person: give --user USERNAME (or ARDOISE_USER), and the password in ARDOISE_PASSWORD or when asked.
staff-cli-no-terminal = No terminal to ask for the password: give it in { $variable }.
staff-cli-setup-done = { $name } administers this book now: sign commands with --user { $user }.
staff-cli-added = Account { $user } created.
staff-cli-roles-set = Roles of { $user }: { $roles }.
staff-cli-deactivated = Account { $user } deactivated: it no longer signs in, the log keeps its name.
staff-cli-reactivated = Account { $user } reactivated.
staff-cli-password-changed = Password of { $user } changed.
staff-cli-not-found = No account “{ $key }”: `ardoise staff list` lists them.
staff-cli-col-username = User name
staff-cli-col-name = Name
staff-cli-col-title = Title
staff-cli-col-roles = Roles
staff-cli-col-state = State
staff-cli-state = { $active ->
        [yes] active
       *[no] deactivated
    }
