package org.lapcheck.submission;

import java.util.Collection;
import java.util.Locale;

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
            int d = distance(typed.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
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

    /** Levenshtein distance, with two rows. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
