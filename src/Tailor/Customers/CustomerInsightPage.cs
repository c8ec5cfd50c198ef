namespace Tailor.Customers;

/// <summary>A page of a segment's customers.</summary>
/// <param name="Version">The customer-analytics version read, or 0 when the shop has none.</param>
/// <param name="Total">Customers in the segment who pass the query's filters, on all pages.</param>
/// <param name="Customers">This page, in customer-id order.</param>
public sealed record CustomerInsightPage(int Version, int Total, IReadOnlyList<CustomerInsight> Customers);
