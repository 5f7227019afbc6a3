package io.github.grondslag.domain.badfixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Breaks the I/O rule. */
public final class ReadsFiles {
    public byte[] read(Path path) throws IOException {
        return Files.readAllBytes(path);
    }
}
