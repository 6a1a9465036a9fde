package org.lapcheck.submission.yaml;

import org.lapcheck.submission.Shown;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;
import org.lapcheck.model.Position;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * SnakeYAML's composer throws its limit errors (too many aliases, too deep, too long) without a mark. A file
 * refused at "1:1" leaves its author searching, so the place is found again from the parser's events, which
 * carry marks and are cheap: the alias over the limit, the first value nested too deep, the character past the
 * limit.
 */
final class Limits {

    private Limits() {}

    /** What went wrong, in words an author can act on. */
    static String describe(YAMLException e) {
        String m = String.valueOf(e.getMessage());
        if (isAliases(m)) {
            return "more than " + SafeYaml.MAX_ALIASES_FOR_COLLECTIONS + " aliases to lists or mappings (the shape of an "
                    + "alias bomb such as 'billion laughs'); refused";
        }
        if (isDepth(m)) {
            return "values nested more than " + SafeYaml.MAX_NESTING_DEPTH + " levels deep; refused";
        }
        if (isLength(m)) {
            return "more than " + SafeYaml.MAX_CODE_POINTS + " characters; refused (an input file is a few kilobytes)";
        }
        return "YAML not read: " + Shown.escape(m);
    }

    /** Where the limit was passed, or the start of the file when that cannot be found. */
    static Position where(String text, YAMLException e) {
        String m = String.valueOf(e.getMessage());
        try {
            if (isLength(m)) {
                return StrictUtf8.positionOfCodePoint(text, SafeYaml.MAX_CODE_POINTS);
            }
            if (isAliases(m)) {
                return aliasOverLimit(text);
            }
            if (isDepth(m)) {
                return firstTooDeep(text);
            }
        } catch (RuntimeException again) {
            // the events fail too: the file is still refused, only without a better place
        }
        return Position.START;
    }

    private static boolean isAliases(String m) {
        return m.startsWith("Number of aliases");
    }

    private static boolean isDepth(String m) {
        return m.startsWith("Nesting Depth");
    }

    private static boolean isLength(String m) {
        return m.contains("exceeds the limit");
    }

    /** The first alias to a list or mapping beyond the limit, counted as the composer counts them. */
    private static Position aliasOverLimit(String text) {
        Set<String> collectionAnchors = new HashSet<>();
        int aliases = 0;
        for (Event event : SafeYaml.newYaml().parse(new StringReader(text))) {
            if (event instanceof CollectionStartEvent start && start.getAnchor() != null) {
                collectionAnchors.add(start.getAnchor());
            } else if (event instanceof ScalarEvent scalar && scalar.getAnchor() != null) {
                collectionAnchors.remove(scalar.getAnchor());
            } else if (event instanceof AliasEvent alias && collectionAnchors.contains(alias.getAnchor())
                    && ++aliases > SafeYaml.MAX_ALIASES_FOR_COLLECTIONS) {
                return at(alias.getStartMark());
            }
        }
        return Position.START;
    }

    /** The first value that opens inside more collections than the limit allows. */
    private static Position firstTooDeep(String text) {
        int open = 0;
        for (Event event : SafeYaml.newYaml().parse(new StringReader(text))) {
            if (event instanceof NodeEvent && open > SafeYaml.MAX_NESTING_DEPTH) {
                return at(event.getStartMark());
            }
            if (event instanceof CollectionStartEvent) {
                open++;
            } else if (event instanceof CollectionEndEvent) {
                open--;
            }
        }
        return Position.START;
    }

    private static Position at(Mark mark) {
        return mark == null ? Position.START : SafeYaml.position(mark);
    }
}
