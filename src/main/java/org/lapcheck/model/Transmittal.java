package org.lapcheck.model;

import java.time.LocalDate;

/**
 * The {@code report} block of a self-report, its transmittal: what kind of report, the year it covers, when it reached
 * the UN Secretary-General, on which form, and who sent it. (Named apart from the renderers of {@code report}.)
 */
public record Transmittal(
        String kind,
        Integer covers,
        LocalDate submitted,
        String form,
        Contact contact,
        Boolean assistanceRequested) {

    public static final String INITIAL = "initial";
    public static final String ANNUAL = "annual";
    public static final String FORM_ORIGINAL = "original";
    public static final String FORM_REVISED_2022 = "revised-2022";

    public boolean initial() {
        return INITIAL.equals(kind);
    }

    public record Contact(String institution, String name, String email) {}
}
