namespace Tailor.Recommend;

/// <summary>How an item got into a user's history, for the wording of reasons.</summary>
public enum HistorySource
{
    Viewed,
    Clicked,
    AddedToCart,
    Rated,
    Bought,
}
