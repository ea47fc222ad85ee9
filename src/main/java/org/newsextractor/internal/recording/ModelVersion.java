package org.newsextractor.internal.recording;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.newsextractor.Extraction;
import org.newsextractor.internal.Resources;

/**
 * What a stored result depends on besides its input: the JSON schema, this library's version, the CoreNLP version
 * and models jar, and a hash of our own {@code models/} resources. A recorded result is trusted only while all
 * of these are unchanged.
 */
public final class ModelVersion {
    /** A CoreNLP resource we load, used to tell which models jar is on the class path. */
    static final String CORENLP_MODEL_PROBE = "/edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";

    private static volatile String current;

    private ModelVersion() {
    }

    /** @return the version string of this class path, computed once per JVM */
    public static String current() {
        String v = current;
        if (v == null) {
            v = compute();
            current = v;
        }
        return v;
    }

    private static String compute() {
        Properties build = buildProperties();
        String library = build.getProperty("library", "unknown");
        // A snapshot's code changes without its version changing: its build time stands in for a release number.
        if (library.endsWith("-SNAPSHOT")) {
            library += "@" + build.getProperty("built", "unknown");
        }
        return "schema=" + Extraction.SCHEMA_VERSION
                + ";library=" + library
                + ";corenlp=" + build.getProperty("corenlp", "unknown")
                + ";corenlp-models=" + corenlpModelsLocation()
                + ";models=" + ownModelsHash();
    }

    private static Properties buildProperties() {
        Properties p = new Properties();
        try (InputStream in = ModelVersion.class.getResourceAsStream("/org/newsextractor/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read version.properties", e);
        }
        return p;
    }

    /** The file name of the jar (or folder) that holds CoreNLP's English models, so a swapped jar counts. */
    static String corenlpModelsLocation() {
        URL url = ModelVersion.class.getResource(CORENLP_MODEL_PROBE);
        if (url == null) {
            return "absent";
        }
        String s = url.toString();
        int bang = s.indexOf("!/");
        String container = bang >= 0 ? s.substring(0, bang) : s;
        return container.substring(container.lastIndexOf('/') + 1);
    }

    /** SHA-256 over the names and bytes of every file below {@link Resources#MODELS_ROOT}, in name order. */
    static String ownModelsHash() {
        URL root = ModelVersion.class.getResource(Resources.MODELS_ROOT);
        if (root == null) {
            throw new IllegalStateException("missing resource " + Resources.MODELS_ROOT + " (is the jar complete?)");
        }
        try {
            if (root.getProtocol().equals("jar")) {
                String s = root.toString();
                Path jar = Path.of(new URL(s.substring("jar:".length(), s.indexOf("!/"))).toURI());
                try (FileSystem fs = FileSystems.newFileSystem(jar)) {
                    return hashTree(fs.getPath(Resources.MODELS_ROOT));
                }
            }
            return hashTree(Path.of(root.toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + Resources.MODELS_ROOT, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("unexpected resource location " + root, e);
        }
    }

    private static String hashTree(Path dir) throws IOException {
        Sha256 sha = new Sha256();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted((a, b) ->
                    dir.relativize(a).toString().compareTo(dir.relativize(b).toString())).toList();
        }
        for (Path f : files) {
            sha.add(dir.relativize(f).toString().replace('\\', '/'));
            sha.add(Files.readAllBytes(f));
        }
        return sha.hex();
    }
}
