package org.newsalert.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds test data. The shared corpora live beside the repository in {@code ../shared} (their
 * licences keep them out of it); {@code NEWSALERT_SHARED} overrides the location.
 */
public final class Fixtures {
    private Fixtures() {}

    /** The shared data folder, or null when this checkout has none beside it. */
    public static Path sharedDir() {
        String env = System.getenv("NEWSALERT_SHARED");
        if (env != null && !env.isBlank()) {
            return Files.isDirectory(Path.of(env)) ? Path.of(env) : null;
        }
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("seeds"))) {
                return candidate;
            }
        }
        return null;
    }

    /** A path under the shared data folder, or null when it is not there. */
    public static Path shared(String relative) {
        Path dir = sharedDir();
        if (dir == null) {
            return null;
        }
        Path p = dir.resolve(relative);
        return Files.exists(p) ? p : null;
    }
}
