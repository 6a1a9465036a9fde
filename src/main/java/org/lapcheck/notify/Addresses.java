package org.lapcheck.notify;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Optional;

/**
 * Checks an e-mail address before anything is composed for it: exactly one plain address ({@code local@domain}),
 * nothing else. Group syntax, display names, several addresses and control characters are refused, so an
 * address taken from a machinery file or a state's report can never smuggle in another recipient or a header.
 */
public final class Addresses {

    private Addresses() {}

    /** Why {@code text} is not a usable address, or empty when it is one. */
    public static Optional<String> problem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("no address");
        }
        if (text.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Optional.of("the address '" + HeaderText.printable(text) + "' contains control characters (line breaks?)");
        }
        String trimmed = text.strip();
        try {
            InternetAddress[] parsed = InternetAddress.parse(trimmed, true);
            if (parsed.length != 1) {
                return Optional.of("'" + trimmed + "' is not one address but " + parsed.length);
            }
            InternetAddress a = parsed[0];
            a.validate();
            if (a.isGroup() || a.getPersonal() != null || !trimmed.equals(a.getAddress())) {
                return Optional.of("'" + trimmed + "' is not a plain address (write only local@domain)");
            }
            String domain = a.getAddress().substring(a.getAddress().lastIndexOf('@') + 1);
            if (a.getAddress().indexOf('@') < 1 || domain.isEmpty() || domain.startsWith("[")) {
                return Optional.of("'" + trimmed + "' has no domain");
            }
            return Optional.empty();
        } catch (AddressException e) {
            return Optional.of("'" + trimmed + "' is not a valid address: " + e.getMessage());
        }
    }

    /** The address, checked; throws {@link IllegalArgumentException} with the problem otherwise. */
    static InternetAddress require(String text) {
        problem(text).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        try {
            return new InternetAddress(text.strip(), true);
        } catch (AddressException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
