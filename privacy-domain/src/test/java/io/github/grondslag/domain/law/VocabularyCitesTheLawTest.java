package io.github.grondslag.domain.law;

import io.github.grondslag.domain.register.ArchivePurpose;
import io.github.grondslag.domain.register.ConsentKind;
import io.github.grondslag.domain.register.DataClass;
import io.github.grondslag.domain.register.DpoGround;
import io.github.grondslag.domain.register.RecipientKind;
import io.github.grondslag.domain.request.RefusalGround;
import io.github.grondslag.domain.request.RequestType;
import io.github.grondslag.domain.retention.LegalHold;
import io.github.grondslag.domain.subject.OverrideGround;
import io.github.grondslag.domain.subject.RestrictionException;
import io.github.grondslag.domain.subject.RestrictionGround;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Every value of the legal vocabulary names the provision it comes from (the law is the spec): a
 * citation of an instrument and a provision, for each constant of each of the domain's enumerations
 * that cite one (the nineteen listed here).
 */
class VocabularyCitesTheLawTest {

    private static <E extends Enum<E>> void eachCites(Class<E> type, Function<E, Citation> citation) {
        for (E value : type.getEnumConstants()) {
            Citation c = citation.apply(value);
            assertNotNull(c, () -> type.getSimpleName() + "." + value + " cites nothing");
            assertFalse(c.instrument().isBlank() || c.provision().isBlank(), () -> type.getSimpleName() + "." + value);
        }
    }

    @Test
    void everyConstantOfTheVocabularyCitesAProvision() {
        eachCites(AutomatedDecisionGround.class, AutomatedDecisionGround::citation);
        eachCites(CriminalDataAuthorisation.class, CriminalDataAuthorisation::citation);
        eachCites(DataSubjectRight.class, DataSubjectRight::citation);
        eachCites(LawfulBasis.class, LawfulBasis::citation);
        eachCites(SpecialCategory.class, SpecialCategory::citation);
        eachCites(SpecialCategoryCondition.class, SpecialCategoryCondition::citation);
        eachCites(TrackingTechnique.class, TrackingTechnique::citation);
        eachCites(TransferSafeguard.class, TransferSafeguard::citation);
        eachCites(ArchivePurpose.class, ArchivePurpose::citation);
        eachCites(ConsentKind.class, ConsentKind::citation);
        eachCites(DataClass.class, DataClass::citation);
        eachCites(DpoGround.class, DpoGround::citation);
        eachCites(RecipientKind.class, RecipientKind::citation);
        eachCites(RefusalGround.class, RefusalGround::citation);
        eachCites(RequestType.class, RequestType::citation);
        eachCites(OverrideGround.class, OverrideGround::citation);
        eachCites(RestrictionException.class, RestrictionException::citation);
        eachCites(RestrictionGround.class, RestrictionGround::citation);
        eachCites(LegalHold.Reason.class, LegalHold.Reason::citation);
    }

    @Test
    void namedExamplesCiteTheirArticle() {
        assertEquals(Citation.avg("9(1)"), SpecialCategory.HEALTH.citation());
        assertEquals(Citation.avg("22(2)(c)"), AutomatedDecisionGround.EXPLICIT_CONSENT.citation());
        assertEquals(Citation.avg("9(2)(a)"), SpecialCategoryCondition.EXPLICIT_CONSENT.citation());
        assertEquals(Citation.avg("9(1)"), DataClass.SPECIAL.citation());
        assertEquals(Citation.avg("10"), DataClass.CRIMINAL.citation());
        // each kind of request is the right it exercises
        for (RequestType t : RequestType.values()) {
            assertEquals(t.right().citation(), t.citation(), t::name);
        }
        assertEquals(List.of(DataSubjectRight.ACCESS, DataSubjectRight.ERASURE),
                List.of(RequestType.ACCESS.right(), RequestType.ERASURE.right()));
    }
}
