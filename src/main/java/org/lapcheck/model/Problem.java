package org.lapcheck.model;

/**
 * Something wrong with an input file, at a place in it. Errors make the file unusable; warnings (an unknown
 * key, probably a typo) do not.
 */
public record Problem(String file, int line, int column, Level level, String message) {

    public enum Level { ERROR, WARNING }

    public static Problem error(String file, Position at, String message) {
        return new Problem(file, at.line(), at.column(), Level.ERROR, message);
    }

    public static Problem warning(String file, Position at, String message) {
        return new Problem(file, at.line(), at.column(), Level.WARNING, message);
    }

    public boolean isError() {
        return level == Level.ERROR;
    }

    /** {@code file:line:column: message}, the form editors and terminals link to. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (isError() ? "error: " : "warning: ") + message;
    }
}
