-- Revision: f77111ec8358
-- Revises: 67474e5bc63e
-- Message: merge first and last name into full name
-- Created: 2026-12-07 05:10:52

-- migrate:upgrade
-- The seed's custom data migration: one column for the whole name, filled from the two old ones.
ALTER TABLE users ADD COLUMN full_name VARCHAR(255);
UPDATE users SET full_name = first_name || ' ' || last_name WHERE first_name IS NOT NULL;
ALTER TABLE users DROP COLUMN first_name;
ALTER TABLE users DROP COLUMN last_name;

-- migrate:downgrade
ALTER TABLE users ADD COLUMN first_name VARCHAR(100);
ALTER TABLE users ADD COLUMN last_name VARCHAR(100);
UPDATE users SET first_name = split_part(full_name, ' ', 1), last_name = split_part(full_name, ' ', 2);
ALTER TABLE users DROP COLUMN full_name;
