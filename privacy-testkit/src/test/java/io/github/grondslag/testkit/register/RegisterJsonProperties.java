package io.github.grondslag.testkit.register;

import io.github.grondslag.testkit.Grondslag;
import io.github.grondslag.adapters.json.register.RegisterJson;
import io.github.grondslag.domain.check.RegisterCheck;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.testkit.generators.RegisterBreakers;
import io.github.grondslag.testkit.generators.RegisterGens;
import io.github.grondslag.testkit.property.Gens;
import io.github.grondslag.testkit.property.Property;
import io.vavr.control.Either;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The JSON format loses nothing: a register written and read back is the same register. */
class RegisterJsonProperties {

    @Test
    void aRegisterWrittenAndReadBackIsEqual() {
        Property.forAll(Gens.oneOf(Grondslag.lawfulRegisters(), RegisterGens.registerWithoutNationalLayer(),
                        Grondslag.registersWithGaps()))
                .classify(r -> r.controller().memberState().map(s -> "member state " + (s.equals("NL") ? "NL" : "other"))
                        .getOrElse("no member state"))
                .requireLabel("member state NL", 30)
                .requireLabel("member state other", 10)
                .checkThat(register -> {
                    String json = RegisterJson.write(register);
                    assertTrue(json.contains("\"format\" : 2"), "written in format version 2");
                    Either<?, Register> back = RegisterJson.parse("generated", json.getBytes(StandardCharsets.UTF_8));
                    assertTrue(back.isRight(), () -> back.getLeft().toString());
                    assertEquals(register.draft(), back.get().draft());
                });
    }

    @Test
    void aBrokenRegisterWrittenAndReadBackKeepsItsBreach() {
        Property.forAll(RegisterBreakers.breakingAnyRule())
                .checkThat(register -> {
                    Either<?, Register> back = RegisterJson.parse("generated",
                            RegisterJson.write(register).getBytes(StandardCharsets.UTF_8));
                    assertTrue(back.isRight(), () -> back.getLeft().toString());
                    assertEquals(register.draft(), back.get().draft());
                    assertEquals(RegisterCheck.check(register), RegisterCheck.check(back.get()));
                });
    }
}
