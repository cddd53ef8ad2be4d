package spanel.application.payment.port.in;

import java.util.Objects;
import spanel.domain.payment.NotifyRequest;

public record PaymentNotifyCommand(String gateway, NotifyRequest request) {

    public PaymentNotifyCommand {
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(request, "request");
    }
}
