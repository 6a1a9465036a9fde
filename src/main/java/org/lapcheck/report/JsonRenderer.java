package org.lapcheck.report;

import org.lapcheck.findings.ExplanationsJson;
import org.lapcheck.findings.FindingsJson;
import java.io.IOException;

/**
 * findings.json (the contract; with what changed when there is a previous assessment) and explanations.json (for
 * {@code ./lap explain}). Both stay in English whatever the language: they are the language-neutral source, and a
 * finding's {@code rule_id} and {@code params} let any reader word it again.
 */
public final class JsonRenderer implements ViewRenderer {

    public static final String FINDINGS = FindingsJson.FILE;
    public static final String EXPLANATIONS = ExplanationsJson.FILE;


    @Override
    public void render(ReportView view, ReportSink out) throws IOException {
        // the view's comparison with the previous assessment, computed once for every format
        out.put(FINDINGS, FindingsJson.text(view.assessment, view.diff));
        out.put(EXPLANATIONS, ExplanationsJson.text(view.context.explanations()));
    }
}
