-- Revision: c95e3a82d403
-- Revises: b84d2f71c302
-- Message: add indexes for message queries
-- Created: 2026-11-21 16:10:00

-- migrate:upgrade
CREATE INDEX ix_conversations_user_id ON conversations (user_id);
CREATE INDEX ix_messages_conversation_created ON messages (conversation_id, created_at);

-- migrate:downgrade
DROP INDEX ix_messages_conversation_created;
DROP INDEX ix_conversations_user_id;
