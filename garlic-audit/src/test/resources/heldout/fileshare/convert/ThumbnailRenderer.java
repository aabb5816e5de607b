package heldout.fileshare.convert;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renders previews of uploads with ImageMagick and LibreOffice. */
public class ThumbnailRenderer {

  private static final Map<String, String> GEOMETRY =
      Map.of("small", "64x64", "medium", "256x256", "large", "1024x1024");

  private final String convertBinary;

  public ThumbnailRenderer(String convertBinary) {
    this.convertBinary = convertBinary;
  }

  public Process thumbnail(String inputPath, String size) throws IOException {
    String geometry = GEOMETRY.getOrDefault(size, "64x64");
    List<String> command = new ArrayList<>(List.of(convertBinary, "-thumbnail", geometry));
    command.add(inputPath);
    command.add(inputPath + ".thumb.png");
    return new ProcessBuilder(command).start(); // EXPECT: CWE-78
  }

  public Process resize(String inputPath, String size) throws IOException {
    String geometry = GEOMETRY.getOrDefault(size, "64x64");
    return new ProcessBuilder(convertBinary, "-resize", geometry, "/var/fileshare/current.png").start(); // EXPECT: none CWE-78
  }

  public Process toPdf(String document) throws IOException {
    String cmd = "soffice --headless --convert-to pdf " + document;
    return Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", cmd}); // EXPECT: CWE-78
  }

  public Process rotate(String inputPath, String degrees) throws IOException {
    int angle = Integer.parseInt(degrees) % 360;
    return Runtime.getRuntime().exec(new String[] {convertBinary, "-rotate", String.valueOf(angle), "/var/fileshare/current.png"}); // EXPECT: none CWE-78
  }
}
