package org.lapcheck.report;

import java.io.IOException;
import java.nio.file.Path;

/** A report folder's target holds something lapcheck did not write, so it is neither replaced nor deleted. */
public final class ReportTargetException extends IOException {

    private final transient Path target;

    ReportTargetException(Path target, String why) {
        super(target + " cannot be replaced by a report: " + why + ". lapcheck replaces only folders it wrote; choose "
                + "a new or empty folder, or move that one away yourself");
        this.target = target;
    }

    public Path target() {
        return target;
    }
}
