package org.lapcheck.assess;

/**
 * A rule that failed while the session ran: its consequence threw on one match ({@code iso3} the state of the
 * facts it matched, when they name one), or its condition threw (then the rule was left out and the session run
 * again without it).
 *
 * @param ruleId  the failing rule's {@code @id}
 * @param ruleFile the file it is in
 * @param ruleLine the line it starts at
 * @param iso3    the state whose facts it failed on, or null when not known or not about a state
 * @param where   "condition" or "consequence"
 * @param cause   what went wrong, in one line (the exception's own words, escaped and cut)
 */
public record RuleFailure(String ruleId, String ruleFile, int ruleLine, String iso3, String where, String cause) {

    @Override
    public String toString() {
        return ruleFile + ":" + ruleLine + ": rule " + ruleId + " failed in its " + where + (iso3 == null ? "" : " on the facts of " + iso3)
                + ": " + cause;
    }
}
