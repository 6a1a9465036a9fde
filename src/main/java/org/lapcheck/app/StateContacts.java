package org.lapcheck.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.lapcheck.model.Assessment;
import org.lapcheck.model.InputFile;
import org.lapcheck.model.ReferenceData;
import org.lapcheck.model.Transmittal;
import org.lapcheck.model.SelfReport;
import org.lapcheck.submission.LoadResult;
import org.lapcheck.submission.SubmissionLoader;

/**
 * Each state's contact for its own feedback, read from the self-reports the assessment judged (the files named in
 * findings.json's {@code inputs}): findings.json itself carries no contacts, and should not. A state's latest
 * readable report with a contact wins, with the language that report names ({@code report.language}), if any.
 */
public final class StateContacts {

    private static final Pattern SUBMISSION = Pattern.compile("(^|.*/)submissions/\\d{4}/[A-Z]{3}\\.ya?ml$");

    private StateContacts() {}

    public static Map<String, Transmittal.Contact> of(Assessment assessment, ReferenceData reference, Path home) {
        SubmissionLoader loader = Inputs.loader(reference, home);
        Map<String, SelfReport> latest = new TreeMap<>();
        for (InputFile input : assessment.provenance().inputs()) {
            if (!SUBMISSION.matcher(input.file().replace('\\', '/')).matches()) {
                continue;
            }
            Path file = home.resolve(input.file());
            if (!Files.isRegularFile(file)) {
                continue;
            }
            LoadResult loaded = loader.load(file);
            SelfReport r = loaded.report();
            if (!loaded.ok() || r.report() == null || r.report().contact() == null) {
                continue;
            }
            latest.merge(r.iso3(), r, (a, b) -> b.year() > a.year() ? b : a);
        }
        Map<String, Transmittal.Contact> contacts = new TreeMap<>();
        // The language the report names travels with its contact: the state's feedback is written in it.
        latest.forEach((iso3, r) -> contacts.put(iso3, r.report().contact().inLanguage(r.report().language())));
        return contacts;
    }
}
