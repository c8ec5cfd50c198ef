using System.Net.Http.Headers;
using Tailor.Data;
using Tailor.Recommend.Training;
using Tailor.Recommend;
using Tailor.Simulation;

namespace Tailor.Server.Tests;

/// <summary>Creates keys in a store and HTTP clients that send them.</summary>
internal static class ApiClient
{
    /// <summary>A new key; unlimited unless a rate limit is given, since tests send bursts a shop's site would not.</summary>
    public static string CreateKey(ITailorStore store, string shopId, ApiScope scopes, int? rateLimit = 0)
    {
        var key = ApiKey.Generate();
        store.SaveApiKey(shopId, ApiKey.Hash(key), ApiKey.DisplayPrefix(key), scopes, "test", rateLimit);
        return key;
    }

    /// <summary>Loads a simulated shop as "default" and stores its trained recommender as version 1.</summary>
    public static void SeedTrainedShop(ITailorStore store, SimulatedShop shop)
    {
        store.EnsureShop(new Shop("default", "Simulated"));
        ShopDataWriter.Write(store, "default", shop.Data);
        var (bundle, _) = RecommenderTraining.Train(shop.Data, new RecommenderTrainingOptions { Tune = false });
        store.SaveModel("default", RecommenderBundle.ModelKind, null, bundle.ToBytes());
    }

    public static Uri Url(string path) => new(path, UriKind.Relative);

    public static StringContent JsonBody(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    /// <summary>A file's bytes while the server holds it open (empty when it does not exist).</summary>
    public static byte[] ReadIfExists(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    public static HttpClient With(this RunningServer server, string key)
    {
        var client = new HttpClient { BaseAddress = server.Client.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }
}
