using Tailor.Bench;

// Usage: dotnet run -c Release --project bench/Tailor.Bench -- [import|recommend|customers|http|dashboard|all] [--runs N] [--out docs/benchmarks.md]
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
