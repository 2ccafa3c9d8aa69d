-- The visibility a new shareable object gets when its author does not choose one, per kind of
-- object (domain notes §2.1). A kind without a row uses the built-in default of ShareableKind.
CREATE TABLE visibility_default (
    shareable_kind VARCHAR(40) PRIMARY KEY,
    visibility     VARCHAR(32) NOT NULL
        CONSTRAINT visibility_default_visibility_ck
        CHECK (visibility IN ('PRIVATE', 'NODE_PUBLIC', 'NETWORK', 'PUBLIC')),
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by     VARCHAR(64) NOT NULL,
    version        BIGINT NOT NULL DEFAULT 0
);
