namespace Tailor.Recommend.Algorithms;

/// <summary>
/// Top-K cosine neighbours of every row of an items x features matrix (features are users for
/// collaborative filtering, terms for content). Dot products are accumulated through the features'
/// inverted lists, so the cost is the sum of squared feature frequencies, not items squared.
/// </summary>
internal static class CosineNeighbours
{
    /// <param name="itemFeatures">Weighted rows, one per item.</param>
    /// <param name="neighbours">How many neighbours to keep per item.</param>
    /// <param name="shrinkage">Added to the norm product: damps similarities resting on little overlap.</param>
    /// <param name="cancellationToken">Stops a long computation.</param>
    /// <returns>Items x items CSR: each row's neighbours sorted by item index, values the similarities.</returns>
    public static SparseMatrix Compute(SparseMatrix itemFeatures, int neighbours, float shrinkage, CancellationToken cancellationToken)
    {
        var items = itemFeatures.Rows;
        var featureItems = itemFeatures.Transpose();
        var norms = new float[items];
        for (var i = 0; i < items; i++)
        {
            norms[i] = MathF.Sqrt(System.Numerics.Tensors.TensorPrimitives.SumOfSquares(itemFeatures.RowValues(i)));
        }

        var rowColumns = new int[items][];
        var rowValues = new float[items][];
        var options = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.For(0, items, options, () => new Scratch(items, neighbours), (i, _, scratch) =>
        {
            scratch.Clear();
            var features = itemFeatures.RowColumns(i);
            var weights = itemFeatures.RowValues(i);
            for (var f = 0; f < features.Length; f++)
            {
                var others = featureItems.RowColumns(features[f]);
                var otherWeights = featureItems.RowValues(features[f]);
                var w = weights[f];
                for (var o = 0; o < others.Length; o++)
                {
                    scratch.Add(others[o], w * otherWeights[o]);
                }
            }

            (rowColumns[i], rowValues[i]) = scratch.TopK(i, norms, shrinkage);
            return scratch;
        }, _ => { });

        var pointers = new int[items + 1];
        for (var i = 0; i < items; i++)
        {
            pointers[i + 1] = pointers[i] + rowColumns[i].Length;
        }

        var columns = new int[pointers[items]];
        var values = new float[pointers[items]];
        for (var i = 0; i < items; i++)
        {
            rowColumns[i].CopyTo(columns, pointers[i]);
            rowValues[i].CopyTo(values, pointers[i]);
        }

        return new SparseMatrix(items, items, pointers, columns, values);
    }

    /// <summary>Per-thread accumulator: a dense row of dot products and the list of cells touched.</summary>
    private sealed class Scratch(int items, int neighbours)
    {
        private readonly float[] _dots = new float[items];
        private readonly List<int> _touched = [];
        private readonly PriorityQueue<int, (float Similarity, int NegativeIndex)> _best = new(neighbours + 1);

        public void Clear()
        {
            foreach (var j in _touched)
            {
                _dots[j] = 0;
            }

            _touched.Clear();
        }

        public void Add(int item, float product)
        {
            if (_dots[item] == 0)
            {
                _touched.Add(item);
            }

            _dots[item] += product;
        }

        public (int[] Columns, float[] Values) TopK(int self, float[] norms, float shrinkage)
        {
            _best.Clear();
            foreach (var j in _touched)
            {
                if (j == self || _dots[j] <= 0)
                {
                    continue;
                }

                var similarity = _dots[j] / ((norms[self] * norms[j]) + shrinkage);
                // Ties are broken by item index, so the result does not depend on the order cells were touched.
                var key = (similarity, -j);
                if (_best.Count < neighbours)
                {
                    _best.Enqueue(j, key);
                }
                else if (_best.TryPeek(out _, out var worst) && key.CompareTo(worst) > 0)
                {
                    _best.DequeueEnqueue(j, key);
                }
            }

            var columns = new int[_best.Count];
            var values = new float[_best.Count];
            var n = 0;
            while (_best.TryDequeue(out var j, out var key))
            {
                columns[n] = j;
                values[n] = key.Similarity;
                n++;
            }

            Array.Sort(columns, values);
            return (columns, values);
        }
    }
}
