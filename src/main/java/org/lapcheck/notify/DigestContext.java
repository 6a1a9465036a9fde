package org.lapcheck.notify;

import java.util.List;
import java.util.Map;
import org.lapcheck.model.Assessment;
import org.lapcheck.model.derived.AsOf;

/**
 * What every digest may draw on besides its recipient's findings.
 *
 * @param previous          the assessment before this one, for the indicators that moved; null when none
 * @param stateNames        names of states by ISO3, for states without a finding to take the name from
 * @param routes            the routing, so the troika hears who could not be written to
 * @param troikaAttachments findings.csv and the HTML report when it exists
 * @param reportUrl         where the full report can be read online, or null
 * @param reportFolder      where the report lies on the machine that ran it (shown when nothing else is given)
 * @param ruleWording       the rules folder whose translations word findings, or null for English
 */
record DigestContext(
        Assessment assessment,
        Assessment previous,
        Map<String, String> stateNames,
        Routing.Routes routes,
        List<Attachment> troikaAttachments,
        String reportUrl,
        String reportFolder,
        java.nio.file.Path ruleWording) {

    /** The reporting year the assessment is about: the latest year whose annual report was due by the as-of date. */
    int reportingYear() {
        return AsOf.cycleYearOf(assessment.asOf());
    }

    String stateName(String iso3) {
        return stateNames.getOrDefault(iso3, iso3);
    }
}
