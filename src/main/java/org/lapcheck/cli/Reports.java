package org.lapcheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lapcheck.assess.AssessmentResult;
import org.lapcheck.knowledge.LapAction;
import org.lapcheck.knowledge.Rulebook;
import org.lapcheck.model.ReferenceData;
import org.lapcheck.report.JsonRenderer;
import org.lapcheck.report.MarkdownRenderer;
import org.lapcheck.report.Renderer;
import org.lapcheck.report.ReportContext;
import org.lapcheck.report.ReportWriter;

/** Chooses the renderers for {@code --format} and {@code --lang} and writes one assessment with them. */
final class Reports {

    private static final Map<String, Renderer> ALL = new LinkedHashMap<>();

    static {
        for (Renderer r : List.of(new JsonRenderer(), new MarkdownRenderer())) {
            ALL.put(r.format(), r);
        }
    }

    private final List<Renderer> renderers;
    private final Locale locale;

    private Reports(List<Renderer> renderers, Locale locale) {
        this.renderers = renderers;
        this.locale = locale;
    }

    static Reports forOptions(List<String> formats, String lang) {
        if (!List.of("en", "fr", "es").contains(lang)) {
            throw new UsageException("--lang: '" + lang + "' is not one of en, fr, es");
        }
        List<String> chosen = formats == null || formats.isEmpty() ? List.copyOf(ALL.keySet()) : formats;
        List<Renderer> renderers = new java.util.ArrayList<>();
        for (String f : chosen) {
            Renderer r = ALL.get(f.strip());
            if (r == null) {
                throw new UsageException("--format: '" + f + "' is not one of " + String.join(", ", ALL.keySet()));
            }
            renderers.add(r);
        }
        if (renderers.stream().noneMatch(r -> r instanceof JsonRenderer)) {
            renderers.add(0, ALL.get("json")); // findings.json is the source every other output is checked against
        }
        return new Reports(renderers, Locale.forLanguageTag(lang));
    }

    Map<String, Path> write(AssessmentResult result, Rulebook rulebook, ReferenceData reference, Workspace ws, Path target)
            throws IOException {
        Map<Integer, String> titles = new LinkedHashMap<>();
        for (LapAction a : rulebook.catalogue().all()) {
            titles.put(a.number(), a.title());
        }
        ReportContext context = new ReportContext(result.assessment(), result.explanations(), titles, locale, null);
        return new ReportWriter(renderers).write(context, target);
    }
}
