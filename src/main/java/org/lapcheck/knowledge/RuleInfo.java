package org.lapcheck.knowledge;

import java.util.List;
import org.lapcheck.model.FindingKind;
import org.lapcheck.model.Severity;

/**
 * A rule as the rulebook declares it in its metadata: everything a finding needs, so consequences retype
 * nothing. Derivation rules (under {@code 00-derived/}) only derive facts and carry {@code id} and
 * {@code derives}; every other rule raises findings.
 *
 * @param name     the rule's full DRL name, "ID: what it detects"
 * @param title    what it detects, the part of the name after the id (the {@code rule} of a finding)
 * @param wording  the message, expected and actual templates, with {@code {placeholders}} filled from the
 *                 consequence's values (null for a derivation rule)
 * @param route    recipients beyond the area's coordinators (presidency, troika, gender_focal_point)
 * @param file     the DRL file, relative to the project ({@code rules/08-transparency/t-annual-late.drl})
 * @param line     the line of the {@code rule} keyword in that file
 */
public record RuleInfo(
        String id,
        String name,
        String title,
        String packageName,
        boolean derived,
        List<Integer> actions,
        String article,
        Severity severity,
        FindingKind kind,
        String area,
        Wording wording,
        List<String> route,
        String file,
        int line) {

    public RuleInfo {
        actions = List.copyOf(actions);
        route = List.copyOf(route);
    }

    /** The templates a finding's texts are filled from; only {@code message} is required. */
    public record Wording(String message, String expected, String actual) {
        /** The three templates, absent ones as null, in the order a finding carries them. */
        public List<String> all() {
            return java.util.Arrays.asList(message, expected, actual);
        }
    }

    public String message() {
        return wording == null ? null : wording.message();
    }

    public String expected() {
        return wording == null ? null : wording.expected();
    }

    public String actual() {
        return wording == null ? null : wording.actual();
    }

    /** The section folder the rule lives in, e.g. {@code 08-transparency}. */
    public String section() {
        String rel = file.startsWith("rules/") ? file.substring("rules/".length()) : file;
        int slash = rel.indexOf('/');
        return slash < 0 ? "" : rel.substring(0, slash);
    }
}
