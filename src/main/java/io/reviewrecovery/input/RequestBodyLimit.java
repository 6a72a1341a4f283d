package io.reviewrecovery.input;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than the part of the application it is sent to reads
 * ({@link RequestBodyLimits}) with 413 {@code application/problem+json}, before anything reads it,
 * authentication included. A body that declares its length is refused on that alone, unread, and
 * the connection is closed rather than drained. A chunked body (no length declared) to this
 * application's own endpoints is read up to the limit and no further: those bodies are small. One to
 * Camunda's REST API or webapps, whose limit is larger, is passed on as it streams, and reading
 * past the limit fails there, also with 413.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestBodyLimit extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(RequestBodyLimit.class);
  /** Where Camunda's REST API and webapps are served (see BasicAuthentication and the webapp starter). */
  private static final String[] CAMUNDA_PATHS = {"/engine-rest/", "/camunda/"};

  private final long api;
  private final long camunda;
  private final ObjectMapper json;

  public RequestBodyLimit(RequestBodyLimits limits, ObjectMapper json) {
    this.api = limits.api().toBytes();
    this.camunda = limits.camunda().toBytes();
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // The path as mapped (decoded, with ../ resolved), not the raw URI a client could dress up.
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    boolean camundas = path.startsWith(CAMUNDA_PATHS[0]) || path.startsWith(CAMUNDA_PATHS[1]);
    long limit = camundas ? camunda : api;
    long declared = request.getContentLengthLong();
    if (declared > limit) {
      refuse(request, response, limit, "Content-Length " + declared);
      return;
    }
    if (declared >= 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null) {
      chain.doFilter(request, response);
      return;
    }
    if (camundas) {
      chain.doFilter(new LimitedBody(request, new Limited(request.getInputStream(), limit)), response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes((int) limit + 1);
    if (body.length > limit) {
      refuse(request, response, limit, "chunked");
      return;
    }
    chain.doFilter(new LimitedBody(request, new ByteArrayInputStream(body)), response);
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, long limit, String body)
      throws IOException {
    LOG.warn("{} {} refused: its body ({}) is larger than the {} bytes it may have", request.getMethod(),
        request.getRequestURI(), body, limit);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
        "The request body may have at most " + limit + " bytes here.");
    problem.setTitle("Request body too large");
    problem.setInstance(URI.create(request.getRequestURI()));
    byte[] answer = json.writeValueAsBytes(problem);
    response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
    // The connection is not kept for another request: what the client still sends is not read.
    response.setHeader(HttpHeaders.CONNECTION, "close");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setContentLength(answer.length);
    response.getOutputStream().write(answer);
    // Sent now, complete: the client has its answer before Tomcat drains (at most max-swallow-size) and closes.
    response.flushBuffer();
  }

  /** The request with its body read from the given stream instead. */
  private static final class LimitedBody extends HttpServletRequestWrapper {

    private final InputStream body;

    LimitedBody(HttpServletRequest request, InputStream body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      return new ServletInputStream() {
        private boolean finished;

        @Override
        public int read() throws IOException {
          int b = body.read();
          finished = b < 0;
          return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          int n = body.read(buffer, offset, length);
          finished = n < 0;
          return n;
        }

        @Override
        public boolean isFinished() {
          return finished;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("This body is read blocking");
        }
      };
    }

    @Override
    public BufferedReader getReader() throws UnsupportedEncodingException {
      String encoding = getCharacterEncoding();
      try {
        Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
      } catch (IllegalArgumentException unknown) {
        throw new UnsupportedEncodingException(encoding);
      }
    }
  }

  /**
   * A stream that fails once more than the limit was read from it, in the terms of the JAX-RS
   * application reading it (Camunda's REST API and webapps): its exception handler answers a
   * {@link ClientErrorException} with the exception's own status, 413. (An {@link IOException}
   * would reach that handler as a fault of the server's: 500.)
   */
  private static final class Limited extends InputStream {

    private final InputStream in;
    private final long limit;
    private long left;

    Limited(InputStream in, long limit) {
      this.in = in;
      this.limit = limit;
      this.left = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) {
      left -= n;
      if (left < 0) {
        throw new ClientErrorException("The request body is longer than the " + limit + " bytes it may have here.",
            Response.Status.REQUEST_ENTITY_TOO_LARGE);
      }
    }
  }
}
