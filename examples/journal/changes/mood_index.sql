-- The journal backend's models: the schema the application wants. Edit it, then run
-- `retort revision --autogenerate -m "..."` to write the difference as a revision.
CREATE TABLE users (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    email VARCHAR(255) NOT NULL,
    full_name VARCHAR(255),
    is_active BOOLEAN NOT NULL DEFAULT true,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    deleted_at TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX ix_users_email ON users (email);
CREATE INDEX ix_users_active ON users (created_at) WHERE deleted_at IS NULL;

CREATE TABLE journal_entries (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title VARCHAR(255),
    content TEXT NOT NULL,
    mood_rating SMALLINT CHECK (mood_rating BETWEEN 1 AND 10),
    entry_date DATE NOT NULL DEFAULT CURRENT_DATE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    deleted_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_journal_entries_user_id ON journal_entries (user_id);
CREATE INDEX ix_journal_entries_user_date ON journal_entries (user_id, entry_date DESC) WHERE deleted_at IS NULL;

CREATE TABLE tags (
    id SERIAL PRIMARY KEY,
    user_id UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name VARCHAR(50) NOT NULL,
    color VARCHAR(7),
    CONSTRAINT uq_tags_user_name UNIQUE (user_id, name)
);

CREATE TABLE journal_entry_tags (
    entry_id UUID NOT NULL REFERENCES journal_entries (id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (entry_id, tag_id)
);
CREATE INDEX ix_journal_entry_tags_tag_id ON journal_entry_tags (tag_id);

CREATE TABLE reminders (
    id SERIAL PRIMARY KEY,
    user_id UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    message VARCHAR(255) NOT NULL,
    remind_at TIME NOT NULL,
    days_of_week SMALLINT[] NOT NULL,
    is_active BOOLEAN NOT NULL DEFAULT true
);
CREATE INDEX ix_reminders_user_active ON reminders (user_id) WHERE is_active;

CREATE TABLE secret_tags (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    phrase_hash BYTEA NOT NULL,
    salt BYTEA NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX ix_secret_tags_user_id ON secret_tags (user_id);
CREATE UNIQUE INDEX ix_secret_tags_phrase_hash ON secret_tags (phrase_hash);

CREATE TABLE wrapped_keys (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    tag_id UUID NOT NULL REFERENCES secret_tags (id) ON DELETE CASCADE,
    wrapped_key BYTEA NOT NULL,
    key_version INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT uq_wrapped_keys_tag_version UNIQUE (tag_id, key_version)
);

CREATE TABLE vault_blobs (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    tag_id UUID NOT NULL REFERENCES secret_tags (id) ON DELETE CASCADE,
    ciphertext BYTEA NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes BIGINT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX ix_vault_blobs_tag_created ON vault_blobs (tag_id, created_at);

CREATE TABLE opaque_sessions (
    session_id VARCHAR(64) PRIMARY KEY,
    user_id UUID REFERENCES users (id) ON DELETE CASCADE,
    session_state VARCHAR(20) NOT NULL,
    session_data BYTEA,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_opaque_sessions_pending ON opaque_sessions (expires_at) WHERE session_state = 'pending';

CREATE TABLE security_audit_logs (
    id BIGSERIAL PRIMARY KEY,
    user_id UUID REFERENCES users (id) ON DELETE SET NULL,
    event_type VARCHAR(50) NOT NULL,
    event_data JSONB,
    ip_address INET,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX ix_security_audit_logs_user_created ON security_audit_logs (user_id, created_at);
CREATE INDEX ix_security_audit_logs_event_type ON security_audit_logs (event_type);

CREATE TABLE security_metrics (
    id BIGSERIAL PRIMARY KEY,
    metric_name VARCHAR(100) NOT NULL,
    value DOUBLE PRECISION NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX ix_security_metrics_name_time ON security_metrics (metric_name, recorded_at);

CREATE TABLE security_alerts (
    id BIGSERIAL PRIMARY KEY,
    severity VARCHAR(20) NOT NULL,
    message TEXT NOT NULL,
    resolved_at TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX ix_security_alerts_unresolved ON security_alerts (created_at) WHERE resolved_at IS NULL;

CREATE TABLE system_health (
    id BIGSERIAL PRIMARY KEY,
    cpu_percent REAL NOT NULL,
    memory_percent REAL NOT NULL,
    disk_percent REAL NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX ix_system_health_recorded_at ON system_health (recorded_at);

CREATE TABLE service_health (
    id BIGSERIAL PRIMARY KEY,
    service_name VARCHAR(100) NOT NULL,
    status VARCHAR(20) NOT NULL,
    response_ms INTEGER,
    checked_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX ix_service_health_service_checked ON service_health (service_name, checked_at);
CREATE INDEX ix_service_health_unhealthy ON service_health (checked_at) WHERE status <> 'healthy';

CREATE TABLE alert_channels (
    id SERIAL PRIMARY KEY,
    name VARCHAR(100) NOT NULL UNIQUE,
    channel_type VARCHAR(20) NOT NULL,
    configuration JSONB NOT NULL DEFAULT '{}'::jsonb,
    is_enabled BOOLEAN NOT NULL DEFAULT true
);

CREATE TABLE alert_rules (
    id SERIAL PRIMARY KEY,
    name VARCHAR(100) NOT NULL UNIQUE,
    metric_name VARCHAR(100) NOT NULL,
    threshold DOUBLE PRECISION NOT NULL,
    comparison VARCHAR(2) NOT NULL,
    channel_id INTEGER REFERENCES alert_channels (id) ON DELETE SET NULL,
    is_enabled BOOLEAN NOT NULL DEFAULT true
);
CREATE INDEX ix_alert_rules_enabled_metric ON alert_rules (metric_name) WHERE is_enabled;

CREATE TABLE alerts (
    id BIGSERIAL PRIMARY KEY,
    rule_id INTEGER NOT NULL REFERENCES alert_rules (id) ON DELETE CASCADE,
    status VARCHAR(20) NOT NULL DEFAULT 'open',
    value DOUBLE PRECISION NOT NULL,
    triggered_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    acknowledged_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_alerts_rule_id ON alerts (rule_id);
CREATE INDEX ix_alerts_open ON alerts (triggered_at) WHERE status = 'open';

CREATE TABLE alert_escalations (
    id SERIAL PRIMARY KEY,
    rule_id INTEGER NOT NULL REFERENCES alert_rules (id) ON DELETE CASCADE,
    level SMALLINT NOT NULL,
    delay_minutes INTEGER NOT NULL,
    channel_id INTEGER NOT NULL REFERENCES alert_channels (id) ON DELETE CASCADE,
    CONSTRAINT uq_alert_escalations_rule_level UNIQUE (rule_id, level)
);

CREATE TABLE monitoring_configuration (
    key VARCHAR(100) PRIMARY KEY,
    value JSONB NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

CREATE TABLE monitoring_metrics (
    id BIGSERIAL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    labels JSONB NOT NULL DEFAULT '{}'::jsonb,
    value DOUBLE PRECISION NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX ix_monitoring_metrics_name_time ON monitoring_metrics (name, recorded_at);

CREATE TABLE monitoring_dashboards (
    id SERIAL PRIMARY KEY,
    name VARCHAR(100) NOT NULL UNIQUE,
    owner_id UUID REFERENCES users (id) ON DELETE SET NULL,
    layout JSONB NOT NULL,
    is_public BOOLEAN NOT NULL DEFAULT false
);

-- Mood statistics read the rated, live entries of one user.
CREATE INDEX ix_journal_entries_user_mood ON journal_entries (user_id, mood_rating) WHERE mood_rating IS NOT NULL AND deleted_at IS NULL;
