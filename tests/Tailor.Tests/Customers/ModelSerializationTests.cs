using System.Text.Json;
using Tailor.Customers;

namespace Tailor.Tests.Customers;

public class ModelSerializationTests
{
    [Fact]
    public void Fitted_models_survive_a_json_round_trip_and_predict_the_same()
    {
        var data = SimulatedCustomers.BgNbd(800, 0.243, 4.414, 0.793, 2.426, 26, 78, seed: 11);
        var purchases = BgNbdFitter.Fit(data);
        var spend = GammaGammaFitter.Fit(SimulatedCustomers.GammaGamma(800, 6.25, 3.74, 15.44, 3, seed: 11));

        var purchasesAgain = JsonSerializer.Deserialize<BgNbdModel>(JsonSerializer.Serialize(purchases))!;
        var spendAgain = JsonSerializer.Deserialize<GammaGammaModel>(JsonSerializer.Serialize(spend))!;

        Assert.Equal(purchases, purchasesAgain);
        Assert.Equal(spend, spendAgain);
        Assert.NotNull(purchasesAgain.LogLikelihood);
        Assert.Equal(purchases.ExpectedPurchases(26, data[5]), purchasesAgain.ExpectedPurchases(26, data[5]));
        Assert.Equal(spend.ConditionalExpectedSpend(3, 40), spendAgain.ConditionalExpectedSpend(3, 40));
    }

    [Fact]
    public void Models_built_from_given_parameters_serialise_without_a_likelihood()
    {
        var model = new BgNbdModel(0.243, 4.414, 0.793, 2.426, TimeUnit.Week);
        var again = JsonSerializer.Deserialize<BgNbdModel>(JsonSerializer.Serialize(model))!;
        Assert.Null(again.LogLikelihood);
        Assert.Equal(model, again);
    }
}
