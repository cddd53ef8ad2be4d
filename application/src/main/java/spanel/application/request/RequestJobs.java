package spanel.application.request;

import java.time.Duration;
import spanel.application.job.ScheduledJob;
import spanel.application.request.port.out.IdempotentAnswers;

/** The Idempotency-Key store's scheduled work. */
public final class RequestJobs {

    private RequestJobs() {
    }

    /** Every hour, keys older than the retention are forgotten; a key in use again after that starts anew anyway. */
    public static ScheduledJob forgetOldKeys(IdempotentAnswers answers) {
        return ScheduledJob.sweep("idempotency-keys", Duration.ofHours(1),
                run -> answers.forgetBefore(run.boundary().minus(AnswerOnceService.RETENTION)) + " idempotency key(s) forgotten");
    }
}
