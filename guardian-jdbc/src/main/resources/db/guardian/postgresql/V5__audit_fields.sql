-- Audit entries as fields: direction, mode, sizes before and after, an override's scope and the end of an override or
-- an emergency, and the gist a console shows. All nullable: rows written before keep only their text (size_from,
-- size_to, reason) and are read as text; entry_version is 2 for rows written with fields. The text columns are still
-- written, so a reader of the old columns keeps working.
ALTER TABLE scaling_audit ADD COLUMN entry_version SMALLINT;
ALTER TABLE scaling_audit ADD COLUMN direction     VARCHAR(10);
ALTER TABLE scaling_audit ADD COLUMN mode          VARCHAR(20);
ALTER TABLE scaling_audit ADD COLUMN from_max      INTEGER;
ALTER TABLE scaling_audit ADD COLUMN from_min_idle INTEGER;
ALTER TABLE scaling_audit ADD COLUMN to_max        INTEGER;
ALTER TABLE scaling_audit ADD COLUMN to_min_idle   INTEGER;
ALTER TABLE scaling_audit ADD COLUMN scope         VARCHAR(10);
ALTER TABLE scaling_audit ADD COLUMN ends_at       TIMESTAMP WITH TIME ZONE;
ALTER TABLE scaling_audit ADD COLUMN gist          TEXT;
