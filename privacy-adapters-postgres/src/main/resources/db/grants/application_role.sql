-- What the application's role may do on the Grondslag tables (docs/postgres.md, "Roles and grants").
--
-- Run it as the owner of the tables (the role that applied the migrations), after them, with psql:
--
--   psql -v app_role=grondslag_app -v schema=grondslag -f application_role.sql
--
-- app_role: the role the application connects as (it must exist and must not own the tables);
-- schema:   the schema the migrations were applied to (the application puts it on its search_path).
-- Any other tool: replace :"app_role" and :"schema" by the quoted names. Run it again after each migration.
--
-- The application reads everything and writes the aggregates, the notices and the record catalogue; it only
-- appends to the audit trail (AVG 5(2)): INSERT and SELECT on audit_entry and audit_citation, never UPDATE,
-- DELETE or TRUNCATE. Its commits lock and move the chain's head (audit_head: SELECT ... FOR UPDATE needs the
-- UPDATE privilege there). It never creates, alters or drops anything.

SET search_path TO :"schema";

GRANT USAGE ON SCHEMA :"schema" TO :"app_role";

GRANT SELECT ON schema_version TO :"app_role";

GRANT SELECT, INSERT, UPDATE, DELETE ON
    consent_ledger, consent_event,
    subject_state, restriction, objection,
    rights_request, request_event,
    legal_hold,
    notice,
    personal_record, record_trigger
    TO :"app_role";

-- the audit trail: appended and read, never changed or removed
GRANT SELECT, INSERT ON audit_entry, audit_citation TO :"app_role";
REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_entry, audit_citation FROM :"app_role";
REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_entry, audit_citation FROM PUBLIC;

-- its head: read under a row lock and moved by each commit that appends
GRANT SELECT, UPDATE ON audit_head TO :"app_role";
REVOKE INSERT, DELETE, TRUNCATE ON audit_head FROM :"app_role";

-- the identity sequence of notice.queued
GRANT USAGE ON ALL SEQUENCES IN SCHEMA :"schema" TO :"app_role";
