namespace Tailor.Data.Csv;

/// <summary>Rows of a campaign sends file: one customer's copy of a campaign per row.</summary>
internal sealed class CampaignRows(ColumnMap columns, ImportContext context) : RowImporter(columns)
{
    private readonly List<CampaignSend> _batch = [];
    private readonly Dictionary<string, (string Channel, long Line)> _channels = new(StringComparer.Ordinal);

    public override int Pending => _batch.Count;

    protected override RowError? AcceptWellFormed(CsvRow row)
    {
        if (!TryText(row, "campaign_id", out var campaignId, out var error)
            || !TryText(row, "channel", out var channel, out error)
            || !TryText(row, "customer_id", out var customerId, out error))
        {
            return error;
        }

        if (!TryRequired<DateTimeOffset>(row, "sent_at", context.TryTimestamp, "a date-time (ISO 8601)", out var sentAt, out error)
            || !TryOptional<bool>(row, "opened", FieldParser.TryBool, "true or false", out var opened, out error)
            || !TryOptional<bool>(row, "clicked", FieldParser.TryBool, "true or false", out var clicked, out error)
            || !TryOptional<bool>(row, "converted", FieldParser.TryBool, "true or false", out var converted, out error)
            || !TryOptional<bool>(row, "unsubscribed", FieldParser.TryBool, "true or false", out var unsubscribed, out error)
            || !TryOptional<decimal>(row, "revenue", FieldParser.TryDecimal, "a number", out var revenue, out error))
        {
            return error;
        }

        if (_channels.TryGetValue(campaignId, out var first))
        {
            if (!string.Equals(first.Channel, channel, StringComparison.Ordinal))
            {
                return Error(row, "channel", $"campaign '{campaignId}' was sent by '{first.Channel}' on line {first.Line}; a campaign has one channel");
            }
        }
        else
        {
            _channels[campaignId] = (channel, row.Line);
        }

        _batch.Add(new CampaignSend(campaignId, channel, row.Text(Columns["segment"]), row.Text(Columns["variant"]),
            customerId, sentAt, opened ?? false, clicked ?? false, converted ?? false, unsubscribed ?? false, revenue));
        return null;
    }

    public override void Flush(IImportSession session)
    {
        session.UpsertCampaignSends(_batch);
        _batch.Clear();
    }
}
