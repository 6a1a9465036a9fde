package org.lapcheck.knowledge;

import java.util.List;

/**
 * One action of the Lausanne Action Plan as the catalogue ({@code rules/actions.yaml}) records it. The wording is
 * data: much of it is reconstructed, and {@code confidence} says how far it can be trusted.
 *
 * @param confidence   V verified, P partly verified, R reconstructed, U unverified (see the domain reference)
 * @param appliesTo    applicability codes (ALL, STOCKPILE, AFFECTED, ...)
 * @param area         the coordinators' area that follows the action up
 * @param notJudgeable why no rule can judge the action from a self-report, or null when rules can
 */
public record LapAction(
        int number,
        String section,
        String title,
        String paraphrase,
        List<String> appliesTo,
        String indicator,
        String area,
        String article,
        String confidence,
        String notJudgeable) {

    public LapAction {
        appliesTo = List.copyOf(appliesTo);
    }
}
