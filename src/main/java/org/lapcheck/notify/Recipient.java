package org.lapcheck.notify;

import java.util.List;
import org.lapcheck.model.Finding;

/**
 * One message to write: who receives it, in which capacity, and the findings it carries.
 *
 * @param key      stable, file-name-safe id of the recipient for this audience, e.g. {@code coordinator-clearance-ita};
 *                 the outbox file is {@code <key>.eml} and the Message-ID is derived from it and the address
 * @param role     the machinery role (president, coordinator, ...) or {@code state}
 * @param area     the coordinator's area, or null
 * @param holder   the state (ISO3) or body holding the office; for a state's contact, the state itself
 * @param address  the validated e-mail address
 * @param person   the contact's name when the address belongs to a person a state named; null for offices
 * @param language the preferred language from the machinery, or null for the run's default
 * @param findings the findings selected for this recipient, in the order the digest shows them
 */
public record Recipient(
        String key,
        Audience audience,
        String role,
        String area,
        String holder,
        String address,
        String person,
        String language,
        List<Finding> findings) {

    public Recipient {
        findings = List.copyOf(findings);
    }
}
