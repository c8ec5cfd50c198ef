namespace Tailor.Simulation;

/// <summary>
/// Words of one catalogue category. Titles, descriptions and tags are built from these, so a text
/// model can find the category structure while titles still vary.
/// </summary>
/// <param name="Path">Category path as stored on items.</param>
/// <param name="MedianPrice">Median price in shop currency; prices are log-normal around it.</param>
/// <param name="Consumable">Whether products of the category are used up and re-bought.</param>
/// <param name="Nouns">What the products are (singular).</param>
/// <param name="Materials">What they are made of or filled with.</param>
/// <param name="Styles">Adjectives that suit the category.</param>
/// <param name="Details">Second half of a title after a dash, such as a scent or a size.</param>
/// <param name="Phrases">Description sentences; {noun} and {material} are filled in.</param>
/// <param name="Tags">Tags that suit the category.</param>
/// <param name="Topics">Subjects of content items about the category.</param>
internal sealed record CategoryVocabulary(
    string Path,
    double MedianPrice,
    bool Consumable,
    IReadOnlyList<string> Nouns,
    IReadOnlyList<string> Materials,
    IReadOnlyList<string> Styles,
    IReadOnlyList<string> Details,
    IReadOnlyList<string> Phrases,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Topics);
