package dev.retort.render;

import dev.retort.ops.OfflineException;
import dev.retort.ops.Operation;
import dev.retort.ops.Ops;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@link Ops} that keeps the operations a script asks for instead of running them: offline,
 * like {@code --sql}, so a script asking for the connection gets what it gets offline. The
 * operation values come from {@link Ops}'s own methods, as at run time.
 */
final class CollectingOps implements Ops {
    final List<Operation> operations = new ArrayList<>();

    @Override
    public void run(Operation operation) {
        operations.add(operation);
    }

    @Override
    public Connection connection() {
        throw new OfflineException("the operations are only collected here: there is no connection");
    }

    @Override
    public void nonTransactional(Block block) throws Exception {
        block.run();
    }

    @Override
    public String dialect() {
        return "none";
    }

    @Override
    public boolean offline() {
        return true;
    }
}
