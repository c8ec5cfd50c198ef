using System.Net;
using System.Text.RegularExpressions;

namespace Tailor.Server.Tests;

/// <summary>A browser-like client of the dashboard: keeps cookies, does not follow redirects, posts forms with their token.</summary>
internal sealed partial class DashboardSession : IDisposable
{
    private DashboardSession(Uri address, CookieContainer cookies)
    {
        Cookies = cookies;
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = address };
    }

    public HttpClient Client { get; }

    /// <summary>The session's cookies; cookies are per host, not port, so they reach another server on loopback too.</summary>
    public CookieContainer Cookies { get; }

    public static DashboardSession Anonymous(RunningServer server) => new(server.Client.BaseAddress!, new CookieContainer());

    /// <summary>The same cookies on another server.</summary>
    public DashboardSession On(RunningServer server) => new(server.Client.BaseAddress!, Cookies);

    /// <summary>Signs in through the login form; the response is the form's answer (302 to / on success).</summary>
    public static async Task<(DashboardSession Session, HttpResponseMessage Response)> SignInAsync(
        RunningServer server, string? key = null, string? name = null, string? password = null)
    {
        var session = Anonymous(server);
        var response = await session.PostFormAsync("/login", "/login", new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Form.Key"] = key ?? "",
            ["Form.Name"] = name ?? "",
            ["Form.Password"] = password ?? "",
        });
        return (session, response);
    }

    /// <summary>Reads the antiforgery token from <paramref name="page"/> and posts the form to <paramref name="action"/> with it.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string page, string action, IDictionary<string, string> fields)
    {
        var html = await Client.GetStringAsync(new Uri(page, UriKind.Relative));
        var token = Token().Match(html).Groups[1].Value;
        Assert.NotEmpty(token);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token) };
        return await Client.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(form));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    public void Dispose() => Client.Dispose();
}
