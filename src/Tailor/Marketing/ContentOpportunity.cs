namespace Tailor.Marketing;

/// <summary>One category: how much its content is read against how much of it there is, and what one more piece is worth.</summary>
/// <param name="Category">Category path.</param>
/// <param name="Rank">Position by <see cref="ExpectedValueOfNewItem"/>, 1 for where new content pays most.</param>
/// <param name="Items">Content items available in the category at the end of the window.</param>
/// <param name="Views">Views of the category's content in the window.</param>
/// <param name="Readers">Distinct customers and anonymous sessions who viewed it.</param>
/// <param name="ViewsPerItemMonth">Views a month of a typical piece: the geometric mean over the category's pieces of views per 30 days published within the window.</param>
/// <param name="ProductInterestShare">Share of the shop's product views, carts and purchases in the window that fall in the category.</param>
/// <param name="ContentShare">Share of the shop's content items that are in the category.</param>
/// <param name="RevenuePerView">Purchases in the category within the attribution days after a view of its content, per view, shrunk towards the shop's.</param>
/// <param name="ExpectedViewsOfNewItem">Views a month one more piece can expect: those of an average piece of the category now, or, for a category without content, the shop's average scaled by the category's product interest.</param>
/// <param name="ExpectedValueOfNewItem">Expected views a month times revenue per view: the attributed revenue one more piece brings a month.</param>
/// <param name="Reason">The figures that put the category where it is, in words.</param>
public sealed record ContentOpportunity(
    string Category,
    int Rank,
    int Items,
    int Views,
    int Readers,
    double ViewsPerItemMonth,
    double ProductInterestShare,
    double ContentShare,
    double RevenuePerView,
    double ExpectedViewsOfNewItem,
    double ExpectedValueOfNewItem,
    string Reason);
