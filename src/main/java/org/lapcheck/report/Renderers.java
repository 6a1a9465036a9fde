package org.lapcheck.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/** The renderers for {@code --format} and the language for {@code --lang}. */
public final class Renderers {

    /** Every format, in the order reports are written; also the default. */
    public static final List<String> FORMATS = List.of("json", "md", "html", "csv", "sarif", "junit");

    private Renderers() {}

    /**
     * The renderers for a comma-separated list such as {@code "json,md,html"}; null, blank or {@code all} means every
     * format. Order and repetitions in the list do not matter.
     *
     * @throws IllegalArgumentException naming the unknown format and the known ones
     */
    public static List<Renderer> forFormats(String csv) {
        return names(csv).stream().map(Renderers::forFormat).toList();
    }

    /**
     * The format names of a comma-separated list, checked and in {@link #FORMATS}' order: what {@link #forFormats}
     * renders.
     *
     * @throws IllegalArgumentException naming the unknown format and the known ones
     */
    public static List<String> names(String csv) {
        if (csv == null || csv.isBlank() || csv.strip().equalsIgnoreCase("all")) {
            return FORMATS;
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (String part : csv.split(",")) {
            String name = part.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (!FORMATS.contains(name)) {
                throw new IllegalArgumentException("unknown report format '" + part.strip() + "' (choose from "
                        + String.join(", ", FORMATS) + ")");
            }
            wanted.add(name);
        }
        return wanted.isEmpty() ? FORMATS : FORMATS.stream().filter(wanted::contains).toList();
    }

    /** The renderer of one format name of {@link #FORMATS}. */
    public static Renderer forFormat(String format) {
        Supplier<Renderer> s = switch (format) {
            case "json" -> JsonRenderer::new;
            case "md" -> MarkdownRenderer::new;
            case "html" -> HtmlRenderer::new;
            case "csv" -> CsvRenderer::new;
            case "sarif" -> SarifRenderer::new;
            case "junit" -> JunitRenderer::new;
            default -> throw new IllegalArgumentException("unknown report format '" + format + "'");
        };
        return s.get();
    }
}
