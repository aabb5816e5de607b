package heldout.fileshare.storage;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** Older uploads, moved to the archive volume and read back by byte range. */
public class ArchiveService {

  private static final Pattern ARCHIVE_ID = Pattern.compile("[0-9]{4}-[0-9]{2}/[a-f0-9]{32}");

  private final Path archiveRoot;

  public ArchiveService(Path archiveRoot) {
    this.archiveRoot = archiveRoot;
  }

  public byte[] range(String archiveId, long offset, int length) throws IOException {
    if (!ARCHIVE_ID.matcher(archiveId).matches()) {
      throw new IllegalArgumentException("bad archive id");
    }
    try (RandomAccessFile file = new RandomAccessFile(archiveRoot.resolve(archiveId).toFile(), "r")) { // EXPECT: none CWE-22
      byte[] buf = new byte[length];
      file.seek(offset);
      file.readFully(buf);
      return buf;
    }
  }

  public List<String> manifest(String archiveMonth) throws IOException {
    return Files.readAllLines(Path.of(archiveRoot.toString(), archiveMonth, "MANIFEST")); // EXPECT: CWE-22
  }

  public void delete(String year, String id) throws IOException {
    int y = Integer.parseInt(year);
    String name = id.matches("[a-f0-9]{32}") ? id : "invalid";
    Files.deleteIfExists(archiveRoot.resolve(y + "/" + name)); // EXPECT: none CWE-22
  }
}
