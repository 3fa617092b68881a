package com.wedsync.guardian.jdbc.outbox;

import com.wedsync.guardian.alert.DeliveryResult;
import com.wedsync.guardian.alert.Outbox;
import com.wedsync.guardian.alert.OutboxContract;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The outbox contract plus what only a store has; H2 and PostgreSQL each extend it with a fresh store. */
abstract class JdbcOutboxContract extends OutboxContract {

    @Override
    protected abstract JdbcOutbox outbox();

    abstract javax.sql.DataSource dataSource();

    @Test
    void pendingCountsEveryUndecidedRowDueOrNot() {
        outbox().enqueue(notification("now", "c", List.of()), T0);
        outbox().enqueue(notification("later", "c", List.of()), T0.plusSeconds(60));
        outbox().enqueue(notification("done", "c", List.of()), T0);
        claim("done", "guardian-a", T0);
        outbox().markDelivered("done", "guardian-a", T0, DeliveryResult.delivered(200, "HTTP 200"));

        assertThat(outbox().pendingCount()).isEqualTo(2);
    }

    @Test
    void anUnreadableRowIsMarkedFailedInsteadOfBlockingTheQueue() throws Exception {
        outbox().enqueue(notification("good", "c", List.of()), T0);
        outbox().enqueue(notification("bad", "c", List.of()), T0);
        try (var c = dataSource().getConnection();
             var ps = c.prepareStatement("UPDATE guardian_outbox SET notification = '{not json' WHERE id = 'bad'")) {
            ps.executeUpdate();
        }

        assertThat(outbox().due(T0, 10)).extracting(Outbox.Entry::id).containsExactly("good");
        assertThat(outbox().due(T0, 10)).hasSize(1);
        assertThat(outbox().pendingCount()).isEqualTo(1);
    }

    @Test
    void reachedRecipientKeysAreStoredSortedAndMustHoldNoSeparator() {
        assertThat(ReachedColumn.write(Set.of("b2", "a1"))).isEqualTo("a1,b2");
        assertThat(ReachedColumn.read("a1,b2")).containsExactlyInAnyOrder("a1", "b2");
        assertThat(ReachedColumn.read("")).isEmpty();
        assertThatThrownBy(() -> ReachedColumn.write(Set.of("a,b")))
                .hasMessage("a reached recipient key must be non-empty and hold no comma");
    }
}
