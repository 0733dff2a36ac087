package io.newsmonitor.ingest.rest;

import io.newsmonitor.ingest.config.IngestConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Guards the write endpoints: when {@code ingest.api-token} is set, a POST under {@code /api} must carry the
 * token, else it is answered 401. Reads, health and metrics stay open. The token itself is never logged.
 */
@Singleton
public final class WriteTokenFilter {

    /** Header that may carry the token instead of {@code Authorization: Bearer}. */
    public static final String TOKEN_HEADER = "X-Api-Token";

    static final String MISSING_OR_WRONG = "The API token is missing or wrong: send it as 'Authorization: Bearer "
            + "<token>' or 'X-Api-Token: <token>', with the value of ingest.api-token (env INGEST_API_TOKEN).";

    private static final Logger LOG = Logger.getLogger(WriteTokenFilter.class);
    private static final String BEARER = "Bearer ";

    // Read on use, not in the constructor: request filters are built before the runtime configuration exists.
    private final Provider<IngestConfig> config;

    WriteTokenFilter(Provider<IngestConfig> config) {
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        LOG.info(token().isPresent() ? "Write endpoints require a token (ingest.api-token is set)."
                : "Write endpoints are open: set ingest.api-token (env INGEST_API_TOKEN) to require a token.");
    }

    @ServerRequestFilter
    Optional<Response> requireToken(ContainerRequestContext request) {
        Optional<byte[]> token = token();
        if (token.isEmpty() || !HttpMethod.POST.equals(request.getMethod())
                || !request.getUriInfo().getPath().startsWith("/api")) {
            return Optional.empty();
        }
        String presented = presented(request);
        if (matches(token.get(), presented)) {
            return Optional.empty();
        }
        // Says which case it was, never what was sent: a wrong token may be a real secret of something else.
        LOG.warnf("%s %s refused with 401: %s.", request.getMethod(), request.getUriInfo().getPath(),
                presented == null || presented.isBlank() ? "no API token was sent" : "the API token sent is wrong");
        return Optional.of(Response.status(Response.Status.UNAUTHORIZED).type(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").entity(new ErrorBody(MISSING_OR_WRONG)).build());
    }

    private static String presented(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return authorization.substring(BEARER.length()).trim();
        }
        return request.getHeaderString(TOKEN_HEADER);
    }

    private Optional<byte[]> token() {
        return config.get().apiToken().filter(t -> !t.isBlank()).map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean matches(byte[] token, String presented) {
        return presented != null && MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8));
    }
}
