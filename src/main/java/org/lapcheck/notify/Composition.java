package org.lapcheck.notify;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The messages of one assessment, composed in memory and not yet written anywhere, with who could not be
 * written to and which findings reach no one by name.
 */
public record Composition(LocalDate asOf, List<ComposedMessage> messages, List<Unaddressed> unaddressed,
        Map<String, Integer> unreachedByArea) {

    public Composition {
        messages = List.copyOf(messages);
        unaddressed = List.copyOf(unaddressed);
        unreachedByArea = Map.copyOf(unreachedByArea);
    }

    /** True when an address is present but invalid: an input someone must fix. */
    public boolean anyMalformedAddress() {
        return unaddressed.stream().anyMatch(Unaddressed::malformed);
    }
}
