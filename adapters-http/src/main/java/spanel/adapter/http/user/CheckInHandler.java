package spanel.adapter.http.user;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.Envelope;
import spanel.application.user.port.in.CheckIn;
import spanel.domain.user.CheckinBonus;

/**
 * POST /app/api/v0/user/checkin → {"day","bonus","bonus_mb","transfer_enable"} (bytes); 409
 * already_checked_in for a second check-in on the same day.
 */
public final class CheckInHandler implements Handler {

    record Checked(String day, long bonus, long bonusMb, long transferEnable) {
    }

    private final CheckIn checkIn;

    public CheckInHandler(CheckIn checkIn) {
        this.checkIn = checkIn;
    }

    @Override
    public void handle(Context ctx) {
        var checked = checkIn.checkIn(new CheckIn.Command(Callers.of(ctx).userId()));
        ctx.json(Envelope.ok(new Checked(checked.day().toString(), checked.bonus().bytes(),
                checked.bonus().bytes() / CheckinBonus.BYTES_PER_MB, checked.transferEnable().bytes())));
    }
}
