package org.lapcheck.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.lapcheck.knowledge.*;
import org.lapcheck.model.*;

class SmokeTest {
    @Test
    void compiles() throws Exception {
        var cat = new ActionCatalogue(IntStream.rangeClosed(1, 50).mapToObj(n -> new LapAction(n, "s", "t", "p", List.of("ALL"), "i", "transparency", "Art", "R", null)).toList());
        Rulebook rb;
        try {
            rb = new RulebookCompiler(Path.of(".")).compile(Path.of(System.getProperty("rules.dir", "rules")), cat);
        } catch (RulebookException e) {
            System.out.println(e.getMessage());
            throw e;
        }
        var deu = new StateParty("DEU", "Germany", "state_party", null, null, null, LocalDate.of(2010, 8, 1), null, new Evidence("m.csv", "DEU", 3, 1));
        var vut = new StateParty("VUT", "Vanuatu", "state_party", null, null, null, LocalDate.of(2026, 3, 1), null, new Evidence("m.csv", "VUT", 4, 1));
        var rep = new SelfReport("DEU", 2025, "f.yaml", new SourceMap("f.yaml", java.util.Map.of()), "Germany",
            new ReportInfo("annual", 2025, LocalDate.of(2026, 5, 20), "original", null, null), null, null, null, null, null, null, null, null, null, null, null, null);
        var m = new Meeting("10MSP", Meeting.Kind.MEETING_OF_STATES_PARTIES, "10", LocalDate.of(2022,8,30), LocalDate.of(2022,9,2), "Geneva", false, null, null);
        var ref = new ReferenceData(List.of(deu, vut), List.of(m), null);
        var res = new Assessor(rb, "test").assess(new AssessmentInput(LocalDate.of(2026, 11, 29), ref, List.of(rep), List.of(), Set.of(), List.of()));
        res.assessment().findings().forEach(f -> System.out.println(f.id() + " " + f.severity() + " " + f.message() + " @" + f.where()));
        System.out.println(res.firedRuleIds());
        System.out.println(res.explanations());
        assertThat(res.firedRuleIds()).contains("T-INIT-OVERDUE", "T-ANNUAL-LATE", "T-OLD-FORM", "T-SUPPORT");
    }
}
