package heldout.fileshare.web;

import heldout.fileshare.convert.ThumbnailRenderer;
import heldout.fileshare.meta.MetadataImporter;
import heldout.fileshare.storage.ArchiveService;
import heldout.fileshare.storage.Storage;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Set;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.Part;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLStreamException;
import org.xml.sax.SAXException;

/** Upload, download, preview and archive endpoints of the file share. */
public class FileServlet extends HttpServlet {

  private final Storage storage;
  private final ArchiveService archive;
  private final ThumbnailRenderer renderer;
  private final MetadataImporter metadata;

  public FileServlet(Storage storage, ArchiveService archive, ThumbnailRenderer renderer, MetadataImporter metadata) {
    this.storage = storage;
    this.archive = archive;
    this.renderer = renderer;
    this.metadata = metadata;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
    String owner = request.getParameter("owner");
    String name = request.getParameter("name");
    switch (request.getPathInfo()) {
      case "/download" -> {
        try (InputStream in = storage.open(owner, name)) {
          in.transferTo(response.getOutputStream());
        }
      }
      case "/thumbnail" -> renderer.thumbnail("/srv/share/" + owner + "/" + name, request.getParameter("size"));
      case "/resize" -> renderer.resize(name, request.getParameter("size"));
      case "/pdf" -> renderer.toPdf(name);
      case "/rotate" -> renderer.rotate(name, request.getParameter("degrees"));
      case "/archive" -> {
        OutputStream out = response.getOutputStream();
        out.write(archive.range(request.getParameter("id"), Long.parseLong(request.getParameter("offset")), 4096));
      }
      case "/manifest" -> archive.manifest(request.getParameter("month")).forEach(line -> { });
      case "/purge" -> archive.delete(request.getParameter("year"), request.getParameter("id"));
      default -> response.setStatus(404);
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
    Part upload = request.getPart("file");
    String owner = request.getParameter("owner");
    storage.save(owner, upload.getSubmittedFileName(), upload.getInputStream());
    try {
      Part sidecar = request.getPart("metadata");
      if (sidecar != null) {
        metadata.dublinCore(sidecar.getInputStream());
        metadata.xmp(sidecar.getInputStream());
        metadata.legacy(sidecar.getInputStream());
        metadata.legacyStrict(sidecar.getInputStream());
        metadata.firstTitle(sidecar.getInputStream());
        metadata.firstCreator(sidecar.getInputStream());
      }
      Object wizard = ShareState.fromField(request.getParameter("wizard"));
      Object offline = ShareState.fromClient(request.getInputStream());
      Object legacy = ShareState.fromLegacyCookie(request.getHeader("X-Wizard-State"));
      try (ObjectInputStream in = new ClassAllowListInputStream(request.getPart("prefs").getInputStream(), Set.of("java.util.HashMap", "java.lang.String"))) {
        Map<?, ?> prefs = (Map<?, ?>) in.readObject(); // EXPECT: none CWE-502
        response.getWriter().write(prefs.size() + " " + wizard.hashCode() + offline.hashCode() + legacy.hashCode());
      }
    } catch (SAXException | ParserConfigurationException | XMLStreamException | ClassNotFoundException e) {
      throw new ServletException("bad upload");
    }
  }
}
