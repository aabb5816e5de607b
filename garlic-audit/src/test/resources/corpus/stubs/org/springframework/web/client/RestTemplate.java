package org.springframework.web.client;

/** Stand-in for the Spring Web type of the same name. */
public class RestTemplate {
  public <T> T getForObject(String url, Class<T> responseType, Object... uriVariables) {
    throw new UnsupportedOperationException("stub");
  }
}
