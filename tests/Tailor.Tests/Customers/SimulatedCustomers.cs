using MathNet.Numerics.Distributions;
using Tailor.Customers;

namespace Tailor.Tests.Customers;

/// <summary>Customers drawn from known BG/NBD and Gamma-Gamma parameters, for parameter-recovery tests.</summary>
internal static class SimulatedCustomers
{
    /// <summary>
    /// BG/NBD customers: lambda ~ Gamma(r, alpha), p ~ Beta(a, b); purchases arrive as a Poisson
    /// process from the first purchase at time 0, and after each repeat purchase the customer drops
    /// out with probability p. T is uniform in [minAge, maxAge].
    /// </summary>
    public static List<CustomerSummary> BgNbd(
        int count, double r, double alpha, double a, double b, double minAge, double maxAge, int seed, TimeUnit unit = TimeUnit.Week)
    {
        var random = new Random(seed);
        var customers = new List<CustomerSummary>(count);
        for (var i = 0; i < count; i++)
        {
            var lambda = Gamma.Sample(random, r, alpha);
            var p = Beta.Sample(random, a, b);
            var age = minAge + ((maxAge - minAge) * random.NextDouble());
            int x = 0;
            double time = 0, last = 0;
            while (true)
            {
                time += Exponential.Sample(random, lambda);
                if (time > age)
                {
                    break;
                }

                x++;
                last = time;
                if (random.NextDouble() < p)
                {
                    break;
                }
            }

            customers.Add(new CustomerSummary($"c{i:D5}", x, last, age, 0, 0, unit));
        }

        return customers;
    }

    /// <summary>
    /// Gamma-Gamma customers: nu ~ Gamma(q, gamma) (rate), each of x repeat transactions ~ Gamma(p, nu),
    /// m their mean; x is 1 + Poisson(meanExtra).
    /// </summary>
    public static List<CustomerSummary> GammaGamma(int count, double p, double q, double gamma, double meanExtra, int seed)
    {
        var random = new Random(seed);
        var customers = new List<CustomerSummary>(count);
        for (var i = 0; i < count; i++)
        {
            var nu = Gamma.Sample(random, q, gamma);
            var x = 1 + Poisson.Sample(random, meanExtra);
            var total = 0.0;
            for (var j = 0; j < x; j++)
            {
                total += Gamma.Sample(random, p, nu);
            }

            customers.Add(new CustomerSummary($"c{i:D5}", x, x, x + 1, total / x, total, TimeUnit.Week));
        }

        return customers;
    }
}
