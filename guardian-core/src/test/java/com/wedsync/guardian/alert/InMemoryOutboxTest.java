package com.wedsync.guardian.alert;

/** The in-memory outbox keeps the same contract as the durable ones. */
class InMemoryOutboxTest extends OutboxContract {

    private final InMemoryOutbox outbox = new InMemoryOutbox();

    @Override
    protected Outbox outbox() {
        return outbox;
    }
}
