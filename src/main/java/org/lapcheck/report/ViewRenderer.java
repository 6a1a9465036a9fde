package org.lapcheck.report;

import java.util.Map;

/**
 * A renderer that lays out a {@link ReportView}. {@link ReportWriter} builds the view once and hands it to every
 * such renderer: wording, the comparison with the previous assessment and the indexes by state and action are
 * then computed once per report folder rather than once per format.
 */
interface ViewRenderer extends Renderer {

    Map<String, byte[]> render(ReportView view);

    @Override
    default Map<String, byte[]> render(ReportContext context) {
        return render(ReportView.of(context));
    }
}
