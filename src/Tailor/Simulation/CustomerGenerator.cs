using System.Collections.Immutable;
using System.Globalization;
using Tailor.Data;

namespace Tailor.Simulation;

/// <summary>Draws the customers: who they are, what they like, how often they buy and when they arrive.</summary>
internal static class CustomerGenerator
{
    /// <summary>Scale of taste vectors; larger makes customers stick closer to their favourite categories.</summary>
    public const double TasteStrength = 4.5;

    private static readonly ImmutableArray<(string Country, double Weight, ImmutableArray<string> Regions)> _countries =
    [
        ("NL", 0.55, ["Noord-Holland", "Zuid-Holland", "Utrecht", "Gelderland", "Noord-Brabant"]),
        ("BE", 0.20, ["Antwerpen", "Oost-Vlaanderen", "Vlaams-Brabant", "Brussel"]),
        ("DE", 0.15, ["Nordrhein-Westfalen", "Niedersachsen", "Bayern"]),
        ("FR", 0.06, ["Île-de-France", "Hauts-de-France"]),
        ("LU", 0.04, ["Luxembourg"]),
    ];

    private static readonly ImmutableArray<string> _ageBands = ["18-24", "25-34", "35-44", "45-54", "55-64", "65+"];

    public static CustomerState[] Generate(
        ShopSimulatorOptions options,
        Catalogue catalogue,
        IntensityCurve acquisition,
        MarketingPlan marketing,
        Random rng)
    {
        var count = options.Customers;
        var initial = (int)Math.Round(count * options.InitialCustomerShare);
        var drafts = new Draft[count];
        var created = new double[count];
        for (var k = 0; k < count; k++)
        {
            drafts[k] = Draw(options, catalogue, acquisition, marketing, rng, presentAtStart: k < initial);
            created[k] = drafts[k].CreatedAt;
        }

        // Ids follow sign-up order, as a shop's customer numbers would.
        Array.Sort(created, drafts);
        var width = Math.Max(5, count.ToString(CultureInfo.InvariantCulture).Length);
        var format = "D" + width.ToString(CultureInfo.InvariantCulture);
        var customers = new CustomerState[count];
        for (var i = 0; i < count; i++)
        {
            var d = drafts[i];
            customers[i] = new CustomerState
            {
                Index = i,
                Id = "C" + (i + 1).ToString(format, CultureInfo.InvariantCulture),
                CreatedAt = d.CreatedAt,
                Lambda = d.Lambda,
                DropoutProbability = d.DropoutProbability,
                Taste = d.Taste,
                Favourites = d.Favourites,
                PreferredHour = d.PreferredHour,
                PreferredChannel = d.PreferredChannel,
                StoreShopper = d.StoreShopper,
                Country = d.Country,
                Region = d.Region,
                Consent = d.Consent,
                Source = d.Source,
                AgeBand = d.AgeBand,
            };
        }

        return customers;
    }

    private sealed record Draft(
        double CreatedAt, double Lambda, double DropoutProbability, double[] Taste, int[] Favourites, int PreferredHour,
        string PreferredChannel, bool StoreShopper, string Country, string Region, Consent Consent, string Source, string AgeBand);

    private static Draft Draw(
        ShopSimulatorOptions options, Catalogue catalogue, IntensityCurve acquisition, MarketingPlan marketing, Random rng,
        bool presentAtStart)
    {
        var process = options.PurchaseProcess;
        var lambda = rng.NextGamma(process.R, process.Alpha);
        var dropout = rng.NextBeta(process.A, process.B);
        var (taste, favourites) = DrawTaste(rng, catalogue.Centroids);
        var preferredHour = PreferredHour(rng);
        var channelDraw = rng.NextDouble();
        var preferredChannel = channelDraw < 0.55 ? "email" : channelDraw < 0.8 ? "sms" : "push";
        var storeShopper = rng.NextBool(0.12);
        var (country, region) = Location(rng);
        var consent = new Consent(
            Personalization: rng.NextBool(0.9), EmailMarketing: rng.NextBool(0.6), Analytics: rng.NextBool(0.95));
        var ageBand = _ageBands[Math.Min(_ageBands.Length - 1, (int)Math.Abs(2.2 + (1.3 * rng.NextGaussian())))];

        double createdAt;
        string source;
        if (presentAtStart)
        {
            createdAt = -rng.NextUniform(1, 730);
            source = "existing";
        }
        else
        {
            var day = acquisition.DrawDay(rng);
            createdAt = day + (storeShopper ? HourProfile.StoreTimeOfDay(rng) : HourProfile.WebTimeOfDay(rng, preferredHour));
            source = Source(rng, marketing, options.Channels, day);
        }

        return new Draft(
            createdAt, lambda, dropout, taste, favourites, preferredHour, preferredChannel, storeShopper, country, region,
            consent, source, ageBand);
    }

    /// <summary>A taste vector built around one or two favourite categories.</summary>
    public static (double[] Taste, int[] Favourites) DrawTaste(Random rng, double[][] centroids)
    {
        var favourites = DrawFavourites(rng, centroids.Length);
        return (Taste(rng, centroids, favourites), favourites);
    }

    private static int[] DrawFavourites(Random rng, int categories)
    {
        var first = rng.Next(categories);
        if (!rng.NextBool(0.5))
        {
            return [first];
        }

        var second = (first + 1 + rng.Next(categories - 1)) % categories;
        return [first, second];
    }

    /// <summary>Points towards the favourite categories' centroids, with some personal direction.</summary>
    private static double[] Taste(Random rng, double[][] centroids, int[] favourites)
    {
        var dimensions = centroids[0].Length;
        var direction = new double[dimensions];
        foreach (var favourite in favourites)
        {
            for (var d = 0; d < dimensions; d++)
            {
                direction[d] += centroids[favourite][d];
            }
        }

        var norm = 0.0;
        for (var d = 0; d < dimensions; d++)
        {
            norm += direction[d] * direction[d];
        }

        norm = Math.Sqrt(norm);
        var noise = CatalogueGenerator.GaussianVector(rng, dimensions, 1.0 / Math.Sqrt(dimensions));
        var taste = new double[dimensions];
        for (var d = 0; d < dimensions; d++)
        {
            taste[d] = TasteStrength * ((0.9 * direction[d] / norm) + (0.45 * noise[d]));
        }

        return taste;
    }

    /// <summary>Morning readers, lunch-break browsers and evening shoppers, plus a few night owls.</summary>
    private static int PreferredHour(Random rng)
    {
        var draw = rng.NextDouble();
        var hour = draw switch
        {
            < 0.30 => 8 + rng.NextGaussian(),
            < 0.50 => 12.5 + rng.NextGaussian(),
            < 0.90 => 20 + (1.5 * rng.NextGaussian()),
            _ => 24 * rng.NextDouble(),
        };
        return (((int)Math.Floor(hour) % 24) + 24) % 24;
    }

    private static (string Country, string Region) Location(Random rng)
    {
        var draw = rng.NextDouble();
        foreach (var (country, weight, regions) in _countries)
        {
            if (draw < weight)
            {
                return (country, regions[rng.Next(regions.Length)]);
            }

            draw -= weight;
        }

        var last = _countries[_countries.Length - 1];
        return (last.Country, last.Regions[0]);
    }

    /// <summary>Last-touch acquisition source: a channel in proportion to the lift it gave that day.</summary>
    private static string Source(Random rng, MarketingPlan marketing, IReadOnlyList<MarketingChannel> channels, int day)
    {
        var draw = rng.NextDouble() * (1 + marketing.TotalLift[day]);
        for (var c = 0; c < channels.Count; c++)
        {
            draw -= marketing.Lift[c][day];
            if (draw < 0)
            {
                return channels[c].Name;
            }
        }

        return "organic";
    }
}
