package spanel.adapter.http.admin;

import java.util.Objects;
import spanel.application.dashboard.port.in.ResolveReview;
import spanel.application.dashboard.port.in.ShowSales;
import spanel.application.dashboard.port.in.ShowUsage;

/** The use cases behind the dashboard's own routes, and the currency (ISO 4217) its amounts are in. */
public record DashboardUseCases(ShowSales sales, ShowUsage usage, ResolveReview resolveReview, String currency) {

    public DashboardUseCases {
        Objects.requireNonNull(sales, "sales");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(resolveReview, "resolveReview");
        Objects.requireNonNull(currency, "currency");
    }
}
