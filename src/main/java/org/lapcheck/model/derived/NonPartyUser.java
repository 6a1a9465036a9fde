package org.lapcheck.model.derived;

import org.lapcheck.model.UseInstance;

/**
 * A state that the register of instances of use records as a user (alleged, documented or confirmed, not denied; in
 * the role of user, not of support) in an instance active in the inputs, and that the convention does not bind on
 * the assessment date: a matter for the presidency's engagement with states not party and for universalization, not
 * a finding about a state party. Derived once per instance and state, for the latest tracked year the instance is
 * active in.
 *
 * @param state the state's ISO3 code (named {@code state}: Drools takes no accessor ending in a digit)
 */
public record NonPartyUser(String instanceId, int year, String state, UseInstance.User user, UseInstance instance) {}
