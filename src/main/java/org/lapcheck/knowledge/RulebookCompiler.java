package org.lapcheck.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.lapcheck.model.FindingKind;
import org.lapcheck.model.Severity;
import org.lapcheck.submission.DisplayPaths;

/**
 * Compiles every {@code .drl} under {@code rules/} and checks the rulebook's conventions, refusing to run with the
 * whole list of problems if anything is wrong (as a validator that judges diplomats' reports must).
 */
public final class RulebookCompiler {


    /** Offices a rule may route to beyond its area's coordinators. */
    public static final Set<String> ROUTES = Set.of("presidency", "troika", "gender_focal_point", "isu");

    static final String DERIVED_FOLDER = "00-derived";
    private static final Set<String> FINDING_KEYS = Set.of("id", "actions", "article", "severity", "kind", "area",
            "message", "expected", "actual", "route");
    private static final Set<String> DERIVED_KEYS = Set.of("id", "derives");
    /** A citation of a LAP action in a message, {lap_12}: worded by the catalogue (see ActionCatalogue.citation). */
    public static final Pattern LAP_CITATION = Pattern.compile("\\{lap_(\\d+)\\}");
    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");
    private static final Pattern RULE_LINE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);
    private static final Pattern LINE_IN_TEXT = Pattern.compile("\\[\\s*Line\\s+\\d+:\\d+\\]|Line \\d+:\\d+");
    private static final AtomicLong BUILDS = new AtomicLong();

    private final Path projectRoot;
    private final KieBaseCache cache;

    /** A compiler that reuses the knowledge base compiled for an unchanged ruleset from {@code cache}. */
    RulebookCompiler(Path projectRoot, KieBaseCache cache) {
        this.projectRoot = projectRoot;
        this.cache = cache;
    }

    /** Compiles {@code rulesDir} against {@code catalogue}; throws with every problem when any is found. */
    public Rulebook compile(Path rulesDir, ActionCatalogue catalogue) throws RulebookException {
        List<RulebookProblem> problems = new ArrayList<>();
        Map<String, byte[]> drl = readDrl(rulesDir);
        if (drl.isEmpty()) {
            problems.add(new RulebookProblem(display(rulesDir), 0, "no .drl files found"));
            throw new RulebookException(problems);
        }
        String sha256 = hash(rulesDir);
        String key = cache.enabled() ? KieBaseCache.key(sha256) : null;
        KieBase cached = key == null ? null : cache.load(key).orElse(null);
        KieBase kieBase = cached != null ? cached : build(rulesDir, drl, problems);
        if (!problems.isEmpty()) {
            throw new RulebookException(problems);
        }
        // the conventions are checked on every load, cached or not: they read the knowledge base itself
        Map<String, RuleInfo> rules = describe(rulesDir, kieBase, drl, catalogue, problems);
        if (!problems.isEmpty()) {
            throw new RulebookException(problems);
        }
        if (key != null && cached == null) {
            cache.store(key, kieBase);
        }
        return new Rulebook(kieBase, rules, catalogue, sha256);
    }

    private Map<String, byte[]> readDrl(Path rulesDir) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(rulesDir)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                files.put(rulesDir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private KieBase build(Path rulesDir, Map<String, byte[]> drl, List<RulebookProblem> problems) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        // A fresh release id per build: one JVM may build several rulebooks (tests, rules test).
        ReleaseId releaseId = ks.newReleaseId("org.lapcheck.rules", "rulebook", "1.0." + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(releaseId);
        drl.forEach((rel, bytes) -> kfs.write("src/main/resources/rules/" + rel, bytes));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            String text = m.getText();
            if (text.contains("Parser returned a null Package")) {
                continue; // a follow-on of the syntax error already reported
            }
            problems.add(new RulebookProblem(sourceOf(rulesDir, m.getPath()), m.getLine(), clean(text)));
        }
        dropFollowOns(problems);
        if (!problems.isEmpty()) {
            return null;
        }
        return ks.newKieContainer(releaseId).newKieBase(KieBases.configuration());
    }

    /**
     * Drops what the DRL compiler says again about a mistake it has already named at the same place: the short
     * "Unable to analyze expression" after the full one, and the generated class "already defined" after a
     * duplicate rule name.
     */
    static void dropFollowOns(List<RulebookProblem> problems) {
        List<RulebookProblem> kept = new ArrayList<>();
        for (RulebookProblem p : problems) {
            boolean followOn = problems.stream().anyMatch(q -> q != p && q.file().equals(p.file()) && q.line() == p.line()
                    && (p.message().startsWith("Unable to analyze expression") && q.message().startsWith("Unable to Analyse Expression")
                        || p.message().contains("is already defined") && q.message().startsWith("Duplicate rule name")));
            if (!followOn) {
                kept.add(p);
            }
        }
        problems.clear();
        problems.addAll(kept);
    }

    private String sourceOf(Path rulesDir, String kiePath) {
        if (kiePath == null) {
            return display(rulesDir);
        }
        String rel = kiePath.replaceFirst("^(src/main/resources/)?rules/", "");
        return display(rulesDir.resolve(rel));
    }

    private static String clean(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return LINE_IN_TEXT.matcher(oneLine).replaceAll("").replaceAll("\\s+", " ").replace(" :", ":").strip();
    }

    private Map<String, RuleInfo> describe(Path rulesDir, KieBase kieBase, Map<String, byte[]> drl, ActionCatalogue catalogue,
            List<RulebookProblem> problems) {
        Map<String, Map<String, Integer>> lines = new LinkedHashMap<>();
        drl.forEach((rel, bytes) -> lines.put(rel, ruleLines(new String(bytes, StandardCharsets.UTF_8))));
        Map<String, RuleInfo> byId = new LinkedHashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                if (rule instanceof RuleImpl impl && impl.isQuery()) {
                    continue;
                }
                String rel = relativeSource(rule);
                int line = lines.getOrDefault(rel, Map.of()).getOrDefault(rule.getName(), 0);
                // problems name the file where it is (a --rules folder may be anywhere); RuleInfo keeps rules/...
                String shown = display(rulesDir.resolve(rel));
                int before = problems.size();
                RuleInfo info = describe(rule, "rules/" + rel, line, catalogue, problems);
                relocate(problems, before, "rules/" + rel, shown);
                if (info == null) {
                    continue;
                }
                RuleInfo clash = byId.putIfAbsent(info.id(), info);
                if (clash != null) {
                    String clashShown = display(rulesDir.resolve(clash.file().substring("rules/".length())));
                    problems.add(new RulebookProblem(shown, info.line(),
                            "rule id " + info.id() + " is already used at " + clashShown + ":" + clash.line()));
                }
            }
        }
        lines.forEach((rel, rulesInFile) -> {
            if (rulesInFile.size() != 1) {
                problems.add(new RulebookProblem(display(rulesDir.resolve(rel)), 0,
                        "a rule file holds exactly one rule; found " + rulesInFile.size()));
            }
        });
        return byId;
    }

    /** Problems added since {@code from} that name {@code file} name {@code shown} instead. */
    private static void relocate(List<RulebookProblem> problems, int from, String file, String shown) {
        for (int i = from; i < problems.size(); i++) {
            RulebookProblem p = problems.get(i);
            if (p.file().equals(file)) {
                problems.set(i, new RulebookProblem(shown, p.line(), p.message()));
            }
        }
    }

    private static Map<String, Integer> ruleLines(String text) {
        Map<String, Integer> out = new LinkedHashMap<>();
        Matcher m = RULE_LINE.matcher(text);
        while (m.find()) {
            int line = 1 + (int) text.substring(0, m.start(1)).chars().filter(c -> c == '\n').count();
            out.put(m.group(1), line);
        }
        return out;
    }

    private static String relativeSource(Rule rule) {
        if (rule instanceof RuleImpl impl && impl.getResource() != null && impl.getResource().getSourcePath() != null) {
            return impl.getResource().getSourcePath().replaceFirst("^(src/main/resources/)?rules/", "");
        }
        return "?";
    }

    private RuleInfo describe(Rule rule, String file, int line, ActionCatalogue catalogue, List<RulebookProblem> problems) {
        Map<String, Object> meta = rule.getMetaData();
        boolean derived = file.startsWith("rules/" + DERIVED_FOLDER + "/");
        int before = problems.size();
        Set<String> allowed = derived ? DERIVED_KEYS : FINDING_KEYS;
        for (String key : meta.keySet()) {
            if (!allowed.contains(key)) {
                problems.add(new RulebookProblem(file, line, "unknown metadata @" + key + "; allowed: " + new java.util.TreeSet<>(allowed)));
            }
        }
        String id = text(meta, "id");
        if (id == null || !ID.matcher(id).matches()) {
            problems.add(new RulebookProblem(file, line, "@id is required, in capitals and dashes (e.g. T-ANNUAL-LATE); found " + id));
            return null;
        }
        String expectedFile = id.toLowerCase(Locale.ROOT) + ".drl";
        if (!file.endsWith("/" + expectedFile)) {
            problems.add(new RulebookProblem(file, line, "rule " + id + " belongs in a file named " + expectedFile));
        }
        String prefix = id + ": ";
        if (!rule.getName().startsWith(prefix) || rule.getName().length() == prefix.length()) {
            problems.add(new RulebookProblem(file, line, "rule name must be \"" + id + ": <what it detects>\""));
        }
        String title = rule.getName().startsWith(prefix) ? rule.getName().substring(prefix.length()) : rule.getName();
        if (derived) {
            if (text(meta, "derives") == null) {
                problems.add(new RulebookProblem(file, line, "a derivation rule names the fact it derives in @derives"));
            }
            return problems.size() > before ? null : new RuleInfo(id, rule.getName(), title, rule.getPackageName(), true,
                    List.of(), null, null, null, null, null, List.of(), file, line);
        }
        List<Integer> actions = actions(meta.get("actions"), file, line, catalogue, problems);
        String article = required(meta, "article", file, line, problems);
        String area = required(meta, "area", file, line, problems);
        if (area != null && org.lapcheck.model.Area.of(area).isEmpty()) {
            problems.add(new RulebookProblem(file, line, "@area '" + area + "' is not one of " + org.lapcheck.model.Area.codes()));
        } else if (area != null && !actions.isEmpty() && actions.stream().map(catalogue::get)
                .flatMap(java.util.Optional::stream).noneMatch(a -> area.equals(a.area()))) {
            // The coordinators who receive a finding are those who follow up the action it judges.
            problems.add(new RulebookProblem(file, line, "@area '" + area + "' is not the area of any of its actions "
                    + actions + " in rules/actions.yaml"));
        }
        String message = required(meta, "message", file, line, problems);
        Severity severity = parse(meta, "severity", Severity::parse, null, file, line, problems);
        FindingKind kind = parse(meta, "kind", FindingKind::parse, FindingKind.GAP, file, line, problems);
        List<String> route = split(text(meta, "route"));
        for (String r : route) {
            if (!ROUTES.contains(r)) {
                problems.add(new RulebookProblem(file, line, "@route '" + r + "' is not one of " + new java.util.TreeSet<>(ROUTES)));
            }
        }
        RuleInfo.Wording wording = new RuleInfo.Wording(message, text(meta, "expected"), text(meta, "actual"));
        for (String template : wording.all()) {
            java.util.regex.Matcher cited = LAP_CITATION.matcher(template == null ? "" : template);
            while (cited.find()) {
                if (!catalogue.contains(Integer.parseInt(cited.group(1)))) {
                    problems.add(new RulebookProblem(file, line, cited.group() + " cites LAP action "
                            + cited.group(1) + ", which is not in rules/actions.yaml"));
                }
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new RuleInfo(id, rule.getName(), title, rule.getPackageName(), false, actions, article, severity, kind,
                area, wording, route, file, line);
    }

    private static List<Integer> actions(Object value, String file, int line, ActionCatalogue catalogue,
            List<RulebookProblem> problems) {
        String text = value == null ? null : String.valueOf(value).strip();
        if (text == null || text.isEmpty()) {
            problems.add(new RulebookProblem(file, line, "@actions is required: the LAP action numbers, or \"none\""));
            return List.of();
        }
        if (text.equalsIgnoreCase("none")) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (String part : split(text)) {
            try {
                int n = Integer.parseInt(part);
                if (!catalogue.contains(n)) {
                    problems.add(new RulebookProblem(file, line, "@actions names LAP action " + n + ", which is not in rules/actions.yaml"));
                }
                out.add(n);
            } catch (NumberFormatException e) {
                problems.add(new RulebookProblem(file, line, "@actions: '" + part + "' is not an action number"));
            }
        }
        return out;
    }

    private static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Stream.of(text.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
    }

    private static String required(Map<String, Object> meta, String key, String file, int line, List<RulebookProblem> problems) {
        String v = text(meta, key);
        if (v == null) {
            problems.add(new RulebookProblem(file, line, "@" + key + " is required"));
        }
        return v;
    }

    private static <T> T parse(Map<String, Object> meta, String key, java.util.function.Function<String, T> parser, T fallback,
            String file, int line, List<RulebookProblem> problems) {
        String v = text(meta, key);
        if (v == null) {
            if (fallback == null) {
                problems.add(new RulebookProblem(file, line, "@" + key + " is required"));
            }
            return fallback;
        }
        try {
            return parser.apply(v);
        } catch (IllegalArgumentException e) {
            problems.add(new RulebookProblem(file, line, "@" + key + ": " + e.getMessage()));
            return fallback;
        }
    }

    private static String text(Map<String, Object> meta, String key) {
        Object v = meta.get(key);
        if (v == null) {
            return null;
        }
        String s = String.valueOf(v).strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.isEmpty() ? null : s;
    }

    /** SHA-256 over every file under {@code rules/} (path and content), so any edit changes it. */
    public static String hash(Path rulesDir) {
        try (Stream<Path> walk = Files.walk(rulesDir)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(rulesDir.relativize(p).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(p));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A path as problems show it: relative to the project where it is inside it. */
    String display(Path p) {
        return DisplayPaths.of(projectRoot, p);
    }
}
