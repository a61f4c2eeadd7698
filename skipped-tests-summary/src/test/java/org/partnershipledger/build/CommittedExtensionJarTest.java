package org.partnershipledger.build;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Maven loads the extension from the jar committed in {@code .mvn/extensions/} before it reads a POM, so it cannot be
 * built on the way; this test is what keeps that jar built from these sources.
 */
class CommittedExtensionJarTest {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path COMMITTED_JAR = MODULE.resolveSibling(".mvn").resolve("extensions")
            .resolve("skipped-tests-summary.jar");
    private static final String REBUILD = "the committed extension is not built from these sources: run "
            + "./mvnw -q -pl skipped-tests-summary package -DskipTests && cp skipped-tests-summary/target/"
            + "skipped-tests-summary-*.jar .mvn/extensions/skipped-tests-summary.jar";

    @Test
    void the_committed_jar_holds_these_sources_their_classes_and_their_component_index() throws IOException {
        Map<String, String> expected = new TreeMap<>();
        expected.putAll(filesUnder(MODULE.resolve("src/main/java"), "META-INF/sources/"));
        expected.putAll(filesUnder(MODULE.resolve("src/main/resources"), ""));

        try (JarFile jar = new JarFile(COMMITTED_JAR.toFile())) {
            Map<String, String> committed = new TreeMap<>();
            for (String name : expected.keySet()) {
                var entry = jar.getJarEntry(name);
                committed.put(name, entry == null ? null : new String(jar.getInputStream(entry).readAllBytes()));
            }
            assertThat(committed).as(REBUILD).isEqualTo(expected);
            expected.keySet().stream().filter(name -> name.endsWith(".java"))
                    .map(name -> name.substring("META-INF/sources/".length()).replace(".java", ".class"))
                    .forEach(clazz -> assertThat(jar.getJarEntry(clazz)).as(REBUILD + " (" + clazz + ")").isNotNull());
        }
    }

    private static Map<String, String> filesUnder(Path root, String prefix) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                files.put(prefix + root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return files;
    }
}
