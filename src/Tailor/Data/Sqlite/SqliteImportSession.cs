using Microsoft.Data.Sqlite;

namespace Tailor.Data.Sqlite;

/// <summary>
/// One write transaction. External ids are resolved through in-memory maps loaded once per session,
/// and new rows get ids assigned here, which lets whole batches go out as multi-row INSERTs.
/// That is safe because BEGIN IMMEDIATE makes this the only writer until commit.
/// </summary>
internal sealed class SqliteImportSession : IImportSession
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly string _shopId;
    private readonly List<IDisposable> _owned = [];
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private Dictionary<string, CustomerState>? _customers;
    private Dictionary<string, ItemState>? _items;
    private Dictionary<string, long>? _orders;
    private Dictionary<string, CampaignState>? _campaigns;
    private readonly AbsentIds _absent = new();
    private BatchInserter? _customerInserter;
    private BatchInserter? _itemInserter;
    private BatchInserter? _orderInserter;
    private BatchInserter? _lineInserter;
    private BatchInserter? _lineUpserter;
    private BatchInserter? _eventInserter;
    private BatchInserter? _spendUpserter;
    private BatchInserter? _sendUpserter;
    private long _nextCustomerId;
    private long _nextItemId;
    private long _nextOrderId;
    private long _nextCampaignId;
    private long _directChanges;
    private int _placeholderCustomers;
    private int _placeholderItems;
    private bool _committed;

    public SqliteImportSession(SqliteConnection connection, string shopId)
    {
        _connection = connection;
        _shopId = shopId;
        // A bulk load touches far more pages than the default 2 MiB cache holds; spilling them mid-transaction
        // doubles the writes.
        SqliteStore.Execute(connection, "PRAGMA cache_size = -262144;");
        _transaction = connection.BeginTransaction(deferred: false);
    }

    public long Changes => _directChanges
        + (_customerInserter?.Changes ?? 0) + (_itemInserter?.Changes ?? 0) + (_orderInserter?.Changes ?? 0)
        + (_lineInserter?.Changes ?? 0) + (_lineUpserter?.Changes ?? 0) + (_eventInserter?.Changes ?? 0)
        + (_spendUpserter?.Changes ?? 0) + (_sendUpserter?.Changes ?? 0);

    public PlaceholderCounts Placeholders => new(_placeholderCustomers, _placeholderItems);

    public void UpsertCustomers(IReadOnlyList<Customer> customers)
    {
        var map = CustomerMap(customers.Select(c => c.ExternalId));
        var inserter = CustomerInserter();
        var update = Command("customer.update", """
            UPDATE customers SET created_at = min(created_at, ?2), country = ?3, region = ?4, attributes = ?5,
              consent_personalization = ?6, consent_email = ?7, consent_analytics = ?8
            WHERE id = ?1 AND (created_at > ?2 OR country IS NOT ?3 OR region IS NOT ?4 OR attributes IS NOT ?5
              OR consent_personalization IS NOT ?6 OR consent_email IS NOT ?7 OR consent_analytics IS NOT ?8)
            """, 8);
        foreach (var customer in customers)
        {
            var createdAt = UnixTime.ToMilliseconds(customer.CreatedAt);
            if (map.TryGetValue(customer.ExternalId, out var state))
            {
                FlushBeforeUpdate(inserter);
                _directChanges += Run(update, state.Id, createdAt, customer.Country, customer.Region, customer.Attributes,
                    customer.Consent.Personalization, customer.Consent.EmailMarketing, customer.Consent.Analytics);
                state.CreatedAt = Math.Min(state.CreatedAt, createdAt);
                state.HasCountry = customer.Country is not null;
            }
            else
            {
                var id = NextId(ref _nextCustomerId, "customers");
                map[customer.ExternalId] = new CustomerState(id, createdAt, customer.Country is not null);
                inserter.Add(id, _shopId, customer.ExternalId, createdAt, customer.Country, customer.Region,
                    customer.Attributes, customer.Consent.Personalization, customer.Consent.EmailMarketing,
                    customer.Consent.Analytics);
            }
        }

        inserter.Flush();
    }

    public void TouchCustomers(IReadOnlyList<CustomerSighting> sightings)
    {
        var map = CustomerMap(sightings.Select(s => s.ExternalId));
        var inserter = CustomerInserter();
        var update = Command("customer.touch", """
            UPDATE customers SET created_at = min(created_at, ?2), country = coalesce(country, ?3) WHERE id = ?1
            """, 3);
        foreach (var sighting in sightings)
        {
            var seenAt = UnixTime.ToMilliseconds(sighting.SeenAt);
            if (map.TryGetValue(sighting.ExternalId, out var state))
            {
                var earlier = seenAt < state.CreatedAt;
                var fillsCountry = !state.HasCountry && sighting.Country is not null;
                if (earlier || fillsCountry)
                {
                    FlushBeforeUpdate(inserter);
                    _directChanges += Run(update, state.Id, seenAt, sighting.Country);
                    state.CreatedAt = Math.Min(state.CreatedAt, seenAt);
                    state.HasCountry |= sighting.Country is not null;
                }
            }
            else
            {
                InsertPlaceholderCustomer(sighting.ExternalId, seenAt, sighting.Country);
            }
        }

        inserter.Flush();
    }

    public void UpsertItems(IReadOnlyList<Item> items)
    {
        var map = ItemMap(items.Select(i => i.ExternalId));
        var inserter = ItemInserter();
        var update = Command("item.update", """
            UPDATE items SET kind = ?2, title = ?3, description = ?4, category = ?5, tags = ?6, price = ?7, cost = ?8,
              stock = ?9, available = ?10, attributes = ?11, created_at = ?12
            WHERE id = ?1 AND (kind IS NOT ?2 OR title IS NOT ?3 OR description IS NOT ?4 OR category IS NOT ?5
              OR tags IS NOT ?6 OR price IS NOT ?7 OR cost IS NOT ?8 OR stock IS NOT ?9 OR available IS NOT ?10
              OR attributes IS NOT ?11 OR created_at IS NOT ?12)
            """, 12);
        foreach (var item in items)
        {
            var kind = ItemKinds.ToText(item.Kind);
            var tags = item.Tags.Count == 0 ? null : string.Join('|', item.Tags);
            long? createdAt = item.CreatedAt is { } c ? UnixTime.ToMilliseconds(c) : null;
            if (map.TryGetValue(item.ExternalId, out var state))
            {
                FlushBeforeUpdate(inserter);
                _directChanges += Run(update, state.Id, kind, item.Title, item.Description, item.Category, tags,
                    ToDouble(item.Price), ToDouble(item.Cost), item.Stock, item.Available, item.Attributes, createdAt);
                state.HasTitle = true;
            }
            else
            {
                var id = NextId(ref _nextItemId, "items");
                map[item.ExternalId] = new ItemState(id, hasTitle: true);
                inserter.Add(id, _shopId, item.ExternalId, kind, item.Title, item.Description, item.Category, tags,
                    ToDouble(item.Price), ToDouble(item.Cost), item.Stock, item.Available, item.Attributes, createdAt);
            }
        }

        inserter.Flush();
    }

    public void TouchItems(IReadOnlyList<ItemSighting> sightings)
    {
        var map = ItemMap(sightings.Select(s => s.ExternalId));
        var inserter = ItemInserter();
        var update = Command("item.touch", """
            UPDATE items SET title = ?2, price = coalesce(price, ?3) WHERE id = ?1 AND title = external_id
            """, 3);
        foreach (var sighting in sightings)
        {
            if (map.TryGetValue(sighting.ExternalId, out var state))
            {
                if (!state.HasTitle && !string.IsNullOrEmpty(sighting.Title))
                {
                    FlushBeforeUpdate(inserter);
                    _directChanges += Run(update, state.Id, sighting.Title, ToDouble(sighting.Price));
                    state.HasTitle = true;
                }
            }
            else
            {
                InsertPlaceholderItem(sighting.ExternalId, sighting.Title, sighting.Price, sighting.SeenAt);
            }
        }

        inserter.Flush();
    }

    public void UpsertOrders(IReadOnlyList<Order> orders)
    {
        var orderMap = OrderMap(orders.Select(o => o.ExternalId));
        var customers = CustomerMap(orders.Select(o => o.CustomerId));
        var items = ItemMap(orders.SelectMany(o => o.Lines).Select(l => l.ItemId));
        var orderInserter = OrderInserter();
        var lineInserter = _lineInserter ??= Own(new BatchInserter(_connection, "order_lines",
            ["order_id", "line_no", "shop_id", "item_id", "quantity", "unit_price"], ""));
        var lineUpserter = _lineUpserter ??= Own(new BatchInserter(_connection, "order_lines",
            ["order_id", "line_no", "shop_id", "item_id", "quantity", "unit_price"], """
            ON CONFLICT (order_id, line_no) DO UPDATE SET item_id = excluded.item_id, quantity = excluded.quantity,
              unit_price = excluded.unit_price
            WHERE item_id IS NOT excluded.item_id OR quantity IS NOT excluded.quantity OR unit_price IS NOT excluded.unit_price
            """));
        var update = Command("order.update", """
            UPDATE orders SET customer_id = ?2, ordered_at = ?3, channel = ?4, country = ?5
            WHERE id = ?1 AND (customer_id IS NOT ?2 OR ordered_at IS NOT ?3 OR channel IS NOT ?4 OR country IS NOT ?5)
            """, 5);

        // Orders first, so that the lines' foreign keys find them.
        var pending = new List<(long OrderId, bool IsNew, Order Order)>(orders.Count);
        foreach (var order in orders)
        {
            var orderedAt = UnixTime.ToMilliseconds(order.Timestamp);
            long? customerId = order.CustomerId is null
                ? null
                : customers.TryGetValue(order.CustomerId, out var c)
                    ? c.Id
                    : InsertPlaceholderCustomer(order.CustomerId, orderedAt, order.Country);
            if (orderMap.TryGetValue(order.ExternalId, out var orderId))
            {
                FlushBeforeUpdate(orderInserter);
                _directChanges += Run(update, orderId, customerId, orderedAt, order.Channel, order.Country);
                pending.Add((orderId, false, order));
            }
            else
            {
                orderId = NextId(ref _nextOrderId, "orders");
                orderMap[order.ExternalId] = orderId;
                orderInserter.Add(orderId, _shopId, order.ExternalId, customerId, orderedAt, order.Channel, order.Country);
                pending.Add((orderId, true, order));
            }

            foreach (var line in order.Lines)
            {
                if (!items.ContainsKey(line.ItemId))
                {
                    InsertPlaceholderItem(line.ItemId, null, line.UnitPrice, order.Timestamp);
                }
            }
        }

        _customerInserter?.Flush();
        _itemInserter?.Flush();
        orderInserter.Flush();
        foreach (var (orderId, isNew, order) in pending)
        {
            var target = isNew ? lineInserter : lineUpserter;
            foreach (var line in order.Lines)
            {
                target.Add(orderId, line.LineNumber, _shopId, items[line.ItemId].Id, line.Quantity, (double)line.UnitPrice);
            }
        }

        lineInserter.Flush();
        lineUpserter.Flush();
    }

    public void InsertEvents(IReadOnlyList<ShopEvent> events)
    {
        var customers = CustomerMap(events.Select(e => e.CustomerId));
        var items = ItemMap(events.Select(e => e.ItemId));
        var inserter = _eventInserter ??= Own(new BatchInserter(_connection, "events",
            ["shop_id", "customer_id", "session_id", "item_id", "type", "value", "quantity", "channel", "occurred_at",
                "idempotency_key"],
            "ON CONFLICT (shop_id, idempotency_key) DO NOTHING"));
        var rows = new List<(long? Customer, long? Item, ShopEvent Event)>(events.Count);
        foreach (var e in events)
        {
            var at = UnixTime.ToMilliseconds(e.Timestamp);
            long? customerId = e.CustomerId is null
                ? null
                : customers.TryGetValue(e.CustomerId, out var c) ? c.Id : InsertPlaceholderCustomer(e.CustomerId, at, null);
            long? itemId = e.ItemId is null
                ? null
                : items.TryGetValue(e.ItemId, out var i) ? i.Id : InsertPlaceholderItem(e.ItemId, null, null, e.Timestamp);
            rows.Add((customerId, itemId, e));
        }

        _customerInserter?.Flush();
        _itemInserter?.Flush();
        foreach (var (customerId, itemId, e) in rows)
        {
            inserter.Add(_shopId, customerId, e.SessionId, itemId, e.Type, e.Value, e.Quantity, e.Channel,
                UnixTime.ToMilliseconds(e.Timestamp), e.IdempotencyKey);
        }

        inserter.Flush();
    }

    public void UpsertSpend(IReadOnlyList<Spend> spend)
    {
        var upserter = _spendUpserter ??= Own(new BatchInserter(_connection, "spend",
            ["shop_id", "channel", "day", "amount", "impressions", "clicks", "conversions", "revenue"], """
            ON CONFLICT (shop_id, channel, day) DO UPDATE SET amount = excluded.amount, impressions = excluded.impressions,
              clicks = excluded.clicks, conversions = excluded.conversions, revenue = excluded.revenue
            WHERE amount IS NOT excluded.amount OR impressions IS NOT excluded.impressions OR clicks IS NOT excluded.clicks
              OR conversions IS NOT excluded.conversions OR revenue IS NOT excluded.revenue
            """));
        foreach (var s in spend)
        {
            upserter.Add(_shopId, s.Channel, s.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                (double)s.Amount, s.Impressions, s.Clicks, s.Conversions, ToDouble(s.Revenue));
        }

        upserter.Flush();
    }

    public void UpsertCampaignSends(IReadOnlyList<CampaignSend> sends)
    {
        var campaigns = CampaignMap(sends.Select(s => s.CampaignId));
        var customers = CustomerMap(sends.Select(s => s.CustomerId));
        var insertCampaign = Command("campaign.insert", """
            INSERT INTO campaigns (id, shop_id, external_id, channel, first_sent_at) VALUES (?1, ?2, ?3, ?4, ?5)
            """, 5);
        var updateCampaign = Command("campaign.update", """
            UPDATE campaigns SET channel = ?2, first_sent_at = min(first_sent_at, ?3)
            WHERE id = ?1 AND (channel IS NOT ?2 OR first_sent_at > ?3)
            """, 3);
        var upserter = _sendUpserter ??= Own(new BatchInserter(_connection, "campaign_sends",
            ["campaign_id", "customer_id", "shop_id", "segment", "variant", "sent_at", "opened", "clicked", "converted",
                "unsubscribed", "revenue"], """
            ON CONFLICT (campaign_id, customer_id) DO UPDATE SET segment = excluded.segment, variant = excluded.variant,
              sent_at = excluded.sent_at, opened = excluded.opened, clicked = excluded.clicked,
              converted = excluded.converted, unsubscribed = excluded.unsubscribed, revenue = excluded.revenue
            WHERE segment IS NOT excluded.segment OR variant IS NOT excluded.variant OR sent_at IS NOT excluded.sent_at
              OR opened IS NOT excluded.opened OR clicked IS NOT excluded.clicked OR converted IS NOT excluded.converted
              OR unsubscribed IS NOT excluded.unsubscribed OR revenue IS NOT excluded.revenue
            """));
        var rows = new List<(long Campaign, long Customer, CampaignSend Send)>(sends.Count);
        foreach (var send in sends)
        {
            var sentAt = UnixTime.ToMilliseconds(send.SentAt);
            if (campaigns.TryGetValue(send.CampaignId, out var campaign))
            {
                if (!string.Equals(campaign.Channel, send.Channel, StringComparison.Ordinal) || sentAt < campaign.FirstSentAt)
                {
                    _directChanges += Run(updateCampaign, campaign.Id, send.Channel, sentAt);
                    campaign.Channel = send.Channel;
                    campaign.FirstSentAt = Math.Min(campaign.FirstSentAt, sentAt);
                }
            }
            else
            {
                campaign = new CampaignState(NextId(ref _nextCampaignId, "campaigns"), send.Channel, sentAt);
                campaigns[send.CampaignId] = campaign;
                _directChanges += Run(insertCampaign, campaign.Id, _shopId, send.CampaignId, send.Channel, sentAt);
            }

            var customerId = customers.TryGetValue(send.CustomerId, out var c)
                ? c.Id
                : InsertPlaceholderCustomer(send.CustomerId, sentAt, null);
            rows.Add((campaign.Id, customerId, send));
        }

        _customerInserter?.Flush();
        foreach (var (campaignId, customerId, s) in rows)
        {
            upserter.Add(campaignId, customerId, _shopId, s.Segment, s.Variant, UnixTime.ToMilliseconds(s.SentAt), s.Opened,
                s.Clicked, s.Converted, s.Unsubscribed, ToDouble(s.Revenue));
        }

        upserter.Flush();
    }

    public void Commit()
    {
        _transaction.Commit();
        _committed = true;
    }

    public void Dispose()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }

        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        if (!_committed)
        {
            _transaction.Rollback();
        }

        _transaction.Dispose();
        // The connection goes back to the pool: give back the bulk-load cache.
        SqliteStore.Execute(_connection, "PRAGMA cache_size = -2000;");
        _connection.Dispose();
    }

    private long NextId(ref long next, string table)
    {
        if (next == 0)
        {
            using var command = _connection.CreateCommand();
            command.Transaction = _transaction;
            command.CommandText = $"SELECT coalesce(max(id), 0) + 1 FROM {table}";
            next = (long)command.ExecuteScalar()!;
        }

        return next++;
    }

    /// <summary>
    /// A row queued in this session is not in the table yet; an UPDATE of it would silently match
    /// nothing, so the queue goes out first. This happens only when a batch names the same row twice.
    /// </summary>
    private static void FlushBeforeUpdate(BatchInserter inserter)
    {
        if (inserter.Pending > 0)
        {
            inserter.Flush();
        }
    }

    private long InsertPlaceholderCustomer(string externalId, long seenAt, string? country)
    {
        var consent = Consent.Default;
        var id = NextId(ref _nextCustomerId, "customers");
        CustomerMap([])[externalId] = new CustomerState(id, seenAt, country is not null);
        CustomerInserter().Add(id, _shopId, externalId, seenAt, country, null, null, consent.Personalization,
            consent.EmailMarketing, consent.Analytics);
        _placeholderCustomers++;
        return id;
    }

    private long InsertPlaceholderItem(string externalId, string? title, decimal? price, DateTimeOffset seenAt)
    {
        var id = NextId(ref _nextItemId, "items");
        var hasTitle = !string.IsNullOrEmpty(title);
        ItemMap([])[externalId] = new ItemState(id, hasTitle);
        ItemInserter().Add(id, _shopId, externalId, ItemKinds.ToText(ItemKind.Product), hasTitle ? title : externalId,
            null, null, null, ToDouble(price), null, null, true, null, UnixTime.ToMilliseconds(seenAt));
        _placeholderItems++;
        return id;
    }

    private BatchInserter CustomerInserter() => _customerInserter ??= Own(new BatchInserter(_connection,
        "customers",
        ["id", "shop_id", "external_id", "created_at", "country", "region", "attributes", "consent_personalization",
            "consent_email", "consent_analytics"], ""));

    private BatchInserter ItemInserter() => _itemInserter ??= Own(new BatchInserter(_connection, "items",
        ["id", "shop_id", "external_id", "kind", "title", "description", "category", "tags", "price", "cost", "stock",
            "available", "attributes", "created_at"], ""));

    private BatchInserter OrderInserter() => _orderInserter ??= Own(new BatchInserter(_connection, "orders",
        ["id", "shop_id", "external_id", "customer_id", "ordered_at", "channel", "country"], ""));

    private Dictionary<string, CustomerState> CustomerMap(IEnumerable<string?> needed) => Resolve(ref _customers, _absent.Customers, needed,
        "SELECT external_id, id, created_at, country IS NOT NULL FROM customers WHERE shop_id = $s AND external_id IN ({0})",
        r => new CustomerState(r.GetInt64(1), r.GetInt64(2), r.GetBoolean(3)));

    private Dictionary<string, ItemState> ItemMap(IEnumerable<string?> needed) => Resolve(ref _items, _absent.Items, needed,
        "SELECT external_id, id, title <> external_id FROM items WHERE shop_id = $s AND external_id IN ({0})",
        r => new ItemState(r.GetInt64(1), r.GetBoolean(2)));

    private Dictionary<string, long> OrderMap(IEnumerable<string?> needed) => Resolve(ref _orders, _absent.Orders, needed,
        "SELECT external_id, id FROM orders WHERE shop_id = $s AND external_id IN ({0})", r => r.GetInt64(1));

    private Dictionary<string, CampaignState> CampaignMap(IEnumerable<string?> needed) => Resolve(ref _campaigns, _absent.Campaigns, needed,
        "SELECT external_id, id, channel, first_sent_at FROM campaigns WHERE shop_id = $s AND external_id IN ({0})",
        r => new CampaignState(r.GetInt64(1), r.GetString(2), r.GetInt64(3)));

    /// <summary>
    /// Makes sure the map holds every needed id the store knows. Only the ids a batch names are looked
    /// up (an indexed IN query per 500), so a batch of events costs the same in a shop of a thousand
    /// customers as in one of a million; ids found missing are remembered so they are not asked for again.
    /// </summary>
    private Dictionary<string, T> Resolve<T>(
        ref Dictionary<string, T>? map, HashSet<string> absent, IEnumerable<string?> needed, string sql, Func<SqliteDataReader, T> value)
    {
        map ??= new Dictionary<string, T>(StringComparer.Ordinal);
        var missing = new List<string>();
        var asked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in needed)
        {
            if (id is not null && !map.ContainsKey(id) && !absent.Contains(id) && asked.Add(id))
            {
                missing.Add(id);
            }
        }

        for (var start = 0; start < missing.Count; start += LookupChunk)
        {
            var chunk = missing.GetRange(start, Math.Min(LookupChunk, missing.Count - start));
            using var command = _connection.CreateCommand();
            command.Transaction = _transaction;
            command.CommandText = string.Format(System.Globalization.CultureInfo.InvariantCulture, sql,
                string.Join(", ", chunk.Select((_, i) => "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            command.Parameters.AddWithValue("$s", _shopId);
            for (var i = 0; i < chunk.Count; i++)
            {
                command.Parameters.AddWithValue("$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), chunk[i]);
            }

            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                map[reader.GetString(0)] = value(reader);
            }

            foreach (var id in chunk)
            {
                if (!map.ContainsKey(id))
                {
                    absent.Add(id);
                }
            }
        }

        return map;
    }

    private SqliteCommand Command(string key, string sql, int parameters)
    {
        if (!_commands.TryGetValue(key, out var command))
        {
            command = _connection.CreateCommand();
            command.Transaction = _transaction;
            command.CommandText = sql;
            for (var i = 1; i <= parameters; i++)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = "?" + i });
            }

            command.Prepare();
            _commands[key] = command;
        }

        return command;
    }

    private static int Run(SqliteCommand command, params ReadOnlySpan<object?> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command.ExecuteNonQuery();
    }

    private static double? ToDouble(decimal? value) => value is { } v ? (double)v : null;

    private T Own<T>(T disposable) where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }

    private const int LookupChunk = 500;

    /// <summary>Ids looked up and not found, per table.</summary>
    private sealed class AbsentIds
    {
        public HashSet<string> Customers { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Items { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Orders { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Campaigns { get; } = new(StringComparer.Ordinal);
    }

    private sealed class CustomerState(long id, long createdAt, bool hasCountry)
    {
        public long Id { get; } = id;

        public long CreatedAt { get; set; } = createdAt;

        public bool HasCountry { get; set; } = hasCountry;
    }

    private sealed class ItemState(long id, bool hasTitle)
    {
        public long Id { get; } = id;

        public bool HasTitle { get; set; } = hasTitle;
    }

    private sealed class CampaignState(long id, string channel, long firstSentAt)
    {
        public long Id { get; } = id;

        public string Channel { get; set; } = channel;

        public long FirstSentAt { get; set; } = firstSentAt;
    }
}
