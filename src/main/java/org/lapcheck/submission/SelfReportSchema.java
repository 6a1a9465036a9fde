package org.lapcheck.submission;

/**
 * The JSON Schema (draft 2020-12) of the self-report format, for editors and states' own tooling
 * ({@code ./lap schema}). It lists every key the loader knows, with its treaty article and LAP actions; unknown
 * keys are left open, as the loader only warns about them. A test keeps it equal to {@link SelfReportFormat}.
 */
public final class SelfReportSchema {

    static final String RESOURCE = "lap-self-report-1.schema.json";

    private SelfReportSchema() {}

    public static String text() {
        return Holder.TEXT;
    }

    /** Read once, on first use. */
    private static final class Holder {
        static final String TEXT = BundledText.read(SelfReportSchema.class, RESOURCE);
    }
}
