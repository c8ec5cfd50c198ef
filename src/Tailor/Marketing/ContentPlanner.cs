using System.Globalization;
using Tailor.Customers;
using Tailor.Data;

namespace Tailor.Marketing;

/// <summary>
/// Content planning: per category, how much its content (catalogue items of kind content) is read
/// per piece and month, how much product interest the category draws, and the purchases that follow
/// reading; one more piece is expected to get the views an average piece of the category gets now,
/// worth the category's revenue per view. Readers choose among the pieces on offer, so where views
/// per piece are high, demand outruns supply and a new piece pays most.
/// </summary>
public static class ContentPlanner
{
    private const double Month = 30;

    /// <summary>Name of the segment of customers without purchases.</summary>
    public const string NoPurchases = "no purchases";

    /// <summary>Plans with default options and RFM segments.</summary>
    /// <inheritdoc cref="Plan(ShopData, ContentPlanOptions, IReadOnlyDictionary{string, string}?, CancellationToken)"/>
    public static ContentPlan Plan(ShopData data, CancellationToken cancellationToken = default) => Plan(data, new ContentPlanOptions(), null, cancellationToken);

    /// <summary>Measures engagement with content per category and segment over the latest window.</summary>
    /// <param name="data">The shop's items, events, orders and customers.</param>
    /// <param name="options">Window, attribution and shrinkage.</param>
    /// <param name="segments">Segment per customer id, or null for the RFM segments (11-segment preset) at the end of the window.</param>
    /// <param name="cancellationToken">Checked while reading events.</param>
    /// <exception cref="ArgumentException">Options out of range, no events, or no content items.</exception>
    public static ContentPlan Plan(
        ShopData data, ContentPlanOptions options, IReadOnlyDictionary<string, string>? segments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (data.Events.Count == 0)
        {
            throw new ArgumentException("There are no events, so nothing says how content is read; import events first.", nameof(data));
        }

        var end = data.Events.Max(e => e.Timestamp);
        var start = end.AddDays(-options.WindowDays);
        var items = data.Items.ToDictionary(i => i.ExternalId, StringComparer.Ordinal);
        var stats = new Dictionary<string, ContentCategoryStats>(StringComparer.Ordinal);
        ContentCategoryStats Stats(string category) => stats.TryGetValue(category, out var s) ? s : stats[category] = new ContentCategoryStats();

        var contentItems = 0;
        foreach (var item in data.Items)
        {
            if (item.Kind == ItemKind.Content && item.Available && item.Category is { } category && (item.CreatedAt is null || item.CreatedAt <= end))
            {
                var from = item.CreatedAt is { } created && created > start ? created : start;
                var days = Math.Max(1, (end - from).TotalDays);
                Stats(category).Items++;
                Stats(category).ItemDays += days;
                Stats(category).Pieces.Add((item.ExternalId, days));
                contentItems++;
            }
        }

        if (contentItems == 0)
        {
            throw new ArgumentException("The catalogue has no available content items (kind content with a category) to plan from.", nameof(data));
        }

        segments ??= RfmSegments(data.Orders, end);
        var views = 0;
        var viewsPerItem = new Dictionary<string, int>(StringComparer.Ordinal);
        var readsByCustomer = new Dictionary<string, List<(DateTimeOffset Time, string Category)>>(StringComparer.Ordinal);
        var segmentViews = new Dictionary<(string Segment, string Category), (HashSet<string> Readers, int Views)>();
        foreach (var e in data.Events)
        {
            if (e.Timestamp < start || e.ItemId is null || !items.TryGetValue(e.ItemId, out var item) || item.Category is not { } category)
            {
                continue;
            }

            if (item.Kind == ItemKind.Product)
            {
                if (e.Type is EventTypes.View or EventTypes.Click or EventTypes.AddToCart)
                {
                    Stats(category).Interest++;
                }

                continue;
            }

            if (e.Type != EventTypes.View)
            {
                continue;
            }

            views++;
            viewsPerItem[e.ItemId] = viewsPerItem.GetValueOrDefault(e.ItemId) + 1;
            var stat = Stats(category);
            stat.Views++;
            stat.Readers.Add(e.CustomerId ?? "session:" + (e.SessionId ?? e.IdempotencyKey));
            if (e.CustomerId is { } customer)
            {
                if (!readsByCustomer.TryGetValue(customer, out var reads))
                {
                    reads = [];
                    readsByCustomer.Add(customer, reads);
                }

                reads.Add((e.Timestamp, category));
                var segment = segments.TryGetValue(customer, out var s) ? s : NoPurchases;
                var key = (segment, category);
                var (readers, count) = segmentViews.TryGetValue(key, out var v) ? v : (new HashSet<string>(StringComparer.Ordinal), 0);
                readers.Add(customer);
                segmentViews[key] = (readers, count + 1);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        Attribute(data.Orders, items, start, options.AttributionDays, readsByCustomer, Stats);
        var opportunities = Opportunities(stats, viewsPerItem, contentItems, views, options);
        var engagement = Engagement(segmentViews, stats, contentItems);
        return new ContentPlan(start, end, contentItems, views, opportunities, engagement, Summarise(opportunities));
    }

    /// <summary>Product interest from purchases, and purchases credited to a reading of the same category shortly before.</summary>
    private static void Attribute(
        IReadOnlyList<Order> orders, Dictionary<string, Item> items, DateTimeOffset start, int attributionDays,
        Dictionary<string, List<(DateTimeOffset Time, string Category)>> readsByCustomer, Func<string, ContentCategoryStats> stats)
    {
        foreach (var order in orders)
        {
            if (order.Timestamp < start)
            {
                continue;
            }

            var reads = order.CustomerId is { } customer && readsByCustomer.TryGetValue(customer, out var r) ? r : null;
            foreach (var line in order.Lines)
            {
                if (line.Quantity <= 0 || !items.TryGetValue(line.ItemId, out var item) || item.Category is not { } category)
                {
                    continue;
                }

                var stat = stats(category);
                stat.Interest++;
                if (reads is not null && reads.Exists(x => x.Category == category && x.Time < order.Timestamp && x.Time >= order.Timestamp.AddDays(-attributionDays)))
                {
                    stat.Revenue += (double)(line.Quantity * line.UnitPrice);
                }
            }
        }
    }

    private static List<ContentOpportunity> Opportunities(
        Dictionary<string, ContentCategoryStats> stats, Dictionary<string, int> viewsPerItem, int contentItems, int views, ContentPlanOptions options)
    {
        var totalInterest = Math.Max(1, stats.Values.Sum(s => s.Interest));
        var itemDays = stats.Values.Sum(s => s.ItemDays);
        var overallViewsPerItemMonth = itemDays > 0 ? views / itemDays * Month : 0;
        var overallRevenuePerView = views > 0 ? stats.Values.Sum(s => s.Revenue) / views : 0;
        var withContent = stats.Values.Where(s => s.Items > 0).ToList();
        var meanInterestShare = withContent.Count == 0 ? 0 : withContent.Average(s => s.Interest / (double)totalInterest);
        var rows = new List<(string Category, ContentCategoryStats Stats, double PerMonth, double Expected, double RevenuePerView)>();
        foreach (var (category, s) in stats)
        {
            var interestShare = s.Interest / (double)totalInterest;
            var perMonth = TypicalViewsPerMonth(s, viewsPerItem);
            var expected = s.Items > 0
                ? perMonth
                : meanInterestShare > 0 ? overallViewsPerItemMonth * interestShare / meanInterestShare : 0;
            var revenuePerView = (s.Revenue + (options.RevenueShrinkage * overallRevenuePerView)) / (s.Views + options.RevenueShrinkage);
            if (s.Items > 0 || s.Interest > 0)
            {
                rows.Add((category, s, perMonth, expected, double.IsFinite(revenuePerView) ? revenuePerView : 0));
            }
        }

        var ordered = rows.OrderByDescending(r => r.Expected * r.RevenuePerView).ThenByDescending(r => r.Expected).ThenBy(r => r.Category, StringComparer.Ordinal).ToList();
        var ci = CultureInfo.InvariantCulture;
        return ordered.Select((r, i) => new ContentOpportunity(
            r.Category, i + 1, r.Stats.Items, r.Stats.Views, r.Stats.Readers.Count, r.PerMonth, r.Stats.Interest / (double)totalInterest,
            r.Stats.Items / (double)contentItems, r.RevenuePerView, r.Expected, r.Expected * r.RevenuePerView,
            r.Stats.Items == 0
                ? string.Format(ci, "No content yet, while the category draws {0:P0} of product interest; a first piece may expect about {1:N0} views a month.",
                    r.Stats.Interest / (double)totalInterest, r.Expected)
                : string.Format(ci, "{0} pieces get {1:N0} views each a month (shop average {2:N0}); readers then buy {3:N2} per view in the category.",
                    r.Stats.Items, r.PerMonth, overallViewsPerItemMonth, r.RevenuePerView))).ToList();
    }

    /// <summary>
    /// Views a month of a typical piece of the category: the geometric mean over its pieces (each
    /// with half a view added, so unread pieces count). Readers pick pieces in proportion to
    /// exp(appeal); the log of a piece's views is the category's demand plus the piece's own appeal,
    /// so the geometric mean estimates what a piece of average appeal gets, where one star piece
    /// would carry the arithmetic mean.
    /// </summary>
    private static double TypicalViewsPerMonth(ContentCategoryStats stats, Dictionary<string, int> viewsPerItem)
    {
        if (stats.Pieces.Count == 0)
        {
            return 0;
        }

        var logs = 0.0;
        foreach (var (item, days) in stats.Pieces)
        {
            logs += Math.Log((viewsPerItem.GetValueOrDefault(item) + 0.5) / days * Month);
        }

        return Math.Exp(logs / stats.Pieces.Count);
    }

    private static List<ContentSegmentEngagement> Engagement(
        Dictionary<(string Segment, string Category), (HashSet<string> Readers, int Views)> segmentViews, Dictionary<string, ContentCategoryStats> stats, int contentItems)
    {
        var perSegment = segmentViews.GroupBy(p => p.Key.Segment, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(p => p.Value.Views), StringComparer.Ordinal);
        return segmentViews
            .Where(p => stats.TryGetValue(p.Key.Category, out var s) && s.Items > 0)
            .Select(p =>
            {
                var share = p.Value.Views / (double)perSegment[p.Key.Segment];
                return new ContentSegmentEngagement(
                    p.Key.Segment, p.Key.Category, p.Value.Readers.Count, p.Value.Views, share, share / (stats[p.Key.Category].Items / (double)contentItems));
            })
            .OrderBy(e => e.Segment, StringComparer.Ordinal).ThenByDescending(e => e.Lift).ThenBy(e => e.Category, StringComparer.Ordinal)
            .ToList();
    }

    private static string Summarise(List<ContentOpportunity> opportunities)
    {
        if (opportunities.Count == 0)
        {
            return "No category has content or product interest in the window.";
        }

        var best = opportunities[0];
        return string.Format(
            CultureInfo.InvariantCulture, "New content pays most in {0}: one more piece may expect {1:N0} views and {2:N2} of attributed purchases a month.",
            best.Category, best.ExpectedViewsOfNewItem, best.ExpectedValueOfNewItem);
    }

    private static Dictionary<string, string> RfmSegments(IReadOnlyList<Order> orders, DateTimeOffset end)
    {
        var upToEnd = orders.Where(o => o.Timestamp <= end).ToList();
        if (!TransactionSummary.Purchases(upToEnd).Any())
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        return RfmScorer.ScoreSummaries(TransactionSummary.FromOrders(upToEnd, end, TimeUnit.Day))
            .ToDictionary(s => s.CustomerId, s => s.Segment, StringComparer.Ordinal);
    }
}
