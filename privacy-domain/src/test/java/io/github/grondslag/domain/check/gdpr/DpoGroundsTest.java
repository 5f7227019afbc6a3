package io.github.grondslag.domain.check.gdpr;

import io.github.grondslag.domain.check.Finding;
import io.github.grondslag.domain.check.RegisterCheck;
import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.law.SpecialCategoryCondition;
import io.github.grondslag.domain.law.TrackingTechnique;
import io.github.grondslag.domain.register.Controller;
import io.github.grondslag.domain.register.DpoGround;
import io.github.grondslag.domain.register.Drafts;
import io.github.grondslag.domain.register.Fact;
import io.github.grondslag.domain.register.Purpose;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.register.RegisterDraft;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * When the register check infers that a data protection officer is mandatory (AVG 37(1)): (a) a
 * public authority or body; (b) core activities of regular and systematic monitoring of subjects on a
 * large scale (here: profiling or tracking that needs consent); (c) special or criminal data on a large
 * scale that some purpose actually processes.
 */
class DpoGroundsTest {

    private static Register register(Fact publicAuthority, Fact largeScale, Purpose purpose) {
        Controller c = Drafts.controller();
        Controller controller = new Controller(c.name(), c.chamberOfCommerceNumber(), c.address(), c.contact(),
                Option.none(), c.group(), c.memberState(), publicAuthority, largeScale, Option.none(),
                c.representative(), c.source());
        RegisterDraft d = Drafts.lawfulWith(Drafts.health());
        return Drafts.build(d.withController(controller).withPurposes(List.of(purpose)));
    }

    private static LinkedHashSet<DpoGround> grounds(DpoGround... grounds) {
        return LinkedHashSet.of(grounds);
    }

    @Test
    void profilingOnALargeScaleIsMonitoringButNotWithoutTheLargeScale() {
        Purpose profiling = Drafts.purpose("p1").profiling().build();
        assertEquals(grounds(DpoGround.LARGE_SCALE_MONITORING),
                Transparency.inferredGrounds(register(Fact.NO, Fact.YES, profiling)));
        assertEquals(grounds(), Transparency.inferredGrounds(register(Fact.NO, Fact.NO, profiling)));
        assertEquals(grounds(), Transparency.inferredGrounds(register(Fact.NO, Fact.NOT_STATED, profiling)));
    }

    @Test
    void trackingThatNeedsConsentIsMonitoringAndTrackingExemptFromConsentIsNot() {
        assertEquals(grounds(DpoGround.LARGE_SCALE_MONITORING), Transparency.inferredGrounds(register(Fact.NO,
                Fact.YES, Drafts.purpose("p1").tracking(TrackingTechnique.MARKETING_COOKIES).build())));
        assertEquals(grounds(), Transparency.inferredGrounds(register(Fact.NO, Fact.YES,
                Drafts.purpose("p1").tracking(TrackingTechnique.FUNCTIONAL_COOKIES).build())));
    }

    @Test
    void specialDataOnALargeScaleCountOnlyWhenAPurposeProcessesThem() {
        Purpose care = Drafts.purpose("p1").data("contact", "health")
                .special(SpecialCategoryCondition.EXPLICIT_CONSENT).build();
        assertEquals(grounds(DpoGround.LARGE_SCALE_SPECIAL_OR_CRIMINAL_DATA),
                Transparency.inferredGrounds(register(Fact.NO, Fact.YES, care)));
        assertEquals(grounds(), Transparency.inferredGrounds(register(Fact.NO, Fact.NO, care)));
        // health data declared in the register, but no purpose processes them
        assertEquals(grounds(), Transparency.inferredGrounds(register(Fact.NO, Fact.YES, Drafts.purpose("p1").build())));
    }

    @Test
    void aPublicAuthorityNeedsOneWhateverItProcesses() {
        assertEquals(grounds(DpoGround.PUBLIC_AUTHORITY),
                Transparency.inferredGrounds(register(Fact.YES, Fact.NO, Drafts.purpose("p1").build())));
        assertEquals(grounds(DpoGround.PUBLIC_AUTHORITY, DpoGround.LARGE_SCALE_MONITORING), Transparency
                .inferredGrounds(register(Fact.YES, Fact.YES, Drafts.purpose("p1").profiling().build())));
    }

    private static Register withoutDpo(Option<io.vavr.collection.Set<DpoGround>> grounds, Fact largeScale,
                                       boolean health) {
        Controller c = Drafts.controller();
        Controller controller = new Controller(c.name(), c.chamberOfCommerceNumber(), c.address(), c.contact(),
                Option.none(), c.group(), c.memberState(), Fact.NO, largeScale, grounds, c.representative(),
                c.source());
        RegisterDraft d = health ? Drafts.lawfulWith(Drafts.health()) : Drafts.lawful();
        return Drafts.build(d.withController(controller));
    }

    private static String dpoMessage(Register register) {
        return RegisterCheck.check(register).filter(f -> f.citation().equals(Citation.avg("13(1)(b)")))
                .map(Finding::message).single();
    }

    @Test
    void withoutADpoContactTheCheckAsksAboutTheLargeScaleOnlyWhenSpecialDataAreDeclaredAndTheScaleIsNotStated() {
        String asks = "mandatory if the special-category or criminal data are processed on a large scale (37(1)(c))";
        assertTrue(dpoMessage(withoutDpo(Option.none(), Fact.NOT_STATED, true)).contains(asks));
        // the scale stated (no), no special data declared, or the grounds stated (none): nothing to find out
        for (Register r : List.of(withoutDpo(Option.none(), Fact.NO, true), withoutDpo(Option.none(),
                Fact.NOT_STATED, false), withoutDpo(Option.some(LinkedHashSet.empty()), Fact.NOT_STATED, true))) {
            String message = dpoMessage(r);
            assertFalse(message.contains(asks), message);
            assertTrue(message.endsWith("required where one is designated (37)."), message);
        }
    }
}
