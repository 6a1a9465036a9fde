package org.lapcheck.model;

import java.util.Map;

/**
 * Where each value of one input file stands, keyed by its dotted path ({@code clearance.extensions[0].submitted}).
 * Lets a finding point at the line a state wrote, or at the nearest enclosing key when the value is absent.
 */
public record SourceMap(String file, Map<String, Position> positions) {

    public SourceMap {
        positions = Map.copyOf(positions);
    }

    /** The position of {@code path}, else of its nearest recorded ancestor, else the start of the file. */
    public Position locate(String path) {
        String p = path == null ? "" : path;
        while (!p.isEmpty()) {
            Position found = positions.get(p);
            if (found != null) {
                return found;
            }
            p = parent(p);
        }
        return Position.START;
    }

    /** Evidence for {@code path}: keeps the path asked for, with the position that best shows it. */
    public Evidence evidence(String path) {
        Position at = locate(path);
        return new Evidence(file, path, at.line(), at.column());
    }

    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "" : path.substring(0, cut);
    }
}
