package io.github.grondslag.testkit.register;

import io.github.grondslag.adapters.json.RegisterJson;
import io.github.grondslag.domain.register.Register;
import io.github.grondslag.testkit.generators.RegisterGens;
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
        Property.forAll(RegisterGens.compliantRegister())
                .checkThat(register -> {
                    String json = RegisterJson.write(register);
                    Either<?, Register> back = RegisterJson.parse("generated", json.getBytes(StandardCharsets.UTF_8));
                    assertTrue(back.isRight(), () -> back.getLeft().toString());
                    assertEquals(register.draft(), back.get().draft());
                });
    }

    @Test
    void aBrokenRegisterWrittenAndReadBackKeepsItsBreach() {
        Property.forAll(io.github.grondslag.testkit.property.Gens
                        .elements(io.github.grondslag.domain.register.CheckRule.values())
                        .flatMap(io.github.grondslag.testkit.generators.RegisterBreakers::breaking))
                .checkThat(register -> {
                    Either<?, Register> back = RegisterJson.parse("generated",
                            RegisterJson.write(register).getBytes(StandardCharsets.UTF_8));
                    assertEquals(register.draft(), back.get().draft());
                });
    }
}
