package spanel.adapter.http.support;

/** Where the panel's own JSON API lives; every context's routes hang below it. */
public final class ApiPath {

    public static final String V0 = "/app/api/v0";

    private ApiPath() {
    }
}
