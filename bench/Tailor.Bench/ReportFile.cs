using System.Text;

namespace Tailor.Bench;

/// <summary>
/// docs/benchmarks.md is made of sections, one per benchmark; a run replaces only the sections it
/// measured, so running one benchmark does not throw away the others' figures.
/// </summary>
internal static class ReportFile
{
    private const string Title = """
        # Benchmarks

        Produced by `bench/Tailor.Bench` (see each section for its command, machine and date). Figures are
        whole-process or in-process timings from one run on the machine named; peers run in the same run so
        their ratio is fair. The UCI Online Retail data set (Daqing Chen, 2015, CC BY 4.0,
        https://doi.org/10.24432/C5BW33) is read from ../shared/data.

        """;

    public static void Update(string path, string section, string markdown)
    {
        var text = File.Exists(path) ? File.ReadAllText(path) : Title;
        var begin = $"<!-- bench:{section} -->";
        var end = $"<!-- /bench:{section} -->";
        var block = new StringBuilder().AppendLine(begin).Append(markdown.TrimEnd()).AppendLine().Append(end).ToString();
        var from = text.IndexOf(begin, StringComparison.Ordinal);
        var to = text.IndexOf(end, StringComparison.Ordinal);
        text = from >= 0 && to > from
            ? string.Concat(text.AsSpan(0, from), block, text.AsSpan(to + end.Length))
            : text.TrimEnd() + "\n\n" + block + "\n";
        File.WriteAllText(path, text);
    }
}
