package org.lapcheck.model;

import java.time.LocalDate;

/**
 * The {@code report} block of a self-report, its transmittal: what kind of report, the year it covers, when it reached
 * the UN Secretary-General, on which form, who sent it, and the language the state asks its feedback in ({@code en},
 * {@code fr}, {@code es}, {@code ar}, {@code zh}, {@code ru}; null when it names none). (Named apart from the renderers
 * of {@code report}.)
 */
public record Transmittal(
        String kind,
        Integer covers,
        LocalDate submitted,
        String form,
        Contact contact,
        Boolean assistanceRequested,
        String language) {

    /** Without a language (the report names none: its feedback follows the machinery's choice for the state). */
    public Transmittal(String kind, Integer covers, LocalDate submitted, String form, Contact contact,
            Boolean assistanceRequested) {
        this(kind, covers, submitted, form, contact, assistanceRequested, null);
    }

    public static final String INITIAL = "initial";
    public static final String ANNUAL = "annual";
    public static final String FORM_ORIGINAL = "original";
    public static final String FORM_REVISED_2022 = "revised-2022";

    public boolean initial() {
        return INITIAL.equals(kind);
    }

    /**
     * Who sent the report, and where its feedback goes.
     *
     * @param language the language to write to the contact in: the report's own {@code language} when it names one
     *                 (set by whoever gathers the contacts for the feedback), else null
     */
    public record Contact(String institution, String name, String email, String language) {

        public Contact(String institution, String name, String email) {
            this(institution, name, email, null);
        }

        public Contact inLanguage(String language) {
            return new Contact(institution, name, email, language);
        }
    }
}
