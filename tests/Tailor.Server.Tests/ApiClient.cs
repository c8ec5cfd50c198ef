using System.Net.Http.Headers;
using Tailor.Data;

namespace Tailor.Server.Tests;

/// <summary>Creates keys in a store and HTTP clients that send them.</summary>
internal static class ApiClient
{
    public static string CreateKey(ITailorStore store, string shopId, ApiScope scopes)
    {
        var key = ApiKey.Generate();
        store.SaveApiKey(shopId, ApiKey.Hash(key), ApiKey.DisplayPrefix(key), scopes, "test");
        return key;
    }

    public static HttpClient With(this RunningServer server, string key)
    {
        var client = new HttpClient { BaseAddress = server.Client.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }
}
