package org.lapcheck.app;

import java.nio.file.Path;
import org.lapcheck.knowledge.KieBaseCache;
import org.lapcheck.knowledge.Rulebook;
import org.lapcheck.knowledge.RulebookException;
import org.lapcheck.knowledge.RulebookLoader;

/** Loads the rulebook of a workspace, or of the folder {@code --rules} names. */
public final class Rulebooks {

    private Rulebooks() {}

    public static Rulebook load(Workspace ws, Path rulesDir) throws RulebookException {
        Path cacheDir = ws.knowledgeCache();
        KieBaseCache cache = cacheDir == null ? KieBaseCache.disabled() : KieBaseCache.in(cacheDir);
        return new RulebookLoader(ws.home(), cache).load(rulesDir == null ? ws.rules() : rulesDir);
    }
}
