package spanel.application.payment;

import java.util.Objects;

/** The URLs handed to gateways, under the operator's PUBLIC_URL. */
public record PaymentUrls(String publicUrl) {

    private static final String PAYMENT = "/app/api/v0/payment/";

    public PaymentUrls {
        Objects.requireNonNull(publicUrl, "publicUrl");
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public String notifyUrl(String gateway) {
        return publicUrl + PAYMENT + "notify/" + gateway;
    }

    public String returnUrl(String gateway) {
        return publicUrl + PAYMENT + "return/" + gateway;
    }
}
