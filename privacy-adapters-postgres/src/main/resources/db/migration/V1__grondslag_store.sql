-- Grondslag store, schema version 1 (docs/postgres.md).
--
-- Plain SQL for PostgreSQL 11 or later, in the order a migration tool applies it: Flyway picks this file up by
-- its name (V1__grondslag_store.sql), and so does any tool that reads Flyway's naming; psql -f does too.
-- The tables are created in the current schema (the first on the search_path), unqualified.
--
-- Personal data only where a port needs it: subject ids (opaque ids, never names), the consent evidence
-- reference, a notice's subject and text, a record's ids. The audit trail holds none: a keyed pseudonym.
--
-- Every id is at most 512 bytes (UTF-8): a btree key holds at most about 2,700 bytes, and the store refuses
-- a longer id before it writes (TooLarge) instead of failing on the index. Every instant is a timestamptz
-- (microseconds) plus *_ns, the nanoseconds below the microsecond (0-999), so that java.time.Instant reads
-- back exactly (an audit entry's hash covers its instant to the nanosecond).

-- The version of this schema, written by each migration: PostgresStore refuses a schema newer than it knows.
CREATE TABLE schema_version (
    version     integer     PRIMARY KEY CHECK (version >= 1),
    description text        NOT NULL,
    installed   timestamptz NOT NULL DEFAULT now()
);

-- --- consent (AVG 7) --------------------------------------------------------------------------------------

-- One consent ledger per subject and purpose; version = its number of events (optimistic concurrency).
CREATE TABLE consent_ledger (
    subject_id text   COLLATE "C" NOT NULL CHECK (octet_length(subject_id) <= 512),
    purpose_id text   COLLATE "C" NOT NULL CHECK (octet_length(purpose_id) <= 512),
    version    bigint NOT NULL CHECK (version >= 0),
    PRIMARY KEY (subject_id, purpose_id)
);

-- Its events, append-only, numbered from 1 (7(1): the ledger is the proof; 7(3): withdrawal never reaches back).
CREATE TABLE consent_event (
    subject_id         text        COLLATE "C" NOT NULL,
    purpose_id         text        COLLATE "C" NOT NULL,
    position           integer     NOT NULL CHECK (position >= 1),
    kind               text        NOT NULL CHECK (kind IN ('GIVEN', 'WITHDRAWN')),
    at                 timestamptz NOT NULL,
    at_ns              smallint    NOT NULL CHECK (at_ns BETWEEN 0 AND 999),
    channel            text        NOT NULL,
    statement_version  date,
    evidence_reference text,
    PRIMARY KEY (subject_id, purpose_id, position),
    FOREIGN KEY (subject_id, purpose_id) REFERENCES consent_ledger (subject_id, purpose_id),
    CHECK ((kind = 'GIVEN') = (evidence_reference IS NOT NULL)),
    CHECK (kind = 'GIVEN' OR statement_version IS NULL)
);

-- --- restrictions (18) and objections (21) ------------------------------------------------------------------

-- A subject's state; version = its change counter.
CREATE TABLE subject_state (
    subject_id text   COLLATE "C" PRIMARY KEY CHECK (octet_length(subject_id) <= 512),
    version    bigint NOT NULL CHECK (version >= 0)
);

CREATE TABLE restriction (
    subject_id         text        COLLATE "C" NOT NULL REFERENCES subject_state (subject_id),
    position           integer     NOT NULL CHECK (position >= 1),
    restriction_id     text        COLLATE "C" NOT NULL,
    ground             text        NOT NULL,
    from_at            timestamptz NOT NULL,
    from_at_ns         smallint    NOT NULL CHECK (from_at_ns BETWEEN 0 AND 999),
    lifted_at          timestamptz,
    lifted_at_ns       smallint    CHECK (lifted_at_ns BETWEEN 0 AND 999),
    consented_purposes text[]      NOT NULL,
    PRIMARY KEY (subject_id, position),
    CHECK ((lifted_at IS NULL) = (lifted_at_ns IS NULL))
);

CREATE TABLE objection (
    subject_id       text        COLLATE "C" NOT NULL REFERENCES subject_state (subject_id),
    position         integer     NOT NULL CHECK (position >= 1),
    purpose_id       text        COLLATE "C" NOT NULL,
    received_at      timestamptz NOT NULL,
    received_at_ns   smallint    NOT NULL CHECK (received_at_ns BETWEEN 0 AND 999),
    direct_marketing boolean     NOT NULL,
    outcome          text        NOT NULL CHECK (outcome IN ('PENDING', 'UPHELD', 'OVERRIDDEN')),
    decided_at       timestamptz,
    decided_at_ns    smallint    CHECK (decided_at_ns BETWEEN 0 AND 999),
    override_ground  text,
    PRIMARY KEY (subject_id, position),
    CHECK ((outcome = 'PENDING') = (decided_at IS NULL)),
    CHECK ((decided_at IS NULL) = (decided_at_ns IS NULL)),
    CHECK ((outcome = 'OVERRIDDEN') = (override_ground IS NOT NULL))
);

-- --- rights requests (12, 15-22) ------------------------------------------------------------------------------

-- One row per request; version = its number of events. received_at, request_type, status and closed repeat
-- what the events say, so that a subject's requests and the open ones are found by an index.
CREATE TABLE rights_request (
    request_id     text        COLLATE "C" PRIMARY KEY CHECK (octet_length(request_id) <= 512),
    subject_id     text        COLLATE "C" NOT NULL CHECK (octet_length(subject_id) <= 512),
    request_type   text        NOT NULL,
    received_at    timestamptz NOT NULL,
    received_at_ns smallint    NOT NULL CHECK (received_at_ns BETWEEN 0 AND 999),
    status         text        NOT NULL,
    closed         boolean     NOT NULL,
    version        bigint      NOT NULL CHECK (version >= 1)
);
CREATE INDEX rights_request_of_subject ON rights_request (subject_id, received_at, received_at_ns, request_id);
CREATE INDEX rights_request_open ON rights_request (received_at, received_at_ns, request_id) WHERE NOT closed;

CREATE TABLE request_event (
    request_id       text        COLLATE "C" NOT NULL REFERENCES rights_request (request_id),
    position         integer     NOT NULL CHECK (position >= 1),
    kind             text        NOT NULL,
    at               timestamptz NOT NULL,
    at_ns            smallint    NOT NULL CHECK (at_ns BETWEEN 0 AND 999),
    request_type     text,      -- RECEIVED
    information      text,      -- INFORMATION_REQUESTED
    months           integer,   -- EXTENDED
    extension_reason text,      -- EXTENDED
    refusal_ground   text,      -- PARTLY_GRANTED, REFUSED
    PRIMARY KEY (request_id, position),
    CHECK ((kind = 'RECEIVED') = (request_type IS NOT NULL)),
    CHECK ((kind = 'RECEIVED') = (position = 1)),
    CHECK ((kind = 'INFORMATION_REQUESTED') = (information IS NOT NULL)),
    CHECK ((kind = 'EXTENDED') = (months IS NOT NULL AND extension_reason IS NOT NULL)),
    CHECK ((kind IN ('PARTLY_GRANTED', 'REFUSED')) = (refusal_ground IS NOT NULL))
);

-- --- legal holds (17(3)(b), (e)) ---------------------------------------------------------------------------

-- version: 1 placed, 2 lifted.
CREATE TABLE legal_hold (
    hold_id   text     COLLATE "C" PRIMARY KEY CHECK (octet_length(hold_id) <= 512),
    scope     text     NOT NULL CHECK (scope IN ('RECORD', 'DOSSIER')),
    target_id text     COLLATE "C" NOT NULL CHECK (octet_length(target_id) <= 512),
    reason    text     NOT NULL,
    placed    date     NOT NULL,
    lifted    date,
    version   smallint NOT NULL CHECK (version IN (1, 2)),
    CHECK ((lifted IS NULL) = (version = 1)),
    CHECK (lifted IS NULL OR lifted >= placed)
);
CREATE INDEX legal_hold_on_target ON legal_hold (target_id);

-- --- notices owed to the subject ----------------------------------------------------------------------------

-- Queued once by id (ON CONFLICT DO NOTHING), in the order queued; sent_at is set when the sender marks it.
CREATE TABLE notice (
    notice_id           text        COLLATE "C" PRIMARY KEY CHECK (octet_length(notice_id) <= 512),
    queued              bigint      GENERATED ALWAYS AS IDENTITY UNIQUE,
    kind                text        NOT NULL,
    subject_id          text        COLLATE "C" NOT NULL CHECK (octet_length(subject_id) <= 512),
    due_by              date,
    form                text        NOT NULL,
    citation_instrument text        NOT NULL,
    citation_provision  text        NOT NULL,
    about               text        NOT NULL,
    sent_at             timestamptz
);
CREATE INDEX notice_pending ON notice (queued) WHERE sent_at IS NULL;

-- --- the audit trail (5(2)): append-only, chained by hash ------------------------------------------------------

-- One row per entry. No subject id: subject_ref is the controller's keyed pseudonym (HMAC-SHA-256).
-- hash = SHA-256 over the sequence, every field and previous_hash (AuditChain in privacy-domain).
CREATE TABLE audit_entry (
    sequence      bigint      PRIMARY KEY CHECK (sequence >= 1),
    at            timestamptz NOT NULL,
    at_ns         smallint    NOT NULL CHECK (at_ns BETWEEN 0 AND 999),
    action        text        NOT NULL,
    outcome       text        NOT NULL,
    subject_ref   text        COLLATE "C" CHECK (subject_ref ~ '^[0-9a-f]{64}$'),
    purpose_id    text        COLLATE "C",
    request_type  text,
    previous_hash text        NOT NULL CHECK (previous_hash ~ '^[0-9a-f]{64}$'),
    hash          text        NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$')
);
CREATE INDEX audit_entry_of_subject ON audit_entry (subject_ref, sequence) WHERE subject_ref IS NOT NULL;
CREATE INDEX audit_entry_at ON audit_entry (at, at_ns, sequence);

-- The rules an entry cites, in order.
CREATE TABLE audit_citation (
    sequence   bigint  NOT NULL REFERENCES audit_entry (sequence),
    position   integer NOT NULL CHECK (position >= 1),
    instrument text    NOT NULL,
    provision  text    NOT NULL,
    PRIMARY KEY (sequence, position)
);

-- The chain's head: one row, locked (SELECT ... FOR UPDATE) by every commit that appends entries, so that
-- concurrent transactions chain one after the other. verify() compares it with the chain it reads.
CREATE TABLE audit_head (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    sequence bigint  NOT NULL CHECK (sequence >= 0),
    hash     text    NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$')
);
INSERT INTO audit_head (only_row, sequence, hash) VALUES (true, 0, repeat('0', 64));

-- Defence in depth beside the grants (db/grants/application_role.sql): no role, the owner included, changes
-- or removes an audit entry or citation without first dropping these triggers, which is DDL and shows.
CREATE FUNCTION audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only (AVG 5(2)): % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_is_append_only();
CREATE TRIGGER audit_entry_not_truncated BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_is_append_only();
CREATE TRIGGER audit_citation_append_only BEFORE UPDATE OR DELETE ON audit_citation
    FOR EACH ROW EXECUTE FUNCTION audit_is_append_only();
CREATE TRIGGER audit_citation_not_truncated BEFORE TRUNCATE ON audit_citation
    FOR EACH STATEMENT EXECUTE FUNCTION audit_is_append_only();

-- --- the record catalogue ---------------------------------------------------------------------------------

-- The facts the rules need about the insurer's records, never the data themselves. An insurer whose records
-- live in tables of its own may replace these two tables by views with the same columns.
CREATE TABLE personal_record (
    record_id           text    COLLATE "C" PRIMARY KEY CHECK (octet_length(record_id) <= 512),
    subject_id          text    COLLATE "C" NOT NULL CHECK (octet_length(subject_id) <= 512),
    purpose_id          text    COLLATE "C" NOT NULL,
    data_categories     text[]  NOT NULL,
    source              text,
    provided_by_subject boolean NOT NULL,
    dossier_id          text    COLLATE "C" CHECK (octet_length(dossier_id) <= 512),
    retention_rule      text
);
CREATE INDEX personal_record_of_subject ON personal_record (subject_id, record_id);

-- The dates of the events a record's retention runs from.
CREATE TABLE record_trigger (
    record_id   text COLLATE "C" NOT NULL REFERENCES personal_record (record_id) ON DELETE CASCADE,
    retention_trigger text NOT NULL,
    occurred_on       date NOT NULL,
    PRIMARY KEY (record_id, retention_trigger)
);

INSERT INTO schema_version (version, description) VALUES (1, 'grondslag store');
