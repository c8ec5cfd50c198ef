using Tailor.Bench;

// Usage: dotnet run -c Release --project bench/Tailor.Bench -- [SECTION|all] [--runs N] [--out docs/benchmarks.md]
// Sections: import, recommend, customers, churn, experiments, inventory, forecast, marketing, audience, dashboard, http.
var sections = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal) && !int.TryParse(a, out _)).ToHashSet();
var runs = ArgValue("--runs") is { } r ? int.Parse(r, System.Globalization.CultureInfo.InvariantCulture) : 5;
var repo = FindRepositoryRoot();
var outPath = ArgValue("--out") ?? Path.Combine(repo, "docs", "benchmarks.md");
var data = Path.GetFullPath(Path.Combine(repo, "..", "shared", "data", "online_retail.csv.gz"));
bool Wanted(string name) => sections.Count == 0 || sections.Contains("all") || sections.Contains(name);

if (Wanted("import"))
{
    Console.WriteLine("import: timing tailor import of the Online Retail file...");
    ReportFile.Update(outPath, "import", ImportBenchmark.Run(data, runs));
}

if (Wanted("recommend"))
{
    Console.WriteLine("recommend: Online Retail quality and speed...");
    ReportFile.Update(outPath, "recommend", RecommendBenchmark.Run(data));
}

if (Wanted("customers"))
{
    Console.WriteLine("customers: CLV fits, RFM and clustering...");
    ReportFile.Update(outPath, "customers", CustomersBenchmark.Run());
}

if (Wanted("churn"))
{
    Console.WriteLine("churn: trees against recency and BG/NBD on Online Retail and the simulator...");
    ReportFile.Update(outPath, "churn", ChurnBenchmark.Run(data));
}

if (Wanted("experiments"))
{
    Console.WriteLine("experiments: peeking, SRM, bandit and report speed...");
    ReportFile.Update(outPath, "experiments", ExperimentsBenchmark.Run());
}

if (Wanted("inventory"))
{
    Console.WriteLine("inventory: purchase suggestions against 30 days of cover on a simulated year...");
    ReportFile.Update(outPath, "inventory", InventoryBenchmark.Run());
}

if (Wanted("forecast"))
{
    Console.WriteLine("forecast: Tailor's automatic choice against R's forecast::ets...");
    ReportFile.Update(outPath, "forecast", ForecastBenchmark.Run(data));
}

if (Wanted("marketing"))
{
    Console.WriteLine("marketing: curve recovery, plans against the true optimum, speed...");
    ReportFile.Update(outPath, "marketing", MarketingBenchmark.Run());
}

if (Wanted("audience"))
{
    Console.WriteLine("audience: campaign profit by the true model, propensity, send time, speed...");
    ReportFile.Update(outPath, "audience", AudienceBenchmark.Run());
}

if (Wanted("http"))
{
    Console.WriteLine("http: load on tailor serve with wrk...");
    ReportFile.Update(outPath, "http", HttpBenchmark.Run(data, seconds: 10));
}

if (Wanted("dashboard"))
{
    Console.WriteLine("dashboard: page render times on the demo shop...");
    ReportFile.Update(outPath, "dashboard", DashboardBenchmark.Run(requests: 20));
}

Console.WriteLine($"Wrote {outPath}");
return 0;

string? ArgValue(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static string FindRepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Tailor.slnx")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Run the benchmark from inside the Tailor repository.");
}
