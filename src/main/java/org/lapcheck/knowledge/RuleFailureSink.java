package org.lapcheck.knowledge;

import org.kie.api.runtime.rule.Match;

/**
 * Where a session's rule failures go instead of aborting the session: the global {@code findings} of a session
 * implements it, and {@link ContinueAfterRuleFailure} hands it every consequence that throws.
 */
public interface RuleFailureSink {

    /** The consequence of {@code match} threw {@code cause}; whatever it did before throwing stays done. */
    void consequenceFailed(Match match, Exception cause);
}
