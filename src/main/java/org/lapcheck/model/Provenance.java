package org.lapcheck.model;

import java.util.List;

/**
 * What produced an assessment: the tool version, the rulebook (hash of every file under {@code rules/}, rule
 * count, LAP actions covered) and the hashed inputs.
 */
public record Provenance(String toolVersion, String rulesetSha256, int rules, int actionsCovered, List<InputFile> inputs) {

    public Provenance {
        inputs = List.copyOf(inputs);
    }
}
