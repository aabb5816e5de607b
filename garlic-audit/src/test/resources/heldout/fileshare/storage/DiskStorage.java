package heldout.fileshare.storage;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Files under one directory per owner on the local disk. */
public class DiskStorage implements Storage {

  private final File root;

  public DiskStorage(File root) {
    this.root = root;
  }

  @Override
  public InputStream open(String owner, String name) throws IOException {
    File ownerDir = new File(root, owner).getCanonicalFile();
    File file = new File(ownerDir, name).getCanonicalFile();
    if (!file.getPath().startsWith(ownerDir.getPath() + File.separator)) {
      throw new IOException("no such file: " + name);
    }
    return new FileInputStream(file); // EXPECT: none CWE-22
  }

  @Override
  public void save(String owner, String name, InputStream content) throws IOException {
    File target = new File(root, owner + "/" + name);
    try (OutputStream out = new FileOutputStream(target)) { // EXPECT: CWE-22
      content.transferTo(out);
    }
  }
}
