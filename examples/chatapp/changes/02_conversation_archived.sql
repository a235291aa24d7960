-- The application's models: the schema it wants. Edit this file, then run
-- `retort revision --autogenerate -m "..."` to write the difference as a revision.
CREATE TABLE users (
    id INTEGER NOT NULL,
    username VARCHAR(80) NOT NULL,
    email VARCHAR(120) NOT NULL,
    created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (username),
    UNIQUE (email)
);

CREATE TABLE conversations (
    id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    title VARCHAR(200),
    archived BOOLEAN DEFAULT 0 NOT NULL,
    created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX ix_conversations_user_id ON conversations (user_id);

CREATE TABLE messages (
    id INTEGER NOT NULL,
    conversation_id INTEGER NOT NULL,
    role VARCHAR(20) NOT NULL,
    content TEXT NOT NULL,
    created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY (conversation_id) REFERENCES conversations (id) ON DELETE CASCADE
);
CREATE INDEX ix_messages_conversation_created ON messages (conversation_id, created_at);

CREATE TABLE user_preferences (
    user_id INTEGER NOT NULL,
    theme VARCHAR(20) DEFAULT 'light' NOT NULL,
    notifications BOOLEAN DEFAULT 1 NOT NULL,
    PRIMARY KEY (user_id),
    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
