using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Tailor.Customers;

/// <summary>ML.NET's k-means (k-means++ seeding, Yinyang iterations), single-threaded so a seed fixes the result.</summary>
internal static class KMeans
{
    /// <summary>Cluster of each row, 0 to k - 1 (some may be empty).</summary>
    public static int[] Assign(float[][] rows, int k, int seed, int maxIterations)
    {
        var context = new MLContext(seed);
        var schema = SchemaDefinition.Create(typeof(KMeansRow));
        schema[nameof(KMeansRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, rows[0].Length);
        var data = context.Data.LoadFromEnumerable(rows.Select(r => new KMeansRow { Features = r }), schema);
        var trainer = context.Clustering.Trainers.KMeans(new KMeansTrainer.Options
        {
            FeatureColumnName = nameof(KMeansRow.Features),
            NumberOfClusters = k,
            NumberOfThreads = 1,
            MaximumNumberOfIterations = maxIterations,
            InitializationAlgorithm = KMeansTrainer.InitializationAlgorithm.KMeansPlusPlus,
        });
        var model = trainer.Fit(data);
        var labels = model.Transform(data).GetColumn<uint>("PredictedLabel").ToArray();
        var result = new int[labels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            result[i] = (int)labels[i] - 1;
        }

        return result;
    }
}
