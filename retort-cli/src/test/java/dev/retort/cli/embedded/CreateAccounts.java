package dev.retort.cli.embedded;

import dev.retort.ops.Migration;
import dev.retort.ops.Ops;
import dev.retort.ops.Revision;

/** A migration compiled with the application, found through {@code script_package}. */
@Revision(id = "e1e1", message = "create accounts", created = "2026-11-22 10:15:02")
final class CreateAccounts implements Migration {
    @Override
    public void upgrade(Ops op) {}

    @Override
    public void downgrade(Ops op) {}
}
