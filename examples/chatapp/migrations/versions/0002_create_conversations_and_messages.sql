-- Revision: b84d2f71c302
-- Revises: a7c3e1f0b201
-- Message: create conversations and messages
-- Created: 2026-11-20 09:30:00

-- migrate:upgrade
CREATE TABLE conversations (
    id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    title VARCHAR(200),
    created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE TABLE messages (
    id INTEGER NOT NULL,
    conversation_id INTEGER NOT NULL,
    role VARCHAR(20) NOT NULL,
    content TEXT NOT NULL,
    created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY (conversation_id) REFERENCES conversations (id) ON DELETE CASCADE
);

-- migrate:downgrade
DROP TABLE messages;
DROP TABLE conversations;
