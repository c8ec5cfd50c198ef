namespace Tailor.Data;

/// <summary>Everything one customer did, newest data included: what real-time scoring and the profile read.</summary>
public sealed record CustomerActivity(Customer Customer, IReadOnlyList<Order> Orders, IReadOnlyList<ShopEvent> Events);
