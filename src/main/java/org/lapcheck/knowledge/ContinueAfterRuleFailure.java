package org.lapcheck.knowledge;

import org.kie.api.runtime.KieRuntime;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.ConsequenceExceptionHandler;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleRuntime;

/**
 * A rule whose consequence throws must not end the whole assessment: the failure goes to the session's
 * {@link RuleFailureSink} (its global {@code findings}) and the other matches keep firing. Drools makes one per
 * session from the class name, so it holds nothing itself. A session without a sink fails as Drools' default does.
 */
public final class ContinueAfterRuleFailure implements ConsequenceExceptionHandler {

    /** The global a session's sink is found under: the one rule consequences already call. */
    static final String SINK_GLOBAL = "findings";

    @Override
    public void handleException(Match match, RuleRuntime runtime, Exception cause) {
        Object sink = runtime instanceof KieRuntime k ? k.getGlobals().get(SINK_GLOBAL) : null;
        if (sink instanceof RuleFailureSink s) {
            s.consequenceFailed(match, cause);
            return;
        }
        throw new ConsequenceException(cause, runtime, match);
    }
}
