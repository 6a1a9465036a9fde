package org.lapcheck.knowledge;

/** A problem with the rulebook at a place in it; {@code line} is 0 when Drools gives none. */
public record RulebookProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
