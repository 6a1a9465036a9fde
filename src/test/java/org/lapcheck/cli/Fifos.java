package org.lapcheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Named pipes for tests, made with the system's mkfifo. */
public final class Fifos {

    private Fifos() {}

    /** Makes a named pipe at {@code at}; false where the system has no mkfifo (the caller then leaves its case out). */
    public static boolean make(Path at) {
        try {
            Process p = new ProcessBuilder("mkfifo", at.toString()).redirectErrorStream(true).start();
            return p.waitFor() == 0 && Files.exists(at) && !Files.isRegularFile(at);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
