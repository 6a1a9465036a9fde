package org.lapcheck.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages lapcheck words its reports and e-mails in: one list for the CLI, the reports, the digests and the machinery. */
public enum Language {
    EN, FR, ES;

    /** The code used on the command line and in files: {@code fr}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    public static Optional<Language> of(String code) {
        return Arrays.stream(values()).filter(l -> l.code().equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Language::code).toList();
    }
}
