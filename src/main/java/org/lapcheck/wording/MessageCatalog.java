package org.lapcheck.wording;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.lapcheck.model.Finding;

/**
 * The rules' own words in another language, kept beside the rules in {@code messages_<lang>.properties} files (UTF-8)
 * anywhere under {@code rules/} — {@code rules/i18n/} for shared wording, each section folder for its own rules —
 * so rule authors translate a rule where they write it, without rebuilding the tool. Keys:
 * <ul>
 *   <li>{@code <RULE-ID>.title}, {@code .message}, {@code .expected}, {@code .actual}: templates with the
 *       same {@code {placeholders}} as the rule's English metadata, filled from the finding's params;</li>
 *   <li>{@code action.<N>.title}: the LAP action titles of {@code rules/actions.yaml};</li>
 *   <li>{@code value.<text>}: a param value worded again (e.g. {@code value.not_reported}), the text with every
 *       run of characters other than letters and digits written as one {@code _}.</li>
 * </ul>
 * English needs no file: findings carry their English wording. A rule with no translation is shown in English and
 * named by {@link #missing}.
 */
public final class MessageCatalog {

    private final Locale locale;
    private final Properties entries;

    private MessageCatalog(Locale locale, Properties entries) {
        this.locale = locale;
        this.entries = entries;
    }

    public static MessageCatalog english() {
        return new MessageCatalog(Locale.ENGLISH, new Properties());
    }

    /**
     * The catalogue for {@code locale} from every {@code messages_<lang>.properties} below {@code dir} (normally
     * {@code rules/}); English, or no directory, or no file for the language, gives the rules' English wording.
     *
     * @throws UncheckedIOException when the file exists but cannot be read
     */
    public static MessageCatalog load(Path dir, Locale locale) {
        Locale language = locale == null ? Locale.ENGLISH : Locale.forLanguageTag(locale.getLanguage());
        if (dir == null || "en".equals(language.getLanguage())) {
            return new MessageCatalog(language, new Properties());
        }
        String name = "messages_" + language.getLanguage() + ".properties";
        Properties entries = new Properties();
        if (!Files.isDirectory(dir)) {
            return new MessageCatalog(language, entries);
        }
        // Every messages_<lang>.properties below dir: rules/i18n and each section folder beside its rules.
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.getFileName().toString().equals(name)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // One read per folder, language and state of its files: the reports and the e-mails of one run share it,
        // and a server that keeps running sees a translation edited since.
        List<Object> key = List.of(dir.toAbsolutePath().normalize(), language.getLanguage());
        List<String> stamp = stamp(files);
        Loaded cached = LOADED.get(key);
        if (cached != null && cached.stamp().equals(stamp)) {
            return cached.catalog();
        }
        for (Path file : files) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                entries.load(in);
            } catch (IOException | IllegalArgumentException e) {
                throw new UncheckedIOException(new IOException("cannot read the rule translations " + file + ": "
                        + e.getMessage(), e));
            }
        }
        MessageCatalog catalog = new MessageCatalog(language, entries);
        LOADED.put(key, new Loaded(stamp, catalog));
        return catalog;
    }

    private record Loaded(List<String> stamp, MessageCatalog catalog) {}

    private static final java.util.Map<List<Object>, Loaded> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    /** Each file with its size and time of change: a different stamp is a different catalogue. */
    private static List<String> stamp(List<Path> files) {
        List<String> stamp = new java.util.ArrayList<>();
        for (Path f : files) {
            try {
                stamp.add(f + "|" + Files.size(f) + "|" + Files.getLastModifiedTime(f).toMillis());
            } catch (IOException e) {
                stamp.add(f + "|unreadable"); // read below, which says why
            }
        }
        return stamp;
    }

    public Locale locale() {
        return locale;
    }

    public String message(Finding f) {
        return worded(f, "message", f.message());
    }

    public String expected(Finding f) {
        return worded(f, "expected", f.expected());
    }

    public String actual(Finding f) {
        return worded(f, "actual", f.actual());
    }

    /** The rule's title ("annual report overdue"), the {@code rule} of the finding. */
    public String title(Finding f) {
        return worded(f, "title", f.rule());
    }

    public String actionTitle(int action, String english) {
        return entries.getProperty("action." + action + ".title", english);
    }

    /**
     * Ids of the rules among {@code findings} whose wording is not (completely) translated and so is shown in
     * English, sorted; empty for English.
     */
    public List<String> missing(Collection<Finding> findings) {
        TreeSet<String> missing = new TreeSet<>();
        if (isEnglish()) {
            return List.of();
        }
        for (Finding f : findings) {
            if (lacks(f.ruleId(), "message", f.message()) || lacks(f.ruleId(), "expected", f.expected())
                    || lacks(f.ruleId(), "actual", f.actual()) || lacks(f.ruleId(), "title", f.rule())) {
                missing.add(f.ruleId());
            }
        }
        return List.copyOf(missing);
    }

    /** The raw template for a rule id and part ({@code message}, {@code expected}, ...), or null. */
    public String template(String ruleId, String part) {
        return entries.getProperty(ruleId + "." + part);
    }

    private boolean lacks(String ruleId, String part, String english) {
        return english != null && template(ruleId, part) == null;
    }

    private boolean isEnglish() {
        return "en".equals(locale.getLanguage());
    }

    private String worded(Finding f, String part, String english) {
        String template = isEnglish() || f.ruleId() == null ? null : template(f.ruleId(), part);
        if (template == null) {
            return english;
        }
        return Template.fill(template, params(f), locale, this::value);
    }

    /**
     * Languages whose rule templates take a state's name as it stands, without an article or a case ending: the
     * Arabic, Chinese and Russian templates ("تقرير {state}", "{state}的报告", "доклад государства {state}", the
     * nominative in apposition), so the name is put in that language. French and Spanish templates put it after "de"
     * ("le rapport de {state}"), where a French or Spanish name would need its article ("de l'Allemagne"): the name
     * stays as the report gives it there, as before.
     */
    private static final java.util.Set<String> NAMES_STATES = java.util.Set.of("ar", "zh", "ru");

    /** The finding's params, with {@code state} named in the catalogue's language where its templates allow. */
    private java.util.Map<String, String> params(Finding f) {
        String given = f.params().get("state");
        if (given == null || f.state() == null || !NAMES_STATES.contains(locale.getLanguage())) {
            return f.params();
        }
        java.util.Map<String, String> params = new java.util.LinkedHashMap<>(f.params());
        params.put("state", StateNames.name(f.state(), locale, given));
        return params;
    }

    private String value(String text) {
        if (text.startsWith("lap:")) {
            // A citation of a LAP action (lap:N:KIND), worded per language by lap.confirmed, lap.reading, lap.before.
            return org.lapcheck.model.LapCitation.word(text, kind -> entries.getProperty("lap." + kind));
        }
        return entries.getProperty("value." + text.strip().replaceAll("[^\\p{L}\\p{N}]+", "_"), text);
    }
}
