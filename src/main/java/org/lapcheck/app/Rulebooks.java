package org.lapcheck.app;

import java.nio.file.Path;
import org.lapcheck.knowledge.KieBaseCache;
import org.lapcheck.knowledge.Rulebook;
import org.lapcheck.knowledge.RulebookException;
import org.lapcheck.knowledge.RulebookLoader;

/** Loads the rulebook of a workspace, or of the folder {@code --rules} names. */
public final class Rulebooks {

    private Rulebooks() {}

    /** True when the workspace's cache holds a compiled knowledge base (some ruleset's). */
    public static boolean cached(Workspace ws) {
        Path dir = ws.knowledgeCache();
        if (dir == null || !java.nio.file.Files.isDirectory(dir)) {
            return false;
        }
        try (java.util.stream.Stream<Path> entries = java.nio.file.Files.list(dir)) {
            return entries.anyMatch(p -> p.getFileName().toString().endsWith(".kbase"));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    public static Rulebook load(Workspace ws, Path rulesDir) throws RulebookException {
        Path cacheDir = ws.knowledgeCache();
        KieBaseCache cache = cacheDir == null ? KieBaseCache.disabled() : KieBaseCache.in(cacheDir);
        return new RulebookLoader(ws.home(), cache).load(rulesDir == null ? ws.rules() : rulesDir);
    }
}
