package dev.retort.cli.embedded;

import dev.retort.ops.Migration;
import dev.retort.ops.Ops;
import dev.retort.ops.Revision;

/** The second compiled-in migration; the project's script files build on it. */
@Revision(id = "f2f2", revises = "e1e1", message = "add account owner")
final class AddAccountOwner implements Migration {
    @Override
    public void upgrade(Ops op) {}
}
