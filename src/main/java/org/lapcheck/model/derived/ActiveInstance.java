package org.lapcheck.model.derived;

import org.lapcheck.model.UseInstance;

/**
 * An instance of use of the register is active in a tracked reporting year: its sources record use in that year
 * (from its first year to its last, or with no end recorded). The rules on responses to use match this, never the
 * register's dates directly. It is about the instance, not about a state: no state is scoped by it.
 */
public record ActiveInstance(String id, int year, UseInstance instance) {}
