package spanel.bootstrap;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import spanel.adapter.http.content.SafeMarkdown;
import spanel.adapter.persistence.support.PersistenceAdapters;
import spanel.application.content.AnnouncementJobs;
import spanel.application.job.JobHistory;
import spanel.application.job.ScheduledJob;
import spanel.application.job.port.in.RunDueJobs;
import spanel.application.node.NodeJobs;
import spanel.application.notice.NoticeJobs;
import spanel.application.notice.port.out.Notices;
import spanel.application.payment.CloseStaleOrdersService;
import spanel.application.payment.PaymentJobs;
import spanel.application.payment.port.in.ReconcileOrders;
import spanel.application.plan.PlanJobs;
import spanel.application.request.RequestJobs;
import spanel.application.user.UserJobs;
import spanel.bootstrap.config.Settings;

/** The scheduled jobs, and the thread that runs those due. */
final class Jobs {

    private static final Logger LOG = LoggerFactory.getLogger(Jobs.class);

    /** How often each instance looks for job boundaries that are due (the shortest schedule is a minute). */
    static final long JOB_TICK_SECONDS = 15;

    private Jobs() {
    }

    /** Every scheduled job, in the order each tick runs them. */
    static List<ScheduledJob> scheduled(PersistenceAdapters persistence, Settings settings, Clock clock,
            ReconcileOrders reconcile) {
        ZoneId zone = settings.jobs().timezone();
        Notices notices = NoticeWiring.notices(persistence, settings, clock);
        List<ScheduledJob> jobs = new ArrayList<>(List.of(
                PlanJobs.trafficReset(persistence.planLifecycle(), zone),
                PlanJobs.expiry(persistence.planLifecycle(), settings.accounts().defaultClass()),
                PaymentJobs.orderExpiry(new CloseStaleOrdersService(persistence.topUpOrders(),
                        settings.payments().orderTtl(), clock)),
                PaymentJobs.orderReconcile(reconcile),
                NodeJobs.silence(persistence.nodeSilence(), settings.jobs().nodeDownAfter(), notices),
                NoticeJobs.planEnds(persistence.noticeBoundaries(), notices, settings.notices().expiryNotice()),
                NoticeJobs.traffic(persistence.noticeBoundaries(), notices),
                AnnouncementJobs.send(persistence.announcements(), persistence.announcementSends(), SafeMarkdown::text, notices,
                        persistence.transactionRunner()),
                NoticeJobs.prune(persistence.outbox(), persistence.transactionRunner(), settings.notices().retention())));
        jobs.addAll(List.of(
                NodeJobs.trafficLog(persistence.trafficLog(), zone, settings.jobs().trafficLogDays()),
                UserJobs.expiredTokens(persistence.expiredTokens()),
                RequestJobs.forgetOldKeys(persistence.idempotentAnswers()),
                JobHistory.prune(persistence.jobLedger())));
        return List.copyOf(jobs);
    }

    /**
     * The job runner, on one daemon thread: every tick it runs the boundaries that are due (claimed
     * in the database, so each runs on one instance only). A failed run is logged and retried on the
     * next tick; the other jobs run regardless.
     */
    static ScheduledExecutorService start(RunDueJobs runner) {
        ScheduledExecutorService jobs = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "spanel-jobs");
            thread.setDaemon(true);
            return thread;
        });
        jobs.scheduleWithFixedDelay(() -> {
            try {
                RunDueJobs.JobsRun run = runner.runDue();
                run.ran().forEach(r -> LOG.debug("job {} ran for {}: {}", r.job(), r.boundary(), r.outcome()));
                run.failed().forEach(f -> LOG.warn("job {} failed for {}; retrying in {} s", f.job(), f.boundary(),
                        JOB_TICK_SECONDS, f.error()));
            } catch (RuntimeException e) {
                LOG.warn("the job runner failed; retrying in {} s", JOB_TICK_SECONDS, e);
            }
        }, JOB_TICK_SECONDS, JOB_TICK_SECONDS, TimeUnit.SECONDS);
        return jobs;
    }
}
