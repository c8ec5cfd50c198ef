namespace Tailor.Data.Csv;

/// <summary>
/// The UCI Online Retail layout (InvoiceNo, StockCode, Description, Quantity, InvoiceDate, UnitPrice,
/// CustomerID, Country): invoices become orders, "C" invoices cancellation orders, stock codes items
/// titled by their description, and the country a customer attribute. Rows without a customer id
/// stay as anonymous orders.
/// </summary>
internal sealed class OnlineRetailRows(ColumnMap columns, ImportContext context) : RowImporter(columns)
{
    public static IReadOnlyList<string> LayoutNames { get; } =
        ["invoiceno", "stockcode", "description", "quantity", "invoicedate", "unitprice", "customerid", "country"];

    public static IReadOnlyList<string> RequiredNames { get; } =
        ["invoiceno", "stockcode", "quantity", "invoicedate", "unitprice"];

    private readonly OrderBatch _orders = new();
    private readonly List<ItemSighting> _items = [];
    private readonly List<CustomerSighting> _customers = [];
    private readonly HashSet<string> _itemsSeen = new(StringComparer.Ordinal);
    private readonly HashSet<string> _itemsTitled = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _customersSeen = new(StringComparer.Ordinal);

    public override int Pending => _orders.PendingLines;

    protected override RowError? AcceptWellFormed(CsvRow row)
    {
        if (!TryText(row, "invoiceno", out var invoice, out var error)
            || !TryText(row, "stockcode", out var stockCode, out error))
        {
            return error;
        }

        if (!TryRequired<int>(row, "quantity", FieldParser.TryInt, "a whole number", out var quantity, out error)
            || !TryRequired<DateTimeOffset>(row, "invoicedate", context.TryTimestamp, "a date-time", out var timestamp, out error)
            || !TryRequired<decimal>(row, "unitprice", FieldParser.TryDecimal, "a number", out var price, out error))
        {
            return error;
        }

        var cancellation = invoice.StartsWith('C');
        if (quantity == 0)
        {
            return Error(row, "quantity", "must not be 0");
        }

        if (price < 0)
        {
            return Error(row, "unitprice", $"{price} is negative: a bad-debt adjustment, not a sale");
        }

        if (quantity < 0 && !cancellation)
        {
            return Error(row, "quantity",
                $"{quantity} is negative on invoice '{invoice}', which is not a cancellation ('C') invoice: a stock adjustment, not a sale");
        }

        if (quantity > 0 && cancellation)
        {
            return Error(row, "quantity", $"{quantity} is positive on cancellation invoice '{invoice}'");
        }

        var customerId = NormalizeCustomerId(row.Text(Columns["customerid"]));
        if (_orders.Conflict(invoice, customerId, explicitLine: null) is { } conflict)
        {
            return Error(row, "customerid", conflict);
        }

        var country = row.Text(Columns["country"]);
        var description = row.Text(Columns["description"]);
        SeeItem(stockCode, description, price, timestamp);
        if (customerId is not null)
        {
            SeeCustomer(customerId, timestamp, country);
        }

        _orders.Add(row.Line, invoice, customerId, timestamp, channel: null, country, stockCode, quantity, price, explicitLine: null);
        return null;
    }

    public override void Flush(IImportSession session)
    {
        session.TouchItems(_items);
        session.TouchCustomers(_customers);
        _orders.Flush(session);
        _items.Clear();
        _customers.Clear();
    }

    /// <summary>Spreadsheet exports turn the id 17850 into "17850.0"; both are the same customer.</summary>
    private static string? NormalizeCustomerId(string? id) =>
        id is not null && id.EndsWith(".0", StringComparison.Ordinal) ? id[..^2] : id;

    private void SeeItem(string stockCode, string? description, decimal price, DateTimeOffset timestamp)
    {
        // Only the first sighting, and the first with a description, can change the item: later ones are skipped here
        // rather than sent to the store half a million times.
        var firstSighting = _itemsSeen.Add(stockCode);
        var firstTitle = description is not null && _itemsTitled.Add(stockCode);
        if (firstSighting || firstTitle)
        {
            _items.Add(new ItemSighting(stockCode, description, price > 0 ? price : null, timestamp));
        }
    }

    private void SeeCustomer(string customerId, DateTimeOffset timestamp, string? country)
    {
        if (!_customersSeen.TryGetValue(customerId, out var earliest) || timestamp < earliest)
        {
            _customersSeen[customerId] = timestamp;
            _customers.Add(new CustomerSighting(customerId, timestamp, country));
        }
    }
}
