package org.lapcheck.notify;

import java.util.ArrayList;
import java.util.List;

/** Routes an assessment through the machinery and composes one message per recipient, in memory. */
public final class Notifier {

    private Notifier() {}

    public static Composition compose(NotifyRequest request) {
        Routing.Routes routes = Routing.route(request.assessment(), request.machinery(), request.stateContacts());
        boolean troika = routes.recipients().stream().anyMatch(r -> r.audience() == Audience.TROIKA);
        DigestContext context = new DigestContext(request.assessment(), request.previous(), request.stateNames(), routes,
                troika ? TroikaAttachments.from(request.reportFolder(), request.assessment()) : List.of(),
                request.reportUrl(), request.reportFolderShown());
        MessageComposer composer = new MessageComposer(request.from());
        List<ComposedMessage> messages = new ArrayList<>();
        for (Recipient r : routes.recipients()) {
            Digest digest = Digests.write(r, request.defaultLanguage(), context);
            messages.add(composer.compose(r, digest, request.assessment().asOf()));
        }
        return new Composition(request.assessment().asOf(), messages, routes.unaddressed(), routes.unreachedByArea());
    }
}
