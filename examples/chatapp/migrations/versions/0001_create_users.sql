-- Revision: a7c3e1f0b201
-- Message: create users
-- Created: 2026-11-20 09:00:00

-- migrate:upgrade
CREATE TABLE users (
    id INTEGER NOT NULL,
    username VARCHAR(80) NOT NULL,
    email VARCHAR(120) NOT NULL,
    created_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (username),
    UNIQUE (email)
);

-- migrate:downgrade
DROP TABLE users;
