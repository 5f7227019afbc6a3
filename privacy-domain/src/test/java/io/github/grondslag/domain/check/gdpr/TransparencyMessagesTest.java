package io.github.grondslag.domain.check.gdpr;

import io.github.grondslag.domain.check.Finding;
import io.github.grondslag.domain.check.RegisterCheck;
import io.github.grondslag.domain.law.Citation;
import io.github.grondslag.domain.law.DataSubjectRight;
import io.github.grondslag.domain.register.Controller;
import io.github.grondslag.domain.register.DpoGround;
import io.github.grondslag.domain.register.Drafts;
import io.github.grondslag.domain.register.Fact;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.register.RegisterDraft;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the information-duty findings tell a privacy officer, word for word: which rights the statement
 * leaves out (13(2)(b)), which purposes give portability (20), and on which grounds a DPO is mandatory
 * (37(1), 37(7)).
 */
class TransparencyMessagesTest {

    private static String message(Register register, String provision) {
        return RegisterCheck.check(register).filter(f -> f.citation().equals(Citation.avg(provision)))
                .map(Finding::message).head();
    }

    private static Register without(DataSubjectRight... left) {
        RegisterDraft d = Drafts.lawful();
        return Drafts.build(d.withRightsOffered(d.rightsOffered().removeAll(List.of(left))));
    }

    @Test
    void theRightsLeftOutAreNamedByArticleInTheSingularOrThePlural() {
        assertEquals("the statement does not tell the subject of the right of 17.",
                message(without(DataSubjectRight.ERASURE), "13(2)(b)"));
        assertEquals("the statement does not tell the subject of the rights of 15, 17 and 18.",
                message(without(DataSubjectRight.ACCESS, DataSubjectRight.ERASURE, DataSubjectRight.RESTRICTION),
                        "13(2)(b)"));
    }

    @Test
    void portabilityLeftOutNamesThePurposesThatGiveIt() {
        RegisterDraft d = Drafts.lawful().withPurposes(List.of(Drafts.contractPurpose("p1"),
                Drafts.contractPurpose("p2")));
        Register r = Drafts.build(d.withRightsOffered(d.rightsOffered().remove(DataSubjectRight.PORTABILITY)));
        assertEquals("the statement does not tell the subject of the right to data portability (20), which the"
                + " purposes on consent or contract give (p1, p2).", message(r, "13(2)(b)"));
    }

    @Test
    void aMandatoryDpoFindingNamesEachGroundWithItsPoint() {
        Controller c = Drafts.controller();
        Controller stated = new Controller(c.name(), c.chamberOfCommerceNumber(), c.address(), c.contact(),
                Option.none(), c.group(), c.memberState(), Fact.NO, Fact.YES,
                Option.some(LinkedHashSet.of(DpoGround.PUBLIC_AUTHORITY, DpoGround.LARGE_SCALE_MONITORING)),
                c.representative(), c.source());
        assertEquals("the register states that a data protection officer is mandatory (AVG 37(1)(a) a public"
                        + " authority; AVG 37(1)(b) large-scale regular and systematic monitoring) and the statement"
                        + " gives no contact details of one (37(7), 13(1)(b)).",
                message(Drafts.build(Drafts.lawful().withController(stated)), "37(7)"));
    }
}
