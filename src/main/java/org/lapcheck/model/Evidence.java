package org.lapcheck.model;

/**
 * Where a finding can be checked: a file, the YAML path inside it, and the line and column (null when the
 * file does not exist, as for a report that was never sent).
 */
public record Evidence(String file, String path, Integer line, Integer column) {

    public static Evidence ofFile(String file) {
        return new Evidence(file, null, null, null);
    }

    /** {@code file:line:column}, or as much of it as is known. */
    public String location() {
        StringBuilder s = new StringBuilder(file);
        if (line != null) {
            s.append(':').append(line);
            if (column != null) {
                s.append(':').append(column);
            }
        }
        return s.toString();
    }
}
