package org.lapcheck.submission.reference;

import org.lapcheck.submission.yaml.SafeYaml;
import org.lapcheck.submission.yaml.YamlDocument;
import org.lapcheck.submission.yaml.YamlNode;
import org.lapcheck.submission.yaml.PlainScalars;
import org.lapcheck.submission.yaml.StrictUtf8;
import org.lapcheck.submission.BoundedRead;
import org.lapcheck.submission.Checked;
import org.lapcheck.submission.DisplayPaths;
import org.lapcheck.submission.LoadResult;
import org.lapcheck.submission.Shape;
import org.lapcheck.submission.ShapeChecker;
import org.lapcheck.submission.Shown;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.lapcheck.model.Evidence;
import org.lapcheck.model.Machinery;
import org.lapcheck.model.Meeting;
import org.lapcheck.model.Officeholder;
import org.lapcheck.model.Position;
import org.lapcheck.model.Problem;
import org.lapcheck.model.ReferenceData;
import org.lapcheck.model.StateParty;
import org.lapcheck.model.UntrustedText;
import org.lapcheck.model.UseInstance;
import org.lapcheck.model.UseRegister;

/**
 * Reads the facts states do not self-declare, from {@code inputs/reference/}: {@code membership.csv},
 * {@code calendar.yaml} and {@code machinery.yaml}. All three are checked in full before anything is returned;
 * any error fails the whole load, since every assessment depends on them. Unknown keys are errors here: a typo
 * in reference data would silently drop a fact.
 */
public final class ReferenceDataLoader {

    static final List<String> MEMBERSHIP_COLUMNS = List.of("iso3", "name", "status", "signed", "deposited", "instrument",
            "entry_into_force", "withdrawal_effective", "source");
    private static final Set<String> STATUSES = Set.of("state_party", "signatory", "withdrawn");
    private static final Set<String> INSTRUMENTS = Set.of("ratification", "accession", "acceptance", "approval",
            "succession");
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Map<String, Meeting.Kind> MEETING_KINDS = Map.of(
            "msp", Meeting.Kind.MEETING_OF_STATES_PARTIES,
            "review_conference", Meeting.Kind.REVIEW_CONFERENCE,
            "intersessional", Meeting.Kind.INTERSESSIONAL,
            "preparatory", Meeting.Kind.PREPARATORY);

    private final Path projectRoot;
    /** Reference files must really be in it (links resolved); null for text in memory. */
    private final Path inputsDir;
    private final List<Problem> problems = new ArrayList<>();

    private ReferenceDataLoader(Path projectRoot, Path inputsDir) {
        this.projectRoot = projectRoot;
        this.inputsDir = inputsDir;
    }

    /**
     * @param inputsDir   the {@code inputs} folder; the files are read from its {@code reference/} folder
     * @param projectRoot problems and evidence name files relative to it
     */
    public static ReferenceData load(Path inputsDir, Path projectRoot) throws ReferenceDataException {
        ReferenceDataLoader loader = new ReferenceDataLoader(projectRoot, inputsDir);
        Path reference = inputsDir.resolve("reference");
        List<StateParty> membership = loader.membership(reference.resolve("membership.csv"));
        List<Meeting> calendar = loader.calendar(reference.resolve("calendar.yaml"));
        Machinery machinery = loader.machinery(reference.resolve("machinery.yaml"));
        UseRegister register = loader.useRegister(useRegisterFile(inputsDir));
        if (loader.problems.stream().anyMatch(Problem::isError)) {
            throw new ReferenceDataException(loader.inFileOrder());
        }
        return new ReferenceData(membership, calendar, machinery, register);
    }

    /** Where the optional register of instances of use is, in an inputs folder. */
    public static Path useRegisterFile(Path inputsDir) {
        return inputsDir.resolve("reference").resolve("use-register.yaml");
    }

    /**
     * A register from YAML text in the use-register.yaml shape (rule cases bring their own); throws
     * {@link IllegalArgumentException} listing every problem.
     */
    public static UseRegister useRegisterFromText(String displayPath, String text) {
        return fromText("use register", displayPath, text, ReferenceDataLoader::useRegister);
    }

    /** One reference file read from text by {@code read}; every error at once, in an {@link IllegalArgumentException}. */
    private static <T> T fromText(String what, String displayPath, String text, TextReader<T> read) {
        ReferenceDataLoader loader = new ReferenceDataLoader(Path.of("."), null);
        T value = read.read(loader, displayPath, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<Problem> errors = loader.problems.stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("its " + what + " is not valid: " + errors);
        }
        return value;
    }

    @FunctionalInterface
    private interface TextReader<T> {
        T read(ReferenceDataLoader loader, String displayPath, byte[] bytes);
    }

    // ---- use-register.yaml

    private static final Pattern INSTANCE_ID = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");
    private static final Pattern LINK = Pattern.compile("https?://[^\\s]+");

    private UseRegister useRegister(Path path) {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return UseRegister.NONE;
        }
        String file = DisplayPaths.of(projectRoot, path);
        byte[] bytes = readBytes(path, file);
        return bytes == null ? UseRegister.NONE : useRegister(file, bytes);
    }

    /**
     * Every problem of the register at its file:line:column: a duplicate id, a period that ends before it begins, a
     * user that is both a state and another actor (or neither), a source without a web link. A register entry is a
     * public claim about who used a banned weapon: nothing in it is taken on trust or half-read.
     */
    private UseRegister useRegister(String file, byte[] bytes) {
        ShapeChecker checker = new ShapeChecker(file, Problem.Level.ERROR);
        Checked root = checkYaml(bytes, file, ReferenceFormats.USE_REGISTER, ReferenceFormats.USE_REGISTER_FORMAT, checker);
        List<UseInstance> out = new ArrayList<>();
        Map<String, Position> ids = new HashMap<>();
        for (Checked e : root == null || root.objs("instances") == null ? List.<Checked>of() : root.objs("instances")) {
            String path = "instances[" + e.index() + "]";
            Position at = checker.positions().get(path);
            int before = checker.problems().size();
            String id = e.text("id");
            Position idAt = checker.positions().get(path + ".id");
            if (id != null && !INSTANCE_ID.matcher(id).matches()) {
                checker.error(idAt, path + ".id: '" + Shown.text(id) + "' is not an id (capitals, digits and hyphens, "
                        + "e.g. SYR-2012)");
            } else if (id != null) {
                Position first = ids.putIfAbsent(id, idAt);
                if (first != null) {
                    checker.error(idAt, path + ".id: duplicate id '" + id + "' (first at line " + first.line() + ")");
                }
            }
            for (String key : List.of("title", "territory", "note")) {
                String text = e.text(key);
                if (text != null && text.isBlank()) {
                    checker.error(checker.positions().get(path + "." + key), path + "." + key + ": empty");
                }
            }
            Checked period = e.obj("period");
            Integer from = period == null ? null : period.year("from");
            Integer until = period == null ? null : period.year("until");
            if (from != null && until != null && until < from) {
                checker.error(checker.positions().get(path + ".period.until"), path + ".period.until: " + until
                        + " is before its from " + from);
            }
            List<UseInstance.User> users = new ArrayList<>();
            for (Checked u : e.objs("users") == null ? List.<Checked>of() : e.objs("users")) {
                String upath = path + ".users[" + u.index() + "]";
                String state = u.text("state");
                String actor = u.text("actor");
                if ((state == null) == (actor == null)) {
                    checker.error(checker.positions().get(upath), upath + ": give either a state (ISO3) or an actor "
                            + "(name), " + (state == null ? "not neither" : "not both"));
                    continue;
                }
                if (actor != null && actor.isBlank()) {
                    checker.error(checker.positions().get(upath + ".actor"), upath + ".actor: empty");
                    continue;
                }
                String name = u.text("name");
                users.add(new UseInstance.User(state, actor != null ? actor : name,
                        u.text("role") == null ? "use" : u.text("role")));
            }
            List<UseInstance.Source> sources = new ArrayList<>();
            List<Checked> given = e.objs("sources") == null ? List.of() : e.objs("sources");
            if (e.objs("sources") != null && given.isEmpty()) {
                checker.error(checker.positions().get(path + ".sources"), path + ".sources: empty; every entry needs at "
                        + "least one public source");
            }
            for (Checked src : given) {
                String spath = path + ".sources[" + src.index() + "]";
                String link = src.text("link");
                if (link != null && !LINK.matcher(link).matches()) {
                    checker.error(checker.positions().get(spath + ".link"), spath + ".link: '" + Shown.text(link)
                            + "' is not a web address (http:// or https://): a source must be public");
                }
                for (String key : List.of("title", "publisher")) {
                    String text = src.text(key);
                    if (text != null && text.isBlank()) {
                        checker.error(checker.positions().get(spath + "." + key), spath + "." + key + ": empty");
                    }
                }
                sources.add(new UseInstance.Source(src.text("title"), src.text("publisher"), src.date("date"), link));
            }
            if (checker.problems().size() == before && id != null && from != null && e.text("status") != null
                    && !sources.isEmpty()) {
                out.add(new UseInstance(id, e.text("title"), e.text("territory"), from, until, e.text("status"), users,
                        sources, e.text("note"), new Evidence(file, path, at.line(), at.column())));
            }
        }
        problems.addAll(checker.problems());
        return new UseRegister(out, file);
    }

    /** Where the optional acknowledgements file is, in an inputs folder. */
    public static Path acknowledgementsFile(Path inputsDir) {
        return inputsDir.resolve("acknowledgements.yaml");
    }

    /**
     * The machinery's decisions about findings, from {@code inputs/acknowledgements.yaml}; none when the file is
     * absent. Read as strictly as the rest of the reference data (the same limits, unknown keys and every problem
     * as errors at file:line:column): a typo here would silently leave a decision out, or apply one too widely.
     */
    public static List<org.lapcheck.model.Acknowledgement> acknowledgements(Path inputsDir, Path projectRoot)
            throws ReferenceDataException {
        Path path = acknowledgementsFile(inputsDir);
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        ReferenceDataLoader loader = new ReferenceDataLoader(projectRoot, inputsDir);
        String file = DisplayPaths.of(projectRoot, path);
        byte[] bytes = loader.readBytes(path, file);
        List<org.lapcheck.model.Acknowledgement> out = bytes == null ? List.of() : loader.acknowledgements(file, bytes);
        if (loader.problems.stream().anyMatch(Problem::isError)) {
            throw new ReferenceDataException(loader.inFileOrder());
        }
        return out;
    }

    private static final Pattern RULE_ID = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");
    private static final Pattern YEAR = Pattern.compile("(19|20|21)[0-9]{2}");

    private List<org.lapcheck.model.Acknowledgement> acknowledgements(String file, byte[] bytes) {
        ShapeChecker checker = new ShapeChecker(file, Problem.Level.ERROR);
        Checked root = checkYaml(bytes, file, ReferenceFormats.ACKNOWLEDGEMENTS, ReferenceFormats.ACKNOWLEDGEMENTS_FORMAT,
                checker);
        List<org.lapcheck.model.Acknowledgement> out = new ArrayList<>();
        List<String> offices = ReferenceFormats.offices();
        for (Checked e : root == null || root.objs("acknowledgements") == null ? List.<Checked>of() : root.objs("acknowledgements")) {
            String path = "acknowledgements[" + e.index() + "]";
            Position at = checker.positions().get(path);
            String id = e.text("id");
            String rule = e.text("rule");
            String state = e.text("state");
            String year = e.text("year");
            int before = checker.problems().size();
            if (id != null && (rule != null || state != null || year != null)) {
                checker.error(at, path + ": names a finding id and a rule; give one: the id, or the rule with a state and a year");
            } else if (id == null && rule == null) {
                checker.error(at, path + ": names nothing; give a finding id, or a rule with a state and a year ('*' for any)");
            } else if (id != null && id.isBlank()) {
                checker.error(checker.positions().get(path + ".id"), path + ".id: empty");
            } else if (rule != null) {
                if (!RULE_ID.matcher(rule).matches()) {
                    checker.error(checker.positions().get(path + ".rule"), path + ".rule: '" + Shown.text(rule)
                            + "' is not a rule id (capitals, digits and hyphens, e.g. T-ANNUAL-OVERDUE)");
                }
                if (state == null || year == null) {
                    checker.error(at, path + ": a rule needs a state and a year ('*' for any)");
                }
                if (state != null && !state.equals("*") && !ISO3.matcher(state).matches()) {
                    checker.error(checker.positions().get(path + ".state"), path + ".state: expected an ISO3 code, CCM for "
                            + "the machinery, or '*', but found '" + Shown.text(state) + "'");
                }
                if (year != null && !year.equals("*") && !YEAR.matcher(year).matches()) {
                    checker.error(checker.positions().get(path + ".year"), path + ".year: expected a year or '*' but found '"
                            + Shown.text(year) + "'");
                }
            }
            String reason = e.text("reason");
            if (reason != null && reason.isBlank()) {
                checker.error(checker.positions().get(path + ".reason"), path + ".reason: empty; say why it was decided");
            }
            String by = e.text("by");
            if (by != null && !offices.contains(by)) {
                checker.error(checker.positions().get(path + ".by"), path + ".by: '" + Shown.text(by)
                        + "' is not an office of the machinery (one of: " + String.join(", ", offices) + ")");
            }
            LocalDate date = e.date("date");
            LocalDate until = e.date("until");
            if (date != null && until != null && until.isBefore(date)) {
                checker.error(checker.positions().get(path + ".until"), path + ".until: " + until + " is before its date " + date);
            }
            if (checker.problems().size() == before && reason != null && until != null) {
                out.add(new org.lapcheck.model.Acknowledgement(id, rule, state, year, reason, by, date, until,
                        new Evidence(file, path, at.line(), at.column())));
            }
        }
        problems.addAll(checker.problems());
        return out;
    }

    // ---- membership.csv

    private List<StateParty> membership(Path path) {
        String file = DisplayPaths.of(projectRoot, path);
        String text = read(path, file);
        if (text == null) {
            return List.of();
        }
        CsvReader csv = new CsvReader(file, text);
        List<CsvReader.Row> rows = csv.rows();
        problems.addAll(csv.problems());
        if (rows.isEmpty()) {
            problems.add(Problem.error(file, Position.START, "empty: expected the header " + String.join(",", MEMBERSHIP_COLUMNS)));
            return List.of();
        }
        List<String> header = rows.get(0).cells().stream().map(c -> c.text().strip()).toList();
        if (!header.equals(MEMBERSHIP_COLUMNS)) {
            problems.add(Problem.error(file, Position.START, "the header must be " + String.join(",", MEMBERSHIP_COLUMNS)
                    + " but is " + String.join(",", header)));
            return List.of();
        }
        List<StateParty> states = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            StateParty state = stateParty(file, row);
            if (state == null) {
                continue;
            }
            Integer first = firstLine.putIfAbsent(state.iso3(), row.line());
            if (first != null) {
                problems.add(Problem.error(file, new Position(row.line(), 1), "duplicate row for '" + state.iso3()
                        + "' (first at line " + first + ")"));
                continue;
            }
            states.add(state);
        }
        return states;
    }

    private StateParty stateParty(String file, CsvReader.Row row) {
        if (row.cells().size() != MEMBERSHIP_COLUMNS.size()) {
            problems.add(Problem.error(file, new Position(row.line(), 1), "expected " + MEMBERSHIP_COLUMNS.size()
                    + " cells but found " + row.cells().size() + " (quote a cell that contains a comma)"));
            return null;
        }
        int before = errorCount();
        // A line break in a name goes into e-mail headers and subjects, a bidi override reorders a report's text:
        // refused here, at its cell, rather than escaped wherever the name later shows.
        for (int i = 0; i < row.cells().size(); i++) {
            CsvReader.Cell cell = row.cells().get(i);
            int bad = cell.text().codePoints().filter(UntrustedText::unsafe).findFirst().orElse(-1);
            if (bad >= 0) {
                cellError(file, cell, MEMBERSHIP_COLUMNS.get(i) + ": holds the character " + String.format("U+%04X", bad)
                        + ", which no " + (i == 1 ? "name" : "value") + " may hold ('" + Shown.text(cell.text()) + "')");
            }
        }
        if (errorCount() > before) {
            return null;
        }
        CsvReader.Cell iso3 = row.cells().get(0);
        if (!ISO3.matcher(iso3.text()).matches()) {
            cellError(file, iso3, "iso3: expected three capital letters but found '" + iso3.text() + "'");
        }
        CsvReader.Cell name = row.cells().get(1);
        if (name.text().isBlank()) {
            cellError(file, name, "name: empty");
        }
        CsvReader.Cell status = row.cells().get(2);
        if (!STATUSES.contains(status.text())) {
            cellError(file, status, "status: '" + status.text() + "' is not one of: state_party, signatory, withdrawn");
        }
        LocalDate signed = csvDate(file, row, 3);
        LocalDate deposited = csvDate(file, row, 4);
        CsvReader.Cell instrument = row.cells().get(5);
        if (!instrument.text().isEmpty() && !INSTRUMENTS.contains(instrument.text())) {
            cellError(file, instrument, "instrument: '" + instrument.text() + "' is not one of: "
                    + String.join(", ", INSTRUMENTS.stream().sorted().toList()));
        }
        LocalDate entryIntoForce = csvDate(file, row, 6);
        LocalDate withdrawal = csvDate(file, row, 7);
        boolean bound = "state_party".equals(status.text()) || "withdrawn".equals(status.text());
        if (bound && (deposited == null || entryIntoForce == null) && errorCount() == before) {
            cellError(file, status, status.text() + " needs the deposit and entry-into-force dates");
        }
        if ("withdrawn".equals(status.text()) && withdrawal == null && errorCount() == before) {
            cellError(file, row.cells().get(7), "withdrawn needs withdrawal_effective");
        }
        if (errorCount() > before) {
            return null;
        }
        return new StateParty(iso3.text(), name.text(), status.text(), signed, deposited, emptyToNull(instrument.text()),
                entryIntoForce, withdrawal, new Evidence(file, iso3.text(), row.line(), 1));
    }

    private LocalDate csvDate(String file, CsvReader.Row row, int index) {
        CsvReader.Cell cell = row.cells().get(index);
        if (cell.text().isEmpty()) {
            return null;
        }
        LocalDate date = PlainScalars.date(cell.text());
        if (date == null) {
            cellError(file, cell, MEMBERSHIP_COLUMNS.get(index) + ": " + (PlainScalars.looksLikeDate(cell.text())
                    ? "not a real date: " : "expected a date (YYYY-MM-DD) but found ") + "'" + cell.text() + "'");
        }
        return date;
    }

    private void cellError(String file, CsvReader.Cell cell, String message) {
        problems.add(Problem.error(file, cell.at(), message));
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    // ---- calendar.yaml

    private List<Meeting> calendar(Path path) {
        String file = DisplayPaths.of(projectRoot, path);
        ShapeChecker checker = new ShapeChecker(file, Problem.Level.ERROR);
        Checked root = checkYaml(path, file, ReferenceFormats.CALENDAR, ReferenceFormats.CALENDAR_FORMAT, checker);
        List<Meeting> meetings = new ArrayList<>();
        if (root != null && root.objs("meetings") != null) {
            Map<String, Position> ids = new HashMap<>();
            for (Checked m : root.objs("meetings")) {
                String path0 = "meetings[" + m.index() + "]";
                Position at = checker.positions().get(path0);
                Position idAt = checker.positions().get(path0 + ".id");
                String id = m.text("id");
                Position first = id == null ? null : ids.putIfAbsent(id, idAt);
                if (first != null) {
                    checker.error(idAt, path0 + ".id: duplicate meeting id '" + id + "' (first at line " + first.line() + ")");
                }
                LocalDate start = m.date("start");
                LocalDate end = m.date("end");
                if (start != null && end != null && end.isBefore(start)) {
                    checker.error(checker.positions().get(path0 + ".end"), path0 + ".end: " + end
                            + " is before the start " + start);
                }
                Boolean approximate = m.bool("approximate");
                meetings.add(new Meeting(id, m.text("kind") == null ? null : MEETING_KINDS.get(m.text("kind")),
                        m.text("name"), start, end, m.text("place"), Boolean.TRUE.equals(approximate), m.text("source"),
                        new Evidence(file, path0, at.line(), at.column())));
            }
        }
        problems.addAll(checker.problems());
        return meetings;
    }

    // ---- machinery.yaml

    /**
     * The machinery from YAML text in the machinery.yaml shape (rule cases bring their own); throws
     * {@link IllegalArgumentException} listing every problem.
     */
    public static Machinery machineryFromText(String displayPath, String text) {
        return fromText("machinery", displayPath, text, ReferenceDataLoader::machinery);
    }

    private Machinery machinery(Path path) {
        String file = DisplayPaths.of(projectRoot, path);
        byte[] bytes = readBytes(path, file);
        return bytes == null ? null : machinery(file, bytes);
    }

    private Machinery machinery(String file, byte[] bytes) {
        ShapeChecker checker = new ShapeChecker(file, Problem.Level.ERROR);
        Checked root = checkYaml(bytes, file, ReferenceFormats.MACHINERY, ReferenceFormats.MACHINERY_FORMAT, checker);
        Machinery machinery = null;
        if (root != null) {
            LocalDate start = root.date("term_start");
            LocalDate end = root.date("term_end");
            if (start != null && end != null && !end.isAfter(start)) {
                checker.error(checker.positions().get("term_end"), "term_end: " + end + " is not after term_start " + start);
            }
            List<Officeholder> offices = new ArrayList<>();
            for (Checked o : root.objs("offices") == null ? List.<Checked>of() : root.objs("offices")) {
                offices.add(office(o, file, checker, start, end));
            }
            refuseOverlappingTerms(offices, checker);
            java.util.Map<String, String> languages = new java.util.TreeMap<>();
            for (Checked st : root.objs("states") == null ? List.<Checked>of() : root.objs("states")) {
                String iso3 = st.text("iso3");
                String language = st.text("language");
                if (iso3 == null || language == null) {
                    continue; // already an error of its own (a missing or unknown value)
                }
                if (languages.putIfAbsent(iso3, language) != null) {
                    String path = "states[" + st.index() + "]";
                    checker.error(checker.positions().get(path), path + ": " + iso3
                            + " is listed twice; give each state one language");
                }
            }
            machinery = new Machinery(root.text("term"), start, end, offices, file, languages);
        }
        problems.addAll(checker.problems());
        return machinery;
    }

    /**
     * @param termStart the file's term_start: the first day of an entry without {@code from}
     * @param termEnd   the file's term_end: the end of an entry without {@code until}
     */
    private static Officeholder office(Checked o, String file, ShapeChecker checker, LocalDate termStart,
            LocalDate termEnd) {
        String path = "offices[" + o.index() + "]";
        Position at = checker.positions().get(path);
        String role = o.text("role");
        String area = o.text("area");
        if ("coordinator".equals(role) && area == null) {
            checker.error(at, path + ": a coordinator needs an area (" + String.join(", ", ReferenceFormats.AREAS) + ")");
        } else if (role != null && !"coordinator".equals(role) && area != null) {
            checker.error(checker.positions().get(path + ".area"), path + ".area: only coordinators have an area, not a "
                    + role);
        }
        LocalDate from = o.date("from");
        LocalDate until = o.date("until");
        LocalDate start = from != null ? from : termStart;
        LocalDate end = until != null ? until : termEnd;
        // until is the day the successor takes over, so a term ending where it starts is empty. An entry with
        // neither date has the file's term, already checked at term_end.
        if ((from != null || until != null) && start != null && end != null && !end.isAfter(start)) {
            if (until != null) {
                checker.error(checker.positions().get(path + ".until"), path + ".until: " + until + " is not after "
                        + (from != null ? "from " : "the term_start ") + start);
            } else {
                checker.error(checker.positions().get(path + ".from"), path + ".from: " + from
                        + " is not before the term_end " + termEnd + ", where an entry without until ends");
            }
        }
        return new Officeholder(role, area, o.text("holder"), o.text("email"), o.text("language"), o.texts("mandates"),
                start, end, new Evidence(file, path, at.line(), at.column()));
    }

    /** The offices of the Presidential Troika: one holder at a time each. */
    private static final Set<String> ONE_HOLDER_AT_A_TIME = Set.of("president", "president_outgoing", "president_designate");

    /**
     * Two holders of one troika seat on the same day, or one holder listed twice for the same office, is an error,
     * not a warning: routing would send the presidency's digests to both, and one of them no longer (or not yet)
     * holds the office. Coordinators and gender focal points serve in pairs, so only a repeated holder is refused
     * there. An entry without a holder (a seat not established) may stand beside one that names it.
     */
    private static void refuseOverlappingTerms(List<Officeholder> offices, ShapeChecker checker) {
        for (int j = 1; j < offices.size(); j++) {
            Officeholder later = offices.get(j);
            for (int i = 0; i < j; i++) {
                Officeholder earlier = offices.get(i);
                if (later.role() == null || later.holder() == null || earlier.holder() == null
                        || !later.role().equals(earlier.role()) || !java.util.Objects.equals(later.area(), earlier.area())
                        || !earlier.overlaps(later)) {
                    continue;
                }
                boolean sameHolder = later.holder().equals(earlier.holder());
                if (!sameHolder && !ONE_HOLDER_AT_A_TIME.contains(later.role())) {
                    continue;
                }
                String path = "offices[" + j + "]";
                Position at = checker.positions().getOrDefault(path + ".from", checker.positions().get(path));
                LocalDate firstShared = earlier.from() == null ? later.from()
                        : later.from() == null || earlier.from().isAfter(later.from()) ? earlier.from() : later.from();
                checker.error(at, path + ": " + Shown.text(later.holder()) + " " + term(later) + " overlaps offices[" + i
                        + "], " + Shown.text(earlier.holder()) + " " + term(earlier) + ": "
                        + (sameHolder ? "the same holder listed twice for " : "two holders of ") + describe(later)
                        + (firstShared == null ? "" : " on " + firstShared)
                        + (sameHolder ? "" : ", which has one holder at a time")
                        + "; a term's until is the day the next one begins");
                break;
            }
        }
    }

    private static String term(Officeholder o) {
        return "from " + (o.from() == null ? "the start" : o.from()) + " until " + (o.until() == null ? "no end" : o.until());
    }

    private static String describe(Officeholder o) {
        return "the " + o.role() + (o.area() == null ? "" : " for " + o.area());
    }

    // ---- shared

    private Checked checkYaml(Path path, String file, Shape.Obj shape, String format, ShapeChecker checker) {
        byte[] bytes = readBytes(path, file);
        return bytes == null ? null : checkYaml(bytes, file, shape, format, checker);
    }

    private Checked checkYaml(byte[] bytes, String file, Shape.Obj shape, String format, ShapeChecker checker) {
        YamlDocument doc = SafeYaml.parse(file, bytes);
        problems.addAll(doc.problems());
        if (doc.root() == null) {
            return null;
        }
        refuseUnsafeText(doc.root(), "", checker);
        Checked root = checker.checkRoot(doc.root(), shape);
        if (root != null && root.text("format") != null && !format.equals(root.text("format"))) {
            checker.error(checker.positions().get("format"), "format: expected '" + format + "' but found '"
                    + root.text("format") + "'");
        }
        return root;
    }

    /**
     * Every value of a YAML reference file with a control character (C0, C1, CR, LF) or a format character (bidi
     * overrides and isolates, LRM/RLM, ALM) is an error at its place, as in membership.csv: reference text goes into
     * e-mail headers, subjects and rule messages, where a line break could add a header and an override reorder what
     * a reader sees. Refused at load, not escaped wherever it later shows.
     */
    private static void refuseUnsafeText(YamlNode node, String path, ShapeChecker checker) {
        if (node.isScalar()) {
            int bad = node.text().codePoints().filter(UntrustedText::unsafe).findFirst().orElse(-1);
            if (bad >= 0) {
                checker.error(node.position(), (path.isEmpty() ? "" : Shown.escape(path) + ": ") + "holds the character "
                        + String.format("U+%04X", bad) + ", which no value of the reference data may hold ('"
                        + Shown.text(node.text()) + "')");
            }
        } else if (node.isMap()) {
            for (YamlNode.Entry e : node.entries()) {
                refuseUnsafeText(e.value(), path.isEmpty() ? e.key() : path + "." + e.key(), checker);
            }
        } else if (node.isSeq()) {
            for (int i = 0; i < node.items().size(); i++) {
                refuseUnsafeText(node.items().get(i), path + "[" + i + "]", checker);
            }
        }
    }

    private String read(Path path, String file) {
        byte[] bytes = readBytes(path, file);
        if (bytes == null) {
            return null;
        }
        StrictUtf8.Decoded decoded = StrictUtf8.decode(file, bytes);
        if (decoded.problem() != null) {
            problems.add(decoded.problem());
        }
        return decoded.text();
    }

    /** The same limits as a submission's: a regular file, inside the inputs folder, at most 2 MiB. */
    private byte[] readBytes(Path path, String file) {
        try {
            BoundedRead.Result read = BoundedRead.read(path, inputsDir, SafeYaml.MAX_BYTES);
            if (read.refusal() != null) {
                problems.add(Problem.error(file, Position.START, read.refusal()));
            }
            return read.bytes();
        } catch (NoSuchFileException e) {
            problems.add(Problem.error(file, Position.START, "missing: the reference data needs this file"));
        } catch (IOException e) {
            problems.add(Problem.error(file, Position.START, "cannot read the file: " + Shown.io(e)));
        }
        return null;
    }

    /** Files in the order they were read, each file's problems in the order they stand in it. */
    private List<Problem> inFileOrder() {
        Map<String, List<Problem>> byFile = new LinkedHashMap<>();
        problems.forEach(p -> byFile.computeIfAbsent(p.file(), f -> new ArrayList<>()).add(p));
        List<Problem> ordered = new ArrayList<>();
        byFile.values().forEach(list -> list.stream().sorted(LoadResult.IN_FILE_ORDER).forEach(ordered::add));
        return ordered;
    }

    private int errorCount() {
        return (int) problems.stream().filter(Problem::isError).count();
    }
}
