package corpus.cwe502;

import java.io.FileInputStream;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Stores the request stream under one key and reads the local file stored under another. */
public class MapOtherKeyStream {
  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    Map<String, InputStream> streams = new HashMap<>();
    streams.put("remote", request.getInputStream());
    streams.put("local", new FileInputStream("/srv/state.ser"));
    Object state = new ObjectInputStream(streams.get("local")).readObject(); // EXPECT: none
  }
}
