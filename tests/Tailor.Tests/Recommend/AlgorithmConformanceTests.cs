using Tailor.Recommend;
using Tailor.Recommend.Algorithms;
using Tailor.Recommend.Training;
using Tailor.Simulation;

namespace Tailor.Tests.Recommend;

/// <summary>
/// What every algorithm must do (after ML.NET's TestEstimatorCore): the same data gives the same
/// model, a saved model scores like the original, and an empty matrix is refused with an ArgumentException.
/// </summary>
public sealed class AlgorithmConformanceTests
{
    private static readonly SimulatedShop Shop = ShopSimulator.Generate(new ShopSimulatorOptions { Customers = 300, Items = 80, Days = 180, Seed = 3 });

    private static readonly InteractionMatrix Matrix = InteractionMatrix.Build(
        InteractionSource.FromShop(Shop.Data, new InteractionOptions()), new InteractionOptions(), Shop.Orders[^1].Timestamp,
        Shop.Items.Select(i => i.ExternalId));

    public static TheoryData<string> Algorithms => new()
    {
        "popularity", "trending", "item-knn", "ease", "als", "content", "bought-together", "hybrid",
    };

    private static IRecommenderTrainer Trainer(string name) => name switch
    {
        "content" => new ContentTrainer(Shop.Items),
        "bought-together" => new BoughtTogetherTrainer(Shop.Orders.Select(o => (IReadOnlyCollection<string>)o.Lines.Select(l => l.ItemId).ToArray())),
        "hybrid" => new BlendTrainer([AlgorithmCatalog.Create("ease"), AlgorithmCatalog.Create("als", 80), new ContentTrainer(Shop.Items)], [1f, 0.5f, 0.2f]),
        _ => AlgorithmCatalog.Create(name, 80),
    };

    private static float[] ScoresOf(IRecommender model, int user)
    {
        var scores = new float[model.ItemCount];
        model.Score(Matrix.UserItems.RowColumns(user), Matrix.UserItems.RowValues(user), scores);
        return scores;
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void The_same_data_gives_the_same_model(string name)
    {
        var first = Trainer(name).Fit(Matrix);
        var second = Trainer(name).Fit(Matrix);

        for (var user = 0; user < 40; user++)
        {
            Assert.Equal(ScoresOf(first, user), ScoresOf(second, user));
        }
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void A_saved_model_scores_like_the_original(string name)
    {
        var model = Trainer(name).Fit(Matrix);

        var loaded = RecommenderSerializer.FromBytes(RecommenderSerializer.ToBytes(model));

        Assert.Equal(model.Name, loaded.Name);
        for (var user = 0; user < 40; user++)
        {
            Assert.Equal(ScoresOf(model, user), ScoresOf(loaded, user));
        }
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void An_empty_matrix_is_refused_with_a_clear_error(string name)
    {
        var empty = new InteractionMatrix(new IdMap(), new IdMap(), SparseMatrix.FromEntries(0, 0, []));

        var error = Assert.ThrowsAny<ArgumentException>(() => Trainer(name).Fit(empty));

        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void A_model_file_of_another_kind_is_refused() =>
        Assert.Throws<InvalidDataException>(() => RecommenderSerializer.FromBytes([1, 2, 3, 4, 5, 6, 7, 8]));

    [Fact]
    public void Ease_refuses_a_catalogue_above_its_limit() =>
        Assert.Throws<ArgumentException>(() => new EaseTrainer(new EaseOptions { MaxItems = 50 }).Fit(Matrix));
}
