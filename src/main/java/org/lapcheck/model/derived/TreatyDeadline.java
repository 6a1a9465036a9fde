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
 * @param extension  the granted extension that set {@code current}, or null when none was granted
 * @param extensions every request for extension the report records, granted, refused or pending
 */
public record TreatyDeadline(String iso3, int year, String article, LocalDate original, LocalDate current, Extension extension,
        List<Extension> extensions) implements PartyScoped {

    public static final String STOCKPILE = "3";
    public static final String CLEARANCE = "4";

    /** The deadline in force: the latest date granted by any extension, else the original one. */
    public static TreatyDeadline of(String iso3, int year, String article, LocalDate original, List<Extension> extensions) {
        Extension latest = extensions.stream().filter(Extension::granted)
                .max(Comparator.comparing(Extension::grantedUntil)).orElse(null);
        LocalDate current = latest != null && latest.grantedUntil().isAfter(original) ? latest.grantedUntil() : original;
        return new TreatyDeadline(iso3, year, article, original, current, current.equals(original) ? null : latest,
                List.copyOf(extensions));
    }

    /**
     * The deadline in force on {@code day}: the original one, or the latest date granted by decisions taken by
     * then (Art. 3.3 and 4.7). {@code except} (a request being judged) is left out.
     */
    public LocalDate inForceOn(LocalDate day, Extension except) {
        List<Extension> decided = extensions.stream()
                .filter(e -> e != except && e.decided() != null && !e.decided().isAfter(day)).toList();
        return of(iso3, year, article, original, decided).current();
    }

    /**
     * The longest period one extension may add: four years under Art. 3.3, five under Art. 4.5 (each request is for
     * the time strictly necessary, and further extensions need a new request).
     */
    public int extensionCapYears() {
        return STOCKPILE.equals(article) ? 4 : 5;
    }

    /**
     * True when a risk notice of {@code notified} speaks to the deadline in force: it came after the decision that
     * set it (a notice before an extension was granted was answered by that extension).
     */
    public boolean noticeCounts(LocalDate notified) {
        return notified != null && (extension == null || extension.decided() == null || notified.isAfter(extension.decided()));
    }

    public boolean extended() {
        return extension != null;
    }
}
