package org.lapcheck.notify;

import java.nio.file.Path;
import java.util.Map;
import org.lapcheck.model.Assessment;
import org.lapcheck.model.Machinery;
import org.lapcheck.model.Transmittal.Contact;

/**
 * Everything composing needs, gathered by the command line.
 *
 * @param previous        the assessment before this one (indicators that moved), or null
 * @param stateContacts   each state's contact (ISO3 to contact) when states get their own feedback; else empty
 * @param stateNames      ISO3 to name, from the membership data
 * @param defaultLanguage en, fr or es: for recipients the machinery gives no language
 * @param from            the From address of every message
 * @param reportFolder    the assessment's folder (its findings.csv and HTML report are attached for the troika)
 * @param reportFolderShown how to name that folder in the overview when the report is not attached, e.g. reports/2026-11-29/
 * @param reportUrl       where the full report can be read online, or null
 * @param ruleWording     the rules folder, whose messages_LANG.properties word findings in the recipient's language;
 *                        null quotes them as findings.json does (English)
 */
public record NotifyRequest(
        Assessment assessment,
        Assessment previous,
        Machinery machinery,
        Map<String, Contact> stateContacts,
        Map<String, String> stateNames,
        String defaultLanguage,
        String from,
        Path reportFolder,
        String reportFolderShown,
        String reportUrl,
        Path ruleWording) {

    public NotifyRequest {
        stateContacts = stateContacts == null ? Map.of() : Map.copyOf(stateContacts);
        stateNames = stateNames == null ? Map.of() : Map.copyOf(stateNames);
        if (org.lapcheck.model.Language.of(defaultLanguage).isEmpty()) {
            throw new IllegalArgumentException("language '" + defaultLanguage + "' is not one of "
                    + org.lapcheck.model.Language.codes());
        }
    }
}
