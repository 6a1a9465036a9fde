package org.lapcheck.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lapcheck.assess.AssessmentResult;
import org.lapcheck.knowledge.LapAction;
import org.lapcheck.knowledge.Rulebook;
import org.lapcheck.model.Language;
import org.lapcheck.model.Assessment;
import org.lapcheck.model.ReferenceData;
import org.lapcheck.model.StateParty;
import org.lapcheck.report.MembershipTrend;
import org.lapcheck.report.Renderer;
import org.lapcheck.report.Renderers;
import org.lapcheck.report.ReportContext;
import org.lapcheck.report.ReportWriter;

/** Chooses the renderers for {@code --format} and {@code --lang} and writes one assessment with them. */
public final class Reports {

    private final List<Renderer> renderers;
    private final Locale locale;
    private final List<String> formats;

    private Reports(List<String> formats, Locale locale) {
        this.formats = formats;
        this.renderers = formats.stream().map(Renderers::forFormat).toList();
        this.locale = locale;
    }

    public static Reports forOptions(List<String> formats, String lang) {
        try {
            String chosen = formats == null ? null : String.join(",", formats);
            return new Reports(Renderers.names(chosen), Language.parse(lang).locale());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The formats written, in the order they are rendered. */
    public List<String> formats() {
        return formats;
    }

    /**
     * Writes {@code target}, comparing with {@code previous} (null: none; {@link PreviousAssessment#find} finds the one
     * in the same reports folder).
     */
    public Map<String, Path> write(AssessmentResult result, Assessment previous, Rulebook rulebook,
            ReferenceData reference, Path rulesDir, Path target) throws IOException {
        Assessment a = result.assessment();
        Map<Integer, String> titles = new LinkedHashMap<>();
        Map<Integer, String> confidence = new LinkedHashMap<>();
        for (LapAction action : rulebook.catalogue().all()) {
            titles.put(action.number(), action.title());
            confidence.put(action.number(), action.confidence());
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (StateParty s : reference.membership()) {
            names.put(s.iso3(), s.name());
        }
        ReportContext context = new ReportContext(a, result.explanations(), titles, locale, previous, names,
                MembershipTrend.partiesPerYear(reference.membership(), a.asOf()), rulesDir, confidence);
        return new ReportWriter(renderers).write(context, target);
    }
}
