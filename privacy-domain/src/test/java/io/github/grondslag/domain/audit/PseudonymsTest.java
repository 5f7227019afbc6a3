package io.github.grondslag.domain.audit;

import io.github.grondslag.domain.subject.SubjectId;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The keyed hash of subject ids is HMAC-SHA-256 (RFC 2104), checked against RFC 4231 and the JDK's Mac. */
class PseudonymsTest {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    void rfc4231TestCase7WithAKeyLongerThanTheBlockGivesItsPublishedHmac() {
        // RFC 4231 section 4.8: a 131-byte key of 0xaa, a message longer than one block
        byte[] key = new byte[131];
        java.util.Arrays.fill(key, (byte) 0xaa);
        String message = "This is a test using a larger than block-size key and a larger than block-size data."
                + " The key needs to be hashed before being used by the HMAC algorithm.";
        assertEquals("9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2",
                HEX.formatHex(Pseudonyms.withKey(key).mac(message.getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void aSubjectsReferenceIsTheJdksHmacSha256OfItsIdUnderTheKey() throws Exception {
        byte[] key = "a controller's key of thirty-two bytes or more".getBytes(StandardCharsets.UTF_8);
        for (String id : new String[] {"relation-4711", "123456782", "j.jansen@example.nl", "é"}) {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            String expected = HEX.formatHex(mac.doFinal(id.getBytes(StandardCharsets.UTF_8)));
            assertEquals(new SubjectRef(expected), Pseudonyms.withKey(key).of(SubjectId.of(id)), id);
        }
    }

    @Test
    void anotherKeyGivesAnotherReferenceAndTheReferenceHoldsNoPartOfTheId() {
        SubjectId subject = SubjectId.of("123456782");
        SubjectRef one = Pseudonyms.withKey(new byte[32]).of(subject);
        byte[] other = new byte[32];
        other[0] = 1;
        assertNotEquals(one, Pseudonyms.withKey(other).of(subject));
        assertFalse(one.value().contains("123456782"));
    }

    @Test
    void aShortKeyIsRefusedAndTheKeyIsNeverPrinted() {
        assertThrows(IllegalArgumentException.class, () -> Pseudonyms.withKey(new byte[31]));
        byte[] key = "secret-secret-secret-secret-secret".getBytes(StandardCharsets.UTF_8);
        assertFalse(Pseudonyms.withKey(key).toString().contains("secret"));
    }

    @Test
    void everyKeyLengthAroundTheBlockGivesTheJdksHmac() throws Exception {
        // a key of exactly one block (64 bytes) is used as it is; only a longer one is hashed first
        for (int length = Pseudonyms.MINIMUM_KEY_BYTES; length <= 130; length++) {
            byte[] key = new byte[length];
            for (int i = 0; i < length; i++) {
                key[i] = (byte) (i * 7 + length);
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            String expected = HEX.formatHex(mac.doFinal("relation-4711".getBytes(StandardCharsets.UTF_8)));
            assertEquals(new SubjectRef(expected), Pseudonyms.withKey(key).of(SubjectId.of("relation-4711")),
                    "key of " + length + " bytes");
        }
    }
}
