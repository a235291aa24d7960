package dev.retort;

/** The configuration, or a value given for it, is wrong. */
public final class ConfigException extends RetortException {
    /** A configuration mistake with a hint on how to fix it (may be null). */
    public ConfigException(String message, String hint) {
        super(ErrorCode.CONFIG, message, hint);
    }
}
