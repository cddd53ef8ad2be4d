package spanel.adapter.http.testing;

import io.javalin.Javalin;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import spanel.adapter.http.HttpApi;
import spanel.adapter.http.HttpSettings;
import spanel.adapter.http.admin.AdminUseCases;
import spanel.adapter.http.admin.DashboardUseCases;
import spanel.adapter.http.admin.NodeAdminUseCases;
import spanel.adapter.http.content.ContentUseCases;
import spanel.adapter.http.giftcard.GiftCardUseCases;
import spanel.adapter.http.node.NodeUseCases;
import spanel.adapter.http.notice.NoticeUseCases;
import spanel.adapter.http.payment.PaymentUseCases;
import spanel.adapter.http.portal.PortalSite;
import spanel.adapter.http.referral.ReferralUseCases;
import spanel.adapter.http.shop.ShopUseCases;
import spanel.adapter.http.subscription.ProfileTemplates;
import spanel.adapter.http.subscription.SubscriptionUseCases;
import spanel.adapter.http.support.TrustedProxies;
import spanel.adapter.http.ticket.TicketUseCases;
import spanel.adapter.http.user.AccountUseCases;
import spanel.application.admin.port.in.AdjustBalance;
import spanel.application.admin.port.in.AdminQueries;
import spanel.application.admin.port.in.SetUserBan;
import spanel.application.admin.port.in.UpdateUser;
import spanel.application.content.port.in.ContentQueries;
import spanel.application.content.port.in.ManageAnnouncements;
import spanel.application.content.port.in.ManageArticles;
import spanel.application.content.port.in.MarkAnnouncementRead;
import spanel.application.giftcard.port.in.CreateGiftCards;
import spanel.application.giftcard.port.in.GiftCardQueries;
import spanel.application.giftcard.port.in.RedeemGiftCard;
import spanel.application.health.port.in.CheckHealth;
import spanel.application.node.port.in.CountNodeStates;
import spanel.application.node.port.in.GetNodeInfo;
import spanel.application.node.port.in.ListDetectRules;
import spanel.application.node.port.in.ListNodeUsers;
import spanel.application.node.port.in.ManageDetectRules;
import spanel.application.node.port.in.NodeAdminQueries;
import spanel.application.node.port.in.ReportAliveIps;
import spanel.application.node.port.in.ReportDetections;
import spanel.application.node.port.in.ReportHeartbeat;
import spanel.application.node.port.in.ReportOnline;
import spanel.application.node.port.in.ReportTraffic;
import spanel.application.node.port.in.VerifyNodeKey;
import spanel.application.notice.port.in.ChooseNotifications;
import spanel.application.notice.port.in.LinkTelegram;
import spanel.application.notice.port.in.NotificationQueries;
import spanel.application.notice.port.in.UnlinkTelegram;
import spanel.application.payment.port.in.CheckOutPlan;
import spanel.application.payment.port.in.ConfirmTopUpByHand;
import spanel.application.payment.port.in.CreateTopUpOrder;
import spanel.application.payment.port.in.HandlePaymentNotify;
import spanel.application.payment.port.in.TopUpQueries;
import spanel.application.referral.port.in.DecideWithdrawal;
import spanel.application.referral.port.in.ReferralQueries;
import spanel.application.referral.port.in.ResetInviteCode;
import spanel.application.referral.port.in.TransferCommission;
import spanel.application.referral.port.in.WithdrawCommission;
import spanel.application.request.port.in.AnswerOnce;
import spanel.application.shop.port.in.BuyPlan;
import spanel.application.shop.port.in.CheckCoupon;
import spanel.application.shop.port.in.CreateCoupon;
import spanel.application.shop.port.in.CreateProduct;
import spanel.application.shop.port.in.DisableCoupon;
import spanel.application.shop.port.in.DisableProduct;
import spanel.application.shop.port.in.ShopQueries;
import spanel.application.shop.port.in.UpdateCoupon;
import spanel.application.shop.port.in.UpdateProduct;
import spanel.application.ticket.port.in.CloseTicket;
import spanel.application.ticket.port.in.OpenTicket;
import spanel.application.ticket.port.in.ReplyToTicket;
import spanel.application.ticket.port.in.TicketQueries;
import spanel.application.ticket.port.in.TicketThread;
import spanel.application.user.port.in.Authenticate;
import spanel.application.user.port.in.ChangePassword;
import spanel.application.user.port.in.CheckIn;
import spanel.application.user.port.in.DeviceQueries;
import spanel.application.user.port.in.FetchSubscription;
import spanel.application.user.port.in.ListUserNodes;
import spanel.application.user.port.in.LogIn;
import spanel.application.user.port.in.LogOut;
import spanel.application.user.port.in.RegisterUser;
import spanel.application.user.port.in.RemoveDevices;
import spanel.application.user.port.in.RequestPasswordReset;
import spanel.application.user.port.in.ResetCredentials;
import spanel.application.user.port.in.ResetPassword;
import spanel.application.user.port.in.ResetSubscription;
import spanel.application.user.port.in.ShowTrafficHistory;
import spanel.application.user.port.in.ShowUserInfo;
import spanel.domain.balance.BookedEntry;
import spanel.domain.error.Unauthorized;
import spanel.domain.health.DependencyState;
import spanel.domain.node.Node;
import spanel.domain.node.NodeId;
import spanel.domain.node.NodeState;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import spanel.domain.payment.OrderId;
import spanel.domain.payment.TopUpOrder;
import spanel.domain.shop.Coupon;
import spanel.domain.shop.PastPurchase;
import spanel.domain.shop.Product;
import spanel.domain.ticket.Ticket;
import spanel.domain.ticket.TicketId;
import spanel.domain.ticket.TicketState;
import spanel.domain.user.UserAccount;
import spanel.domain.user.UserId;

/**
 * Use cases for route tests: each field is a lambda the test sets; one left alone records the call
 * in {@link #unexpectedCalls()} (route tests check it is empty) and fails the request, and
 * authentication refuses every token. The server built from it reads the fields
 * on every call, so one server serves a whole test class.
 */
public final class FakeUseCases {

    public CheckHealth checkHealth;
    public RegisterUser register;
    public LogIn logIn;
    public LogOut logOut;
    public Authenticate authenticate;
    public ShowUserInfo showUserInfo;
    public Function<AdminQueries.UsersQuery, Page<UserAccount>> listUsers;
    public Function<UserId, UserAccount> showUser;
    public SetUserBan setUserBan;
    public AdjustBalance adjustBalance;
    public Function<AdminQueries.OrdersQuery, Page<TopUpOrder>> listOrders;
    public Function<AdminQueries.LedgerQuery, List<BookedEntry>> exportLedger;
    public Supplier<List<Product>> listProducts;
    public CreateProduct createProduct;
    public UpdateProduct updateProduct;
    public DisableProduct disableProduct;
    public Supplier<List<Coupon>> listCoupons;
    public CreateCoupon createCoupon;
    public UpdateCoupon updateCoupon;
    public DisableCoupon disableCoupon;
    public ListNodeUsers listNodeUsers;
    public ReportTraffic reportTraffic;
    public ReportOnline reportOnline;
    public ReportHeartbeat reportHeartbeat;
    public ReportAliveIps reportAliveIps;
    public GetNodeInfo getNodeInfo;
    public ListDetectRules listDetectRules;
    public ReportDetections reportDetections;
    public VerifyNodeKey verifyNodeKey;
    public Supplier<List<Product>> listPackages;
    public BuyPlan buyPlan;
    public Function<ShopQueries.PurchasesQuery, Page<PastPurchase>> listPurchases;
    public CheckCoupon checkCoupon;
    public CreateTopUpOrder createTopUp;
    public HandlePaymentNotify handleNotify;
    public Function<TopUpQueries.OrdersQuery, Page<TopUpOrder>> listTopUps;
    public BiFunction<UserId, OrderId, TopUpOrder> showTopUp;
    public ConfirmTopUpByHand confirmTopUp;
    public ListUserNodes listUserNodes;
    public FetchSubscription fetchSubscription;
    public DeviceQueries devicesOf;
    public RemoveDevices removeDevices;
    public ShowTrafficHistory trafficHistory;
    /** Whether profiles start with info entries (SUBSCRIPTION_INFO_ENTRIES); read at build time. */
    public boolean infoEntries;
    /** What the Clash and sing-box profiles are built from; read at build time. */
    public ProfileTemplates profileTemplates = ProfileTemplates.defaults();
    public ResetSubscription resetSubscription;
    public ResetCredentials resetCredentials;
    public ChangePassword changePassword;
    public RequestPasswordReset requestReset;
    public ResetPassword resetPassword;
    public CheckIn checkIn;
    public UpdateUser updateUser;
    public AnswerOnce answerOnce;
    public CheckOutPlan checkOut;
    public TicketQueries ticketQueries;
    public OpenTicket openTicket;
    public ReplyToTicket replyToTicket;
    public CloseTicket closeTicket;
    /** Content use cases: the whole port, as a test sets it; left alone, every call is unexpected. */
    public ContentQueries contentQueries;
    public NotificationQueries notificationQueries;
    public ChooseNotifications chooseNotifications;
    public LinkTelegram linkTelegram;
    public UnlinkTelegram unlinkTelegram;
    public MarkAnnouncementRead markRead;
    public ManageAnnouncements manageAnnouncements;
    public ManageArticles manageArticles;
    /** Gift card and referral use cases: each whole port, as a test sets it; left alone, every call is unexpected. */
    public GiftCardQueries giftCardQueries;
    public CreateGiftCards createGiftCards;
    public RedeemGiftCard redeemGiftCard;
    public ReferralQueries referralQueries;
    public ResetInviteCode resetInviteCode;
    public TransferCommission transferCommission;
    public WithdrawCommission withdrawCommission;
    public DecideWithdrawal decideWithdrawal;
    /** Whether the server is built as with SMTP_URL set (the reset routes exist); read at build time. */
    public boolean mail;
    /** Whether the server is built with a check-in bonus (the check-in route exists); read at build time. */
    public boolean checkins;
    /** Whether the server is built as with DEBUG=true (the manual confirm route exists); read at build time. */
    public boolean debug;

    public FakeUseCases() {
        reset();
    }

    /** Every use case back to its default: recorded and failing when called, tokens refused. */
    public void reset() {
        unexpectedCalls.clear();
        checkHealth = () -> new CheckHealth.Health(DependencyState.UP, DependencyState.EMBEDDED);
        register = c -> unexpected("register");
        logIn = c -> unexpected("logIn");
        logOut = c -> unexpected("logOut");
        authenticate = c -> {
            throw new Unauthorized("the access token is unknown, expired or revoked");
        };
        showUserInfo = q -> unexpected("showUserInfo");
        listUsers = q -> unexpected("listUsers");
        showUser = q -> unexpected("showUser");
        setUserBan = c -> unexpected("setUserBan");
        adjustBalance = c -> unexpected("adjustBalance");
        listOrders = q -> unexpected("listOrders");
        exportLedger = q -> unexpected("exportLedger");
        listProducts = () -> unexpected("listProducts");
        createProduct = c -> unexpected("createProduct");
        updateProduct = c -> unexpected("updateProduct");
        disableProduct = c -> unexpected("disableProduct");
        listCoupons = () -> unexpected("listCoupons");
        createCoupon = c -> unexpected("createCoupon");
        updateCoupon = c -> unexpected("updateCoupon");
        disableCoupon = c -> unexpected("disableCoupon");
        listNodeUsers = q -> unexpected("listNodeUsers");
        reportTraffic = c -> unexpected("reportTraffic");
        reportOnline = c -> unexpected("reportOnline");
        reportHeartbeat = c -> unexpected("reportHeartbeat");
        reportAliveIps = c -> unexpected("reportAliveIps");
        getNodeInfo = (n, k) -> unexpected("getNodeInfo");
        listDetectRules = k -> unexpected("listDetectRules");
        reportDetections = c -> unexpected("reportDetections");
        verifyNodeKey = k -> unexpected("verifyNodeKey");
        listPackages = () -> unexpected("listPackages");
        buyPlan = c -> unexpected("buyPlan");
        listPurchases = q -> unexpected("listPurchases");
        checkCoupon = q -> unexpected("checkCoupon");
        createTopUp = c -> unexpected("createTopUp");
        handleNotify = c -> unexpected("handleNotify");
        listTopUps = q -> unexpected("listTopUps");
        showTopUp = (u, o) -> unexpected("showTopUp");
        confirmTopUp = c -> unexpected("confirmTopUp");
        listUserNodes = q -> unexpected("listUserNodes");
        fetchSubscription = c -> unexpected("fetchSubscription");
        devicesOf = u -> unexpected("devicesOf");
        removeDevices = c -> unexpected("removeDevices");
        trafficHistory = q -> unexpected("trafficHistory");
        resetSubscription = c -> unexpected("resetSubscription");
        resetCredentials = c -> unexpected("resetCredentials");
        changePassword = c -> unexpected("changePassword");
        requestReset = c -> unexpected("requestReset");
        resetPassword = c -> unexpected("resetPassword");
        checkIn = c -> unexpected("checkIn");
        updateUser = c -> unexpected("updateUser");
        answerOnce = (c, work) -> unexpected("answerOnce");
        checkOut = c -> unexpected("checkOut");
        ticketQueries = noTicketQueries;
        openTicket = c -> unexpected("openTicket");
        replyToTicket = c -> unexpected("replyToTicket");
        closeTicket = c -> unexpected("closeTicket");
        contentQueries = unexpectedAll(ContentQueries.class, "content");
        notificationQueries = unexpectedAll(NotificationQueries.class, "notifications");
        chooseNotifications = c -> unexpected("chooseNotifications");
        linkTelegram = u -> unexpected("linkTelegram");
        unlinkTelegram = u -> unexpected("unlinkTelegram");
        markRead = c -> unexpected("markRead");
        manageAnnouncements = unexpectedAll(ManageAnnouncements.class, "announcements");
        manageArticles = unexpectedAll(ManageArticles.class, "articles");
        giftCardQueries = unexpectedAll(GiftCardQueries.class, "giftCardQueries");
        createGiftCards = c -> unexpected("createGiftCards");
        redeemGiftCard = c -> unexpected("redeemGiftCard");
        referralQueries = unexpectedAll(ReferralQueries.class, "referralQueries");
        resetInviteCode = u -> unexpected("resetInviteCode");
        transferCommission = c -> unexpected("transferCommission");
        withdrawCommission = c -> unexpected("withdrawCommission");
        decideWithdrawal = c -> unexpected("decideWithdrawal");
    }

    /** The profile title and refresh interval subscription route tests see. */
    public static final String PROFILE_TITLE = "Panel 面板 #1";
    public static final int PROFILE_UPDATE_HOURS = 12;
    /** What a client over the device limit is told in route tests. */
    public static final String DEVICE_LIMIT_MESSAGE = "Too many devices 设备";

    /** The nodes by state /metrics shows; none in any state unless a test sets some. */
    public CountNodeStates nodeStates = () -> Map.of(NodeState.UP, 0L, NodeState.LATE, 0L, NodeState.DOWN, 0L);

    /** The site the portal routes describe in route tests. */
    public static final String SITE_NAME = "Panel <b>面板</b>";
    public static final String SUPPORT_URL = "https://help.example.com/";

    /** Where the payment return route sends users in route tests. */
    public static final String RETURN_TO = "https://front.example.com/";

    public HttpApi.UseCases build() {
        // Each port reads its field when called, so a test can swap a use case on a running server.
        return new HttpApi.UseCases(() -> checkHealth.check(),
                new AccountUseCases(c -> register.register(c), c -> logIn.logIn(c), c -> logOut.logOut(c),
                        c -> authenticate.authenticate(c), q -> showUserInfo.show(q), c -> changePassword.change(c),
                        mail ? Optional.of(new AccountUseCases.ResetByMail(c -> requestReset.request(c),
                                c -> resetPassword.reset(c))) : Optional.empty(),
                        checkins ? Optional.of(c -> checkIn.checkIn(c)) : Optional.empty()),
                new AdminUseCases(new Admin(), new Shop(), c -> setUserBan.set(c),
                        c -> adjustBalance.adjust(c),
                        c -> createProduct.create(c), c -> updateProduct.update(c), c -> disableProduct.disable(c),
                        c -> createCoupon.create(c), c -> updateCoupon.update(c),
                        c -> disableCoupon.disable(c), c -> updateUser.update(c)),
                new NodeUseCases(q -> listNodeUsers.list(q), c -> reportTraffic.report(c), c -> reportOnline.report(c),
                        c -> reportHeartbeat.report(c), c -> reportAliveIps.report(c), (n, k) -> getNodeInfo.info(n, k),
                        k -> listDetectRules.list(k), c -> reportDetections.report(c), k -> verifyNodeKey.verify(k),
                        (type, sent) -> sent),
                new NodeAdminUseCases(noNodeAdminQueries,
                        c -> unexpected("createNode"), c -> unexpected("updateNode"), c -> unexpected("deleteNode"),
                        c -> unexpected("rotateNodeKey"), c -> unexpected("rotateServerKey"), () -> unexpected("showNodeStatus"), noDetectRuleAdmin),
                new ShopUseCases(new Shop(), c -> buyPlan.buy(c), q -> checkCoupon.check(q), (c, work) -> answerOnce.answer(c, work)),
                new PaymentUseCases(c -> createTopUp.create(c), c -> handleNotify.handle(c), new TopUps(),
                        debug ? Optional.of(c -> confirmTopUp.confirm(c)) : Optional.empty(), RETURN_TO,
                        (c, work) -> answerOnce.answer(c, work), c -> checkOut.checkOut(c)),
                new SubscriptionUseCases(q -> listUserNodes.list(q), c -> fetchSubscription.fetch(c),
                        c -> resetSubscription.reset(c), c -> resetCredentials.reset(c), u -> devicesOf.devicesOf(u),
                        c -> removeDevices.remove(c), q -> trafficHistory.show(q), PROFILE_TITLE, PROFILE_UPDATE_HOURS, RETURN_TO,
                        DEVICE_LIMIT_MESSAGE, infoEntries, profileTemplates),
                () -> nodeStates.count(),
                new DashboardUseCases(() -> unexpected("showSales"), r -> unexpected("showUsage"),
                        c -> unexpected("resolveReview"), "CNY"),
                new PortalSite(SITE_NAME, Optional.empty(), Optional.of(SUPPORT_URL), "CNY", "Asia/Shanghai", List.of("epay")),
                new TicketUseCases(new TicketReads(), c -> openTicket.open(c), c -> replyToTicket.reply(c),
                        c -> closeTicket.close(c)),
                new ContentUseCases(forward(ContentQueries.class, () -> contentQueries), c -> markRead.mark(c),
                        forward(ManageAnnouncements.class, () -> manageAnnouncements),
                        forward(ManageArticles.class, () -> manageArticles)),
                new GiftCardUseCases(forward(GiftCardQueries.class, () -> giftCardQueries), c -> createGiftCards.create(c),
                        c -> redeemGiftCard.redeem(c)),
                new ReferralUseCases(forward(ReferralQueries.class, () -> referralQueries), u -> resetInviteCode.reset(u),
                        c -> transferCommission.transfer(c), c -> withdrawCommission.withdraw(c), c -> decideWithdrawal.decide(c)),
                new NoticeUseCases(forward(NotificationQueries.class, () -> notificationQueries), c -> chooseNotifications.choose(c),
                        u -> linkTelegram.start(u), u -> unlinkTelegram.unlink(u)));
    }

    /** The API on a free local port, with a small body limit. */
    public Javalin start() {
        return start(new HttpSettings("127.0.0.1", 0, 64 * 1024, HttpSettings.DEFAULT_NODE_REPORT_MAX, TrustedProxies.NONE));
    }

    public Javalin start(HttpSettings settings) {
        return HttpApi.create(settings, build()).start();
    }

    /** The admin's reads, each calling the field of the same name. */
    private final class Admin implements AdminQueries {
        @Override
        public Page<UserAccount> users(UsersQuery query) {
            return listUsers.apply(query);
        }

        @Override
        public UserAccount user(UserId user) {
            return showUser.apply(user);
        }

        @Override
        public Page<TopUpOrder> orders(OrdersQuery query) {
            return listOrders.apply(query);
        }

        @Override
        public Page<spanel.domain.payment.ImportedOrder> importedOrders(UserId user, spanel.domain.page.PageRequest page) {
            return new Page<>(List.of(), 0, page);
        }

        @Override
        public List<BookedEntry> ledger(LedgerQuery query) {
            return exportLedger.apply(query);
        }
    }

    /** The shop's reads, each calling the field of the same name. */
    private final class Shop implements ShopQueries {
        @Override
        public List<Product> packages() {
            return listPackages.get();
        }

        @Override
        public Page<PastPurchase> purchases(PurchasesQuery query) {
            return listPurchases.apply(query);
        }

        @Override
        public List<Product> products() {
            return listProducts.get();
        }

        @Override
        public List<Coupon> coupons() {
            return listCoupons.get();
        }
    }

    /** The user's top-up reads, each calling the field of the same name. */
    private final class TopUps implements TopUpQueries {
        @Override
        public Page<TopUpOrder> orders(OrdersQuery query) {
            return listTopUps.apply(query);
        }

        @Override
        public TopUpOrder order(UserId owner, OrderId id) {
            return showTopUp.apply(owner, id);
        }
    }

    /** The ticket reads, each calling the field's method of the same name. */
    private final class TicketReads implements TicketQueries {
        @Override
        public Page<Ticket> mine(UserId user, PageRequest page) {
            return ticketQueries.mine(user, page);
        }

        @Override
        public TicketThread mine(UserId user, TicketId ticket) {
            return ticketQueries.mine(user, ticket);
        }

        @Override
        public Page<Ticket> all(Optional<TicketState> state, PageRequest page) {
            return ticketQueries.all(state, page);
        }

        @Override
        public TicketThread one(TicketId ticket) {
            return ticketQueries.one(ticket);
        }
    }

    private final TicketQueries noTicketQueries = new TicketQueries() {
        @Override
        public Page<Ticket> mine(UserId user, PageRequest page) {
            return unexpected("tickets.mine");
        }

        @Override
        public TicketThread mine(UserId user, TicketId ticket) {
            return unexpected("tickets.mineOne");
        }

        @Override
        public Page<Ticket> all(Optional<TicketState> state, PageRequest page) {
            return unexpected("tickets.all");
        }

        @Override
        public TicketThread one(TicketId ticket) {
            return unexpected("tickets.one");
        }
    };

    private final NodeAdminQueries noNodeAdminQueries = new NodeAdminQueries() {
        @Override
        public List<Node> nodes() {
            return unexpected("listNodes");
        }

        @Override
        public Node node(NodeId id) {
            return unexpected("showNode");
        }
    };

    private final ManageDetectRules noDetectRuleAdmin = new ManageDetectRules() {
        @Override
        public java.util.List<spanel.domain.node.DetectRule> list() {
            return unexpected("detectRules.list");
        }

        @Override
        public spanel.domain.node.DetectRule add(Add command) {
            return unexpected("detectRules.add");
        }

        @Override
        public spanel.domain.node.DetectRuleId remove(Remove command) {
            return unexpected("detectRules.remove");
        }
    };

    /** A port whose every method records an unexpected call, named after the port and the method. */
    private <T> T unexpectedAll(Class<T> port, String name) {
        return port.cast(java.lang.reflect.Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port},
                (proxy, method, args) -> unexpected(name + "." + method.getName())));
    }

    /** A port that calls whatever the field holds at the time of the call. */
    private static <T> T forward(Class<T> port, Supplier<T> current) {
        return port.cast(java.lang.reflect.Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port},
                (proxy, method, args) -> {
                    try {
                        return method.invoke(current.get(), args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
    }

    private final List<String> unexpectedCalls = new CopyOnWriteArrayList<>();

    /** The use cases routes called that the test had not set, in order. */
    public List<String> unexpectedCalls() {
        return List.copyOf(unexpectedCalls);
    }

    private <T> T unexpected(String useCase) {
        unexpectedCalls.add(useCase);
        throw new IllegalStateException("the route called " + useCase + ", which this test did not set");
    }
}
