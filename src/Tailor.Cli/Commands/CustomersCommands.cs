using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Sylvan.Data.Csv;
using Tailor.Customers;
using Tailor.Data;
using Tailor.Data.Csv;

namespace Tailor.Cli.Commands;

/// <summary>`tailor segments` and `tailor clv`: customer analytics on the store or on a transactions file.</summary>
internal static class CustomersCommands
{
    public static Command Segments(GlobalOptions globals, CliOutput output)
    {
        var preset = new Option<string>("--preset") { Description = "rfm11 (11 R/F/M segments) or rf10 (10 R/F segments).", DefaultValueFactory = _ => "rfm11" };
        preset.AcceptOnlyFromAmong("rfm11", "rf10");
        var export = new Option<string?>("--export")
        {
            Description = "Write customer_id,r,f,m,cell,segment,email_marketing_consent rows to this CSV file for email tools: only customers who consented to marketing email, unless --any-consent.",
        };
        var anyConsent = new Option<bool>("--any-consent") { Description = "With --export: write every segmented customer, not only those who consented to marketing email." };
        var command = new Command("segments", "RFM segments of the shop's customers (those who consented to analytics).") { preset, export, anyConsent };
        command.SetAction(parse => CommandContext.Run(parse, globals, output, context =>
        {
            context.RequireShop(createIfMissing: false);
            var summaries = StoreSummaries(context, TimeUnit.Day);
            var rules = parse.GetValue(preset) == "rf10" ? RfmPresets.Rf10 : RfmPresets.Rfm11;
            var scores = RfmScorer.ScoreSummaries(summaries, new RfmOptions { Rules = rules });
            int? exported = null;
            if (parse.GetValue(export) is { } path)
            {
                var emailable = context.Store.ReadCustomers(context.ShopId).Where(c => c.Consent.EmailMarketing).Select(c => c.ExternalId)
                    .ToHashSet(StringComparer.Ordinal);
                var any = parse.GetValue(anyConsent);
                using var writer = new StreamWriter(path);
                var csv = new CsvRecordWriter(writer);
                csv.Header(["customer_id", "r", "f", "m", "cell", "segment", "email_marketing_consent"]);
                exported = 0;
                foreach (var s in scores.Where(s => any || emailable.Contains(s.CustomerId)))
                {
                    csv.Field(s.CustomerId);
                    csv.Field(s.R);
                    csv.Field(s.F);
                    csv.Field(s.M);
                    csv.Field(s.Cell);
                    csv.Field(s.Segment);
                    csv.Field(emailable.Contains(s.CustomerId));
                    csv.EndRow();
                    exported++;
                }
            }

            var groups = scores.GroupBy(s => s.Segment, StringComparer.Ordinal).OrderByDescending(g => g.Count())
                .Select(g => new
                {
                    name = g.Key,
                    customers = g.Count(),
                    share = Math.Round((double)g.Count() / scores.Count, 4),
                    description = RfmSegmentDescriptions.Describe(g.Key),
                }).ToList();
            if (context.Json)
            {
                output.WriteJson(new { preset = parse.GetValue(preset), customers = scores.Count, exported, segments = groups });
            }
            else
            {
                var table = new Table().Title("RFM segments").AddColumn("segment").AddColumn(new TableColumn("customers").RightAligned())
                    .AddColumn(new TableColumn("share").RightAligned()).AddColumn("what it means");
                foreach (var g in groups)
                {
                    table.AddRow(Markup.Escape(g.name), g.customers.ToString("N0", CultureInfo.InvariantCulture), g.share.ToString("P1", CultureInfo.InvariantCulture),
                        Markup.Escape(g.description ?? ""));
                }

                output.Console.Write(table);
                if (exported is { } count)
                {
                    output.Console.MarkupLineInterpolated($"Exported {count:N0} of {scores.Count:N0} customers{(parse.GetValue(anyConsent) ? "" : " (those who consented to marketing email)")}.");
                }
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    public static Command Clv(GlobalOptions globals, CliOutput output)
    {
        var horizon = new Option<int>("--horizon-days") { Description = "How far ahead to value customers.", DefaultValueFactory = _ => 365 };
        var transactions = new Option<string?>("--transactions") { Description = "A file with columns customer,timestamp[,amount] instead of the store." };
        var calibrationEnd = new Option<string?>("--calibration-end") { Description = "With --transactions: the date the history ends (YYYY-MM-DD)." };
        var unit = new Option<string>("--time-unit") { Description = "day or week: the unit of the fitted rates.", DefaultValueFactory = _ => "week" };
        unit.AcceptOnlyFromAmong("day", "week");
        var outputFile = new Option<string?>("--output") { Description = "Write per-customer predictions to this CSV file." };
        var command = new Command("clv", "Customer lifetime value: BG/NBD purchases and Gamma-Gamma spend.")
        {
            horizon, transactions, calibrationEnd, unit, outputFile,
        };
        command.SetAction(parse => CommandContext.Run(parse, globals, output, context =>
        {
            var timeUnit = parse.GetValue(unit) == "day" ? TimeUnit.Day : TimeUnit.Week;
            var horizonDays = parse.GetValue(horizon);
            if (horizonDays < 1)
            {
                throw new CliException($"--horizon-days must be at least 1, not {horizonDays}.");
            }

            IReadOnlyList<CustomerSummary> summaries;
            if (parse.GetValue(transactions) is { } file)
            {
                var end = parse.GetValue(calibrationEnd) ?? throw new CliException("With --transactions, give --calibration-end YYYY-MM-DD.");
                if (!FieldParser.TryTimestamp(end, TimeZoneInfo.Utc, out var endAt))
                {
                    throw new CliException($"--calibration-end '{end}' is not a date (YYYY-MM-DD).");
                }

                // The calibration period includes its last day.
                summaries = TransactionSummary.FromTransactions(ReadTransactions(file), endAt.AddDays(1).AddTicks(-1), timeUnit);
            }
            else
            {
                context.RequireShop(createIfMissing: false);
                summaries = StoreSummaries(context, timeUnit);
            }

            var bgNbd = BgNbdFitter.Fit(summaries);
            var repeat = summaries.Where(s => s.Frequency > 0 && s.MonetaryValue > 0).ToList();
            var gammaGamma = GammaGammaFitter.Fit(repeat);
            var values = CustomerLifetimeValue.Compute(bgNbd, gammaGamma, summaries,
                new LifetimeValueOptions { HorizonMonths = Math.Max(1, (int)Math.Round(horizonDays / 30.0)) });
            var t = horizonDays / TimeUnits.Days(timeUnit);
            if (parse.GetValue(outputFile) is { } path)
            {
                WritePredictions(path, summaries, values, bgNbd, t);
            }

            var result = new
            {
                bgnbd = new { r = bgNbd.R, alpha = bgNbd.Alpha, a = bgNbd.A, b = bgNbd.B, logLikelihood = bgNbd.LogLikelihood },
                gammaGamma = new { p = gammaGamma.P, q = gammaGamma.Q, gamma = gammaGamma.Gamma, logLikelihood = gammaGamma.LogLikelihood },
                timeUnit = parse.GetValue(unit),
                horizonDays,
                customers = summaries.Count,
                repeatCustomers = repeat.Count,
                expectedPurchases = Math.Round(summaries.Sum(s => bgNbd.ExpectedPurchases(t, s)), 2),
                lifetimeValue = Math.Round(values.Sum(v => v.LifetimeValue), 2),
            };
            if (context.Json)
            {
                output.WriteJson(result);
            }
            else
            {
                output.Console.MarkupLineInterpolated(
                    $"BG/NBD r={bgNbd.R:F3} alpha={bgNbd.Alpha:F3} a={bgNbd.A:F3} b={bgNbd.B:F3}; Gamma-Gamma p={gammaGamma.P:F3} q={gammaGamma.Q:F3} gamma={gammaGamma.Gamma:F3}");
                output.Console.MarkupLineInterpolated(
                    $"{summaries.Count:N0} customers expect {result.expectedPurchases:N0} purchases in {horizonDays} days; lifetime value {result.lifetimeValue:N0}.");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>
    /// Summaries as of the newest order, not the wall clock: an imported history that ended months ago
    /// would otherwise make every customer look gone. Only customers who consented to analytics count.
    /// </summary>
    private static IReadOnlyList<CustomerSummary> StoreSummaries(CommandContext context, TimeUnit unit)
    {
        var orders = AnalyticsData(context).Orders;
        try
        {
            return TransactionSummary.FromOrders(orders, orders.Count == 0 ? DateTimeOffset.MinValue : orders.Max(o => o.Timestamp), unit);
        }
        catch (ArgumentException)
        {
            throw new CliException($"Shop '{context.ShopId}' has no purchases by customers who consented to analytics: import some orders first.");
        }
    }

    /// <summary>The shop's data as customer analytics may use it: customers who consented to analytics, their orders and events.</summary>
    internal static ShopData AnalyticsData(CommandContext context) =>
        CustomerAnalytics.ForAnalytics(context.Store.ReadShopData(context.ShopId));

    internal static List<(string Customer, DateTimeOffset Time, decimal Amount)> ReadTransactions(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"File '{path}' does not exist.");
        }

        using var reader = CsvDataReader.Create(path, new CsvDataReaderOptions { Comment = '\0' });
        var names = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetName(i).Trim().ToLowerInvariant()).ToList();
        var customer = names.IndexOf("customer");
        var timestamp = names.IndexOf("timestamp");
        var amount = names.IndexOf("amount");
        if (customer < 0 || timestamp < 0)
        {
            throw new CliException($"File '{path}' needs the columns customer,timestamp[,amount]; its header is {string.Join(",", names)}.");
        }

        var rows = new List<(string, DateTimeOffset, decimal)>();
        while (reader.Read())
        {
            var line = reader.RowNumber + 1;
            var id = reader.GetString(customer).Trim();
            if (id.Length == 0 || !FieldParser.TryTimestamp(reader.GetString(timestamp), TimeZoneInfo.Utc, out var at))
            {
                throw new CliException($"{path}: line {line}: needs a customer and a timestamp (ISO 8601).");
            }

            var value = 0m;
            if (amount >= 0 && reader.GetString(amount).Trim() is { Length: > 0 } text && !FieldParser.TryDecimal(text, out value))
            {
                throw new CliException($"{path}: line {line}: amount '{text}' is not a number.");
            }

            rows.Add((id, at, value));
        }

        return rows;
    }

    private static void WritePredictions(string path, IReadOnlyList<CustomerSummary> summaries, IReadOnlyList<CustomerValue> values, BgNbdModel model, double t)
    {
        using var writer = new StreamWriter(path);
        var csv = new CsvRecordWriter(writer);
        csv.Header(["customer", "frequency", "recency", "T", "monetary_value", "p_alive", "expected_purchases", "p_at_least_one", "expected_spend", "clv"]);
        for (var i = 0; i < summaries.Count; i++)
        {
            var s = summaries[i];
            var v = values[i];
            csv.Field(s.CustomerId);
            csv.Field(s.Frequency);
            foreach (var number in new[] { s.Recency, s.T, s.MonetaryValue, v.ProbabilityAlive, model.ExpectedPurchases(t, s), v.ProbabilityAtLeastOne, v.ExpectedSpend, v.LifetimeValue })
            {
                csv.Field(number);
            }

            csv.EndRow();
        }
    }
}
