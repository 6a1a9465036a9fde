package org.lapcheck.findings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lapcheck.model.Acknowledgement;
import org.lapcheck.model.Assessment;
import org.lapcheck.model.Finding;

/**
 * Puts the machinery's decisions (inputs/acknowledgements.yaml) on the findings they cover. A finding keeps its
 * place, severity and wording; it only carries the decision, so every format can show it apart and
 * {@code --fail-on} can leave it out. Indicators are not touched: an acknowledged gap is still a gap.
 */
public final class Acknowledgements {

    /**
     * @param assessment the assessment with the decisions on its findings
     * @param stale      entries that cover no finding of this assessment (to be removed, probably)
     * @param expired    entries that cover a finding but lapsed before the as-of date
     */
    public record Applied(Assessment assessment, List<Acknowledgement> stale, List<Acknowledgement> expired) {}

    private Acknowledgements() {}

    /**
     * The first entry in file order that applies on the as-of date wins; a finding only an expired entry covers
     * carries that one (the latest to lapse), so it can say when its acknowledgement ended.
     */
    public static Applied apply(Assessment a, List<Acknowledgement> entries) {
        if (entries.isEmpty()) {
            return new Applied(a, List.of(), List.of());
        }
        LocalDate asOf = a.asOf();
        boolean[] used = new boolean[entries.size()];
        List<Finding> out = new ArrayList<>(a.findings().size());
        for (Finding f : a.findings()) {
            Acknowledgement applies = null;
            Acknowledgement lapsed = null;
            for (int i = 0; i < entries.size(); i++) {
                Acknowledgement e = entries.get(i);
                if (!e.covers(f)) {
                    continue;
                }
                used[i] = true;
                if (e.appliesOn(asOf)) {
                    if (applies == null) {
                        applies = e;
                    }
                } else if (lapsed == null || e.until().isAfter(lapsed.until())) {
                    lapsed = e;
                }
            }
            out.add(applies == null && lapsed == null ? f : f.withAcknowledgement(applies, applies == null ? lapsed : null));
        }
        List<Acknowledgement> stale = new ArrayList<>();
        List<Acknowledgement> expired = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!used[i]) {
                stale.add(entries.get(i));
            } else if (!entries.get(i).appliesOn(asOf)) {
                expired.add(entries.get(i));
            }
        }
        return new Applied(a.withFindings(out), stale, expired);
    }
}
