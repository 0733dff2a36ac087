package io.newsmonitor.query.security;

import io.newsmonitor.query.rest.ErrorResponse;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Guards the API's write requests (every method but GET, HEAD and OPTIONS under {@code /api}) with the
 * optional token {@code query.api-token}. Without a configured token everything stays open; with one, a
 * write must send {@code Authorization: Bearer <token>} or {@code X-Api-Token: <token>}, or it is answered
 * {@code 401} with the usual JSON error. The token is compared in constant time and never logged.
 */
@Provider
public class ApiTokenFilter implements ContainerRequestFilter {

    /** The header accepted besides {@code Authorization: Bearer}. */
    public static final String TOKEN_HEADER = "X-Api-Token";

    private static final String BEARER = "Bearer ";
    private static final Set<String> READ_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final byte[] token;

    public ApiTokenFilter(@ConfigProperty(name = "query.api-token") Optional<String> token) {
        this.token = token.map(String::strip).filter(t -> !t.isEmpty())
                .map(t -> t.getBytes(StandardCharsets.UTF_8)).orElse(null);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (token == null || READ_METHODS.contains(request.getMethod()) || !isApi(request)) {
            return;
        }
        String sent = sentToken(request);
        if (sent == null) {
            request.abortWith(unauthorized("This request changes data and needs the API token: send"
                    + " 'Authorization: Bearer <token>' or 'X-Api-Token: <token>' (the value of query.api-token)."));
        } else if (!MessageDigest.isEqual(token, sent.getBytes(StandardCharsets.UTF_8))) {
            request.abortWith(unauthorized("The API token sent is wrong: send the value of query.api-token as"
                    + " 'Authorization: Bearer <token>' or 'X-Api-Token: <token>'."));
        }
    }

    private static boolean isApi(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return path.equals("/api") || path.startsWith("/api/") || path.equals("api") || path.startsWith("api/");
    }

    /** The token from the Authorization (Bearer) or X-Api-Token header, or null when neither carries one. */
    private static String sentToken(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String bearer = authorization.substring(BEARER.length()).strip();
            if (!bearer.isEmpty()) {
                return bearer;
            }
        }
        String header = request.getHeaderString(TOKEN_HEADER);
        return header == null || header.isBlank() ? null : header.strip();
    }

    private static Response unauthorized(String message) {
        return Response.status(Response.Status.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorResponse(message))
                .build();
    }
}
