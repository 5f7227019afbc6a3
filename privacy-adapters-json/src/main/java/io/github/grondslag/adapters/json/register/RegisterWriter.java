package io.github.grondslag.adapters.json.register;


import io.github.grondslag.domain.register.AutomatedDecision;
import io.github.grondslag.domain.register.ConsentTerms;
import io.github.grondslag.domain.register.Controller;
import io.github.grondslag.domain.register.DataCategory;
import io.github.grondslag.domain.register.DataOrigin;
import io.github.grondslag.domain.register.Fact;
import io.github.grondslag.domain.register.JointController;
import io.github.grondslag.domain.register.Purpose;
import io.github.grondslag.domain.register.Recipient;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.domain.register.ResponsePolicy;
import io.github.grondslag.domain.register.RetentionRule;
import io.github.grondslag.domain.register.SubjectCategory;
import io.github.grondslag.domain.register.Transfer;
import io.vavr.collection.Traversable;
import io.vavr.control.Option;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a register as a document of the current format version (docs/register-format.md); reading
 * it back with {@link RegisterReader} gives an equal register. Absent options and empty lists are
 * left out; facts are always written, so that a stated "no" never reads as silence.
 */
final class RegisterWriter {

    private RegisterWriter() {
    }

    static Map<String, Object> document(Register r) {
        Fields doc = new Fields()
                .put("format", RegisterReader.CURRENT)
                .put("statementVersion", r.statementVersion().map(Object::toString))
                .put("controller", controller(r.controller()))
                .list("jointControllers", r.jointControllers().map(RegisterWriter::jointController))
                .list("subjectCategories", r.subjectCategories().map(RegisterWriter::subjectCategory))
                .list("dataCategories", r.dataCategories().map(RegisterWriter::dataCategory))
                .list("recipients", r.recipients().map(RegisterWriter::recipient))
                .list("transfers", r.transfers().map(RegisterWriter::transfer))
                .list("retentionRules", r.retentionRules().map(RegisterWriter::retentionRule))
                .list("purposes", r.purposes().map(RegisterWriter::purpose))
                .list("rightsOffered", r.rightsOffered().toList().map(JsonFields::spelling))
                .put("rightsSource", r.draft().rightsSource())
                .put("responsePolicy", r.responsePolicy().map(RegisterWriter::responsePolicy));
        return doc.map;
    }

    private static Map<String, Object> controller(Controller c) {
        return new Fields().put("name", c.name()).put("chamberOfCommerceNumber", c.chamberOfCommerceNumber())
                .put("address", c.address()).put("contact", c.contact()).put("dpoContact", c.dpoContact())
                .put("group", c.group()).put("memberState", c.memberState())
                .put("publicAuthority", fact(c.publicAuthority())).put("largeScale", fact(c.largeScale()))
                .put("dpoGrounds", c.dpoGrounds().map(g -> g.toList().map(JsonFields::spelling).toJavaList()))
                .put("representative", c.representative()).put("source", c.source()).map;
    }

    private static Map<String, Object> jointController(JointController j) {
        return new Fields().put("name", j.name()).put("essenceOfArrangement", j.essenceOfArrangement())
                .put("contactPoint", j.contactPoint()).put("source", j.source()).map;
    }

    private static Map<String, Object> subjectCategory(SubjectCategory s) {
        return new Fields().put("id", s.id()).put("name", s.name()).put("source", s.source()).map;
    }

    private static Map<String, Object> dataCategory(DataCategory d) {
        return new Fields().put("id", d.id()).put("name", d.name()).put("class", JsonFields.spelling(d.dataClass()))
                .put("specialCategory", d.specialCategory().map(JsonFields::spelling))
                .put("origin", d.origin() == DataOrigin.SUBJECT ? Option.none() : Option.some(JsonFields.spelling(d.origin())))
                .list("sources", d.sources()).list("retentionRules", d.retentionRules())
                .put("source", d.source()).map;
    }

    private static Map<String, Object> recipient(Recipient x) {
        return new Fields().put("id", x.id()).put("name", x.name()).put("kind", JsonFields.spelling(x.kind()))
                .put("processorAgreement", fact(x.processorAgreement())).put("source", x.source()).map;
    }

    private static Map<String, Object> transfer(Transfer t) {
        return new Fields().put("id", t.id()).put("recipient", t.recipient()).put("destination", t.destination())
                .put("safeguard", t.safeguard().map(JsonFields::spelling)).put("measures", t.measures())
                .list("safeguardAlternatives", t.alternatives().map(JsonFields::spelling)).put("source", t.source()).map;
    }

    private static Map<String, Object> retentionRule(RetentionRule x) {
        return new Fields().put("id", x.id()).put("description", x.description())
                .put("trigger", x.trigger().map(JsonFields::spelling)).put("triggerDescription", x.triggerDescription())
                .put("duration", x.duration().map(Object::toString)).put("minimum", x.minimum().map(Object::toString))
                .put("maximum", x.maximum().map(Object::toString)).put("action", JsonFields.spelling(x.action()))
                .put("archivePurpose", x.archivePurpose().map(JsonFields::spelling))
                .put("extendedByLegalHold", x.extendedByLegalHold()).put("source", x.source()).map;
    }

    private static Map<String, Object> purpose(Purpose p) {
        return new Fields().put("id", p.id()).put("name", p.name()).put("description", p.description())
                .list("lawfulBases", p.lawfulBases().map(JsonFields::spelling))
                .put("basisInLaw", p.basis().basisInLaw())
                .list("dataCategories", p.dataCategories()).list("subjectCategories", p.subjectCategories())
                .list("recipients", p.recipients()).list("retentionRules", p.retentionRules())
                .list("specialCategoryConditions", p.sensitive().specialConditions().map(JsonFields::spelling))
                .put("criminalDataAuthorisation", p.sensitive().criminalAuthorisation().map(JsonFields::spelling))
                .put("legitimateInterest", p.basis().legitimateInterest())
                .put("balancingTest", fact(p.basis().balancingTest().made()))
                .put("balancingTestReference", p.basis().balancingTest().reference())
                .put("consent", p.consent().map(RegisterWriter::consent))
                .put("automatedDecision", p.automation().decision().map(RegisterWriter::automatedDecision))
                .put("profiling", p.automation().profiling()).put("directMarketing", p.directMarketing())
                .list("tracking", p.automation().tracking().toList().map(JsonFields::spelling))
                .put("impactAssessment", fact(p.impactAssessment().made()))
                .put("impactAssessmentReference", p.impactAssessment().reference())
                .put("source", p.source()).map;
    }

    private static Map<String, Object> consent(ConsentTerms c) {
        return new Fields().put("kind", JsonFields.spelling(c.kind())).put("explicit", fact(c.explicit()))
                .put("withdrawableAsEasilyAsGiven", fact(c.withdrawableAsEasilyAsGiven()))
                .put("obtainedBy", JsonFields.spelling(c.obtainedBy()))
                .put("conditionOfService", fact(c.conditionOfService())).put("requiredBy", c.requiredBy())
                .put("givenVia", c.givenVia()).put("withdrawnVia", c.withdrawnVia()).put("source", c.source()).map;
    }

    private static Map<String, Object> automatedDecision(AutomatedDecision a) {
        return new Fields().put("legalOrSimilarEffect", a.legalOrSimilarEffect())
                .put("ground", a.ground().map(JsonFields::spelling)).put("humanIntervention", fact(a.humanIntervention()))
                .put("logicExplained", fact(a.logicExplained())).put("source", a.source()).map;
    }

    private static Map<String, Object> responsePolicy(ResponsePolicy p) {
        return new Fields().put("basePeriod", p.basePeriod().toString())
                .put("maximumExtension", p.maximumExtension().toString())
                .put("complaintAcknowledgement", p.complaintAcknowledgement().map(Object::toString))
                .put("source", p.source()).map;
    }

    private static String fact(Fact f) {
        return JsonFields.spelling(f);
    }

    /** An ordered JSON object that leaves out absent options and empty lists. */
    private static final class Fields {
        private final Map<String, Object> map = new LinkedHashMap<>();

        Fields put(String name, Object value) {
            if (value instanceof Option<?> option) {
                option.forEach(v -> map.put(name, v));
            } else {
                map.put(name, value);
            }
            return this;
        }

        Fields list(String name, Traversable<?> values) {
            if (!values.isEmpty()) {
                map.put(name, values.toJavaList());
            }
            return this;
        }
    }
}
