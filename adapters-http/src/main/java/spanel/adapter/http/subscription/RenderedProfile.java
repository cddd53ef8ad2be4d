package spanel.adapter.http.subscription;

/** A profile ready to send: the body's bytes, its Content-Type and the file extension clients expect. */
public record RenderedProfile(byte[] body, String contentType, String fileExtension) {
}
