package spanel.application.user.port.in;

import java.time.LocalDate;
import spanel.domain.traffic.Traffic;

/** The calendar day checked in for, the bonus granted and the quota it left. */
public record CheckedIn(LocalDate day, Traffic bonus, Traffic transferEnable) {
}
