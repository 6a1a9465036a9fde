package org.lapcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.lapcheck.FindingBuilder;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.lapcheck.model.Assessment;
import org.lapcheck.model.FindingKind;
import org.lapcheck.model.Severity;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitRendererTest {

    @Test
    void hasASuitePerStateAndACasePerStateAndAction() throws Exception {
        Document doc = parse(Fixtures.context());
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        List<Element> suites = children(root, "testsuite");
        // six states and the machinery
        assertThat(suites).hasSize(7);
        Element mexico = suite(doc, "Mexico (MEX)");
        assertThat(children(mexico, "testcase")).hasSize(7); // one per action the fixture cites (A4-EARLY-WARNING adds 22)
        assertThat(mexico.getAttribute("failures")).isEqualTo("0");
        assertThat(root.getAttribute("tests")).isEqualTo("43");
    }

    @Test
    void failsTheCasesOfGapsMissingReportsAndEarlyWarnings() throws Exception {
        Document doc = parse(Fixtures.context());
        Element germany = suite(doc, "Germany (DEU)");
        assertThat(germany.getAttribute("failures")).isEqualTo("3");
        Element peru = suite(doc, "Peru (PER)");
        Element action19 = children(peru, "testcase").stream()
                .filter(c -> c.getAttribute("name").startsWith("LAP Action 19")).findFirst().orElseThrow();
        Element failure = children(action19, "failure").get(0);
        assertThat(failure.getAttribute("type")).isEqualTo("early_warning");
        assertThat(failure.getAttribute("message")).startsWith("[new] high: Peru reports 12.5 km²");
        Element france = suite(doc, "France (FRA)");
        assertThat(france.getAttribute("failures")).isEqualTo("0");
        assertThat(france.getTextContent()).contains("Resolved since 1 June 2026");
    }

    @Test
    void keepsAStatesTextAsText() throws Exception {
        Element atlantis = suite(parse(Fixtures.context()), Fixtures.HOSTILE_NAME + " (ATL)");
        assertThat(atlantis.getTextContent()).contains(Fixtures.SCRIPT);
    }

    @Test
    void reportsAnInputErrorAsAnError() throws Exception {
        Assessment a = new Assessment(Fixtures.AS_OF, Fixtures.provenance(), List.of("DEU"), List.of(
                FindingBuilder.finding("INPUT-UNREADABLE", "DEU", 2025, Severity.HIGH, FindingKind.INPUT_ERROR, "transparency", List.of(43))
                        .message("The self-report cannot be read.").build()), List.of());
        Element suite = suite(parse(Fixtures.context(Locale.ENGLISH, a, null)), "Germany (DEU)");
        assertThat(suite.getAttribute("errors")).isEqualTo("1");
        assertThat(suite.getAttribute("failures")).isEqualTo("0");
    }

    private static Document parse(ReportContext context) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(new JunitRenderer().render(context).get(JunitRenderer.FILE)));
    }

    private static Element suite(Document doc, String name) {
        return children(doc.getDocumentElement(), "testsuite").stream().filter(s -> s.getAttribute("name").equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no suite " + name));
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(tag)) {
                out.add(e);
            }
        }
        return out;
    }
}
