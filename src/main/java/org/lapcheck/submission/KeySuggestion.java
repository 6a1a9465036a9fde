package org.lapcheck.submission;

import java.util.Collection;
import java.util.Locale;
import org.apache.commons.lang3.StringUtils;

/** "did you mean ...?" for a mistyped key or word: the closest known one within a small edit distance. */
final class KeySuggestion {

    private KeySuggestion() {}

    /** The closest candidate, or null when none is close enough to be a likely typo. */
    static String closest(String typed, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        // short keys only forgive one slip, so 'to' does not suggest 'of'
        int allowed = typed.length() <= 4 ? 1 : typed.length() <= 8 ? 2 : 3;
        for (String c : candidates) {
            if (Math.abs(typed.length() - c.length()) > allowed) {
                continue; // too far apart in length to be a slip; also spares a megabyte key a quadratic distance
            }
            // Commons Lang's bounded Levenshtein: -1 beyond the allowance, and no full matrix for a long key.
            int d = StringUtils.getLevenshteinDistance(typed.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT), allowed);
            if (d >= 0 && d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return bestDistance <= allowed ? best : null;
    }

    /** " (did you mean 'x'?)" or the empty string. */
    static String hint(String typed, Collection<String> candidates) {
        String c = closest(typed, candidates);
        return c == null ? "" : " (did you mean '" + c + "'?)";
    }

}
