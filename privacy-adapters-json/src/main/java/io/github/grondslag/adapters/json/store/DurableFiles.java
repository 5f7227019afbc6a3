package io.github.grondslag.adapters.json.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Durable file writes (docs/architecture.md): the new content goes to a temporary file of its own in the same
 * directory, is forced to disk, and replaces the old file by an atomic rename, after which the
 * directory is forced too. A crash at any point leaves either the old file or the new one, never a
 * half-written one; a write is acknowledged only after both forces. Forcing a directory needs a
 * POSIX file system (Linux, macOS); on others the write fails loudly rather than being half-durable.
 * If forcing the directory fails after the rename, the new content is visible although the write
 * was reported as failed; a retry then meets a version conflict and reloads.
 */
final class DurableFiles {

    private DurableFiles() {
    }

    static void write(Path target, byte[] content) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, target.getFileName().toString(), ".tmp");
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            tmp = null;
            forceDirectory(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target.getFileName(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a leftover temporary file is removed when a store next opens the directory
                }
            }
        }
    }

    /** Forces a directory's entries to disk (after creating it, or renaming into it). */
    static void forceDirectory(Path dir) throws IOException {
        try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
            directory.force(true);
        }
    }

    /**
     * A file name for a key that may hold an id: the first 128 bits of its SHA-256, so that no id is
     * written out in a name. This hides ids from a casual listing only: it is not pseudonymisation,
     * since a guessable id can be hashed and compared; the directory must be protected like the data.
     */
    static String name(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
