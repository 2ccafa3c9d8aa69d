-- SPDX-License-Identifier: AGPL-3.0-or-later
-- Text search capabilities later features rely on: French stemming is built in,
-- accents and typos need these two (both are trusted extensions: the database owner may create them).
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The node's own territory: exactly one row.
CREATE TABLE territory (
    id                   integer      PRIMARY KEY CHECK (id = 1),
    name                 varchar(200) NOT NULL,
    local_brand_name     varchar(200),
    country_code         char(2)      NOT NULL,
    time_zone            varchar(64)  NOT NULL,
    label_status         varchar(32)  NOT NULL,
    public_contact_email varchar(254),
    website_url          varchar(2048),
    version              bigint       NOT NULL DEFAULT 0,
    updated_at           timestamptz  NOT NULL DEFAULT now()
);

-- The perimeter: the INSEE / ISO areas the territory covers, in display order.
CREATE TABLE territory_perimeter_area (
    territory_id integer      NOT NULL REFERENCES territory (id) ON DELETE CASCADE,
    position     integer      NOT NULL,
    level        varchar(32)  NOT NULL,
    code         varchar(32)  NOT NULL,
    label        varchar(200) NOT NULL,
    PRIMARY KEY (territory_id, position)
);

-- The "structures porteuses" that carry the dynamic on the territory.
CREATE TABLE territory_carrier_organization (
    territory_id integer       NOT NULL REFERENCES territory (id) ON DELETE CASCADE,
    position     integer       NOT NULL,
    name         varchar(200)  NOT NULL,
    website_url  varchar(2048),
    PRIMARY KEY (territory_id, position)
);

-- People who sign in to the node (team and administrators). Local only, never federated.
CREATE TABLE account (
    id            bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username      varchar(64)  NOT NULL,
    password_hash varchar(512) NOT NULL,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT account_username_unique UNIQUE (username)
);

CREATE TABLE account_role (
    account_id bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role       varchar(32) NOT NULL,
    PRIMARY KEY (account_id, role)
);
