package org.lapcheck.notify;

import java.util.List;

/** What happened to each message a send tried: accepted, refused by the server, or not delivered this time. */
public record DeliveryReport(List<Outcome> outcomes) {

    public enum Status {
        /** The server accepted it; it is in the ledger and will not be sent again. */
        ACCEPTED,
        /**
         * The server refused it for good (5xx) this time; the ledger records the refusal, and it stays in the outbox
         * for the next send (a corrected address is a new message).
         */
        REFUSED,
        /**
         * The server accepted it but the ledger could not record that: delivery stopped there, and the next send sends
         * it again (the one way a message goes out twice).
         */
        UNRECORDED,
        /**
         * Not delivered this time: the server could not be reached or asked to try later through every retry, the
         * delivery's deadline passed, or the ledger could not be written; it stays in the outbox.
         */
        FAILED
    }

    /**
     * @param reply    the server's reply (or the error) for this message
     * @param attempts how many times sending it was tried in this run
     */
    public record Outcome(OutboxMessage message, Status status, String reply, int attempts) {}

    public DeliveryReport {
        outcomes = List.copyOf(outcomes);
    }

    public List<Outcome> accepted() {
        return outcomes.stream().filter(o -> o.status() == Status.ACCEPTED).toList();
    }

    public List<Outcome> undelivered() {
        return outcomes.stream().filter(o -> o.status() != Status.ACCEPTED).toList();
    }

    public boolean allDelivered() {
        return undelivered().isEmpty();
    }
}
