package spanel.adapter.http.admin;

import java.util.Objects;
import spanel.application.dashboard.port.in.ResolveReview;
import spanel.application.dashboard.port.in.ShowSales;
import spanel.application.dashboard.port.in.ShowUsage;

/** The use cases behind the dashboard's own routes. */
public record DashboardUseCases(ShowSales sales, ShowUsage usage, ResolveReview resolveReview) {

    public DashboardUseCases {
        Objects.requireNonNull(sales, "sales");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(resolveReview, "resolveReview");
    }
}
