using System.CommandLine;
using Tailor.Data;

namespace Tailor.Cli.Commands;

/// <summary>The KIND argument of import and export.</summary>
internal static class DataKindArgument
{
    private static readonly Dictionary<string, DataKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["customers"] = DataKind.Customers,
        ["items"] = DataKind.Items,
        ["orders"] = DataKind.Orders,
        ["events"] = DataKind.Events,
        ["spend"] = DataKind.Spend,
        ["campaigns"] = DataKind.Campaigns,
    };

    public static Argument<string> Create()
    {
        var argument = new Argument<string>("kind")
        {
            Description = "What the file holds: " + string.Join(", ", Kinds.Keys) + ".",
        };
        argument.AcceptOnlyFromAmong([.. Kinds.Keys]);
        return argument;
    }

    public static DataKind Parse(string value) => Kinds[value];
}
