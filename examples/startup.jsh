import org.newsextractor.*;
import java.nio.file.*;
NewsExtractor extractor = NewsExtractor.create();
Extraction extract(String text) { return extractor.extract(text); }
Extraction extractFile(String path) throws Exception { return extractor.extract(Files.readString(Path.of(path))); }
System.out.println("news-extractor ready: var x = extractFile(\"examples/seed-biden-zelenskyy.txt\"); x.people(); System.out.println(x.toTable());");
