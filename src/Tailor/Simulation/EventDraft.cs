namespace Tailor.Simulation;

/// <summary>
/// An event before ids are known: indices into the customer, session and item tables. Kept small
/// because a default shop has hundreds of thousands of them.
/// </summary>
/// <param name="Seconds">Seconds since the start of the period.</param>
/// <param name="Customer">Customer index, or -1 for an anonymous visitor.</param>
/// <param name="Session">Session index, or -1.</param>
/// <param name="Item">Item index, or -1.</param>
/// <param name="Type">Index into <see cref="EventLog.Types"/>.</param>
/// <param name="Channel">Index into <see cref="EventLog.Channels"/>.</param>
/// <param name="Quantity">Units, or 0 for none.</param>
/// <param name="Value">A value, or NaN for none.</param>
internal readonly record struct EventDraft(
    long Seconds, int Customer, int Session, int Item, byte Type, byte Channel, int Quantity, double Value);
