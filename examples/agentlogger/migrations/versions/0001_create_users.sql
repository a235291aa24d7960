-- Revision: a1f4e2c9b001
-- Message: create users
-- Created: 2026-11-22 09:00:00

-- migrate:upgrade
CREATE TABLE users (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    email VARCHAR NOT NULL,
    first_name VARCHAR(100),
    last_name VARCHAR(100),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX ix_users_email ON users (email);

-- migrate:downgrade
DROP INDEX ix_users_email;
DROP TABLE users;
