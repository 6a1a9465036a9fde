package org.lapcheck.assess;

/**
 * A condition failed while the session ran and no rule of the rulebook could be named as its source, so no rule
 * could be left out to assess the rest: the assessment stops with the engine's message.
 */
public final class RuleConditionException extends RuntimeException {

    RuleConditionException(String cause) {
        super("a rule condition failed and no rule of the rulebook can be named as its source: " + cause);
    }
}
