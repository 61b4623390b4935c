-- Staff accounts that sign in: a title for letters, an account deactivated rather than
-- deleted (the audit log keeps its name), failed sign-ins counted for the growing delay,
-- and roles as rows instead of a comma-separated column.
--
-- An existing book keeps staff 1 « Administrator » without a password: the first start
-- asks for the user management administrator, who takes staff 1 over, so the log's old
-- entries carry the real name from then on.

ALTER TABLE staff ADD COLUMN title TEXT NOT NULL DEFAULT '';
ALTER TABLE staff ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));
ALTER TABLE staff ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0
    CHECK (failed_logins >= 0);
ALTER TABLE staff ADD COLUMN last_failed_at TEXT;
ALTER TABLE staff ADD COLUMN password_changed_at TEXT;

CREATE TABLE staff_roles (
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    role TEXT NOT NULL
        CHECK (role IN ('user_admin', 'billing_admin', 'support_agent', 'sales_agent')),
    UNIQUE (staff_id, role)
);

INSERT INTO staff_roles (staff_id, role)
SELECT s.id, r.role
FROM staff s
JOIN (SELECT 'user_admin' AS role UNION ALL SELECT 'billing_admin'
      UNION ALL SELECT 'support_agent' UNION ALL SELECT 'sales_agent') r
  ON instr(',' || s.roles || ',', ',' || r.role || ',') > 0;

-- Read only from staff_roles from now on: the column cannot drift from it.
ALTER TABLE staff DROP COLUMN roles;

-- The log names who did what: a staff row is never deleted, only deactivated.
CREATE TRIGGER staff_no_delete BEFORE DELETE ON staff
BEGIN
    SELECT RAISE(ABORT, 'a staff member is never deleted: deactivate the account');
END;

-- INSERT OR REPLACE would delete the row it collides with without the trigger above.
CREATE TRIGGER staff_no_replace BEFORE INSERT ON staff
WHEN EXISTS (SELECT 1 FROM staff WHERE id = NEW.id)
  OR EXISTS (SELECT 1 FROM staff WHERE username = NEW.username)
BEGIN
    SELECT RAISE(ABORT, 'duplicate: a staff member already has this id or user name');
END;

CREATE TRIGGER staff_id_fixed BEFORE UPDATE OF id ON staff
WHEN NEW.id IS NOT OLD.id
BEGIN
    SELECT RAISE(ABORT, 'a staff member keeps their id');
END;

-- Someone must always be able to manage the accounts: the last active user management
-- administrator can neither lose the role nor be deactivated.
CREATE TRIGGER staff_last_admin_role BEFORE DELETE ON staff_roles
WHEN OLD.role = 'user_admin'
  AND (SELECT active FROM staff WHERE id = OLD.staff_id) = 1
  AND NOT EXISTS (
    SELECT 1 FROM staff_roles r JOIN staff s ON s.id = r.staff_id
    WHERE r.role = 'user_admin' AND s.active = 1 AND r.staff_id <> OLD.staff_id)
BEGIN
    SELECT RAISE(ABORT, 'the last user management administrator keeps the role');
END;

CREATE TRIGGER staff_last_admin_role_update BEFORE UPDATE ON staff_roles
WHEN OLD.role = 'user_admin' AND (NEW.role IS NOT OLD.role OR NEW.staff_id IS NOT OLD.staff_id)
BEGIN
    SELECT RAISE(ABORT, 'a role is removed and given, not rewritten');
END;

CREATE TRIGGER staff_last_admin_active BEFORE UPDATE OF active ON staff
WHEN OLD.active = 1 AND NEW.active = 0
  AND EXISTS (SELECT 1 FROM staff_roles WHERE staff_id = OLD.id AND role = 'user_admin')
  AND NOT EXISTS (
    SELECT 1 FROM staff_roles r JOIN staff s ON s.id = r.staff_id
    WHERE r.role = 'user_admin' AND s.active = 1 AND r.staff_id <> OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'the last user management administrator stays active');
END;
