namespace Tailor.Data;

/// <summary>The event types Tailor gives meaning to. Other types are stored and kept as they come.</summary>
public static class EventTypes
{
    public const string View = "view";
    public const string Click = "click";
    public const string AddToCart = "add_to_cart";
    public const string Purchase = "purchase";
    public const string Rating = "rating";
    public const string EmailOpen = "email_open";
    public const string EmailClick = "email_click";
}
