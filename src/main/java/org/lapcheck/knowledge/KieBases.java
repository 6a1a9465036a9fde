package org.lapcheck.knowledge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Set;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/** How every knowledge base of lapcheck is configured, compiled or read from the cache. */
final class KieBases {

    private KieBases() {}

    /** A rule's failing consequence is recorded and the session goes on ({@link ContinueAfterRuleFailure}). */
    static KieBaseConfiguration configuration() {
        KieBaseConfiguration conf = KieServices.Factory.get().newKieBaseConfiguration();
        conf.setProperty("drools.consequenceExceptionHandler", ContinueAfterRuleFailure.class.getName());
        return conf;
    }

    /** An empty knowledge base so configured, for packages read back from the cache. */
    static InternalKnowledgeBase empty() {
        return KnowledgeBaseFactory.newKnowledgeBase(configuration());
    }

    /** The packages of a knowledge base as bytes; read back, they are a copy that shares nothing with it. */
    static byte[] serialize(KieBase kieBase) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(kieBase.getKiePackages()));
        }
        return bytes.toByteArray();
    }

    /**
     * A copy of {@code kieBase} without the rules named: removing them from the shared knowledge base would change
     * it under every other session.
     */
    static KieBase without(KieBase kieBase, Set<String> ruleNames) {
        try {
            Collection<KiePackage> packages = KieBaseCache.packages(serialize(kieBase));
            InternalKnowledgeBase copy = empty();
            copy.addPackages(packages);
            for (KiePackage pkg : kieBase.getKiePackages()) {
                for (Rule rule : pkg.getRules()) {
                    if (ruleNames.contains(rule.getName())) {
                        copy.removeRule(pkg.getName(), rule.getName());
                    }
                }
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("a rule class of this very knowledge base is missing", e);
        }
    }
}
