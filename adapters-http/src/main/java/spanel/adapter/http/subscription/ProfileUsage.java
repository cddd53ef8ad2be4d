package spanel.adapter.http.subscription;

/** Traffic a profile may carry in its body (SIP008 does): bytes used and bytes left, never negative. */
public record ProfileUsage(long bytesUsed, long bytesRemaining) {

    public ProfileUsage {
        if (bytesUsed < 0 || bytesRemaining < 0) {
            throw new IllegalArgumentException("traffic is never negative");
        }
    }
}
