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
 * Starts cold JVMs on this JVM's class path: one per configuration, timed to its first result, or several at
 * once, timed in rounds the parent directs (see {@link ProcessScaling}).
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
     * Starts children at the same time, waits until all are warm, then times them in rounds: in each round every
     * step in turn, a step being a batch name and the children that run the directory batch under that name at
     * the same time. Load from other jobs that comes and goes then falls on every step alike.
     *
     * @param children  the children: plan ({@link ChildPlan#rounds()} must be set), name and extra JVM options
     * @param steps     the steps of a round
     * @param maxRounds at most this many rounds
     * @param budget    no new round once the rounds took this many seconds (at least one round)
     * @return each child's measurements, or its failure, in the order given
     */
    List<ConfigRun> launchInRounds(List<ChildSpec> children, List<RoundStep> steps, int maxRounds, double budget) {
        List<Child> started = new ArrayList<>();
        for (ChildSpec spec : children) {
            started.add(new Child(spec.plan(), spec.name(), spec.jvmFlags()));
        }
        started.forEach(Child::start);
        boolean ok = true;
        for (Child child : started) {
            ok &= child.readUntil(BenchChild.READY);
        }
        Clock clock = Clock.start();
        for (int round = 0; ok && round < maxRounds && (round == 0 || clock.wall() < budget); round++) {
            for (RoundStep step : steps) {
                step.children().forEach(i -> started.get(i).send(step.name()));
                for (int i : step.children()) {
                    ok &= started.get(i).readUntil(BenchChild.DONE);
                }
            }
            log.printf("round %d done at %.0f s%n", round + 1, clock.wall());
        }
        List<ConfigRun> runs = new ArrayList<>();
        for (Child child : started) {
            child.endInput();
            child.readUntil(null);
            runs.add(child.finish());
        }
        return runs;
    }

    /**
     * A child to start for {@link #launchInRounds}.
     *
     * @param plan     what it measures
     * @param name     its name in the log
     * @param jvmFlags extra options of its JVM, e.g. {@code -XX:ActiveProcessorCount=1}
     */
    record ChildSpec(ChildPlan plan, String name, List<String> jvmFlags) {
    }

    /**
     * One step of a round.
     *
     * @param name     the batch name the children time the run under
     * @param children the indexes of the children that run it, at the same time
     */
    record RoundStep(String name, List<Integer> children) {
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

        /** Asks the child for one timed run under the given batch name. */
        void send(String batch) {
            if (failure != null) {
                return;
            }
            try {
                OutputStream in = process.getOutputStream();
                in.write((batch + "\n").getBytes(StandardCharsets.UTF_8));
                in.flush();
            } catch (IOException e) {
                // the child ended already; readUntil and finish() report it
            }
        }

        /** Ends the child's input, so that it writes its result and exits. */
        void endInput() {
            if (failure != null) {
                return;
            }
            try {
                process.getOutputStream().close();
            } catch (IOException e) {
                // the child ended already
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
