package org.lapcheck.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"president@example.org", "coord-nim-nzl@example.org", "a.b+tag@sub.example.org",
            "lapcheck@localhost"})
    void acceptsPlainAddresses(String address) {
        assertThat(Addresses.problem(address)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "no-at-sign.example.org", "two@@example.org", "@example.org", "a@",
            "a@example.org, b@example.org", "Name <a@example.org>", "group: a@example.org;",
            "a@example.org\r\nBcc: evil@example.org", "a@example.org\nBcc: evil@example.org", "a b@example.org",
            "a@[127.0.0.1]"})
    void refusesAnythingButOnePlainAddress(String address) {
        assertThat(Addresses.problem(address)).isPresent();
    }
}
