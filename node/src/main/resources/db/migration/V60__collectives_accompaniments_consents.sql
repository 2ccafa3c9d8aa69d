-- SPDX-License-Identifier: AGPL-3.0-or-later
-- Project collectives and their members, accompaniments, consent records and the GDPR erasure log.
-- Local only, never federated (docs/personal-data.md): collective_member.display_name, .email and
-- .phone, and consent_record.subject_email and .subject_phone are personal data. Emails are stored
-- normalised (trimmed, lower case) so that export and erasure find every row of a person.

CREATE TABLE project_collective (
    id          bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id  bigint       NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    governance  varchar(32)  NOT NULL,
    status      varchar(32)  NOT NULL,
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT project_collective_one_per_project UNIQUE (project_id)
);

-- Either a person (display name, optional contact with a consent record) or an organisation.
CREATE TABLE collective_member (
    id              bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    collective_id   bigint       NOT NULL REFERENCES project_collective (id) ON DELETE CASCADE,
    organization_id bigint       REFERENCES organization (id),
    display_name    varchar(200),
    email           varchar(254),
    phone           varchar(32),
    role            varchar(32)  NOT NULL,
    joined_on       date         NOT NULL,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT collective_member_person_or_organization CHECK (
        (organization_id IS NULL) = (display_name IS NOT NULL)),
    CONSTRAINT collective_member_contact_of_person CHECK (
        organization_id IS NULL OR (email IS NULL AND phone IS NULL)),
    CONSTRAINT collective_member_email_normalised CHECK (email IS NULL OR email = lower(btrim(email)))
);

CREATE INDEX collective_member_collective ON collective_member (collective_id, joined_on, id);
CREATE INDEX collective_member_email ON collective_member (email) WHERE email IS NOT NULL;
CREATE INDEX collective_member_organization ON collective_member (organization_id)
    WHERE organization_id IS NOT NULL;

-- Private to the team: never shown to the public, never federated (only outcome counts, later).
CREATE TABLE accompaniment (
    id                       bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id               bigint       NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    programme_name           varchar(200) NOT NULL,
    programme_format         varchar(32)  NOT NULL,
    provider_organization_id bigint       REFERENCES organization (id),
    start_date               date         NOT NULL,
    end_date                 date,
    outcome                  varchar(32),
    continues_in             varchar(200),
    notes                    varchar(4000),
    version                  bigint       NOT NULL DEFAULT 0,
    created_at               timestamptz  NOT NULL DEFAULT now(),
    updated_at               timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT accompaniment_dates CHECK (end_date IS NULL OR end_date >= start_date),
    CONSTRAINT accompaniment_continues_in CHECK (
        (outcome = 'CONTINUES_IN') = (continues_in IS NOT NULL))
);

CREATE INDEX accompaniment_project ON accompaniment (project_id, start_date DESC, id DESC);
CREATE INDEX accompaniment_provider ON accompaniment (provider_organization_id)
    WHERE provider_organization_id IS NOT NULL;

CREATE TABLE accompaniment_milestone (
    accompaniment_id bigint      NOT NULL REFERENCES accompaniment (id) ON DELETE CASCADE,
    position         integer     NOT NULL,
    kind             varchar(32) NOT NULL,
    due_on           date,
    done_on          date,
    PRIMARY KEY (accompaniment_id, position)
);

-- Proof of consent: who (email and/or phone), for what, which wording, when, from where.
CREATE TABLE consent_record (
    id             bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject_email  varchar(254),
    subject_phone  varchar(32),
    purpose        varchar(32)   NOT NULL,
    wording_version varchar(32)  NOT NULL,
    wording_text   varchar(2000) NOT NULL,
    given_at       timestamptz   NOT NULL,
    withdrawn_at   timestamptz,
    source_kind    varchar(32)   NOT NULL,
    source_id      bigint        NOT NULL,
    CONSTRAINT consent_record_subject CHECK (subject_email IS NOT NULL OR subject_phone IS NOT NULL),
    CONSTRAINT consent_record_email_normalised CHECK (
        subject_email IS NULL OR subject_email = lower(btrim(subject_email))),
    CONSTRAINT consent_record_withdrawn CHECK (withdrawn_at IS NULL OR withdrawn_at >= given_at)
);

CREATE INDEX consent_record_email ON consent_record (subject_email) WHERE subject_email IS NOT NULL;
CREATE INDEX consent_record_source ON consent_record (source_kind, source_id);

-- Dreams are found by contact for export and erasure; their address is stored as typed.
CREATE INDEX dream_contact_email_lower ON dream (lower(btrim(contact_email)))
    WHERE contact_email IS NOT NULL;

-- What was erased, without the address: a keyed hash (HMAC-SHA-256, key outside the database)
-- recognises a repeated request; the counts prove what was done.
CREATE TABLE gdpr_erasure_log (
    id                   bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject_hash         varchar(64) NOT NULL,
    erased_at            timestamptz NOT NULL,
    dreams               integer     NOT NULL,
    challenge_links      integer     NOT NULL,
    memberships          integer     NOT NULL,
    consent_records      integer     NOT NULL
);

CREATE INDEX gdpr_erasure_log_subject ON gdpr_erasure_log (subject_hash, erased_at);
