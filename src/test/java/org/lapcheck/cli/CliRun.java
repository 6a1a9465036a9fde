package org.lapcheck.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** A command run in-process, with what it printed. */
record CliRun(int exit, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    String all() {
        return out + err;
    }
}
