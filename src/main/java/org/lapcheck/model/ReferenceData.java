package org.lapcheck.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The facts states do not self-declare: membership, the meeting calendar, the machinery and the register of
 * instances of use of cluster munitions (empty when {@code use-register.yaml} is absent).
 */
public record ReferenceData(List<StateParty> membership, List<Meeting> calendar, Machinery machinery,
        UseRegister useRegister) {

    public ReferenceData {
        membership = List.copyOf(membership);
        calendar = List.copyOf(calendar);
        useRegister = useRegister == null ? UseRegister.NONE : useRegister;
    }

    /** Without a register of instances of use. */
    public ReferenceData(List<StateParty> membership, List<Meeting> calendar, Machinery machinery) {
        this(membership, calendar, machinery, UseRegister.NONE);
    }

    public Optional<StateParty> state(String iso3) {
        return Optional.ofNullable(byIso3().get(iso3));
    }

    public Map<String, StateParty> byIso3() {
        return membership.stream().collect(Collectors.toMap(StateParty::iso3, Function.identity(), (a, b) -> a));
    }
}
