using System.Globalization;
using System.Text;

namespace Tailor.Cli.Tests;

public sealed class ForecastVerbTests : IDisposable
{
    // R's AirPassengers (public domain), monthly 1949-1960.
    private static readonly double[] AirPassengers =
    [
        112, 118, 132, 129, 121, 135, 148, 148, 136, 119, 104, 118, 115, 126, 141, 135, 125, 149, 170, 170, 158, 133, 114, 140,
        145, 150, 178, 163, 172, 178, 199, 199, 184, 162, 146, 166, 171, 180, 193, 181, 183, 218, 230, 242, 209, 191, 172, 194,
        196, 196, 236, 235, 229, 243, 264, 272, 237, 211, 180, 201, 204, 188, 235, 227, 234, 264, 302, 293, 259, 229, 203, 229,
        242, 233, 267, 269, 270, 315, 364, 347, 312, 274, 237, 278, 284, 277, 317, 313, 318, 374, 413, 405, 355, 306, 271, 306,
        315, 301, 356, 348, 355, 422, 465, 467, 404, 347, 305, 336, 340, 318, 362, 348, 363, 435, 491, 505, 404, 359, 310, 337,
        360, 342, 406, 396, 420, 472, 548, 559, 463, 407, 362, 405, 417, 391, 419, 461, 472, 535, 622, 606, 508, 461, 390, 432,
    ];

    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Forecast_on_a_series_file_matches_r_on_air_passengers_and_writes_the_contracted_columns()
    {
        var file = new StringBuilder("series,timestamp,value\n");
        for (var i = 0; i < AirPassengers.Length; i++)
        {
            file.Append(CultureInfo.InvariantCulture, $"air,{new DateOnly(1949, 1, 1).AddMonths(i):yyyy-MM-dd},{AirPassengers[i]}\n");
        }

        for (var i = 0; i < 40; i++)
        {
            file.Append(CultureInfo.InvariantCulture, $"flat,{i},{(i % 5 == 0 ? 3 : 0)}\n");
        }

        var output = Path.Combine(_cli.Directory, "forecast.csv");
        var (exit, json) = _cli.RunJson("forecast", "--series", _cli.File("series.csv", file.ToString()), "--horizon", "12",
            "--season-length", "12", "--output", output);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("ETS(M,Ad,M)", json.GetProperty("models").GetProperty("air").GetString(), StringComparison.Ordinal);
        var lines = File.ReadAllLines(output);
        Assert.Equal("series,step,forecast,lo80,hi80,lo95,hi95", lines[0]);
        Assert.Equal(25, lines.Length);
        var first = lines[1].Split(',');
        Assert.Equal(("air", "1"), (first[0], first[1]));
        Assert.Equal(441.80, double.Parse(first[2], CultureInfo.InvariantCulture), 441.80 * 0.01); // R forecast 8.20
        Assert.True(double.Parse(first[3], CultureInfo.InvariantCulture) < double.Parse(first[2], CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_bad_value_is_reported_with_its_line() =>
        Assert.Contains("line 3", _cli.Run("forecast", "--series", _cli.File("s.csv", "series,timestamp,value\na,1,2\na,2,x\n"),
            "--horizon", "2", "--output", Path.Combine(_cli.Directory, "o.csv")).Err, StringComparison.Ordinal);
}
