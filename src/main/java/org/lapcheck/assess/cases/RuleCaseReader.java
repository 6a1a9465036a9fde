package org.lapcheck.assess.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.lapcheck.model.Position;
import org.lapcheck.model.Problem;
import org.lapcheck.submission.DisplayPaths;
import org.lapcheck.submission.yaml.SafeYaml;
import org.lapcheck.submission.yaml.YamlDocument;
import org.lapcheck.submission.yaml.YamlNode;

/** Reads {@code rules/**}{@code /*.cases.yaml}, keeping each case's line so a failure points at it. */
public final class RuleCaseReader {

    public static final String SUFFIX = ".cases.yaml";
    private static final Set<String> CASE_KEYS = Set.of("name", "as_of", "states", "membership", "meetings",
            "machinery", "register", "reports", "unreadable", "fires", "findings");
    /** What a file's {@code given:} may set for every case: the world, not the sentence or the outcome. */
    private static final Set<String> GIVEN_KEYS = Set.of("as_of", "states", "membership", "meetings", "machinery", "register",
            "reports", "unreadable");

    private final Path projectRoot;

    public RuleCaseReader(Path projectRoot) {
        this.projectRoot = projectRoot;
    }

    /** Every cases file under {@code rulesDir}, in path order. */
    public List<RuleCaseFile> readAll(Path rulesDir) {
        try (Stream<Path> walk = Files.walk(rulesDir)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().map(p -> read(rulesDir, p)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One cases file under {@code rulesDir}. The rule file it names is given as the rulebook names rules
     * ({@code rules/<folder>/<id>.drl}), wherever the rules folder is.
     */
    public RuleCaseFile read(Path rulesDir, Path file) {
        String shown = display(file);
        String stem = file.getFileName().toString();
        stem = stem.substring(0, stem.length() - SUFFIX.length());
        String ruleFile = "rules/" + rulesDir.toAbsolutePath().normalize()
                .relativize(file.resolveSibling(stem + ".drl").toAbsolutePath().normalize()).toString().replace('\\', '/');
        List<Problem> problems = new ArrayList<>();
        List<RuleCase> cases = new ArrayList<>();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(Problem.error(shown, Position.START, "cannot read: " + e.getMessage()));
            return new RuleCaseFile(shown, ruleFile, null, cases, problems);
        }
        YamlDocument doc = SafeYaml.parse(shown, bytes);
        problems.addAll(doc.problems());
        if (!doc.ok() || doc.root() == null || !doc.root().isMap()) {
            if (doc.ok()) {
                problems.add(Problem.error(shown, Position.START, "expected a mapping with 'rule' and 'cases'"));
            }
            return new RuleCaseFile(shown, ruleFile, null, cases, problems);
        }
        YamlNode root = doc.root();
        String ruleId = root.get("rule") == null ? null : root.get("rule").text();
        if (ruleId == null) {
            problems.add(Problem.error(shown, root.position(), "'rule' names the rule id these cases are for"));
        }
        YamlNode list = root.get("cases");
        if (list == null || !list.isSeq()) {
            problems.add(Problem.error(shown, root.position(), "'cases' must be a list"));
            return new RuleCaseFile(shown, ruleFile, ruleId, cases, problems);
        }
        YamlNode given = root.get("given");
        if (given != null && !given.isMap()) {
            problems.add(Problem.error(shown, given.position(), "'given' is a mapping of what every case shares"));
            given = null;
        }
        if (given != null) {
            for (YamlNode.Entry e : given.entries()) {
                if (!GIVEN_KEYS.contains(e.key())) {
                    problems.add(Problem.error(shown, e.keyAt(), "'given' may set " + new java.util.TreeSet<>(GIVEN_KEYS)
                            + ", not '" + e.key() + "'"));
                }
            }
        }
        for (YamlNode item : list.items()) {
            RuleCase c = readCase(shown, item, given, problems);
            if (c != null) {
                cases.add(c);
            }
        }
        return new RuleCaseFile(shown, ruleFile, ruleId, cases, problems);
    }

    @SuppressWarnings("unchecked")
    private RuleCase readCase(String file, YamlNode item, YamlNode given, List<Problem> problems) {
        if (!item.isMap()) {
            problems.add(Problem.error(file, item.position(), "a case is a mapping"));
            return null;
        }
        for (YamlNode.Entry e : item.entries()) {
            if (!CASE_KEYS.contains(e.key())) {
                problems.add(Problem.error(file, e.keyAt(), "unknown case key '" + e.key() + "'; allowed: " + new java.util.TreeSet<>(CASE_KEYS)));
            }
        }
        // A key the case does not set takes the file's given value: the case sets up only what differs.
        Map<String, Object> plain = new LinkedHashMap<>();
        if (given != null) {
            plain.putAll((Map<String, Object>) SafeYaml.toPlain(given));
        }
        plain.putAll((Map<String, Object>) SafeYaml.toPlain(item));
        java.util.function.Function<String, YamlNode> node = k -> item.get(k) != null ? item.get(k) : given == null ? null : given.get(k);
        int before = problems.size();
        String name = plain.get("name") instanceof String s ? s : null;
        if (name == null || !(name.startsWith("fires") || name.startsWith("stays silent"))) {
            problems.add(Problem.error(file, item.position(), "each case is named by a sentence starting \"fires\" or \"stays silent\""));
        }
        LocalDate asOf = plain.get("as_of") instanceof LocalDate d ? d : null;
        if (asOf == null) {
            problems.add(Problem.error(file, item.position(), "'as_of' (a date) is required"));
        }
        if (!(plain.get("fires") instanceof List<?>)) {
            problems.add(Problem.error(file, item.position(), "'fires' lists the exact rule ids expected to fire ([] for none)"));
        }
        List<RuleCase.CaseReport> reports = reports(file, node.apply("reports"), problems);
        List<RuleCase.CaseReport> unreadable = reports(file, node.apply("unreadable"), problems);
        List<RuleCase.FindingExpectation> findings = findings(file, item.get("findings"), problems);
        if (problems.size() > before) {
            return null;
        }
        Set<String> fires = new LinkedHashSet<>();
        ((List<Object>) plain.get("fires")).forEach(f -> fires.add(String.valueOf(f)));
        List<String> states = plain.get("states") instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
        return new RuleCase(name, item.line(), asOf, states, maps(plain.get("membership")), maps(plain.get("meetings")),
                plain.get("machinery") instanceof Map<?, ?> m ? (Map<String, Object>) m : null,
                plain.get("register") instanceof Map<?, ?> g ? (Map<String, Object>) g : null, reports, unreadable, fires,
                findings);
    }

    /** {@code findings: [{rule, message, path}]}: what given findings must say, beyond which rules fire. */
    private static List<RuleCase.FindingExpectation> findings(String file, YamlNode node, List<Problem> problems) {
        return listOf(file, node, problems, "'findings' lists {rule, message, path} expectations", f -> {
            Object plain = SafeYaml.toPlain(f);
            if (!(plain instanceof Map<?, ?> m) || !(m.get("rule") instanceof String rule)
                    || (m.get("message") == null && m.get("path") == null)
                    || !Set.of("rule", "message", "path").containsAll(m.keySet())) {
                problems.add(Problem.error(file, f.position(),
                        "a finding expectation names its 'rule' and a 'message' fragment and/or an evidence 'path'"));
                return null;
            }
            return new RuleCase.FindingExpectation(rule, m.get("message") == null ? null : String.valueOf(m.get("message")),
                    m.get("path") == null ? null : String.valueOf(m.get("path")), f.line());
        });
    }

    @SuppressWarnings("unchecked")
    private static List<RuleCase.CaseReport> reports(String file, YamlNode node, List<Problem> problems) {
        return listOf(file, node, problems, "expected a list of reports", r -> {
            Object plain = SafeYaml.toPlain(r);
            if (!(plain instanceof Map<?, ?> m) || !(m.get("iso3") instanceof String iso3) || !(m.get("year") instanceof Number year)) {
                problems.add(Problem.error(file, r.position(), "a case report needs 'iso3' and 'year', then the report's sections"));
                return null;
            }
            Map<String, Object> body = new LinkedHashMap<>((Map<String, Object>) m);
            body.remove("iso3");
            body.remove("year");
            return new RuleCase.CaseReport(iso3, year.intValue(), body, r.line());
        });
    }

    /**
     * The items of a list in a case, each read by {@code read}, which says its own problem and gives null for an item
     * it cannot read; none when the key is absent, and {@code notAList} when it holds something else.
     */
    private static <T> List<T> listOf(String file, YamlNode node, List<Problem> problems, String notAList,
            Function<YamlNode, T> read) {
        List<T> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!node.isSeq()) {
            problems.add(Problem.error(file, node.position(), notAList));
            return out;
        }
        for (YamlNode item : node.items()) {
            T value = read.apply(item);
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object o) {
        if (!(o instanceof List<?> l)) {
            return List.of();
        }
        return l.stream().filter(Map.class::isInstance).map(x -> (Map<String, Object>) x).toList();
    }

    private String display(Path p) {
        return DisplayPaths.of(projectRoot, p);
    }
}
