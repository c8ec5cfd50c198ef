namespace Tailor.Recommend.Algorithms;

/// <summary>One wording for every algorithm's option errors: "ALS option Factors must be ... (was 0)."</summary>
internal static class OptionCheck
{
    public static void Require(string algorithm, bool condition, string option, string problem)
    {
        if (!condition)
        {
            throw new ArgumentException($"{algorithm} option {option} {problem}.", option);
        }
    }
}
