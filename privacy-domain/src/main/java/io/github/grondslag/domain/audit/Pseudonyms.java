package io.github.grondslag.domain.audit;

import io.github.grondslag.domain.subject.SubjectId;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The controller's keyed hash of subject ids: HMAC-SHA-256 (RFC 2104, with the test vectors of
 * RFC 4231) under a key of at least 32 bytes that the controller keeps outside the store. The same
 * subject always gets the same {@link SubjectRef}, so the controller can find a subject's entries for
 * an access request or a complaint; without the key the reference cannot be tested against a known
 * e-mail address or BSN, which an unkeyed hash would allow.
 *
 * <p>Written on {@link MessageDigest} so that the domain needs nothing beyond the JDK's {@code java.*}.
 * {@code toString} never prints the key.
 */
public final class Pseudonyms {

    /** The shortest key accepted: the hash's own length (RFC 2104 section 3). */
    public static final int MINIMUM_KEY_BYTES = 32;
    private static final int BLOCK = 64;

    private final byte[] innerPad;
    private final byte[] outerPad;

    private Pseudonyms(byte[] key) {
        byte[] k = key.length > BLOCK ? sha256().digest(key) : key;
        byte[] inner = new byte[BLOCK];
        byte[] outer = new byte[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            byte b = i < k.length ? k[i] : 0;
            inner[i] = (byte) (b ^ 0x36);
            outer[i] = (byte) (b ^ 0x5c);
        }
        this.innerPad = inner;
        this.outerPad = outer;
    }

    /**
     * Pseudonyms under the controller's key (copied; at least {@value #MINIMUM_KEY_BYTES} bytes).
     *
     * @param key the controller's secret key, kept outside the store
     * @return the pseudonyms under that key
     * @throws IllegalArgumentException when the key is shorter than {@value #MINIMUM_KEY_BYTES} bytes
     */
    public static Pseudonyms withKey(byte[] key) {
        if (key.length < MINIMUM_KEY_BYTES) {
            throw new IllegalArgumentException("the pseudonymisation key must be at least " + MINIMUM_KEY_BYTES
                    + " bytes");
        }
        return new Pseudonyms(Arrays.copyOf(key, key.length));
    }

    /**
     * The subject's pseudonymous reference: the same subject always gets the same one under this key.
     *
     * @param subject the subject
     * @return the HMAC-SHA-256 of the subject id under the key, as a reference
     */
    public SubjectRef of(SubjectId subject) {
        return new SubjectRef(hex(mac(subject.value().getBytes(StandardCharsets.UTF_8))));
    }

    /** HMAC-SHA-256 of the message under this key. */
    byte[] mac(byte[] message) {
        MessageDigest inner = sha256();
        inner.update(innerPad);
        byte[] innerHash = inner.digest(message);
        MessageDigest outer = sha256();
        outer.update(outerPad);
        return outer.digest(innerHash);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256 (MessageDigest)", e);
        }
    }

    static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            s.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return s.toString();
    }

    /** {@return a fixed text that does not reveal the key} */
    @Override
    public String toString() {
        return "Pseudonyms[key ***]";
    }
}
