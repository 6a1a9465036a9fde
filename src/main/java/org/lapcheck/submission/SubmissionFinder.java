package org.lapcheck.submission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.lapcheck.model.Position;
import org.lapcheck.model.Problem;

/**
 * Lists the submissions, {@code inputs/submissions/<YEAR>/<ISO3>.yaml} and, beside it, {@code <ISO3>.initial.yaml}
 * (a state that joins mid-year owes an initial report and, the next 30 April, an annual report covering the same
 * calendar year: both can be on file), and names everything else it finds there,
 * because a misnamed report ({@code deu.yaml}, {@code DEU.yml}, a folder {@code 2024-drafts}) silently skipped
 * would look like a report never sent.
 */
public final class SubmissionFinder {

    /**
     * The submission files, sorted by year then ISO3, and the stray entries: an error for what looks like a
     * misplaced or misnamed report (a YAML file, a folder), a warning for anything else (notes, spreadsheets).
     */
    public record Submissions(List<Path> files, List<Problem> problems) {
        public Submissions {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern SUBMISSION = Pattern.compile("[A-Z]{3}(\\.initial)?\\.yaml");
    /** A name that claims a state's report, spelled right or not. */
    private static final Pattern CLAIM = Pattern.compile("([A-Za-z]{3})\\.(?i:ya?ml)");
    private static final String EXPECTED = "expected inputs/submissions/<YEAR>/<ISO3>.yaml";

    private SubmissionFinder() {}

    public static Submissions find(Path inputsDir, Path projectRoot) {
        Path submissions = inputsDir.resolve("submissions");
        List<Path> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(submissions)) {
            problems.add(Problem.warning(DisplayPaths.of(projectRoot, submissions), Position.START,
                    "no submissions folder: no state's report can be read"));
            return new Submissions(files, problems);
        }
        for (Path entry : list(submissions, projectRoot, problems)) {
            String name = entry.getFileName().toString();
            if (ignorable(name)) {
                continue;
            }
            if (Files.isDirectory(entry) && YEAR.matcher(name).matches()) {
                yearFolder(entry, projectRoot, files, problems);
            } else if (Files.isDirectory(entry)) {
                problems.add(Problem.error(DisplayPaths.of(projectRoot, entry), Position.START,
                        "not a year folder, so nothing in it is read; " + EXPECTED));
            } else {
                stray(entry, projectRoot, problems, Map.of());
            }
        }
        files.sort(Comparator.comparing((Path p) -> p.getParent().getFileName().toString())
                .thenComparing(p -> p.getFileName().toString()));
        return new Submissions(files, problems);
    }

    private static void yearFolder(Path folder, Path projectRoot, List<Path> files, List<Problem> problems) {
        List<Path> entries = list(folder, projectRoot, problems);
        Map<String, List<String>> claims = claimsByState(entries);
        String year = folder.getFileName().toString();
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (ignorable(name)) {
                continue;
            }
            if (Files.isDirectory(entry)) {
                problems.add(Problem.error(DisplayPaths.of(projectRoot, entry), Position.START,
                        "a folder inside a year folder is not read; " + EXPECTED));
            } else if (SUBMISSION.matcher(name).matches()) {
                // listed even when it is not a regular file: the loader says why it cannot be read
                files.add(entry);
                List<String> same = claims.getOrDefault(name.substring(0, 3), List.of());
                if (same.size() > 1 && !name.endsWith(".initial.yaml")) {
                    problems.add(Problem.error(DisplayPaths.of(projectRoot, entry), Position.START,
                            String.join(" and ", same) + " both hold the report of " + name.substring(0, 3)
                                    + " covering " + year + ": one report per state and year can be assessed, so "
                                    + "neither is; keep one file, named " + name));
                }
            } else {
                stray(entry, projectRoot, problems, claims);
            }
        }
    }

    /**
     * The files of a year folder that name a state ({@code DEU.yaml}, {@code DEU.yml}, {@code deu.yaml}), by the
     * state's code in capitals: two for one state is the same report twice, whichever is spelled right.
     */
    private static Map<String, List<String>> claimsByState(List<Path> entries) {
        Map<String, List<String>> claims = new TreeMap<>();
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            Matcher m = CLAIM.matcher(name);
            if (!ignorable(name) && !Files.isDirectory(entry) && m.matches()) {
                claims.computeIfAbsent(m.group(1).toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(name);
            }
        }
        return claims;
    }

    private static void stray(Path file, Path projectRoot, List<Problem> problems, Map<String, List<String>> claims) {
        String name = file.getFileName().toString();
        String display = DisplayPaths.of(projectRoot, file);
        String lower = name.toLowerCase(Locale.ROOT);
        Matcher claim = CLAIM.matcher(name);
        String iso3 = claim.matches() ? claim.group(1).toUpperCase(Locale.ROOT) : null;
        Matcher padded = CLAIM.matcher(name.strip());
        if (!name.equals(name.strip()) && (padded.matches() || SUBMISSION.matcher(name.strip()).matches())) {
            // 'CPV.yaml ' looks like a report to a person and would otherwise be ignored as a stray note.
            String state = name.strip().substring(0, 3).toUpperCase(Locale.ROOT);
            problems.add(Problem.error(display, Position.START, "not read: '" + Shown.text(name)
                    + "' has white space around its name; " + EXPECTED + ": rename it " + state + ".yaml"));
        } else if (iso3 != null && claims.getOrDefault(iso3, List.of()).contains(iso3 + ".yaml")) {
            problems.add(Problem.error(display, Position.START, "not read: a second file for " + iso3 + " beside "
                    + iso3 + ".yaml; one report per state and year (" + EXPECTED + "): merge the two and remove '"
                    + Shown.text(name) + "'"));
        } else if (SUBMISSION.matcher(name).matches()) {
            problems.add(Problem.error(display, Position.START, "not read: '" + name + "' is not in a year folder; "
                    + EXPECTED));
        } else if (iso3 != null) {
            problems.add(Problem.error(display, Position.START, "not read: '" + Shown.text(name)
                    + "' is not a submission name; " + EXPECTED + " (three capital letters, '.yaml'): rename it "
                    + iso3 + ".yaml"));
        } else if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            problems.add(Problem.error(display, Position.START, "not read: '" + Shown.text(name)
                    + "' is not a submission name; " + EXPECTED + " (three capital letters, '.yaml')"));
        } else {
            problems.add(Problem.warning(display, Position.START, "ignored: not a submission; " + EXPECTED));
        }
    }

    /** Hidden files (.gitkeep, editor swap files) and READMEs belong beside the data. */
    private static boolean ignorable(String name) {
        return name.startsWith(".") || name.toUpperCase(Locale.ROOT).startsWith("README");
    }

    private static List<Path> list(Path folder, Path projectRoot, List<Problem> problems) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            problems.add(Problem.error(DisplayPaths.of(projectRoot, folder), Position.START,
                    "cannot list the folder: " + Shown.io(e)));
            return List.of();
        }
    }
}
