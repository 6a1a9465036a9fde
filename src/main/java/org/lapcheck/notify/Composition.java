package org.lapcheck.notify;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The messages of one assessment, composed in memory and not yet written anywhere, with who could not be
 * written to and which findings reach no one by name. {@code unchangedSinceSent} names the recipients whose message
 * was sent already and still says the same: nothing new is composed for them.
 */
public record Composition(LocalDate asOf, List<ComposedMessage> messages, List<Unaddressed> unaddressed,
        Map<String, Integer> unreachedByArea, List<String> unchangedSinceSent) {

    public Composition(LocalDate asOf, List<ComposedMessage> messages, List<Unaddressed> unaddressed,
            Map<String, Integer> unreachedByArea) {
        this(asOf, messages, unaddressed, unreachedByArea, List.of());
    }

    public Composition {
        unchangedSinceSent = List.copyOf(unchangedSinceSent);
        messages = List.copyOf(messages);
        unaddressed = List.copyOf(unaddressed);
        unreachedByArea = Map.copyOf(unreachedByArea);
    }

    /** True when an address is present but invalid: an input someone must fix. */
    public boolean anyMalformedAddress() {
        return unaddressed.stream().anyMatch(Unaddressed::malformed);
    }
}
