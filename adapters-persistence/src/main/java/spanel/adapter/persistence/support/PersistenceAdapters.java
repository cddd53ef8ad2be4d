package spanel.adapter.persistence.support;

import javax.sql.DataSource;
import org.jooq.DSLContext;
import spanel.adapter.persistence.audit.JooqAuditTrail;
import spanel.adapter.persistence.balance.JooqBalances;
import spanel.adapter.persistence.common.JooqServerSecrets;
import spanel.adapter.persistence.content.JooqAnnouncementSends;
import spanel.adapter.persistence.content.JooqAnnouncements;
import spanel.adapter.persistence.content.JooqArticles;
import spanel.adapter.persistence.dashboard.JooqDashboardQueries;
import spanel.adapter.persistence.dashboard.JooqOnlineHistory;
import spanel.adapter.persistence.dashboard.JooqOrderReviews;
import spanel.adapter.persistence.giftcard.JooqGiftCards;
import spanel.adapter.persistence.health.JooqDatabaseProbe;
import spanel.adapter.persistence.imports.JooqImportDestination;
import spanel.adapter.persistence.job.JooqJobLedger;
import spanel.adapter.persistence.node.JooqDetectRules;
import spanel.adapter.persistence.node.JooqLegacyNodeIds;
import spanel.adapter.persistence.node.JooqNodeRegistry;
import spanel.adapter.persistence.node.JooqNodeSilence;
import spanel.adapter.persistence.node.JooqNodeUserQuery;
import spanel.adapter.persistence.node.JooqTrafficLedger;
import spanel.adapter.persistence.node.JooqTrafficLog;
import spanel.adapter.persistence.node.JooqUsableNodes;
import spanel.adapter.persistence.notice.JooqNoticeBoundaries;
import spanel.adapter.persistence.notice.JooqNoticePreferences;
import spanel.adapter.persistence.notice.JooqOutbox;
import spanel.adapter.persistence.payment.JooqCommissions;
import spanel.adapter.persistence.payment.JooqImportedPayments;
import spanel.adapter.persistence.payment.JooqOrderPlans;
import spanel.adapter.persistence.payment.JooqPaymentEvents;
import spanel.adapter.persistence.payment.JooqTopUpOrderQueries;
import spanel.adapter.persistence.payment.JooqTopUpOrders;
import spanel.adapter.persistence.plan.JooqPlanLifecycle;
import spanel.adapter.persistence.referral.JooqCommissionBalances;
import spanel.adapter.persistence.referral.JooqInviteCodes;
import spanel.adapter.persistence.referral.JooqReferralReads;
import spanel.adapter.persistence.referral.JooqWithdrawals;
import spanel.adapter.persistence.request.JooqIdempotentAnswers;
import spanel.adapter.persistence.shop.JooqBuyers;
import spanel.adapter.persistence.shop.JooqCouponRedemptions;
import spanel.adapter.persistence.shop.JooqCoupons;
import spanel.adapter.persistence.shop.JooqProducts;
import spanel.adapter.persistence.shop.JooqPurchases;
import spanel.adapter.persistence.ticket.JooqTickets;
import spanel.adapter.persistence.user.BcryptPasswordHasher;
import spanel.adapter.persistence.user.JooqAccessTokens;
import spanel.adapter.persistence.user.JooqCheckins;
import spanel.adapter.persistence.user.JooqExpiredTokens;
import spanel.adapter.persistence.user.JooqKnownAddresses;
import spanel.adapter.persistence.user.JooqPasswordResets;
import spanel.adapter.persistence.user.JooqSubscriptionTokens;
import spanel.adapter.persistence.user.JooqTrafficHistory;
import spanel.adapter.persistence.user.JooqTrafficResetDays;
import spanel.adapter.persistence.user.JooqUserAccounts;
import spanel.adapter.persistence.user.JooqUserDevices;
import spanel.adapter.persistence.user.JooqUserDirectory;
import spanel.application.admin.port.out.TopUpOrderQueries;
import spanel.application.admin.port.out.UserDirectory;
import spanel.application.balance.port.out.Balances;
import spanel.application.common.port.out.AuditTrail;
import spanel.application.common.port.out.ServerSecrets;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.content.port.out.AnnouncementSends;
import spanel.application.content.port.out.Announcements;
import spanel.application.content.port.out.Articles;
import spanel.application.dashboard.port.out.DashboardQueries;
import spanel.application.dashboard.port.out.OrderReviews;
import spanel.application.giftcard.port.out.GiftCards;
import spanel.application.health.port.out.DependencyProbe;
import spanel.application.imports.port.out.ImportDestination;
import spanel.application.job.port.out.JobLedger;
import spanel.application.node.port.out.DetectRules;
import spanel.application.node.port.out.LegacyNodeIds;
import spanel.application.node.port.out.NodeRegistry;
import spanel.application.node.port.out.NodeSilence;
import spanel.application.node.port.out.NodeUserQuery;
import spanel.application.node.port.out.OnlineHistory;
import spanel.application.node.port.out.TrafficLedger;
import spanel.application.node.port.out.TrafficLog;
import spanel.application.notice.port.out.NoticeBoundaries;
import spanel.application.notice.port.out.NoticePreferences;
import spanel.application.notice.port.out.Outbox;
import spanel.application.payment.port.out.Commissions;
import spanel.application.payment.port.out.ImportedPayments;
import spanel.application.payment.port.out.OrderPlans;
import spanel.application.payment.port.out.PaymentEvents;
import spanel.application.payment.port.out.TopUpOrders;
import spanel.application.plan.port.out.PlanLifecycle;
import spanel.application.referral.port.out.CommissionBalances;
import spanel.application.referral.port.out.InviteCodes;
import spanel.application.referral.port.out.ReferralReads;
import spanel.application.referral.port.out.Withdrawals;
import spanel.application.request.port.out.IdempotentAnswers;
import spanel.application.shop.port.out.Buyers;
import spanel.application.shop.port.out.CouponRedemptions;
import spanel.application.shop.port.out.Coupons;
import spanel.application.shop.port.out.Products;
import spanel.application.shop.port.out.Purchases;
import spanel.application.ticket.port.out.Tickets;
import spanel.application.user.port.out.AccessTokens;
import spanel.application.user.port.out.Checkins;
import spanel.application.user.port.out.ExpiredTokens;
import spanel.application.user.port.out.KnownAddresses;
import spanel.application.user.port.out.PasswordHasher;
import spanel.application.user.port.out.PasswordResets;
import spanel.application.user.port.out.SubscriptionTokens;
import spanel.application.user.port.out.TrafficHistory;
import spanel.application.user.port.out.TrafficResetDays;
import spanel.application.user.port.out.UsableNodes;
import spanel.application.user.port.out.UserAccounts;
import spanel.application.user.port.out.UserDevices;

/**
 * Every persistence adapter, built on one shared {@link DSLContext} whose dialect follows the
 * database URL. Bootstrap asks here for ports and never sees jOOQ; it keeps owning the DataSource.
 */
public final class PersistenceAdapters {

    private final DSLContext dsl;

    private PersistenceAdapters(DSLContext dsl) {
        this.dsl = dsl;
    }

    public static PersistenceAdapters on(DataSource dataSource, DatabaseUrl url) {
        return new PersistenceAdapters(Persistence.dsl(dataSource, url.dialect()));
    }

    public TransactionRunner transactionRunner() {
        return new JooqTransactionRunner(dsl);
    }

    public DependencyProbe dependencyProbe() {
        return new JooqDatabaseProbe(dsl);
    }

    public NodeRegistry nodeRegistry() {
        return new JooqNodeRegistry(dsl);
    }

    public LegacyNodeIds legacyNodeIds() {
        return new JooqLegacyNodeIds(dsl);
    }

    public ImportedPayments importedPayments() {
        return new JooqImportedPayments(dsl);
    }

    public NodeUserQuery nodeUserQuery() {
        return new JooqNodeUserQuery(dsl);
    }

    public OnlineHistory onlineHistory() {
        return new JooqOnlineHistory(dsl);
    }

    public DashboardQueries dashboardQueries() {
        return new JooqDashboardQueries(dsl);
    }

    public OrderReviews orderReviews() {
        return new JooqOrderReviews(dsl);
    }

    public TrafficLedger trafficLedger() {
        return new JooqTrafficLedger(dsl);
    }

    public DetectRules detectRules() {
        return new JooqDetectRules(dsl);
    }

    public UserAccounts userAccounts() {
        return new JooqUserAccounts(dsl);
    }

    public AccessTokens accessTokens() {
        return new JooqAccessTokens(dsl);
    }

    public TrafficResetDays trafficResetDays() {
        return new JooqTrafficResetDays(dsl);
    }

    public KnownAddresses knownAddresses() {
        return new JooqKnownAddresses(dsl);
    }

    public PasswordResets passwordResets() {
        return new JooqPasswordResets(dsl);
    }

    public Checkins checkins() {
        return new JooqCheckins(dsl);
    }

    /** bcrypt at its production cost. */
    public PasswordHasher passwordHasher() {
        return new BcryptPasswordHasher(BcryptPasswordHasher.DEFAULT_COST);
    }

    public SubscriptionTokens subscriptionTokens() {
        return new JooqSubscriptionTokens(dsl);
    }

    public TrafficHistory trafficHistory() {
        return new JooqTrafficHistory(dsl);
    }

    public UserDevices userDevices() {
        return new JooqUserDevices(dsl);
    }

    public UsableNodes usableNodes() {
        return new JooqUsableNodes(dsl);
    }

    public UserDirectory userDirectory() {
        return new JooqUserDirectory(dsl);
    }

    public ImportDestination importDestination() {
        return new JooqImportDestination(dsl);
    }

    public Balances balances() {
        return new JooqBalances(dsl);
    }

    public AuditTrail auditTrail() {
        return new JooqAuditTrail(dsl);
    }

    public ServerSecrets serverSecrets() {
        return new JooqServerSecrets(dsl);
    }

    public TopUpOrderQueries topUpOrderQueries() {
        return new JooqTopUpOrderQueries(dsl);
    }

    public Products products() {
        return new JooqProducts(dsl);
    }

    public Coupons coupons() {
        return new JooqCoupons(dsl);
    }

    public CouponRedemptions couponRedemptions() {
        return new JooqCouponRedemptions(dsl);
    }

    public Buyers buyers() {
        return new JooqBuyers(dsl);
    }

    public Purchases purchases() {
        return new JooqPurchases(dsl);
    }

    /** Top-up orders as the payment use cases change them (the admin listing is {@link #topUpOrderQueries()}). */
    public TopUpOrders topUpOrders() {
        return new JooqTopUpOrders(dsl);
    }

    public PaymentEvents paymentEvents() {
        return new JooqPaymentEvents(dsl);
    }

    /** The plans checkouts' orders buy when paid. */
    public OrderPlans orderPlans() {
        return new JooqOrderPlans(dsl);
    }

    public Commissions commissions() {
        return new JooqCommissions(dsl);
    }

    /** Commission balances and the commission ledger. */
    public CommissionBalances commissionBalances() {
        return new JooqCommissionBalances(dsl);
    }

    public Withdrawals withdrawals() {
        return new JooqWithdrawals(dsl);
    }

    public ReferralReads referralReads() {
        return new JooqReferralReads(dsl);
    }

    public InviteCodes inviteCodes() {
        return new JooqInviteCodes(dsl);
    }

    /** Gift cards, by the keyed hash of their codes. */
    public GiftCards giftCards() {
        return new JooqGiftCards(dsl);
    }

    /** Which boundary each scheduled job has run up to. */
    public JobLedger jobLedger() {
        return new JooqJobLedger(dsl);
    }

    public PlanLifecycle planLifecycle() {
        return new JooqPlanLifecycle(dsl);
    }

    public NodeSilence nodeSilence() {
        return new JooqNodeSilence(dsl);
    }

    public TrafficLog trafficLog() {
        return new JooqTrafficLog(dsl);
    }

    public ExpiredTokens expiredTokens() {
        return new JooqExpiredTokens(dsl);
    }

    public Outbox outbox() {
        return new JooqOutbox(dsl);
    }

    public NoticePreferences noticePreferences() {
        return new JooqNoticePreferences(dsl);
    }

    public NoticeBoundaries noticeBoundaries() {
        return new JooqNoticeBoundaries(dsl);
    }

    public Tickets tickets() {
        return new JooqTickets(dsl);
    }

    public Announcements announcements() {
        return new JooqAnnouncements(dsl);
    }

    public AnnouncementSends announcementSends() {
        return new JooqAnnouncementSends(dsl);
    }

    public Articles articles() {
        return new JooqArticles(dsl);
    }

    /** The answers of requests sent with an Idempotency-Key. */
    public IdempotentAnswers idempotentAnswers() {
        return new JooqIdempotentAnswers(dsl);
    }
}
