package com.wedsync.guardian.jdbc.outbox;

import com.wedsync.guardian.jdbc.store.GuardianStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class H2JdbcOutboxTest extends JdbcOutboxContract {

    private GuardianStore store;
    private JdbcOutbox outbox;

    @BeforeEach
    void open() {
        store = GuardianStore.open("jdbc:h2:mem:outbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        outbox = new JdbcOutbox(store.dataSource());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Override
    javax.sql.DataSource dataSource() {
        return store.dataSource();
    }

    @Override
    protected JdbcOutbox outbox() {
        return outbox;
    }

    @Test
    void pendingNotificationsSurviveAClosedAndReopenedFileStore(@TempDir Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("guardian").toAbsolutePath();
        try (GuardianStore first = GuardianStore.open(url, "sa", "")) {
            new JdbcOutbox(first.dataSource()).enqueue(notification("kept", "ops-slack", List.of("log")), T0);
        }
        try (GuardianStore second = GuardianStore.open(url, "sa", "")) {
            assertThat(new JdbcOutbox(second.dataSource()).due(T0, 10))
                    .extracting(e -> e.notification().id()).containsExactly("kept");
        }
    }
}
