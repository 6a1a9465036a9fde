package org.lapcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An action page says how far the catalogue's wording of its action can be trusted, with the legend of the codes. */
class ActionConfidenceTest {

    private static String page(ReportContext context, int action) {
        return new String(new HtmlRenderer().render(context).get("actions/" + action + ".html"), StandardCharsets.UTF_8);
    }

    private static ReportContext withConfidence(Locale locale) {
        ReportContext c = Fixtures.context(locale);
        return new ReportContext(c.assessment(), c.explanations(), c.actionTitles(), locale, c.previous(), c.stateNames(),
                c.partiesPerYear(), c.ruleMessages(), Map.of(43, "P", 31, "R"));
    }

    @Test
    void anActionPageShowsItsConfidenceAndTheLegend() {
        String p43 = page(withConfidence(Locale.ENGLISH), 43);
        assertThat(p43).contains("Confidence of this action&#39;s wording in the catalogue: P (partly verified).")
                .contains("V verified, P partly verified, R reconstructed, U unverified.");
        assertThat(page(withConfidence(Locale.ENGLISH), 31)).contains(": R (reconstructed).");
        assertThat(page(withConfidence(Locale.FRENCH), 43)).contains(": P (partiellement vérifié).");
        assertThat(page(withConfidence(Locale.forLanguageTag("es")), 43)).contains(": P (parcialmente verificada).");
    }

    @Test
    void withoutAConfidenceThePageSaysNothingAboutIt() {
        assertThat(page(Fixtures.context(Locale.ENGLISH), 43)).doesNotContain("Confidence of this action");
    }
}
