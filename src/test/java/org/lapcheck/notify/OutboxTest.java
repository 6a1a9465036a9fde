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

        assertThat(files(outbox.folder(AS_OF))).containsExactly("coordinator-clearance-ita.eml", "coordinator-clearance-nor.eml",
                "manifest.sha256");
        assertThat(files(outbox.dir())).containsExactlyInAnyOrder("2026-11-29", ".lock");
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
        assertThat(files(outbox.folder(AS_OF))).containsExactly("coordinator-clearance-ita.eml", "isu-isu-ccm.eml",
                "manifest.sha256");
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

    @Test
    void aCompositionCutOffHalfWayLeavesThePublishedFolderAsItWasAndNoStagingBehind() throws IOException {
        Outbox outbox = new Outbox(tmp);
        outbox.store(AS_OF, List.of(message("coordinator-clearance-ita", "ita@example.org")));
        byte[] before = Files.readAllBytes(outbox.folder(AS_OF).resolve("coordinator-clearance-ita.eml"));

        // Two messages written, then the third cannot be: the run stops half-way through composing.
        assertThatThrownBy(() -> outbox.store(AS_OF, List.of(message("coordinator-clearance-nor", "nor@example.org"),
                message("isu-isu-ccm", "isu@example.org"), message("../escape", "x@example.org"))))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(files(outbox.folder(AS_OF))).containsExactly("coordinator-clearance-ita.eml", "manifest.sha256");
        assertThat(Files.readAllBytes(outbox.folder(AS_OF).resolve("coordinator-clearance-ita.eml"))).isEqualTo(before);
        assertThat(files(tmp)).containsExactlyInAnyOrder("2026-11-29", ".lock");
        assertThat(outbox.mismatches()).isEmpty();
    }

    @Test
    void stagingFoldersAKilledRunLeftAreCleanedButNothingElse() throws IOException {
        Outbox outbox = new Outbox(tmp);
        Path killed = Files.createDirectories(tmp.resolve(".lapcheck-staging-2026-11-29-0badc0de"));
        Files.writeString(killed.resolve(".lapcheck-staging"), "x");
        Files.writeString(killed.resolve("presidency-lao.eml"), "half");
        Path lookalike = Files.createDirectories(tmp.resolve(".lapcheck-staging-2026-11-29-12345678")); // no marker
        Path notes = Files.createDirectories(tmp.resolve("my-notes"));
        Files.writeString(notes.resolve(".lapcheck-staging"), "a user's file that happens to have the name");

        outbox.store(AS_OF, List.of(message("coordinator-clearance-ita", "ita@example.org")));

        assertThat(killed).doesNotExist();
        assertThat(lookalike).isDirectory();
        assertThat(notes.resolve(".lapcheck-staging")).exists();
    }

    @Test
    void aFolderMovedAsideByARunKilledBetweenItsTwoRenamesIsPutBack() throws IOException {
        Outbox outbox = new Outbox(tmp);
        outbox.store(AS_OF, List.of(message("coordinator-clearance-ita", "ita@example.org")));
        Path aside = tmp.resolve(".lapcheck-replaced-2026-11-29-feedf00d");
        Files.writeString(outbox.folder(AS_OF).resolve(".lapcheck-staging"), "x");
        Files.move(outbox.folder(AS_OF), aside);

        outbox.store(AS_OF.plusDays(1), List.of(message("coordinator-clearance-nor", "nor@example.org")));

        assertThat(aside).doesNotExist();
        assertThat(files(outbox.folder(AS_OF))).containsExactly("coordinator-clearance-ita.eml", "manifest.sha256");
    }

    @Test
    void aMissingExtraOrChangedMessageIsAMismatchWithTheManifest() throws IOException {
        Outbox outbox = new Outbox(tmp);
        outbox.store(AS_OF, List.of(message("coordinator-clearance-ita", "ita@example.org"),
                message("coordinator-clearance-nor", "nor@example.org"), message("isu-isu-ccm", "isu@example.org")));
        assertThat(outbox.mismatches()).isEmpty();
        Path folder = outbox.folder(AS_OF);

        Files.delete(folder.resolve("coordinator-clearance-nor.eml"));
        Files.writeString(folder.resolve("isu-isu-ccm.eml"), "\r\nedited", java.nio.file.StandardOpenOption.APPEND);
        Files.copy(folder.resolve("coordinator-clearance-ita.eml"), folder.resolve("extra.eml"));

        assertThat(outbox.mismatches()).containsExactlyInAnyOrder("2026-11-29/coordinator-clearance-nor.eml: missing",
                "2026-11-29/isu-isu-ccm.eml: changed since it was composed", "2026-11-29/extra.eml: not in the manifest");
    }

    @Test
    void aFolderWithoutManifestAndSomethingToSendIsAMismatch() throws IOException {
        Outbox outbox = new Outbox(tmp);
        Path folder = Files.createDirectories(outbox.folder(AS_OF));
        Files.write(folder.resolve("presidency-lao.eml"), message("presidency-lao", "president@example.org").eml());

        assertThat(outbox.mismatches()).singleElement().asString().contains("no manifest");
    }

    @Test
    void aSentMessageIsNeverOverwritten() {
        Outbox outbox = new Outbox(tmp);
        outbox.store(AS_OF, List.of(message("coordinator-clearance-ita", "ita@example.org")));
        outbox.ledger().recordAccepted(outbox.messages().get(0), Instant.now(), "250 OK");
        Recipient r = new Recipient("coordinator-clearance-ita", Audience.COORDINATOR, "coordinator", "clearance", "ITA",
                "ita@example.org", null, "en", List.of());
        ComposedMessage changed = composer.compose(r, new Digest("[LAP 2025] other", "en", "other", "<p>other</p>", List.of()), AS_OF);

        assertThatThrownBy(() -> outbox.store(AS_OF, List.of(changed))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("refusing to overwrite");
        assertThat(outbox.sent(AS_OF)).containsOnlyKeys("coordinator-clearance-ita");
    }
}
