package org.newsextractor.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.newsextractor.internal.Json;

/** Starts a cold JVM per configuration on this JVM's class path and times it to its first result. */
final class ChildLauncher {
    private final String heap;
    private final PrintStream log;

    /**
     * @param heap the child's maximum heap, as for {@code -Xmx} (e.g. {@code 3g})
     * @param log  where to report what runs
     */
    ChildLauncher(String heap, PrintStream log) {
        this.heap = heap;
        this.log = log;
    }

    /** @return the child's measurements, or its failure */
    ConfigRun launch(ChildPlan plan) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("news-extractor-bench");
            Path planFile = dir.resolve("plan.json");
            Path resultFile = dir.resolve("result.json");
            Json.mapper().writeValue(planFile.toFile(), plan);
            List<String> command = List.of(javaBinary(), "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                    BenchChild.class.getName(), planFile.toString(), resultFile.toString());
            log.printf("%s: starting a cold JVM (-Xmx%s)%n", plan.config().label(), heap);
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            double firstResult = -1;
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.equals(BenchChild.FIRST_RESULT) && firstResult < 0) {
                        firstResult = (System.nanoTime() - start) / 1e9;
                    } else {
                        log.println("  " + line);
                    }
                }
            }
            int exit = process.waitFor();
            double total = (System.nanoTime() - start) / 1e9;
            if (exit != 0 || !Files.exists(resultFile)) {
                return failed(plan, firstResult, total, "child JVM exited with code " + exit);
            }
            ChildResult result = Json.mapper().readValue(resultFile.toFile(), ChildResult.class);
            return new ConfigRun(plan.config(), firstResult, total, Optional.of(result), Optional.empty());
        } catch (IOException e) {
            return failed(plan, -1, 0, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(plan, -1, 0, "interrupted");
        } finally {
            deleteQuietly(dir);
        }
    }

    private ConfigRun failed(ChildPlan plan, double firstResult, double total, String why) {
        log.printf("%s: FAILED: %s%n", plan.config().label(), why);
        return new ConfigRun(plan.config(), firstResult, total, Optional.empty(), Optional.of(why));
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a leftover temporary directory is harmless
        }
    }
}
