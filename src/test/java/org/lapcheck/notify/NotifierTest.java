package org.lapcheck.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lapcheck.notify.Fixtures.assessment;
import static org.lapcheck.notify.Fixtures.contact;
import static org.lapcheck.notify.Fixtures.findings;
import static org.lapcheck.notify.Fixtures.machinery;
import static org.lapcheck.notify.Fixtures.request;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NotifierTest {

    @Test
    void composesOneMessagePerRoutedRecipientAndNamesWhoCannotBeWrittenTo() {
        Composition c = Notifier.compose(request(assessment(findings()), machinery(),
                Map.of("GNB", contact("Ana", "ccm.gnb@example.org"), "LAO", contact("X", "not-an-address"))));

        assertThat(c.messages()).extracting(ComposedMessage::recipientKey).containsExactly(
                "presidency-lao", "troika-president-lao", "troika-president-outgoing-phl",
                "coordinator-clearance-ita", "coordinator-clearance-nor", "coordinator-transparency-bel",
                "gender-focal-point-can", "isu-isu-ccm", "state-gnb");
        assertThat(c.messages()).extracting(ComposedMessage::messageId).doesNotHaveDuplicates();
        assertThat(c.unaddressed()).extracting(Unaddressed::key)
                .containsExactly("troika-president-designate", "coordinator-cooperation-fra", "state-lao");
        assertThat(c.anyMalformedAddress()).isTrue();
    }

    @Test
    void composingTheSameAssessmentAgainGivesTheSameMessages() {
        Composition a = Notifier.compose(request(assessment(findings()), machinery(), Map.of()));
        Composition b = Notifier.compose(request(assessment(findings()), machinery(), Map.of()));
        assertThat(a.messages()).isNotEmpty().hasSameSizeAs(b.messages());
        for (int i = 0; i < a.messages().size(); i++) {
            assertThat(a.messages().get(i).eml()).isEqualTo(b.messages().get(i).eml());
        }
    }

    @Test
    void anUnsupportedDefaultLanguageIsRefused() {
        assertThatThrownBy(() -> new NotifyRequest(assessment(findings()), null, machinery(), Map.of(), Map.of(), "de",
                Fixtures.FROM, null, null, null, null)).hasMessageContaining("de");
    }
}
