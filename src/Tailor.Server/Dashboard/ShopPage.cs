using Microsoft.AspNetCore.Components;
using Tailor.Data;

namespace Tailor.Server.Dashboard;

/// <summary>
/// Base of the dashboard's pages: the request, the store, and the one shop the signed-in person sees.
/// Pages only gather what the engine computed; they compute nothing themselves.
/// </summary>
public abstract class ShopPage : ComponentBase
{
    private Shop? _shop;
    private Formats? _format;

    [CascadingParameter]
    public HttpContext HttpContext { get; set; } = null!;

    [Inject]
    public ITailorStore Store { get; set; } = null!;

    [Inject]
    public TimeProvider Clock { get; set; } = null!;

    protected string ShopId => HttpContext.User.ShopId();

    /// <summary>The shop, as stored; a key or user always belongs to an existing shop.</summary>
    protected Shop Shop => _shop ??= Store.FindShop(ShopId) ?? new Shop(ShopId, ShopId);

    /// <summary>Formats with the shop's currency and time zone.</summary>
    protected Formats Format => _format ??= new Formats(Shop);
}
