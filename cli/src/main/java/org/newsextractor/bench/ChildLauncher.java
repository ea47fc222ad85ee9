package org.newsextractor.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsextractor.internal.Json;

/**
 * Starts cold JVMs on this JVM's class path: one per configuration, timed to its first result, or several of
 * ours at once, timed together (see {@link ProcessScaling}).
 */
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
        Child child = new Child(plan, plan.config().label(), List.of());
        child.start();
        child.readUntil(null);
        return child.finish();
    }

    /**
     * Starts {@code count} children at the same time, lets each load and warm up, then tells them all to start
     * timing at once, so that their timed runs overlap.
     *
     * @param plan     what each child measures; it must wait for the go ({@link ChildPlan#waitForGo()})
     * @param count    how many children
     * @param jvmFlags extra options for each child JVM, e.g. {@code -XX:ActiveProcessorCount=1}
     * @return each child's measurements, or its failure, in the order started
     */
    List<ConfigRun> launchTogether(ChildPlan plan, int count, List<String> jvmFlags) {
        List<Child> children = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            children.add(new Child(plan, plan.config().label() + " process " + i + "/" + count, jvmFlags));
        }
        children.forEach(Child::start);
        boolean allReady = true;
        for (Child child : children) {
            allReady &= child.readUntil(BenchChild.READY);
        }
        for (Child child : children) {
            child.go(allReady);
        }
        List<ConfigRun> runs = new ArrayList<>();
        for (Child child : children) {
            child.readUntil(null);
            runs.add(child.finish());
        }
        return runs;
    }

    /** One child JVM: started, its standard output read line by line, then its result file read. */
    private final class Child {
        private final ChildPlan plan;
        private final String name;
        private final List<String> jvmFlags;
        private Path dir;
        private Path resultFile;
        private Process process;
        private BufferedReader out;
        private long start;
        private double firstResult = -1;
        private String failure;

        Child(ChildPlan plan, String name, List<String> jvmFlags) {
            this.plan = plan;
            this.name = name;
            this.jvmFlags = List.copyOf(jvmFlags);
        }

        void start() {
            try {
                dir = Files.createTempDirectory("news-extractor-bench");
                Path planFile = dir.resolve("plan.json");
                resultFile = dir.resolve("result.json");
                Json.mapper().writeValue(planFile.toFile(), plan);
                List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx" + heap));
                command.addAll(jvmFlags);
                command.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchChild.class.getName(),
                        planFile.toString(), resultFile.toString()));
                log.printf("%s: starting a cold JVM (-Xmx%s%s)%n", name, heap,
                        jvmFlags.isEmpty() ? "" : " " + String.join(" ", jvmFlags));
                start = System.nanoTime();
                process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
                out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                failure = e.toString();
            }
        }

        /**
         * Reads the child's standard output up to a line, or to its end when {@code marker} is null, timing the
         * first result and passing other lines on to the log.
         *
         * @return whether the marker was seen (for null: whether the output was read to its end)
         */
        boolean readUntil(String marker) {
            if (failure != null) {
                return false;
            }
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.equals(BenchChild.FIRST_RESULT) && firstResult < 0) {
                        firstResult = (System.nanoTime() - start) / 1e9;
                    } else if (line.equals(marker)) {
                        return true;
                    } else {
                        log.println("  " + line);
                    }
                }
                return marker == null;
            } catch (IOException e) {
                failure = e.toString();
                return false;
            }
        }

        /** Sends the go; without it (another child failed) the child's stdin is closed and it gives up. */
        void go(boolean go) {
            if (failure != null) {
                return;
            }
            try (OutputStream in = process.getOutputStream()) {
                if (go) {
                    in.write('\n');
                }
            } catch (IOException e) {
                // the child ended already; finish() reports it
            }
        }

        ConfigRun finish() {
            try {
                if (failure != null) {
                    return failed(-1, 0, failure);
                }
                int exit = process.waitFor();
                double total = (System.nanoTime() - start) / 1e9;
                if (exit != 0 || !Files.exists(resultFile)) {
                    return failed(firstResult, total, "child JVM exited with code " + exit);
                }
                ChildResult result = Json.mapper().readValue(resultFile.toFile(), ChildResult.class);
                return new ConfigRun(plan.config(), firstResult, total, Optional.of(result), Optional.empty());
            } catch (IOException e) {
                return failed(-1, 0, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroy();
                return failed(-1, 0, "interrupted");
            } finally {
                deleteQuietly(dir);
            }
        }

        private ConfigRun failed(double first, double total, String why) {
            log.printf("%s: FAILED: %s%n", name, why);
            return new ConfigRun(plan.config(), first, total, Optional.empty(), Optional.of(why));
        }
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
