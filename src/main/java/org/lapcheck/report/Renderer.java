package org.lapcheck.report;

import java.util.Map;

/** One output format, rendered from an assessment as files (relative name to content); writes nothing itself. */
public interface Renderer {

    /** The name used with {@code --format}: json, md, html, csv, sarif, junit. */
    String format();

    Map<String, byte[]> render(ReportContext context);
}
