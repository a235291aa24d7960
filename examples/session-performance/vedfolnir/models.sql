-- Vedfolnir's models before the session-performance work: what init --autogenerate starts from.
CREATE TABLE users (
    id INTEGER NOT NULL,
    username VARCHAR(64) NOT NULL,
    email VARCHAR(120),
    PRIMARY KEY (id),
    UNIQUE (username)
);

CREATE TABLE user_sessions (
    id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    session_token VARCHAR(128) NOT NULL,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (session_token),
    FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX ix_user_sessions_user_id ON user_sessions (user_id);
