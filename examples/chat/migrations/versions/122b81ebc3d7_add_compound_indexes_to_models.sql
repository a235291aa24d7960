-- Revision: 122b81ebc3d7
-- Revises: 001
-- Message: add compound indexes to models
-- Created: 2026-11-22 09:30:00

-- migrate:upgrade
-- Token checks look a token up and compare its expiry in one index probe.
CREATE INDEX ix_revokedtoken_token_expires ON revoked_token (token, expires_at);

-- A session's messages are read per user, in time order.
CREATE INDEX ix_message_user_session_created ON message (user_id, session_id, created_at);

-- migrate:downgrade
DROP INDEX ix_message_user_session_created;
DROP INDEX ix_revokedtoken_token_expires;
