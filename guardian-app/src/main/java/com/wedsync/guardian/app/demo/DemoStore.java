package com.wedsync.guardian.app.demo;

import com.wedsync.guardian.jdbc.store.GuardianStore;
import org.h2.api.ErrorCode;

import java.io.PrintStream;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The demo's own store (outbox, audit log, forecast ledger). H2 lets one process at a time open a file, so a
 * second demo beside a running one keeps its store in memory, says so, and runs; it never fails on the lock.
 */
final class DemoStore {

    private DemoStore() {
    }

    /** The store at {@code url}; when another process holds that H2 file, one in memory for this run. */
    static GuardianStore open(String url, PrintStream notices) {
        if (url.startsWith("jdbc:h2:file:") && heldByAnotherProcess(url)) {
            String file = url.substring("jdbc:h2:file:".length()).split(";", 2)[0] + ".mv.db";
            notices.println("guardian demo: " + file + " is held by another guardian demo (one process at a time"
                    + " may open it), so this one keeps its outbox and audit log in memory until it ends");
            return GuardianStore.open("jdbc:h2:mem:guardian-demo-" + ProcessHandle.current().pid()
                    + ";DB_CLOSE_DELAY=-1", null, null);
        }
        return GuardianStore.open(url, null, null);
    }

    /** Asked with a plain connection first, so that no pool logs the lock's stack trace. */
    private static boolean heldByAnotherProcess(String url) {
        try (var ignored = DriverManager.getConnection(url)) {
            return false;
        } catch (SQLException e) {
            return e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1;
        }
    }
}
