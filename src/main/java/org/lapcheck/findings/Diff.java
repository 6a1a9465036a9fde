package org.lapcheck.findings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.lapcheck.model.Assessment;
import org.lapcheck.model.Finding;

/**
 * What changed since the previous assessment, by stable finding id: each current finding is new or persisting;
 * a previous finding no longer raised is resolved. A finding of a state no longer assessed (it withdrew) is not
 * "resolved" — nothing was fixed — so it is left out, and the state is named in {@link #noLongerAssessed}.
 *
 * @param previousAsOf null when there is no previous assessment; then nothing is marked
 */
public record Diff(LocalDate previousAsOf, Map<String, Change> changes, List<Finding> resolved, List<String> noLongerAssessed) {

    public static final Diff NONE = new Diff(null, Map.of(), List.of(), List.of());

    public Diff {
        changes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(changes));
        resolved = List.copyOf(resolved);
        noLongerAssessed = List.copyOf(noLongerAssessed);
    }

    public static Diff between(Assessment current, Assessment previous) {
        if (previous == null) {
            return NONE;
        }
        Set<String> before = previous.findings().stream().map(Finding::id).collect(Collectors.toSet());
        Set<String> now = current.findings().stream().map(Finding::id).collect(Collectors.toSet());
        Map<String, Change> changes = new LinkedHashMap<>();
        for (Finding f : current.findings()) {
            changes.put(f.id(), before.contains(f.id()) ? Change.PERSISTING : Change.NEW);
        }
        Set<String> assessed = Set.copyOf(current.statesAssessed());
        List<Finding> resolved = new ArrayList<>();
        TreeSet<String> gone = new TreeSet<>();
        for (Finding f : previous.findings()) {
            if (now.contains(f.id())) {
                continue;
            }
            if (f.state() == null || assessed.contains(f.state())) {
                resolved.add(f);
            } else {
                gone.add(f.state());
            }
        }
        previous.statesAssessed().stream().filter(s -> !assessed.contains(s)).forEach(gone::add);
        return new Diff(previous.asOf(), changes, resolved, List.copyOf(gone));
    }

    public boolean present() {
        return previousAsOf != null;
    }

    /** The change of a current finding, or null when there is nothing to compare with. */
    public Change of(Finding f) {
        return changes.get(f.id());
    }

    public long count(Change change) {
        return change == Change.RESOLVED ? resolved.size()
                : changes.values().stream().filter(c -> c == change).count();
    }

    /** Resolved findings of one state (null: the machinery), in the previous assessment's order. */
    public List<Finding> resolvedFor(String state) {
        return resolved.stream().filter(f -> java.util.Objects.equals(f.state(), state)).toList();
    }
}
