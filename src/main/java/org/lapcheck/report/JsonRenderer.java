package org.lapcheck.report;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * findings.json (the contract; with what changed when there is a previous assessment) and explanations.json (for
 * {@code ./lap explain}). Both stay in English whatever the language: they are the language-neutral source, and a
 * finding's {@code rule_id} and {@code params} let any reader word it again.
 */
public final class JsonRenderer implements Renderer {

    public static final String FINDINGS = "findings.json";
    public static final String EXPLANATIONS = "explanations.json";

    @Override
    public String format() {
        return "json";
    }

    @Override
    public Map<String, byte[]> render(ReportContext context) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(FINDINGS, FindingsJson.write(context.assessment(), context.previous()).getBytes(StandardCharsets.UTF_8));
        files.put(EXPLANATIONS, ExplanationsJson.write(context.explanations()).getBytes(StandardCharsets.UTF_8));
        return files;
    }
}
