-- Revision: 5d1c2e7a9b30
-- Revises: 122b81ebc3d7
-- Message: add user last seen
-- Created: 2026-11-23 14:02:11

-- migrate:upgrade
ALTER TABLE user ADD COLUMN last_seen_at DATETIME;

-- migrate:downgrade
ALTER TABLE user DROP COLUMN last_seen_at;
