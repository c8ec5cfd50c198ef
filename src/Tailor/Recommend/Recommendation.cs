namespace Tailor.Recommend;

/// <summary>One recommended item with its score and a reason a person can read.</summary>
/// <param name="ItemId">External id of the item.</param>
/// <param name="Title">The item's title, when the catalogue has it.</param>
/// <param name="Score">Relative strength; comparable within one list only.</param>
/// <param name="Reason">"Because you bought Red mug", "Popular right now", ...</param>
/// <param name="ReasonKind">The reason as a code.</param>
/// <param name="RelatedItemId">The history or query item the reason names, if any.</param>
public sealed record Recommendation(
    string ItemId, string? Title, double Score, string Reason, ReasonKind ReasonKind, string? RelatedItemId);
