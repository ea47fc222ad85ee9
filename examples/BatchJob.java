import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.newsextractor.Extraction;
import org.newsextractor.NewsExtractor;
import org.newsextractor.RecordingExtractor;

/**
 * A batch job over a folder: every NAME.txt becomes one JSON line {"file": NAME.txt, "extraction": {...}}, or
 * {"file": NAME.txt, "error": "..."} if it fails. With a third argument the results are recorded there, so a re-run
 * over the same articles replays them without loading CoreNLP. Run from the project root:
 * <pre>
 * java -Xmx2g -cp "cli/target/lib/*" examples/BatchJob.java ../shared/eval/dev out.jsonl target/extractions
 * </pre>
 * (The command line does the same: {@code java -jar cli/target/news-extractor.jar extract --jsonl out.jsonl DIR}.)
 */
public class BatchJob {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: BatchJob IN_DIR OUT.jsonl [RECORD_DIR]");
            System.exit(2);
        }
        NewsExtractor extractor = args.length > 2
                ? RecordingExtractor.create(Path.of(args[2]))
                : NewsExtractor.create();
        int failed = run(extractor, Path.of(args[0]), Path.of(args[1]));
        System.out.println("done; " + failed + " failed");
    }

    /** @return how many files failed */
    static int run(NewsExtractor extractor, Path in, Path out) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(in)) {
            files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        // Each article on its own, so one bad file is an error line and does not stop the others.
        // (For speed on many cores, see EmbedExample: one shared extractor serves several threads.)
        int failed = 0;
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Path file : files) {
                ObjectNode line = JSON.createObjectNode().put("file", file.getFileName().toString());
                try {
                    Extraction x = extractor.extract(Files.readString(file));
                    line.set("extraction", JSON.readTree(x.toJson()));
                } catch (Exception e) {
                    line.put("error", String.valueOf(e.getMessage()));
                    failed++;
                }
                w.write(line.toString());   // compact: one object per line
                w.write('\n');
            }
        }
        return failed;
    }
}
