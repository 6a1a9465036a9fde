package org.lapcheck.model.derived;

import java.time.LocalDate;
import org.lapcheck.model.Extension;

/**
 * A time-bound treaty obligation's deadline for one state, as of one report: the original date (entry into
 * force + 8 years for Article 3, + 10 years for Article 4), and the one in force after granted extensions.
 *
 * @param article   "3" (stockpile destruction) or "4" (clearance)
 * @param extension the granted extension that set {@code current}, or null when none was granted
 */
public record TreatyDeadline(String iso3, int year, String article, LocalDate original, LocalDate current, Extension extension) {

    public boolean extended() {
        return extension != null;
    }
}
