package org.lapcheck.submission.yaml;

import java.util.List;
import org.lapcheck.model.Problem;

/**
 * What {@link SafeYaml#parse} made of one file: the root node and the problems found while reading it. The root
 * is null only when the YAML could not be read at all (a syntax error, a limit, bad UTF-8); it is present
 * alongside problems such as duplicate keys, so callers can go on and report everything at once.
 */
public record YamlDocument(String file, YamlNode root, List<Problem> problems) {

    public YamlDocument {
        problems = List.copyOf(problems);
    }

    /** True when there is a root and no error. */
    public boolean ok() {
        return root != null && problems.stream().noneMatch(Problem::isError);
    }
}
