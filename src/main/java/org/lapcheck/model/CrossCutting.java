package org.lapcheck.model;

import java.util.List;

/**
 * Evidence for the cross-cutting LAP actions (national ownership, data, partnerships, synergies): an extension
 * of format v1, under the key {@code cross_cutting}.
 */
public record CrossCutting(
        NationalAuthority nationalAuthority,
        Boolean informationManagement,
        List<String> partners,
        List<String> synergies) {

    public CrossCutting {
        partners = partners == null ? null : List.copyOf(partners);
        synergies = synergies == null ? null : List.copyOf(synergies);
    }

    public record NationalAuthority(String name, Boolean nationalBudget) {}
}
