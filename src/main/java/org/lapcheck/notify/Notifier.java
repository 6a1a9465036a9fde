package org.lapcheck.notify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Routes an assessment through the machinery and composes one message per recipient, in memory. */
public final class Notifier {

    private Notifier() {}

    public static Composition compose(NotifyRequest request) {
        return compose(request, Map.of());
    }

    /**
     * As {@link #compose(NotifyRequest)}, knowing what was already sent for this assessment (by recipient key): a
     * digest whose content is unchanged is not composed again, one whose content changed becomes a correction, a new
     * message that refers to the ones before it.
     */
    public static Composition compose(NotifyRequest request, Map<String, SentMessage> sent) {
        Routing.Routes routes = Routing.route(request.assessment(), request.machinery(), request.stateContacts());
        boolean troika = routes.recipients().stream().anyMatch(r -> r.audience() == Audience.TROIKA);
        DigestContext context = new DigestContext(request.assessment(), request.previous(), request.stateNames(), routes,
                troika ? TroikaAttachments.from(request.reportFolder(), request.assessment()) : List.of(),
                request.reportUrl(), request.reportFolderShown(), request.ruleWording());
        MessageComposer composer = new MessageComposer(request.from());
        List<ComposedMessage> messages = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        // every recipient of one language shares its labels and the rules' translations
        Map<String, Labels> byLanguage = new HashMap<>();
        Function<Recipient, Labels> labelsOf = r -> byLanguage.computeIfAbsent(
                r.language() == null ? request.defaultLanguage() : r.language(), l -> Labels.of(l, request.ruleWording()));
        for (Recipient r : routes.recipients()) {
            Labels labels = labelsOf.apply(r);
            Digest digest = Digests.write(r, labels, context);
            ComposedMessage first = composer.compose(r, digest, request.assessment().asOf());
            SentMessage before = sent.get(r.key());
            if (before == null) {
                messages.add(first);
            } else if (before.contentSha256() == null || before.contentSha256().equals(first.contentSha256())) {
                unchanged.add(r.key()); // sent already, and it still says the same: never sent again
            } else {
                int version = before.version() + 1;
                messages.add(composer.compose(r, Digests.correction(digest, labels, version, before.thread().get(0)),
                        request.assessment().asOf(), new MessageComposer.Correction(version, before.thread())));
            }
        }
        return new Composition(request.assessment().asOf(), messages, routes.unaddressed(), routes.unreachedByArea(),
                unchanged);
    }
}
