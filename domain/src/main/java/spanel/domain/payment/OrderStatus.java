package spanel.domain.payment;

/** Where a top-up order stands; the code is what the database stores and the API shows. */
public enum OrderStatus {
    UNPAID(0),
    PAID(1),
    CLOSED(2);

    private final int code;

    OrderStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static OrderStatus fromCode(long code) {
        for (OrderStatus status : values()) {
            if (status.code == code) {
                return status;
            }
        }
        throw new IllegalArgumentException("must be 0 (unpaid), 1 (paid) or 2 (closed)");
    }
}
