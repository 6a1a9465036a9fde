package org.lapcheck.model.derived;

import org.lapcheck.model.StateParty;

/** A state party bound by the convention on the assessment date (after entry into force, before withdrawal). */
public record BoundParty(String iso3, StateParty state) implements PartyScoped {}
