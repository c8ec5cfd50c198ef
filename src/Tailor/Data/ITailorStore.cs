namespace Tailor.Data;

/// <summary>
/// Where a shop's data lives. The SQLite store is the default; a PostgreSQL store implements the
/// same contract, so callers never know which one they talk to.
/// </summary>
public interface ITailorStore : IDisposable
{
    /// <summary>Creates the shop, or updates its name, currency and time zone.</summary>
    void EnsureShop(Shop shop);

    /// <summary>The shop with that id, or null.</summary>
    Shop? FindShop(string shopId);

    /// <summary>All shops, ordered by id.</summary>
    IReadOnlyList<Shop> ListShops();

    /// <summary>
    /// Starts a unit of work that writes rows of one shop; nothing is visible to others until
    /// <see cref="IImportSession.Commit"/>. The shop must exist.
    /// </summary>
    IImportSession BeginImport(string shopId);

    /// <summary>Row counts and ranges of one shop.</summary>
    ShopStats GetStats(string shopId);

    IEnumerable<Customer> ReadCustomers(string shopId, CancellationToken cancellationToken = default);

    IEnumerable<Item> ReadItems(string shopId, CancellationToken cancellationToken = default);

    /// <summary>Orders with their lines, ordered by time then id.</summary>
    IEnumerable<Order> ReadOrders(string shopId, CancellationToken cancellationToken = default);

    /// <summary>Events ordered by time then arrival.</summary>
    IEnumerable<ShopEvent> ReadEvents(string shopId, CancellationToken cancellationToken = default);

    IEnumerable<Spend> ReadSpend(string shopId, CancellationToken cancellationToken = default);

    IEnumerable<CampaignSend> ReadCampaignSends(string shopId, CancellationToken cancellationToken = default);

    /// <summary>Saves a lift test; one with the same channel, start and end is replaced.</summary>
    /// <exception cref="ArgumentException">The test is invalid (<see cref="Marketing.LiftTest.Validate"/>).</exception>
    void SaveLiftTest(string shopId, Marketing.LiftTest test);

    /// <summary>The shop's lift tests by channel and start.</summary>
    IReadOnlyList<Marketing.LiftTest> ReadLiftTests(string shopId, CancellationToken cancellationToken = default);

    /// <summary>Deletes a lift test; false when the shop has none for that channel and period.</summary>
    bool DeleteLiftTest(string shopId, string channel, DateOnly start, DateOnly end);

    /// <summary>One customer with their orders and events (oldest first), or null when the shop does not know them.</summary>
    CustomerActivity? ReadCustomerActivity(string shopId, string customerId);

    /// <summary>Stores a new version of a model and returns its version number.</summary>
    int SaveModel(string shopId, string kind, string? metricsJson, byte[] artefact);

    /// <summary>The newest version of a kind of model, with its artefact, or null when none was trained.</summary>
    StoredModel? LoadLatestModel(string shopId, string kind);

    /// <summary>Every model version of the shop, newest first, without artefacts.</summary>
    IReadOnlyList<StoredModel> ListModels(string shopId);

    /// <summary>Sets a customer's consent; false when the shop does not know the customer.</summary>
    bool UpdateConsent(string shopId, string customerId, Consent consent);

    /// <summary>
    /// Erases a customer: their profile, events and campaign sends are deleted; their orders stay for
    /// the shop's books but no longer name anyone. False when the shop does not know the customer.
    /// </summary>
    bool EraseCustomer(string shopId, string customerId);

    /// <summary>Hides an item from recommendations at once (its sales history stays); false when unknown.</summary>
    bool RetireItem(string shopId, string itemId);

    /// <summary>Stores a key's hash with its shop and scopes.</summary>
    ApiKey SaveApiKey(string shopId, string keyHash, string prefix, ApiScope scopes, string? label, int? rateLimit = null);

    /// <summary>The live key with that hash, or null.</summary>
    ApiKey? FindApiKey(string keyHash);

    // Customer analytics (issue 5): per-customer results of the newest "customers" model version.
    // Reads skip customers who have since been erased or withdrawn consent to analytics.

    /// <summary>
    /// Stores a customer-analytics version (model kind "customers") and its per-customer results in one
    /// transaction, dropping the results of older versions; returns the version number.
    /// </summary>
    int SaveCustomerAnalytics(string shopId, string? metricsJson, byte[] artefact, IReadOnlyList<Tailor.Customers.CustomerInsight> customers);

    /// <summary>A customer's results in the newest version, or null (unknown customer, no analytics consent, or no results).</summary>
    Tailor.Customers.CustomerInsight? ReadCustomerInsight(string shopId, string customerId);

    /// <summary>A page of a segment's customers in the newest version.</summary>
    Tailor.Customers.CustomerInsightPage ReadCustomerInsights(string shopId, Tailor.Customers.CustomerInsightQuery query);

    /// <summary>Customers per segment of a preset in the newest version, as they stand now.</summary>
    IReadOnlyDictionary<string, int> CountCustomerInsights(string shopId, Tailor.Customers.SegmentPreset preset);
    // Experiments (src/Tailor/Experiments): definitions, exposures, outcomes and bandit weights.

    /// <summary>Stores a new running experiment, its created weights the first entry of its weight history; false when the key exists.</summary>
    bool CreateExperiment(string shopId, Experiments.ExperimentSpec spec, DateTimeOffset createdAt);

    /// <summary>The experiment with that key, with its current weights, or null.</summary>
    Experiments.Experiment? FindExperiment(string shopId, string key);

    /// <summary>All experiments of the shop, newest first.</summary>
    IReadOnlyList<Experiments.Experiment> ListExperiments(string shopId);

    /// <summary>
    /// Logs the subject's first exposure to <paramref name="variant"/> unless they have one; returns the
    /// stored assignment, so a concurrent first exposure cannot give a subject two variants.
    /// </summary>
    Experiments.ExperimentAssignment AssignOnce(string shopId, string key, string subject, string variant, DateTimeOffset exposedAt);

    /// <summary>The subject's assignment, or null when never exposed.</summary>
    Experiments.ExperimentAssignment? FindAssignment(string shopId, string key, string subject);

    /// <summary>Appends an outcome; false when one with the same idempotency key is stored already.</summary>
    bool RecordOutcome(string shopId, string key, string subject, double value, DateTimeOffset occurredAt, string? idempotencyKey);

    /// <summary>
    /// Every exposed subject with their outcomes up to <paramref name="until"/> (from the experiment's
    /// source, within its window) and their orders in the <paramref name="prePeriodDays"/> days before exposure.
    /// </summary>
    IReadOnlyList<Experiments.ExperimentObservation> ReadExperimentObservations(
        string shopId, string key, DateTimeOffset until, int prePeriodDays, CancellationToken cancellationToken = default);

    /// <summary>The experiment's weights over time, oldest first.</summary>
    IReadOnlyList<Experiments.ExperimentWeights> ReadExperimentWeights(string shopId, string key);

    /// <summary>
    /// Appends weights taking effect at <paramref name="effectiveFrom"/>, unless an entry took effect after
    /// <paramref name="staleBefore"/> (another server updated first); false then.
    /// </summary>
    bool SaveExperimentWeights(string shopId, string key, IReadOnlyList<double> weights, DateTimeOffset effectiveFrom, DateTimeOffset staleBefore);

    /// <summary>Stops the experiment; new subjects then get <paramref name="winner"/> (null: the control). False when unknown.</summary>
    bool StopExperiment(string shopId, string key, string? winner);

    /// <summary>
    /// Stores exposures that happened elsewhere, with their outcomes, in one transaction; subjects
    /// already exposed are skipped. Returns the exposures stored.
    /// </summary>
    int ImportExposures(string shopId, string key, IReadOnlyList<Experiments.HistoricalExposure> exposures);
    // Dashboard: its sign-in users, the keys of its cookies and form tokens, and the summaries its pages read.

    /// <summary>Adds a dashboard user of the shop; false when the name is taken (names are unique in the database, ignoring case).</summary>
    bool AddDashboardUser(string shopId, string name, string passwordHash);

    /// <summary>The user with that name (ignoring case), or null.</summary>
    DashboardUser? FindDashboardUser(string name);

    /// <summary>Replaces a user's password hash; false when no user has that name.</summary>
    bool SetDashboardPassword(string name, string passwordHash);

    /// <summary>The shop's dashboard users, by name.</summary>
    IReadOnlyList<DashboardUser> ListDashboardUsers(string shopId);

    /// <summary>Removes a dashboard user; false when no user has that name.</summary>
    bool RemoveDashboardUser(string name);

    /// <summary>Every stored key of the dashboard's data protection, as the XML it was saved as.</summary>
    IReadOnlyList<string> ReadDashboardKeys();

    /// <summary>Stores a data protection key under its name (a key is written once and never changed).</summary>
    void SaveDashboardKey(string name, string xml);

    /// <summary>Orders and revenue per UTC hour that had any, oldest first.</summary>
    IReadOnlyList<HourlySales> ReadHourlySales(string shopId, CancellationToken cancellationToken = default);

    /// <summary>The items with the most revenue from orders placed at or after <paramref name="since"/>, best first.</summary>
    IReadOnlyList<ItemSales> ReadTopItems(string shopId, DateTimeOffset since, int count);

    /// <summary>
    /// Customers whose id, country or region contains <paramref name="text"/> (ignoring case; all when null or
    /// empty), those who spent most first, at most <paramref name="limit"/>.
    /// </summary>
    IReadOnlyList<CustomerListing> SearchCustomers(string shopId, string? text, int limit);

    /// <summary>Items whose id, title or category contains <paramref name="text"/> (ignoring case), by title, at most <paramref name="limit"/>.</summary>
    IReadOnlyList<Item> SearchItems(string shopId, string text, int limit);

    // Dashboard segments page (issue 8): segment sizes with revenue.

    /// <summary>
    /// Customers of the newest customer analytics grouped by RFM scores, segments and cluster, with their revenue
    /// over all orders; erased customers and those who withdrew analytics consent are left out, as in the other reads.
    /// </summary>
    IReadOnlyList<Tailor.Customers.SegmentCell> ReadSegmentCells(string shopId);
}
