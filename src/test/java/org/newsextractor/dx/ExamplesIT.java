package org.newsextractor.dx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.newsextractor.Extraction;

/** Compiles every example in examples/ against the library and runs it, so the examples cannot rot. */
class ExamplesIT {
    @TempDir
    static Path classes;
    private static ClassLoader examples;

    @BeforeAll
    static void compileTheExamples() throws Exception {
        List<String> sources;
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            sources = s.filter(f -> f.toString().endsWith(".java")).map(Path::toString).sorted().toList();
        }
        assertTrue(sources.size() >= 3, sources.toString());
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp", ChildJvm.classPath(),
                "-Xlint:all,-path", "-Werror"));
        args.addAll(sources);
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int status = javac.run(null, messages, messages, args.toArray(String[]::new));
        assertEquals(0, status, messages.toString(StandardCharsets.UTF_8));
        examples = new URLClassLoader(new URL[] {classes.toUri().toURL()}, ExamplesIT.class.getClassLoader());
    }

    @Test
    void theJUnitExampleWithMockitoPasses() throws Exception {
        Class<?> test = examples.loadClass("ExtractorMockingTest");
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(test)).build(), listener);
        TestExecutionSummary summary = listener.getSummary();
        StringWriter failures = new StringWriter();
        summary.printFailuresTo(new PrintWriter(failures), 20);
        assertEquals(0, summary.getTotalFailureCount(), failures.toString());
        assertEquals(2, summary.getTestsSucceededCount());
    }

    @Test
    void theEmbeddingExampleSharesOneExtractorAcrossThreads() throws Exception {
        String printed = runMain("EmbedExample", "examples/seed-biden-zelenskyy.txt",
                "examples/seed-biden-zelenskyy.txt");
        assertEquals(2, printed.lines().filter(l -> l.startsWith("seed-biden-zelenskyy.txt: [Joe Biden")).count(),
                printed);
    }

    @Test
    void theBatchJobWritesOneJsonLinePerArticle(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Jane Smith visited Paris on Monday.");
        Files.writeString(in.resolve("b.txt"), "The mayor of Berlin, Kai Wegner, met 300 people.");
        Path out = dir.resolve("out.jsonl");
        String printed = runMain("BatchJob", in.toString(), out.toString(), dir.resolve("recorded").toString());
        assertTrue(printed.contains("done; 0 failed"), printed);
        List<String> lines = Files.readAllLines(out);
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).startsWith("{\"file\":\"a.txt\",\"extraction\":{"), lines.get(0));
        String extraction = new com.fasterxml.jackson.databind.ObjectMapper().readTree(lines.get(0))
                .get("extraction").toString();
        assertEquals("Jane Smith", Extraction.fromJson(extraction).people().get(0).name());
    }

    /** Runs an example's main in this JVM (so the models load once) and returns what it printed. */
    private static String runMain(String className, String... args) throws Exception {
        Method main = examples.loadClass(className).getMethod("main", String[].class);
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            main.invoke(null, (Object) args);
        } finally {
            System.setOut(original);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }
}
