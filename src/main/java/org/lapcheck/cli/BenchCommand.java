package org.lapcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.lapcheck.app.AssessJob;
import org.lapcheck.app.Inputs;
import org.lapcheck.app.Reports;
import org.lapcheck.app.Rulebooks;
import org.lapcheck.app.UsageException;
import org.lapcheck.app.Workspace;
import org.lapcheck.cli.bench.PhaseMeter.Measured;
import org.lapcheck.cli.bench.PhaseMeter;
import org.lapcheck.cli.bench.SyntheticReports;
import org.lapcheck.knowledge.Rulebook;
import org.lapcheck.model.ReferenceData;
import org.lapcheck.model.StateParty;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code lap bench}: where the time goes and how it grows. Generates synthetic valid reports for N states over Y
 * years; measures building the knowledge base (compiling rules/, and loading it from the cache); then runs the
 * assessment job itself on each dataset, measuring its phases as they run (loading and validating the YAML,
 * evaluating the rules, rendering the reports), and as a baseline loads the same files with no rules at all. Ends with {@code assess/parse-only ratio: X.XX} for the warm run of the last
 * dataset.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark the phases of an assessment on synthetic reports for N states over Y years.")
final class BenchCommand extends LapCommand {

    private static final double MIB = 1024.0 * 1024.0;

    @Option(names = "--states", paramLabel = "N", defaultValue = "112",
            description = "States reporting (the real membership codes, states parties first; default: ${DEFAULT-VALUE}).")
    int states;

    @Option(names = "--years", paramLabel = "LIST", split = ",", defaultValue = "1,15,100",
            description = "Years of reports, one dataset per value (default: ${DEFAULT-VALUE}).")
    List<Integer> years;

    @Option(names = "--warmups", paramLabel = "N", defaultValue = "1",
            description = "Unmeasured runs of each dataset first, for the JIT (default: ${DEFAULT-VALUE}).")
    int warmups;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3",
            description = "Measured runs of each dataset; the median is shown (default: ${DEFAULT-VALUE}).")
    int runs;

    @Mixin
    FolderOptions.RulesFolder rules;

    @Option(names = "--format", paramLabel = "LIST", split = ",",
            description = "Report formats the render phase writes, as for assess (default: all of them).")
    List<String> formats;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Where to generate the reports (default: a temporary folder, deleted afterwards).")
    Path work;

    @Option(names = "--serve",
            description = "Measure lap serve instead: the time from start to the first answer, the check endpoint's warm "
                    + "latency (median, 95th percentile) on a typical report, and the heap while serving.")
    boolean serve;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "1000",
            description = "With --serve: measured requests to the check endpoint, after as many again to warm up "
                    + "(default: ${DEFAULT-VALUE}).")
    int requests;

    /** The medians of one dataset. */
    record Row(int years, int reports, int findings, double load, double evaluate, double render, double parseOnly,
            long peakHeap, long retainedHeap, Map<String, Double> renderByFormat, double[] collector) {
        double assess() {
            return load + evaluate + render;
        }

        double perReportMicros(double seconds) {
            return seconds * 1e6 / reports;
        }
    }

    @Override
    int run(Workspace ws, PrintWriter out, PrintWriter err) throws Exception {
        if (serve) {
            if (requests < 10) {
                throw new UsageException("--requests must be at least 10");
            }
            return org.lapcheck.cli.bench.ServeBench.run(ws, Main.toolVersion(), requests, out);
        }
        if (states < 1 || years.isEmpty() || years.stream().anyMatch(y -> y < 1) || warmups < 0 || runs < 1) {
            throw new UsageException("--states, --years and --runs must be at least 1, --warmups at least 0");
        }
        Reports.forOptions(formats, "en"); // an unknown format is a usage error now, not after minutes of work
        Path rulesDir = rules.dir(ws);
        ReferenceData reference = Inputs.reference(ws.inputs(), ws.home());
        List<StateParty> chosen = chooseStates(reference, states);
        Path root = work == null ? Files.createTempDirectory("lapcheck-bench-") : Files.createDirectories(work);
        try {
            header(out, rulesDir);
            Rulebook rulebook = knowledgeBase(out, ws, rulesDir, root);
            List<Row> rows = new ArrayList<>();
            for (int y : years) {
                rows.add(dataset(out, ws, rulesDir, rulebook, chosen, y, root));
            }
            table(out, rows);
            Row last = rows.get(rows.size() - 1);
            out.printf(Locale.ROOT, "assess/parse-only ratio: %.2f%n", last.assess() / last.parseOnly());
            out.flush();
            return ExitCodes.OK;
        } finally {
            if (work == null) {
                deleteTree(root);
            }
        }
    }

    private void header(PrintWriter out, Path rulesDir) {
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "lapcheck %s bench: %d states x %s years; %d warm-up(s), median of %d run(s)%n",
                Main.toolVersion(), states, years, warmups, runs);
        out.printf(Locale.ROOT, "machine: %s; %d CPU(s); %s %s %s; Java %s (%s); max heap %.0f MiB; JVM flags %s%n",
                cpuModel(), rt.availableProcessors(), System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("os.arch"), System.getProperty("java.vm.version"), System.getProperty("java.vm.name"),
                PhaseMeter.maxHeapBytes() / MIB,
                String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()));
        out.printf("rules: %s%n", rulesDir);
        out.flush();
    }

    /** Compiling rules/ from scratch, then loading the same knowledge base from a (fresh) cache, as the jobs load it. */
    private Rulebook knowledgeBase(PrintWriter out, Workspace ws, Path rulesDir, Path root) throws Exception {
        Measured<Rulebook> compiled = PhaseMeter.measure(() -> Rulebooks.load(Workspace.of(ws.home(), "off"), rulesDir));
        Path cacheDir = root.resolve("kb-cache");
        Workspace caching = Workspace.of(ws.home(), cacheDir.toString());
        Rulebooks.load(caching, rulesDir); // compiles again, to fill the cache (not measured)
        Measured<Rulebook> cached = PhaseMeter.measure(() -> Rulebooks.load(caching, rulesDir));
        Rulebook rulebook = compiled.result();
        out.printf(Locale.ROOT, "knowledge base: %d rules (ruleset %s); compile %.2f s (peak heap %.0f MiB); "
                        + "load from cache %.2f s (peak heap %.0f MiB)%s%n",
                rulebook.rules().size(), rulebook.sha256().substring(0, 12), compiled.seconds(),
                compiled.peakHeapBytes() / MIB, cached.seconds(), cached.peakHeapBytes() / MIB,
                Rulebooks.cached(caching) ? "" : " [the cache could not be filled: both were compiles]");
        out.flush();
        return rulebook;
    }

    /**
     * Generates one dataset, warms up, then runs the assessment job {@link #runs} times, measuring each of its phases
     * as it runs, and keeps the medians.
     */
    private Row dataset(PrintWriter out, Workspace ws, Path rulesDir, Rulebook rulebook, List<StateParty> chosen, int span,
            Path root) throws Exception {
        // Years the format accepts, after the convention's entry into force where it can; as of the end of
        // November after the last, so every report has fallen due.
        int last = Math.max(2025, 2007 + span);
        int first = last - span + 1;
        Path home = root.resolve(chosen.size() + "x" + span);
        SyntheticReports.Generated data = SyntheticReports.write(ws.inputs().resolve("reference"), chosen, first, span,
                home.resolve("inputs"));
        LocalDate asOf = LocalDate.of(last + 1, 11, 29);
        AssessJob.Request request = new AssessJob.Request(Workspace.of(home, "off"), asOf, data.inputs(), rulesDir,
                home.resolve("reports").resolve(asOf.toString()), formats, "en", Main.toolVersion());
        out.printf(Locale.ROOT, "dataset: %d reports (%d states x %d years, %d-%d), as of %s%n", data.reports(),
                chosen.size(), span, first, last, asOf);
        out.flush();

        for (int i = 0; i < warmups; i++) {
            AssessJob.run(request, rulebook, AssessJob.Progress.NONE);
        }
        List<double[]> samples = new ArrayList<>();
        long peak = 0;
        long retained = 0;
        AssessJob.Outcome done = null;
        for (int i = 0; i < runs; i++) {
            // the baseline first, its result dropped at once so it is not counted in the heap of what follows
            Measured<Inputs> baseline = PhaseMeter.measure(() -> Inputs.load(data.inputs(), home));
            double parseOnly = baseline.seconds();
            double parseOnlyGc = baseline.gcSeconds();
            baseline = null; // dropped at once, as said above
            done = null; // the last run's outcome, likewise
            PhaseMeter.JobPhases phases = new PhaseMeter.JobPhases();
            done = AssessJob.run(request, rulebook, phases);
            requireAllValid(done.inputs(), data.reports());
            Measured<Void> load = phases.of("inputs");
            Measured<Void> evaluate = phases.of("rules");
            Measured<Void> render = phases.of("reports");
            samples.add(new double[] {load.seconds(), evaluate.seconds(), render.seconds(), parseOnly,
                load.gcSeconds(), evaluate.gcSeconds(), render.gcSeconds(), parseOnlyGc});
            peak = Math.max(peak, Stream.of(load, evaluate, render).mapToLong(Measured::peakHeapBytes).max().orElse(0));
            retained = Math.max(retained, evaluate.retainedHeapBytes());
        }
        return new Row(span, data.reports(), done.result().assessment().findings().size(), median(samples, 0),
                median(samples, 1), median(samples, 2), median(samples, 3), peak, retained,
                renderByFormat(done, home.resolve("render-by-format").resolve(asOf.toString())),
                new double[] {median(samples, 4), median(samples, 5), median(samples, 6), median(samples, 7)});
    }

    /**
     * Where the render phase goes: the job's report phase run again on the last assessment, each format on its own,
     * {@link #runs} times, the median kept. Written to a scratch folder beside the dataset, after the measured runs,
     * so it changes none of the figures above.
     */
    private Map<String, Double> renderByFormat(AssessJob.Outcome done, Path scratch) throws Exception {
        Map<String, Double> byFormat = new LinkedHashMap<>();
        for (String format : Reports.forOptions(formats, "en").formats()) {
            List<double[]> times = new ArrayList<>();
            for (int i = 0; i < Math.max(1, runs); i++) {
                times.add(new double[] {PhaseMeter.measure(() -> done.writeAgain(List.of(format), scratch)).seconds()});
            }
            byFormat.put(format, median(times, 0));
        }
        return byFormat;
    }

    private static void requireAllValid(Inputs in, int expected) {
        long valid = in.loaded().stream().filter(l -> l.ok()).count();
        if (valid != expected || in.anyInvalid()) {
            throw new IllegalStateException("the generated reports should all be valid, but " + (expected - valid)
                    + " of " + expected + " are not: " + in.loaded().stream().filter(l -> !l.ok()).findFirst()
                    .map(l -> l.problems().toString()).orElse("(stray files)"));
        }
    }

    private static void table(PrintWriter out, List<Row> rows) {
        out.println();
        out.println("| years | reports | findings | load+validate s | evaluate s | render s | assess s | reports/s "
                + "| parse-only s | ratio | peak heap MiB | retained MiB |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "| %d | %d | %d | %.3f | %.3f | %.3f | %.3f | %.0f | %.3f | %.2f | %.0f | %.0f |%n",
                    r.years(), r.reports(), r.findings(), r.load(), r.evaluate(), r.render(), r.assess(),
                    r.reports() / r.assess(), r.parseOnly(), r.assess() / r.parseOnly(), r.peakHeap() / MIB,
                    r.retainedHeap() / MIB);
        }
        out.println();
        out.println("per report (µs), to judge linearity: flat down a column is linear");
        out.println("| years | reports | load+validate | evaluate | render | assess | parse-only |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "| %d | %d | %.0f | %.0f | %.0f | %.0f | %.0f |%n", r.years(), r.reports(),
                    r.perReportMicros(r.load()), r.perReportMicros(r.evaluate()), r.perReportMicros(r.render()),
                    r.perReportMicros(r.assess()), r.perReportMicros(r.parseOnly()));
        }
        out.println();
        out.println("collector time within each phase (s, median), part of the times above");
        out.println("| years | reports | load+validate | evaluate | render | parse-only |");
        out.println("|---:|---:|---:|---:|---:|---:|");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "| %d | %d | %.3f | %.3f | %.3f | %.3f |%n", r.years(), r.reports(), r.collector()[0],
                    r.collector()[1], r.collector()[2], r.collector()[3]);
        }
        out.println();
        out.println("render by format (s, each format alone), to see where the render phase goes");
        List<String> names = List.copyOf(rows.get(0).renderByFormat().keySet());
        out.println("| years | reports | " + String.join(" | ", names) + " |");
        out.println("|---:|---:|" + "---:|".repeat(names.size()));
        for (Row r : rows) {
            out.printf(Locale.ROOT, "| %d | %d |", r.years(), r.reports());
            names.forEach(n -> out.printf(Locale.ROOT, " %.3f |", r.renderByFormat().get(n)));
            out.println();
        }
        out.println();
    }

    /** The first {@code n} codes of the membership data: states parties, then signatories, by code. */
    static List<StateParty> chooseStates(ReferenceData reference, int n) {
        List<StateParty> ordered = reference.membership().stream()
                .sorted(Comparator.comparing((StateParty s) -> !"state_party".equals(s.status()))
                        .thenComparing(StateParty::iso3))
                .toList();
        if (n > ordered.size()) {
            throw new UsageException("--states: the membership data has " + ordered.size() + " states, not " + n);
        }
        return ordered.subList(0, n);
    }

    private static double median(List<double[]> samples, int column) {
        double[] values = samples.stream().mapToDouble(s -> s[column]).sorted().toArray();
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    private static String cpuModel() {
        try {
            Path cpuinfo = Path.of("/proc/cpuinfo");
            if (Files.isReadable(cpuinfo)) {
                try (Stream<String> lines = Files.lines(cpuinfo)) {
                    return lines.filter(l -> l.startsWith("model name")).findFirst()
                            .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or not readable
        }
        return System.getProperty("os.arch") + " CPU";
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
