package org.lapcheck.report;

import java.io.IOException;

/**
 * Where a renderer puts its files. {@link ReportWriter} writes each one to disk as it is handed over, so a report
 * folder is never held in memory whole (at 11,200 reports it is over 100 MB of text).
 */
@FunctionalInterface
public interface ReportSink {

    /** One file of the report: its name relative to the report folder, and its text, to be stored as UTF-8. */
    void put(String name, CharSequence text) throws IOException;
}
