package org.lapcheck.model.derived;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.lapcheck.model.Extension;

/**
 * A time-bound treaty obligation's deadline for one state, as one report shows it: the original date (entry into
 * force + 8 years for Article 3, + 10 years for Article 4) and the one in force after the extensions granted.
 *
 * @param article   "3" (stockpile destruction) or "4" (clearance)
 * @param extension the granted extension that set {@code current}, or null when none was granted
 */
public record TreatyDeadline(String iso3, int year, String article, LocalDate original, LocalDate current, Extension extension) implements PartyScoped {

    public static final String STOCKPILE = "3";
    public static final String CLEARANCE = "4";

    /** The deadline in force: the latest date granted by any extension, else the original one. */
    public static TreatyDeadline of(String iso3, int year, String article, LocalDate original, List<Extension> extensions) {
        Extension latest = extensions.stream().filter(Extension::granted)
                .max(Comparator.comparing(Extension::grantedUntil)).orElse(null);
        LocalDate current = latest != null && latest.grantedUntil().isAfter(original) ? latest.grantedUntil() : original;
        return new TreatyDeadline(iso3, year, article, original, current, current.equals(original) ? null : latest);
    }

    public boolean extended() {
        return extension != null;
    }
}
