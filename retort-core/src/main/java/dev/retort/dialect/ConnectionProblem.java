package dev.retort.dialect;

/**
 * Why a connection failed, in words for the user: what happened, and what to do about it.
 *
 * @param message one line naming the cause (unreachable host, wrong password, missing database...)
 * @param hint the next step
 */
public record ConnectionProblem(String message, String hint) {}
