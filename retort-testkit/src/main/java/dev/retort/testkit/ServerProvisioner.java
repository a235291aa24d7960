package dev.retort.testkit;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes databases on one PostgreSQL or MariaDB server through one admin connection, opened on
 * first use with the first login the server accepts. Thread-safe: every method holds the lock.
 */
final class ServerProvisioner implements Provisioner {
    private static final int TIMEOUT_SECONDS = 5;

    private final ServerDialect dialect;
    private final ServerSettings settings;
    private final DatabaseNames names = new DatabaseNames(new SecureRandom());
    private Reachability reachability;
    private Connection admin;
    private Credentials login;

    ServerProvisioner(ServerDialect dialect, ServerSettings settings) {
        this.dialect = dialect;
        this.settings = settings;
    }

    @Override
    public DatabaseKind kind() {
        return dialect.kind();
    }

    @Override
    public synchronized Reachability reachability() {
        if (reachability == null) {
            reachability = connect();
        }
        return reachability;
    }

    @Override
    public synchronized TestDatabase create(String owner) {
        requireReachable();
        String name = names.next(owner);
        try {
            dialect.createDatabase(admin, name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create " + where(name) + " as " + login, e);
        }
        ServerAddress address = settings.address();
        return new TestDatabase(kind(), name, address.jdbcUrl(name), login, address.userUrl(login, name));
    }

    @Override
    public synchronized void drop(TestDatabase database) {
        requireReachable();
        try {
            dialect.dropDatabase(admin, database.name());
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop " + where(database.name()), e);
        }
    }

    @Override
    public synchronized int openConnections(TestDatabase database) {
        requireReachable();
        try {
            return dialect.openConnections(admin, database.name());
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the connections to " + where(database.name()), e);
        }
    }

    @Override
    public synchronized void close() {
        if (admin == null) {
            return;
        }
        try {
            admin.close();
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "could not close the admin connection to " + kind().displayName() + " on "
                            + settings.address().hostAndPort(),
                    e);
        } finally {
            admin = null;
        }
    }

    private Reachability connect() {
        String hostAndPort = settings.address().hostAndPort();
        String hint = "start it with `" + dialect.startCommand() + "`, or point "
                + ServerSettings.variablePrefix(kind()) + "URL at a running server (`bash .ci/run` does both)";
        String listening = probe();
        if (!listening.isEmpty()) {
            return Reachability.unreachable(listening, hint);
        }
        List<String> refusals = new ArrayList<>();
        for (Credentials candidate : settings.logins()) {
            try {
                admin = DriverManager.getConnection(
                        settings.address().jdbcUrl(settings.address().database()),
                        dialect.connectionProperties(candidate, TIMEOUT_SECONDS));
                login = candidate;
                return Reachability.reached();
            } catch (SQLException e) {
                refusals.add("'" + candidate.user() + "' (" + e.getMessage() + ")");
            }
        }
        return Reachability.unreachable(
                hostAndPort + " refused every login tried: " + String.join(", ", refusals),
                "set " + ServerSettings.variablePrefix(kind()) + "USER and _PASSWORD to a user that may create"
                        + " databases (`bash .ci/run` creates one)");
    }

    /** Empty if something accepts TCP connections at the address, else why not. */
    private String probe() {
        String host = settings.address().host();
        int port = settings.address().port();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_SECONDS * 1000);
            return "";
        } catch (ConnectException e) {
            return "nothing listening on " + host + ":" + port;
        } catch (SocketTimeoutException e) {
            return host + ":" + port + " did not answer within " + TIMEOUT_SECONDS + " s";
        } catch (UnknownHostException e) {
            return "unknown host '" + host + "'";
        } catch (IOException e) {
            return "cannot reach " + host + ":" + port + ": " + e.getMessage();
        }
    }

    private void requireReachable() {
        if (!reachability().isReachable()) {
            throw new ServerUnreachableException(kind(), reachability());
        }
    }

    private String where(String name) {
        return kind().displayName() + " database '" + name + "' on "
                + settings.address().hostAndPort();
    }
}
