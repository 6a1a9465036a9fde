package org.lapcheck.submission;

import org.lapcheck.submission.yaml.SafeYaml;
import org.lapcheck.submission.yaml.YamlDocument;
import org.lapcheck.submission.yaml.YamlNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.lapcheck.model.Position;
import org.lapcheck.model.Problem;
import org.lapcheck.model.SelfReport;
import org.lapcheck.model.SourceMap;

/**
 * Loads one self-report ({@code inputs/submissions/YEAR/ISO3.yaml}) into a {@link SelfReport}, with every problem
 * of the file at once: YAML errors, types, impossible dates, negative quantities, unknown keys (warnings), and
 * whether the state and year inside agree with where the file stands. Never throws for bad content.
 */
public final class SubmissionLoader {

    /** Problems listed for one file; the rest are counted in one closing line. */
    static final int MAX_PROBLEMS = 100;

    private static final Pattern YEAR_FOLDER = Pattern.compile("\\d{4}");

    private final Path projectRoot;
    private final Set<String> knownIso3;
    private final Path confinedTo;
    /** The ids of the register of instances of use, or null when responses are not checked against one. */
    private final Set<String> useRegisterIds;
    private final String useRegisterFile;

    /**
     * @param projectRoot display paths are relative to it
     * @param knownIso3   every ISO3 code of the membership data; a report by any other code is an error
     */
    public SubmissionLoader(Path projectRoot, Set<String> knownIso3) {
        this(projectRoot, knownIso3, null);
    }

    /**
     * @param confinedTo the inputs folder: a file there that is a link to anything outside it is refused unread;
     *                   null for files named on the command line ({@code validate my-draft/DEU.yaml})
     */
    public SubmissionLoader(Path projectRoot, Set<String> knownIso3, Path confinedTo) {
        this(projectRoot, knownIso3, confinedTo, null, null);
    }

    private SubmissionLoader(Path projectRoot, Set<String> knownIso3, Path confinedTo, Set<String> useRegisterIds,
            String useRegisterFile) {
        this.projectRoot = projectRoot;
        this.knownIso3 = Set.copyOf(knownIso3);
        this.confinedTo = confinedTo;
        this.useRegisterIds = useRegisterIds == null ? null : Set.copyOf(useRegisterIds);
        this.useRegisterFile = useRegisterFile;
    }

    /**
     * The same loader, checking each {@code universalization.responses_to_use[].instance} against the ids of the
     * register of instances of use: an id not in it is a warning at its line (the response is kept, and shown in the
     * presidency's account as naming no register entry).
     *
     * @param registerFile the register's file as named in the warning, or null when there is none
     */
    public SubmissionLoader withUseRegister(Set<String> ids, String registerFile) {
        return new SubmissionLoader(projectRoot, knownIso3, confinedTo, ids, registerFile);
    }

    /** Loads a file; its folder name gives the expected year (when it is a year) and its name the state. */
    public LoadResult load(Path file) {
        String display = DisplayPaths.of(projectRoot, file);
        byte[] bytes;
        try {
            BoundedRead.Result read = BoundedRead.read(file, confinedTo, SafeYaml.MAX_BYTES);
            if (read.refusal() != null) {
                return unreadable(display, read.refusal());
            }
            bytes = read.bytes();
        } catch (IOException e) {
            return unreadable(display, "cannot read the file: " + Shown.io(e));
        }
        String fileName = file.getFileName().toString();
        Path folder = file.toAbsolutePath().normalize().getParent();
        String folderName = folder == null || folder.getFileName() == null ? "" : folder.getFileName().toString();
        Expectation year = YEAR_FOLDER.matcher(folderName).matches()
                ? new Expectation(folderName, "the file is in folder " + folderName) : null;
        // DEU.yaml and DEU.initial.yaml both name Germany; the second holds its initial report only.
        String stem = fileName.contains(".") ? fileName.substring(0, fileName.indexOf('.')) : fileName;
        Expectation state = new Expectation(stem, "the file is named " + fileName);
        LoadResult loaded = check(display, bytes, year, state);
        if (fileName.endsWith(INITIAL_SUFFIX) && loaded.report() != null && !loaded.report().initial()) {
            List<Problem> problems = new ArrayList<>(loaded.problems());
            org.lapcheck.model.Evidence kind = loaded.report().evidence("report.kind");
            Position at = kind.line() == null ? Position.START : new Position(kind.line(), kind.column() == null ? 1 : kind.column());
            problems.add(Problem.error(display, at,
                    "report.kind must be 'initial' in a file named " + fileName
                            + "; an annual report covering the same year goes in " + stem + ".yaml"));
            return new LoadResult(display, null, problems, loaded.sha256());
        }
        return loaded;
    }

    /**
     * The file's bytes, or null when it holds more than {@code limit}: never more than {@code limit + 1} bytes are
     * read, whatever size the file claims or grows to.
     */
    static byte[] readAtMost(Path file, int limit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(limit + 1);
            return bytes.length > limit ? null : bytes;
        }
    }

    /**
     * The same checks on text in memory (the rule test harness). {@code expectedYear} and {@code expectedIso3}
     * play the part of the folder and file name; when null, the document's own values are taken.
     */
    public LoadResult loadText(String displayPath, String text, Integer expectedYear, String expectedIso3) {
        Expectation year = expectedYear == null ? null
                : new Expectation(expectedYear.toString(), "the expected year is " + expectedYear);
        Expectation state = expectedIso3 == null ? null
                : new Expectation(expectedIso3, "the expected state is " + expectedIso3);
        return check(displayPath, text.getBytes(StandardCharsets.UTF_8), year, state);
    }

    /** {@link #loadText} on the bytes of a file (strict UTF-8 and all), as read by {@link #load}; for fuzzing. */
    public LoadResult loadBytes(String displayPath, byte[] bytes, Integer expectedYear, String expectedIso3) {
        Expectation year = expectedYear == null ? null
                : new Expectation(expectedYear.toString(), "the expected year is " + expectedYear);
        Expectation state = expectedIso3 == null ? null
                : new Expectation(expectedIso3, "the expected state is " + expectedIso3);
        if (bytes.length > SafeYaml.MAX_BYTES) {
            return unreadable(displayPath, SafeYaml.tooLarge(bytes.length));
        }
        return check(displayPath, bytes, year, state);
    }

    /** The name of the file that holds a state's initial report beside its annual report of the same year. */
    public static final String INITIAL_SUFFIX = ".initial.yaml";

    /** What the file's place says a value must be, and how to say where that came from. */
    private record Expectation(String value, String because) {}

    private LoadResult check(String file, byte[] bytes, Expectation year, Expectation state) {
        String sha = Hashes.sha256(bytes);
        YamlDocument doc = SafeYaml.parse(file, bytes);
        List<Problem> problems = new ArrayList<>(doc.problems());
        if (doc.root() == null) {
            return new LoadResult(file, null, capped(problems), sha);
        }
        ShapeChecker checker = new ShapeChecker(file, Problem.Level.WARNING);
        Checked root = checker.checkRoot(doc.root(), SelfReportFormat.ROOT);
        Map<String, Position> positions = checker.positions();
        if (root != null) {
            checkFormat(root, positions, checker);
        }
        String iso3 = root == null ? null : stateOf(root, positions, state, checker);
        Integer covers = root == null ? null : yearOf(root, doc.root(), positions, year, checker);
        if (root != null) {
            checkResponsesToUse(root, positions, checker);
        }
        problems.addAll(checker.problems());
        if (root == null || problems.stream().anyMatch(Problem::isError)) {
            return new LoadResult(file, null, capped(problems), sha);
        }
        Map<String, Position> source = new LinkedHashMap<>(positions);
        source.remove("");
        SelfReport report = SelfReportMapper.map(root, iso3, covers, file, new SourceMap(file, source));
        return new LoadResult(file, report, capped(problems), sha);
    }

    /**
     * At most {@link #MAX_PROBLEMS} problems of one file, in file order, then one line saying how many more there
     * are: a hostile file with a hundred thousand bad values must not become a hundred thousand lines of output.
     */
    static List<Problem> capped(List<Problem> problems) {
        if (problems.size() <= MAX_PROBLEMS) {
            return problems;
        }
        List<Problem> ordered = problems.stream().sorted(LoadResult.IN_FILE_ORDER).toList();
        List<Problem> rest = ordered.subList(MAX_PROBLEMS, ordered.size());
        Problem next = rest.get(0);
        boolean errors = rest.stream().anyMatch(Problem::isError);
        List<Problem> kept = new ArrayList<>(ordered.subList(0, MAX_PROBLEMS));
        kept.add(new Problem(next.file(), next.line(), next.column(), errors ? Problem.Level.ERROR : Problem.Level.WARNING,
                "and " + rest.size() + " more problem(s) from here on, not listed; correct the ones above first"));
        return kept;
    }

    private static void checkFormat(Checked root, Map<String, Position> positions, ShapeChecker checker) {
        String format = root.text("format");
        if (format != null && !SelfReportFormat.FORMAT.equals(format)) {
            checker.error(positions.get("format"), "format: unsupported format '" + Shown.text(format) + "'; this tool reads '"
                    + SelfReportFormat.FORMAT + "'");
        }
    }

    /**
     * Each response to an instance of use names a register entry or describes the instance; a named id the register
     * lacks is a warning (a typo, or an entry not yet added: the ISU keeps the register, see inputs/README.md).
     */
    private void checkResponsesToUse(Checked root, Map<String, Position> positions, ShapeChecker checker) {
        Checked u = root.obj("universalization");
        List<Checked> responses = u == null ? null : u.objs("responses_to_use");
        if (responses == null) {
            return;
        }
        for (Checked r : responses) {
            String path = "universalization.responses_to_use[" + r.index() + "]";
            String instance = r.text("instance");
            String description = r.text("description");
            if (instance == null && (description == null || description.isBlank())) {
                checker.warning(positions.get(path), path + ": names no instance; give the register id of the instance "
                        + "of use (instance) or describe it (description)");
            } else if (instance != null && useRegisterIds != null && !useRegisterIds.contains(instance)) {
                List<String> known = new ArrayList<>(new java.util.TreeSet<>(useRegisterIds));
                String suggestion = KeySuggestion.closest(instance, known);
                checker.warning(positions.getOrDefault(path + ".instance", positions.get(path)), path + ".instance: '"
                        + Shown.text(instance) + "' is not an instance in the register of instances of use"
                        + (useRegisterFile == null ? " (there is no use-register.yaml)" : " (" + useRegisterFile + ")")
                        + (suggestion != null ? "; did you mean '" + suggestion + "'?"
                                : known.isEmpty() ? "" : "; its ids: " + String.join(", ", known))
                        + ". The response is kept; describe the instance (description) if it is not in the register.");
            }
        }
    }

    private String stateOf(Checked root, Map<String, Position> positions, Expectation expected, ShapeChecker checker) {
        Checked state = root.obj("state");
        String iso3 = state == null ? null : state.text("iso3");
        if (iso3 == null) {
            return expected == null ? null : expected.value(); // the missing key is already reported
        }
        Position at = positions.get("state.iso3");
        if (!knownIso3.contains(iso3)) {
            checker.error(at, "state.iso3: unknown ISO3 code '" + iso3 + "' (not in the membership data)");
        }
        if (expected != null && !expected.value().equals(iso3)) {
            checker.error(at, "state.iso3 is '" + iso3 + "' but " + expected.because() + "; they must match");
        }
        return iso3;
    }

    private static Integer yearOf(Checked root, YamlNode rootNode, Map<String, Position> positions,
            Expectation expected, ShapeChecker checker) {
        Checked report = root.obj("report");
        Integer covers = report == null ? null : report.year("covers");
        if (covers == null) {
            if (expected != null) {
                return Integer.valueOf(expected.value());
            }
            YamlNode given = rootNode.get("report") == null ? null : rootNode.get("report").get("covers");
            if (given == null || given.isNull()) { // otherwise its wrong value is already reported
                Position at = positions.getOrDefault("report", rootNode.position());
                checker.error(at, "report.covers is missing and the folder name is not a year: "
                        + "say which calendar year the report covers");
            }
            return null;
        }
        if (expected != null && !expected.value().equals(covers.toString())) {
            checker.error(positions.get("report.covers"), "report.covers is " + covers + " but " + expected.because()
                    + "; they must match");
        }
        return covers;
    }

    private LoadResult unreadable(String file, String message) {
        return new LoadResult(file, null, List.of(Problem.error(file, Position.START, message)), null);
    }
}
