package org.newsextractor.dx;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs JShell as examples/jshell.sh does, on examples/startup.jsh and the scripted examples/session.jsh, and
 * checks what it prints. Uses target/classes and the dependency jars, so it needs no packaged jar.
 */
class JShellSessionIT {

    @Test
    void theStartupScriptGivesAReadyExtractorAndReadableRecords(@TempDir Path recorded) throws Exception {
        // Only jars and class folders: JShell's remote JVM gets the same library as a user's.
        String classPath = Stream.of(ChildJvm.classPath().split(File.pathSeparator))
                .filter(e -> !e.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        String output = ChildJvm.run(List.of(ChildJvm.javaTool("jshell"), "-R-Xmx2g",
                "-R-Dnewsextractor.record=" + recorded, "--class-path", classPath,
                "examples/startup.jsh", "examples/session.jsh"), 600);

        for (String expected : List.of("ready. Try: x.people()",
                "  Person person-1 Joe Biden [US President",
                "People (", "Quotations (",
                "  Person person-1 Jane Smith",
                "  Place place-1 Paris CITY",
                "Extraction[1 people, 1 places")) {
            assertTrue(output.contains(expected), "missing '" + expected + "' in:\n" + output);
        }
        assertTrue(!output.contains("Error:") && !output.contains("Exception"), output);
    }
}
