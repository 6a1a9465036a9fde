package org.lapcheck.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.lapcheck.assess.AssessmentInput;
import org.lapcheck.model.Acknowledgement;
import org.lapcheck.model.InputFile;
import org.lapcheck.model.Problem;
import org.lapcheck.model.ReferenceData;
import org.lapcheck.model.SelfReport;
import org.lapcheck.model.StateParty;
import org.lapcheck.model.UnreadableReport;
import org.lapcheck.submission.Hashes;
import org.lapcheck.submission.LoadResult;
import org.lapcheck.submission.reference.ReferenceDataException;
import org.lapcheck.submission.reference.ReferenceDataLoader;
import org.lapcheck.submission.SubmissionFinder;
import org.lapcheck.submission.SubmissionLoader;

/**
 * The inputs of one run, loaded: reference data, every submission (readable or not, none skipped silently), and
 * the problems of each. Wiring only: the checks live in {@code submission}.
 */
public record Inputs(ReferenceData reference, List<LoadResult> loaded, List<Problem> strayFiles, List<InputFile> files,
        List<Acknowledgement> acknowledgements) {

    /** The machinery's decisions in {@code inputs/acknowledgements.yaml}; none when there is no such file. */
    public static List<Acknowledgement> acknowledgements(Path inputsDir, Path home) {
        try {
            return ReferenceDataLoader.acknowledgements(inputsDir, home);
        } catch (ReferenceDataException e) {
            throw new UsageException("the acknowledgements in " + inputsDir + " cannot be used:" + System.lineSeparator()
                    + e.getMessage());
        }
    }

    public static ReferenceData reference(Path inputsDir, Path home) {
        try {
            return ReferenceDataLoader.load(inputsDir, home);
        } catch (ReferenceDataException e) {
            throw new UsageException("the reference data in " + inputsDir + " cannot be used:" + System.lineSeparator() + e.getMessage());
        }
    }

    public static SubmissionLoader loader(ReferenceData reference, Path home) {
        return loader(reference, home, null);
    }

    /** A loader that refuses, unread, a file under {@code confinedTo} that links to anything outside it. */
    public static SubmissionLoader loader(ReferenceData reference, Path home, Path confinedTo) {
        Set<String> known = reference.membership().stream().map(StateParty::iso3).collect(Collectors.toSet());
        // Responses to instances of use name register entries: checked against the register (a warning if unknown).
        return new SubmissionLoader(home, known, confinedTo).withUseRegister(reference.useRegister().ids(),
                reference.useRegister().file());
    }

    /** Loads the reference data and every submission under {@code inputsDir}. */
    public static Inputs load(Path inputsDir, Path home) {
        if (!Files.isDirectory(inputsDir)) {
            throw new UsageException("no inputs folder at " + inputsDir);
        }
        ReferenceData reference = reference(inputsDir, home);
        List<Acknowledgement> acknowledgements = acknowledgements(inputsDir, home);
        SubmissionLoader loader = loader(reference, home, inputsDir);
        SubmissionFinder.Submissions found = SubmissionFinder.find(inputsDir, home);
        // A problem the finder has with a submission itself (two files for one state and year) is that file's
        // problem: it is listed with the file's own and keeps the file from being assessed.
        List<LoadResult> read = found.files().stream().map(loader::load).toList();
        Set<String> listed = read.stream().map(LoadResult::file).collect(Collectors.toSet());
        Map<String, List<Problem>> aboutFiles = new HashMap<>();
        List<Problem> strays = new ArrayList<>();
        for (Problem p : found.problems()) {
            if (listed.contains(p.file())) {
                aboutFiles.computeIfAbsent(p.file(), k -> new ArrayList<>()).add(p);
            } else {
                strays.add(p);
            }
        }
        List<LoadResult> loaded = read.stream()
                .map(l -> withFinderProblems(l, aboutFiles.getOrDefault(l.file(), List.of()))).toList();
        List<InputFile> files = new ArrayList<>(referenceFiles(inputsDir, home));
        if (Files.isRegularFile(ReferenceDataLoader.acknowledgementsFile(inputsDir), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            files.add(inputFile(ReferenceDataLoader.acknowledgementsFile(inputsDir), home));
        }
        loaded.forEach(l -> files.add(new InputFile(l.file(), l.sha256())));
        return new Inputs(reference, loaded, strays, files, acknowledgements);
    }

    private static LoadResult withFinderProblems(LoadResult l, List<Problem> extra) {
        if (extra.isEmpty()) {
            return l;
        }
        List<Problem> all = new ArrayList<>(extra);
        all.addAll(l.problems());
        boolean error = all.stream().anyMatch(Problem::isError);
        return new LoadResult(l.file(), error ? null : l.report(), all, l.sha256());
    }

    public List<SelfReport> reports() {
        return loaded.stream().filter(LoadResult::ok).map(LoadResult::report).toList();
    }

    public List<UnreadableReport> unreadable() {
        return loaded.stream().filter(l -> !l.ok()).map(Inputs::unreadable).toList();
    }

    public boolean anyInvalid() {
        return !strayFiles.isEmpty() || loaded.stream().anyMatch(l -> !l.ok());
    }

    public AssessmentInput assessmentInput(LocalDate asOf) {
        List<SelfReport> reports = reports();
        List<UnreadableReport> unreadable = unreadable();
        return new AssessmentInput(asOf, reference, reports, unreadable,
                AssessmentInput.trackedYears(reports, unreadable), files);
    }

    /** A broken file's state and year come from its name: inputs/submissions/YEAR/ISO3.yaml. */
    public static UnreadableReport unreadable(LoadResult l) {
        Path p = Path.of(l.file());
        // DEU.yaml and DEU.initial.yaml both hold Germany's reports: the state is the name up to its first dot.
        String name = p.getFileName().toString().replaceFirst("\\..*$", "");
        int year;
        try {
            year = Integer.parseInt(p.getParent() == null ? "" : p.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            year = 0;
        }
        return new UnreadableReport(name, year, l.file(), l.problems());
    }

    /**
     * The reference files read, with their hashes. Only those (and the register of instances of use when present): they have passed the loader's limits (regular
     * files, inside the inputs folder, 2 MiB at most), where any other file there could be a link or 3 GB.
     */
    private static List<InputFile> referenceFiles(Path inputsDir, Path home) {
        Path dir = inputsDir.resolve("reference");
        List<InputFile> out = new ArrayList<>();
        for (String name : List.of("calendar.yaml", "machinery.yaml", "membership.csv")) {
            out.add(inputFile(dir.resolve(name), home));
        }
        // the register of instances of use is optional; when present it has passed the same limits
        if (Files.isRegularFile(ReferenceDataLoader.useRegisterFile(inputsDir), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            out.add(inputFile(ReferenceDataLoader.useRegisterFile(inputsDir), home));
        }
        return out;
    }

    private static InputFile inputFile(Path p, Path home) {
        try {
            return new InputFile(home.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/'),
                    Hashes.sha256(Files.readAllBytes(p)));
        } catch (IOException e) {
            throw new UsageException("cannot read " + p + ": " + org.lapcheck.model.UntrustedText.ioReason(e), e);
        }
    }
}
