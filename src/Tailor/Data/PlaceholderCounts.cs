namespace Tailor.Data;

/// <summary>How many customers and items were created because a row referenced them.</summary>
public readonly record struct PlaceholderCounts(int Customers, int Items);
