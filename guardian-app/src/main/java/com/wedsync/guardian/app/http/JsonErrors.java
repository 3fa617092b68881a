package com.wedsync.guardian.app.http;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Errors the server itself answers (a malformed request line, headers too large, an ambiguous path) as the API's
 * own JSON error object: a short reason, never a stack trace, and for a 5xx no detail at all. The connection is
 * closed after such an answer (the request's body, if any, is left unread), and the answer says so, so that no
 * client sends its next request on it.
 */
final class JsonErrors extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, ApiResponse.JSON);
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.write(true, body(code, message), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, ApiResponse.JSON);
        fields.put(HttpHeader.CONNECTION, "close");
        return body(status, reason);
    }

    private static ByteBuffer body(int code, String message) {
        String text = code >= 500 || message == null || message.isBlank() ? HttpStatus.getMessage(code) : message;
        return ByteBuffer.wrap(ApiResponse.error(code, text).body().getBytes(StandardCharsets.UTF_8));
    }
}
