namespace Tailor.Customers;

/// <summary>The two segment maps marketers know, over 1-5 scores with 5 best. Rules match first to last.</summary>
public static class RfmPresets
{
    /// <summary>
    /// The 11 R/F/M segments of R's rfm package (Champions, Loyal Customers, Potential Loyalist, New
    /// Customers, Promising, Need Attention, About To Sleep, At Risk, Can't Lose Them, Hibernating,
    /// Lost) with the package's score bounds. The package takes the first matching rule in that
    /// order, which leaves New Customers, Promising, Can't Lose Them and Lost unreachable (each box
    /// lies inside an earlier one); here the narrower boxes come first so every segment can occur.
    /// Scores matching no box are "Others", as in the package.
    /// </summary>
    public static IReadOnlyList<RfmSegmentRule> Rfm11 { get; } = Array.AsReadOnly(
    [
        new RfmSegmentRule("Champions", 4, 5, 4, 5, 4, 5),
        new RfmSegmentRule("Can't Lose Them", 1, 1, 4, 5, 4, 5),
        new RfmSegmentRule("Lost", 1, 1, 1, 1, 1, 1),
        new RfmSegmentRule("New Customers", 4, 5, 1, 1, 1, 1),
        new RfmSegmentRule("Promising", 3, 4, 1, 1, 1, 1),
        new RfmSegmentRule("Loyal Customers", 2, 5, 3, 5, 3, 5),
        new RfmSegmentRule("Need Attention", 2, 3, 2, 3, 2, 3),
        new RfmSegmentRule("At Risk", 1, 2, 2, 5, 2, 5),
        new RfmSegmentRule("Potential Loyalist", 3, 5, 1, 3, 1, 3),
        new RfmSegmentRule("About To Sleep", 2, 3, 1, 2, 1, 2),
        new RfmSegmentRule("Hibernating", 1, 2, 1, 2, 1, 2),
    ]);

    /// <summary>
    /// The 10-segment R/F grid (the regular expressions on the R and F scores used by the Python
    /// rfm tutorials: [1-2][1-2] hibernating, [1-2][3-4] at risk, [1-2]5 can't lose, 3[1-2] about to
    /// sleep, 33 need attention, [3-4][4-5] loyal customers, 41 promising, 51 new customers,
    /// [4-5][2-3] potential loyalists, 5[4-5] champions). The boxes tile all 25 cells; M is ignored.
    /// </summary>
    public static IReadOnlyList<RfmSegmentRule> Rf10 { get; } = Array.AsReadOnly(
    [
        RfmSegmentRule.RecencyFrequency("hibernating", 1, 2, 1, 2),
        RfmSegmentRule.RecencyFrequency("at risk", 1, 2, 3, 4),
        RfmSegmentRule.RecencyFrequency("can't lose", 1, 2, 5, 5),
        RfmSegmentRule.RecencyFrequency("about to sleep", 3, 3, 1, 2),
        RfmSegmentRule.RecencyFrequency("need attention", 3, 3, 3, 3),
        RfmSegmentRule.RecencyFrequency("loyal customers", 3, 4, 4, 5),
        RfmSegmentRule.RecencyFrequency("promising", 4, 4, 1, 1),
        RfmSegmentRule.RecencyFrequency("new customers", 5, 5, 1, 1),
        RfmSegmentRule.RecencyFrequency("potential loyalists", 4, 5, 2, 3),
        RfmSegmentRule.RecencyFrequency("champions", 5, 5, 4, 5),
    ]);
}
