package org.newsextractor.dx;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a program in a fresh JVM on this test's class path, as a user would from a shell. */
final class ChildJvm {
    private ChildJvm() {
    }

    /** The test class path: target/classes, target/test-classes and the dependency jars (no packaged jar needed). */
    static String classPath() {
        return System.getProperty("java.class.path");
    }

    static String javaTool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    /** Runs the command from the project root; returns standard output and error together. */
    static String run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE)
                .directory(new File(System.getProperty("user.dir"))).start();
        p.getOutputStream().close();
        // Read while it runs, so a full pipe cannot block the child.
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try {
                output.append(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                output.append("[cannot read output: ").append(e.getMessage()).append(']');
            }
        });
        reader.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            reader.join(5000);
            throw new AssertionError("timed out after " + timeoutSeconds + " s: " + command + "\n" + output);
        }
        reader.join();
        if (p.exitValue() != 0) {
            throw new AssertionError("exit " + p.exitValue() + ": " + command + "\n" + output);
        }
        return output.toString();
    }

    static List<String> java(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(javaTool("java"), "-Xmx1g", "-cp", classPath(), mainClass));
        command.addAll(List.of(args));
        return command;
    }
}
