namespace Tailor.Customers;

/// <summary>A customer's earlier sends on a channel: how many, how many were opened, how many had the outcome.</summary>
internal readonly record struct ResponsePropensityHistory(int Sends, int Opens, int Responses);
