package javax.servlet;

import java.io.InputStream;

/** Stand-in for the Servlet API type of the same name. */
public abstract class ServletInputStream extends InputStream {}
