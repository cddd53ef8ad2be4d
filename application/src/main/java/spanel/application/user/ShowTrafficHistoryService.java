package spanel.application.user;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import spanel.application.user.port.in.ShowTrafficHistory;
import spanel.application.user.port.out.TrafficHistory;
import spanel.domain.job.Schedule;

/**
 * Reads both tables at once: a day is rolled up into its daily rows and its hourly rows deleted in
 * one transaction, so each byte is in exactly one of them. An hour belongs to the day (in
 * TIMEZONE) its start falls in, the rule the roll-up itself follows.
 */
public final class ShowTrafficHistoryService implements ShowTrafficHistory {

    private final TrafficHistory history;
    private final Schedule.Daily days;
    private final Clock clock;

    public ShowTrafficHistoryService(TrafficHistory history, ZoneId zone, Clock clock) {
        this.history = Objects.requireNonNull(history);
        this.days = new Schedule.Daily(Objects.requireNonNull(zone));
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public History show(Query query) {
        LocalDate last = days.dateOf(clock.instant());
        LocalDate first = last.minusDays(query.days() - 1L);
        Map<LocalDate, Map<Long, Bytes>> byDay = new TreeMap<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            byDay.put(day, new TreeMap<>());
        }
        history.daysOf(query.user(), first, last).forEach(row ->
                add(byDay, row.day(), row.nodeId(), new Bytes(row.u(), row.d(), row.billed())));
        history.hoursOf(query.user(), days.startOf(first), days.startOf(last.plusDays(1))).forEach(row ->
                add(byDay, days.dateOf(row.hourStart()), row.nodeId(), new Bytes(row.u(), row.d(), row.billed())));
        List<Day> out = new ArrayList<>(byDay.size());
        byDay.forEach((date, nodes) -> out.add(new Day(date,
                nodes.values().stream().reduce(Bytes.ZERO, Bytes::plus),
                nodes.entrySet().stream().map(e -> new NodeBytes(e.getKey(), e.getValue())).toList())));
        return new History(out);
    }

    private static void add(Map<LocalDate, Map<Long, Bytes>> byDay, LocalDate day, long node, Bytes bytes) {
        Map<Long, Bytes> nodes = byDay.get(day);
        if (nodes != null) {
            nodes.merge(node, bytes, Bytes::plus);
        }
    }
}
