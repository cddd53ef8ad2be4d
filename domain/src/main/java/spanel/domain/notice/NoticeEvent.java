package spanel.domain.notice;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a notice tells its recipient; each is raised at most once per recipient and boundary. */
public enum NoticeEvent {
    /** The plan (the class) ends in EXPIRY_NOTICE_DAYS days; boundary: the end. */
    PLAN_EXPIRING(false),
    /** The plan ended; boundary: the end. */
    PLAN_ENDED(false),
    /** 80 % of the traffic quota is used; boundary: the quota and its period. */
    TRAFFIC_80(false),
    /** The whole traffic quota is used; boundary: the quota and its period. */
    TRAFFIC_100(false),
    /** A top-up was credited; boundary: the order. */
    PAYMENT_CREDITED(false),
    /** A plan was bought; boundary: the purchase. */
    PLAN_BOUGHT(false),
    /** The account's password was changed; boundary: the moment. */
    PASSWORD_CHANGED(false),
    /** Staff answered a ticket; boundary: the answer. */
    TICKET_ANSWERED(false),
    /** An admin approved the user's withdrawal of commission; boundary: the withdrawal. */
    WITHDRAWAL_APPROVED(false),
    /** An admin rejected it, and the amount is back in the commission balance; boundary: the withdrawal. */
    WITHDRAWAL_REJECTED(false),
    /** An admin sent an announcement the user is meant by; boundary: the announcement. */
    ANNOUNCEMENT(false),
    /** A node went silent (to the operators); boundary: the node and its incident. */
    NODE_DOWN(true),
    /** A node that was down is heard from again (to the operators); boundary: the node and its incident. */
    NODE_UP(true);

    private final boolean forOperators;

    NoticeEvent(boolean forOperators) {
        this.forOperators = forOperators;
    }

    /** Whether it goes to the operators (every admin, and the webhook once) rather than to one user. */
    public boolean forOperators() {
        return forOperators;
    }

    /** The word on the wire, in the database and in template names: {@code plan_expiring}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<NoticeEvent> of(String word) {
        return Arrays.stream(values()).filter(event -> event.word().equals(word)).findFirst();
    }
}
