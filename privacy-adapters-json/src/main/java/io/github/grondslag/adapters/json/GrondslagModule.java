package io.github.grondslag.adapters.json;

import io.github.grondslag.adapters.json.register.RegisterJson;
import io.github.grondslag.adapters.json.register.RegisterReadError;
import io.github.grondslag.adapters.json.store.StoreTypes;
import io.github.grondslag.domain.register.Register;
import io.vavr.control.Either;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The library's JSON forms for your own Jackson 3 mapper: the register (docs/register-format.md,
 * read as strictly as {@link RegisterJson}, every problem in the message) and every value the stores
 * keep (consent events and ledgers, subject states, rights requests and their events, legal holds,
 * notices, audit entries, records; docs/stores.md).
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new GrondslagModule()).build();
 * }</pre>
 *
 * It is also found by {@code JsonMapper.builder().findAndAddModules()} through
 * {@code META-INF/services/tools.jackson.databind.JacksonModule}.
 */
public final class GrondslagModule extends SimpleModule {

    /**
     * A module with the register's serializer and strict deserializer and the JSON forms of every
     * value the stores keep. A register that is not valid fails to deserialize with every problem
     * in the message.
     */
    public GrondslagModule() {
        super("grondslag");
        StoreTypes.addTo(this);
        addSerializer(Register.class, new ValueSerializer<>() {
            @Override
            public void serialize(Register register, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeTree(JsonMappers.MAPPER.readTree(RegisterJson.write(register)));
            }
        });
        addDeserializer(Register.class, new ValueDeserializer<>() {
            @Override
            public Register deserialize(JsonParser p, DeserializationContext ctxt) {
                JsonNode tree = ctxt.readTree(p);
                Either<RegisterReadError, Register> read = RegisterJson.parse("register",
                        JsonMappers.MAPPER.writeValueAsBytes(tree));
                if (read.isLeft()) {
                    throw tools.jackson.databind.exc.ValueInstantiationException.from(p, "not a valid register: "
                            + String.join("; ", RegisterJson.describe(read.getLeft())), ctxt.constructType(
                            Register.class), null);
                }
                return read.get();
            }
        });
    }
}
