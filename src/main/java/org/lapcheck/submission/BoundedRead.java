package org.lapcheck.submission;

import org.lapcheck.submission.yaml.SafeYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads an input file (a submission or reference data) only when it is what it claims to be: a regular file (a
 * device or a pipe, perhaps behind a link, could be endless or block the run forever), inside the folder it is
 * read from once every link is resolved (a link to {@code ~/.ssh/id_rsa} would otherwise be read and its first
 * line quoted in every report), and no larger than the limit, never reading more than the limit plus one byte.
 * A file refused is never opened, so nothing of it can be quoted.
 */
public final class BoundedRead {

    /** The bytes read, or why the file was not read (then bytes is null). */
    public record Result(byte[] bytes, String refusal) {}

    private BoundedRead() {}

    /**
     * @param confinedTo the folder the file must really be in (links resolved), or null for a file named on the
     *                   command line, which may be anywhere
     */
    public static Result read(Path file, Path confinedTo, int limit) throws IOException {
        if (!Files.exists(file)) {
            if (Files.isSymbolicLink(file)) {
                return new Result(null, "a link to nothing (" + Shown.text(String.valueOf(Files.readSymbolicLink(file)))
                        + "), so not read");
            }
            throw new NoSuchFileException(file.toString());
        }
        Path real = file.toRealPath();
        if (confinedTo != null && !real.startsWith(confinedTo.toRealPath())) {
            return new Result(null, "a link to a file outside " + confinedTo.getFileName() + "/, so not read; put the "
                    + "file itself there");
        }
        if (!Files.isRegularFile(real)) {
            return new Result(null, "not a regular file, so not read; an input is a file of text");
        }
        long size = Files.size(real);
        if (size > limit) {
            return new Result(null, SafeYaml.tooLarge(size));
        }
        byte[] bytes = SubmissionLoader.readAtMost(real, limit);
        if (bytes == null) { // it grew after its size was taken
            return new Result(null, "the file holds more than the limit of " + limit
                    + " bytes (2 MiB); an input file is a few kilobytes");
        }
        return new Result(bytes, null);
    }
}
