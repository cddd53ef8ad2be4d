package spanel.application.user;

import java.time.Duration;
import spanel.application.job.ScheduledJob;
import spanel.application.user.port.out.ExpiredTokens;

/** The accounts side's scheduled work. */
public final class UserJobs {

    private UserJobs() {
    }

    /** Every hour, expired access tokens are deleted; one run covers any missed hours. */
    public static ScheduledJob expiredTokens(ExpiredTokens tokens) {
        return ScheduledJob.sweep("expired-tokens", Duration.ofHours(1),
                run -> tokens.removeBefore(run.boundary()) + " expired token(s) removed");
    }
}
