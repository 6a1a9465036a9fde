package org.lapcheck.report;

import java.io.IOException;

/**
 * A renderer that lays out a {@link ReportView}. {@link ReportWriter} builds the view once and hands it to every
 * such renderer: wording, the comparison with the previous assessment and the indexes by state and action are
 * then computed once per report folder rather than once per format.
 */
interface ViewRenderer extends Renderer {

    void render(ReportView view, ReportSink out) throws IOException;

    @Override
    default void render(ReportContext context, ReportSink out) throws IOException {
        render(ReportView.of(context), out);
    }
}
