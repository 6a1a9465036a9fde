package org.lapcheck.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lapcheck.submission.yaml.SafeYaml;
import org.lapcheck.submission.yaml.YamlDocument;

/** Loads the rulebook a project keeps under {@code rules/}: the action catalogue, then every rule against it. */
public final class RulebookLoader {

    public static final String CATALOGUE = "actions.yaml";

    private final RulebookCompiler compiler;

    public RulebookLoader(Path projectRoot) {
        this(projectRoot, KieBaseCache.disabled());
    }

    /** A loader that keeps compiled knowledge bases in {@code cache} and reuses them while the rules are unchanged. */
    public RulebookLoader(Path projectRoot, KieBaseCache cache) {
        this.compiler = new RulebookCompiler(projectRoot, cache);
    }

    public Rulebook load(Path rulesDir) throws RulebookException {
        if (!Files.isDirectory(rulesDir)) {
            throw new RulebookException(List.of(new RulebookProblem(display(rulesDir), 0, "no rules folder here")));
        }
        ActionCatalogue catalogue = catalogue(rulesDir.resolve(CATALOGUE));
        return compiler.compile(rulesDir, catalogue);
    }

    /** Reads {@code rules/actions.yaml}; throws with every problem when it is missing or malformed. */
    public ActionCatalogue catalogue(Path file) throws RulebookException {
        String shown = display(file);
        List<RulebookProblem> problems = new ArrayList<>();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RulebookException(List.of(new RulebookProblem(shown, 0, "cannot read the action catalogue: " + e.getMessage())));
        }
        YamlDocument doc = SafeYaml.parse(shown, bytes);
        doc.problems().stream().filter(org.lapcheck.model.Problem::isError)
                .forEach(p -> problems.add(new RulebookProblem(shown, p.line(), p.message())));
        if (!problems.isEmpty()) {
            throw new RulebookException(problems);
        }
        ActionCatalogue catalogue = ActionCatalogue.fromPlain(shown, SafeYaml.toPlain(doc.root()), problems);
        if (!problems.isEmpty()) {
            throw new RulebookException(problems);
        }
        return catalogue;
    }

    private String display(Path p) {
        return compiler.display(p);
    }
}
