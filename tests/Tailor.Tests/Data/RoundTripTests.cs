using Tailor.Data;
using Tailor.Data.Csv;

namespace Tailor.Tests.Data;

/// <summary>Export then import into an empty shop, then export again: the two exports are the same file.</summary>
public sealed class RoundTripTests : IDisposable
{
    private readonly TempStore _first = new();
    private readonly TempStore _second = new();

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
    }

    public static TheoryData<DataKind, string> Files => new()
    {
        { DataKind.Customers, "customer_id,created_at,country,region,consent_personalization,consent_email,consent_analytics,attributes\nc1,2024-03-01T10:00:00Z,NL,\"Utrecht, centre\",true,true,false,\"{\"\"a\"\":1}\"\nc2,2024-03-02T11:30:00.250Z,,,false,false,true,\n" },
        { DataKind.Items, "item_id,title,kind,description,category,tags,price,cost,stock,available,created_at\nA1,\"Mug \"\"XL\"\"\",product,\"Line one\nline two\",Kitchen/Mugs,a|b,7.5,3.1,12,true,2024-01-01T00:00:00Z\nP1,How to brew,content,,Guides,,,,,false,\n" },
        { DataKind.Orders, "order_id,timestamp,item_id,quantity,unit_price,customer_id,channel,country,line\nO1,2024-01-01T10:00:00Z,A1,2,2.55,c1,web,NL,1\nO1,2024-01-01T10:00:00Z,A2,1,0,c1,web,NL,2\nC1,2024-01-03T10:00:00Z,A1,-1,2.55,,store,,1\n" },
        { DataKind.Events, "type,timestamp,customer_id,session_id,item_id,value,quantity,channel,idempotency_key\nview,2024-01-01T10:00:00.123Z,c1,,A1,,,web,k1\nrating,2024-01-01T10:01:00Z,,s9,A1,4.5,,web,k2\nadd_to_cart,2024-01-01T10:02:00Z,c1,,A1,,2,app,\n" },
        { DataKind.Spend, "channel,date,amount,impressions,clicks,conversions,revenue\nsearch,2024-01-01,10.5,1000,30,2.5,99.9\nprint,2024-01-01,0,,,,\n" },
        { DataKind.Campaigns, "campaign_id,channel,customer_id,sent_at,segment,variant,opened,clicked,converted,unsubscribed,revenue\nK1,email,c1,2024-01-01T09:00:00Z,loyal,A,true,true,false,false,12.5\nK1,email,c2,2024-01-01T09:05:00Z,loyal,B,false,false,false,true,\n" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Export_and_import_round_trip(DataKind kind, string content)
    {
        var report = new CsvImporter(_first.Store).Import(_first.ShopId, kind, _first.File("in.csv", content));
        Assert.Equal(0, report.Rejected);
        var firstExport = Path.Combine(_first.Directory, "out.csv");
        new CsvExporter(_first.Store).Export(_first.ShopId, kind, firstExport);

        new CsvImporter(_second.Store).Import(_second.ShopId, kind, firstExport);
        var secondExport = Path.Combine(_second.Directory, "out.csv");
        var rows = new CsvExporter(_second.Store).Export(_second.ShopId, kind, secondExport);

        Assert.Equal(report.Accepted, rows);
        Assert.Equal(File.ReadAllText(firstExport), File.ReadAllText(secondExport));
        Assert.Equal(string.Join(',', CsvLayout.For(kind).Names), File.ReadLines(firstExport).First());
        Assert.Equal(0, new CsvImporter(_first.Store).Import(_first.ShopId, kind, firstExport).Changes);
    }
}
