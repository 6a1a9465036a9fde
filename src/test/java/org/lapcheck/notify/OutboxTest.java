package org.lapcheck.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lapcheck.notify.Fixtures.AS_OF;
import static org.lapcheck.notify.Fixtures.FROM;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxTest {

    @TempDir
    Path tmp;

    private final MessageComposer composer = new MessageComposer(FROM);

    private ComposedMessage message(String key, String address) {
        Recipient r = new Recipient(key, Audience.COORDINATOR, "coordinator", "clearance", "ITA", address, null, "en", List.of());
        return composer.compose(r, new Digest("[LAP 2025] Clearance: 0 early warnings, 0 gaps", "en", "text", "<p>html</p>",
                List.of()), AS_OF);
    }

    private List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void storingWritesOneEmlPerMessageAndNoTemporaryFile() throws IOException {
        Outbox outbox = new Outbox(tmp.resolve("outbox"));
        outbox.store(AS_OF, List.of(message("coordinator-clearance-ita", "ita@example.org"),
                message("coordinator-clearance-nor", "nor@example.org")));

        assertThat(files(outbox.folder(AS_OF))).containsExactly("coordinator-clearance-ita.eml", "coordinator-clearance-nor.eml");
        assertThat(outbox.composed(AS_OF)).isTrue();
        assertThat(outbox.composed(AS_OF.plusDays(1))).isFalse();
        assertThat(Files.exists(outbox.ledger().file())).isFalse();
    }

    @Test
    void aStoredMessageReadsBackWithItsIdAddressAndSubject() {
        Outbox outbox = new Outbox(tmp);
        ComposedMessage m = message("coordinator-clearance-ita", "ita@example.org");
        outbox.store(AS_OF, List.of(m));

        assertThat(outbox.messages()).singleElement().satisfies(o -> {
            assertThat(o.assessment()).isEqualTo("2026-11-29");
            assertThat(o.recipientKey()).isEqualTo("coordinator-clearance-ita");
            assertThat(o.messageId()).isEqualTo(m.messageId());
            assertThat(o.address()).isEqualTo("ita@example.org");
            assertThat(o.subject()).isEqualTo("[LAP 2025] Clearance: 0 early warnings, 0 gaps");
            assertThat(o.size()).isEqualTo(m.size());
        });
    }

    @Test
    void pendingLeavesOutWhatTheLedgerListsAsAccepted() {
        Outbox outbox = new Outbox(tmp);
        outbox.store(AS_OF, List.of(message("coordinator-clearance-ita", "ita@example.org"),
                message("coordinator-clearance-nor", "nor@example.org")));
        OutboxMessage ita = outbox.messages().get(0);

        outbox.ledger().recordAccepted(ita, Instant.parse("2026-11-30T09:00:00Z"), "250 OK\tqueued as 12\r\nmore");

        assertThat(outbox.pending()).extracting(OutboxMessage::recipientKey).containsExactly("coordinator-clearance-nor");
        assertThat(outbox.ledger().entries()).singleElement().satisfies(e -> {
            assertThat(e.messageId()).isEqualTo(ita.messageId());
            assertThat(e.recipient()).isEqualTo("coordinator-clearance-ita");
            assertThat(e.address()).isEqualTo("ita@example.org");
            assertThat(e.serverReply()).isEqualTo("250 OK queued as 12 more");
            assertThat(e.file()).isEqualTo("2026-11-29/coordinator-clearance-ita.eml");
            assertThat(e.status()).isEqualTo(Ledger.Status.ACCEPTED);
            assertThat(e.at()).isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
        });
    }

    @Test
    void composingAgainRemovesMessagesNoLongerRoutedButKeepsThoseAlreadySent() throws IOException {
        Outbox outbox = new Outbox(tmp);
        outbox.store(AS_OF, List.of(message("coordinator-clearance-ita", "ita@example.org"),
                message("coordinator-clearance-nor", "nor@example.org"), message("isu-isu-ccm", "isu@example.org")));
        outbox.ledger().recordAccepted(outbox.messages().get(2), Instant.now(), "250 OK");

        Outbox.Stored stored = outbox.store(AS_OF, List.of(message("coordinator-clearance-ita", "ita@example.org")));

        assertThat(stored.removed()).extracting(p -> p.getFileName().toString()).containsExactly("coordinator-clearance-nor.eml");
        assertThat(files(outbox.folder(AS_OF))).containsExactly("coordinator-clearance-ita.eml", "isu-isu-ccm.eml");
    }

    @Test
    void aKeyThatIsNotASafeFileNameIsRefused() {
        assertThatThrownBy(() -> new Outbox(tmp).store(AS_OF, List.of(message("../escape", "ita@example.org"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @SuppressWarnings("try") // holding the lock is the point
    void onlyOneSenderHoldsTheOutboxAtATime() {
        Outbox outbox = new Outbox(tmp);
        try (Outbox.Lock held = outbox.lock()) {
            assertThatThrownBy(outbox::lock).isInstanceOf(Outbox.BusyException.class).hasMessageContaining("another");
        }
        try (Outbox.Lock again = outbox.lock()) {
            assertThat(again).isNotNull();
        }
    }
}
